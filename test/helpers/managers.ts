/**
 * The package managers installed as dev dependencies, put on a PATH of their own so a test
 * chooses which `yarn` (classic or berry) answers, and nothing from the machine leaks in.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));

/** The entry points of the managers this repository installs for its parity tests. */
export const MANAGER_BINS = {
  pnpm: join(MODULES, 'pnpm', 'bin', 'pnpm.mjs'),
  'yarn-classic': join(MODULES, 'yarn', 'bin', 'yarn.js'),
  'yarn-berry': join(MODULES, '@yarnpkg', 'cli-dist', 'bin', 'yarn.js'),
} as const;

export type ManagerName = keyof typeof MANAGER_BINS;

/**
 * A folder holding `pnpm` and `yarn` launchers (yarn being classic or berry as asked), for the
 * front of PATH. npm stays the machine's own, found further down PATH.
 */
export async function managerPath(root: string, yarn: 'yarn-classic' | 'yarn-berry'): Promise<string> {
  const bin = join(root, `bin-${yarn}`);
  await mkdir(bin, { recursive: true });
  const launchers: Record<string, string> = { pnpm: MANAGER_BINS.pnpm, yarn: MANAGER_BINS[yarn] };
  for (const [name, entry] of Object.entries(launchers)) {
    await writeFile(join(bin, name), `#!/bin/sh\nexec "${process.execPath}" "${entry}" "$@"\n`);
    await chmod(join(bin, name), 0o755);
  }
  return `${bin}:${dirname(process.execPath)}:${process.env.PATH ?? ''}`;
}

/** True when the manager's entry point is installed (npm ci installs all three). */
export function hasManager(name: ManagerName): boolean {
  return existsSync(MANAGER_BINS[name]);
}

/** Run a command in `cwd` with `env`; rejects with its stderr on failure. */
export async function runIn(cwd: string, command: string, args: string[], env: Record<string, string | undefined>): Promise<string> {
  try {
    return (await execFileAsync(command, args, { cwd, env: env as NodeJS.ProcessEnv, maxBuffer: 16 * 1024 * 1024 })).stdout;
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}: ${(error as { stderr?: string }).stderr ?? String(error)}`, {
      cause: error,
    });
  }
}
