/**
 * Pack a folder with the project's own package manager, into a folder of ours, and return the
 * tarball: what `npm pack`, `pnpm pack`, `yarn pack` or `bun pm pack` would publish, including
 * the package.json each rewrites (pnpm and yarn replace `workspace:` ranges and apply
 * `publishConfig`). With `scripts`, the manager runs its lifecycle scripts as it does on publish
 * (npm: prepack, prepare, postpack); without, each is told to skip them (`--ignore-scripts`).
 * Yarn 2+ has no such switch, so a package whose `prepack`/`postpack` would run cannot be packed
 * by it without scripts: the caller is told, and falls back to npm's file list.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LeakproofError } from '../errors.js';
import { parseJsonText } from '../json-text.js';
import type { PackManager } from './package-manager.js';

/** Options of {@link packWithManager}. */
export interface ManagerPackOptions {
  readonly manager: PackManager;
  /** Run the lifecycle scripts the manager runs when it packs for publishing. */
  readonly scripts: boolean;
  /** Environment of the manager (PATH finds it; npm_config_* and .npmrc configure it). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** An empty folder the tarball is written into. */
  readonly destination: string;
  /** Receives the manager's and the scripts' output as it comes (a build's log); default: kept quiet. */
  readonly onOutput?: (text: string) => void;
}

/** The tarball written, or why the manager could not pack without running scripts. */
export type ManagerPackResult =
  | { readonly kind: 'packed'; readonly file: string }
  | { readonly kind: 'needs-scripts'; readonly reason: string };

/** Output kept from a manager run for its error message; builds can be chatty. */
const KEPT_OUTPUT = 64 * 1024;

/**
 * Run the manager's pack in `dir` and return the tarball it wrote into `options.destination`.
 * @throws LeakproofError `target` when the manager is not installed or its pack fails (the
 *   message carries the manager's last line of output).
 */
export async function packWithManager(dir: string, options: ManagerPackOptions): Promise<ManagerPackResult> {
  const { manager, scripts, destination } = options;
  let args: string[];
  if (manager === 'yarn') {
    const version = (await runManager('yarn', ['--version'], dir, options.env)).trim();
    if (version.startsWith('1.')) {
      args = ['pack', '--filename', join(destination, 'package.tgz'), ...(scripts ? [] : ['--ignore-scripts'])];
    } else {
      const pending = scripts ? [] : await packScripts(dir);
      if (pending.length > 0) return { kind: 'needs-scripts', reason: `yarn ${version} has no switch to skip ${pending.join(' and ')}` };
      args = ['pack', '--out', join(destination, 'package.tgz')];
    }
  } else if (manager === 'bun') {
    args = ['pm', 'pack', '--destination', destination, ...(scripts ? [] : ['--ignore-scripts'])];
  } else {
    args = ['pack', '--pack-destination', destination, ...(scripts ? [] : ['--ignore-scripts'])];
  }
  await runManager(manager, args, dir, options.env, options.onOutput);
  const written = (await readdir(destination)).filter((name) => /\.(tgz|tar\.gz)$/.test(name));
  if (written.length !== 1) {
    throw new LeakproofError('target', `${manager} pack in ${dir} wrote ${written.length} tarballs; expected one`);
  }
  return { kind: 'packed', file: join(destination, written[0]!) };
}

/** The pack-time scripts a package declares (`prepack`, `postpack`): yarn 2+ always runs them. */
async function packScripts(dir: string): Promise<string[]> {
  const pkg = parseJsonText(await readFile(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, unknown> };
  return ['prepack', 'postpack'].filter((name) => typeof pkg.scripts?.[name] === 'string');
}

/**
 * Run a package manager (or any command) and resolve with its stdout. Output goes to `onOutput`
 * as it comes, never to our stdout, so that stdout can carry a machine format.
 */
export function runManager(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Readonly<Record<string, string | undefined>>,
  onOutput?: (text: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let tail = '';
    const keep = (chunk: Buffer, isStdout: boolean): void => {
      const text = chunk.toString('utf8');
      if (isStdout) stdout += text;
      tail = (tail + text).slice(-KEPT_OUTPUT);
      onOutput?.(text);
    };
    child.stdout.on('data', (chunk: Buffer) => keep(chunk, true));
    child.stderr.on('data', (chunk: Buffer) => keep(chunk, false));
    child.on('error', (error: NodeJS.ErrnoException) => {
      const message =
        error.code === 'ENOENT'
          ? `${command} is not installed here (not on PATH); install it, or choose another with --pack-manager`
          : `cannot run ${command}: ${error.message}`;
      reject(new LeakproofError('target', message, { cause: error }));
    });
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(stdout);
      const last = lastLine(tail) || `exit ${code ?? signal}`;
      reject(
        new LeakproofError('target', `\`${command} ${args.join(' ')}\` failed in ${cwd}: ${last}`, {
          cause: Object.assign(new Error(last), { code: 'EFAILED' }),
        }),
      );
    });
  });
}

function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.at(-1) ?? '';
}
