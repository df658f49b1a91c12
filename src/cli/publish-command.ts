/**
 * `leakproof publish [folder] [-- <npm publish args>]`: pack once, check that tarball, publish
 * exactly that file. The order follows `npm publish <folder>` (docs.npmjs.com/cli/v11/using-npm/scripts):
 * prepublishOnly, then the pack with prepack, prepare and postpack, then the upload, then
 * publish and postpublish; only the upload is `npm publish <file>`, which runs no script and
 * cannot rebuild anything between the check and the upload. A `prepublishOnly` that is itself
 * a leakproof check is skipped: this run checks the packed tarball instead.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { acquire } from '../acquire.js';
import { check } from '../check.js';
import { LeakproofError } from '../errors.js';
import { parseJsonText } from '../json-text.js';
import { exitCode } from '../report/exit-code.js';
import { printable } from '../report/printable.js';
import { targetName } from '../report/target-name.js';
import { runManager } from '../target/pack-with-manager.js';
import { detectPackManager } from '../target/package-manager.js';
import { emitReport } from './emit-report.js';
import { inspectOptions, pathPrefix } from './inspect-options.js';
import type { CliIo } from './io.js';
import type { CommandArgs } from './parse-args.js';

/** A script that is nothing but a leakproof run (`leakproof check`, `npx leakproof@1 check .`). */
const ONLY_LEAKPROOF = /^\s*(?:npx\s+(?:--yes\s+|-y\s+)?)?leakproof(?:@\S+)?(?:\s+[^&|;]*)?$/;

/** Flags of ours that npm publish takes as they are. */
const PASSED_FLAGS = ['tag', 'access', 'otp'] as const;

/** Pack, check, and publish the checked tarball; exit as `check` does, 0 only once published. */
export async function publishCommand(argv: CommandArgs['publish'], io: CliIo): Promise<number> {
  const folder = argv.folder;
  const dir = resolve(io.cwd, folder);
  if (publishArgs(argv).includes('--ignore-scripts')) {
    throw new LeakproofError(
      'usage',
      'leakproof publish runs the build scripts on purpose (the tarball it checks is the one it publishes); to publish without them, pack with --ignore-scripts and check the .tgz (docs/recipes.md, recipe 2)',
    );
  }
  const options = inspectOptions(argv, io);
  const manager = options.packManager ?? (await detectPackManager(dir)).manager;
  const log = (text: string) => io.stderr.write(text);
  await runScripts(['prepublishOnly'], dir, manager, io);
  const destination = await mkdtemp(join(tmpdir(), 'leakproof-publish-'));
  try {
    const packed = { ...options, packManager: manager, pack: true, packDestination: destination, onOutput: log };
    const { report, target } = await check(await acquire(folder, packed), packed);
    await emitReport(report, argv, io, [pathPrefix(target.directory, io)]);
    const code = exitCode(report);
    if (code !== 0) {
      io.stderr.write(
        `leakproof: not published: ${printable(targetName(report.target))} ${code === 3 ? 'was not fully inspected' : `fails at --fail-on ${report.failOn}`}\n`,
      );
      return code;
    }
    const file = target.tarball!;
    const checked = report.target.integrity;
    // The file is ours and nothing ran since it was read; hash it again all the same, so that
    // "what was checked is what was uploaded" is a measurement, not an assumption.
    if ((await integrityOf(file)) !== checked)
      throw new LeakproofError('target', `${file} changed after it was checked; nothing was published`);
    const args = ['publish', file, ...publishArgs(argv), '--json'];
    io.stderr.write(`leakproof: npm ${args.slice(0, 1).concat('<checked tarball>', args.slice(2)).join(' ')}\n`);
    const output = await runManager('npm', args, dir, io.env, (text) => io.stderr.write(text));
    const uploaded = integrityFromNpm(output);
    if (uploaded !== null && uploaded !== checked) {
      throw new LeakproofError(
        'target',
        `npm reports integrity ${uploaded} for what it published, but leakproof checked ${checked}; investigate before trusting this release`,
      );
    }
    const verb = args.includes('--dry-run') ? 'npm publish --dry-run accepted' : 'published';
    io.stderr.write(
      `leakproof: ${verb} ${printable(targetName(report.target))}: the tarball that was checked, integrity ${checked}${uploaded ? ' (npm reports the same)' : ''}\n`,
    );
    // npm runs these after a dry run too (lib/commands/publish.js); so do we.
    await runScripts(['publish', 'postpublish'], dir, manager, io);
    return 0;
  } finally {
    await rm(destination, { recursive: true, force: true });
  }
}

/** `--tag next --access public --otp 123 --provenance --dry-run` plus everything after `--`. */
function publishArgs(argv: CommandArgs['publish']): string[] {
  const args: string[] = [];
  for (const flag of PASSED_FLAGS) {
    const value = argv[flag];
    if (value !== undefined) args.push(`--${flag}`, value);
  }
  if (argv.provenance === true) args.push('--provenance');
  if (argv.dryRun) args.push('--dry-run');
  return [...args, ...(argv['--'] ?? []).map(String)];
}

/**
 * Run the package's own lifecycle scripts as its manager would. A script that only runs
 * leakproof is skipped; one that also builds (`tsc && leakproof check`) runs whole.
 */
async function runScripts(events: readonly string[], dir: string, manager: string, io: CliIo): Promise<void> {
  const pkg = parseJsonText(await readFile(join(dir, 'package.json'), 'utf8').catch(() => '{}')) as { scripts?: Record<string, unknown> };
  for (const event of events) {
    const script = pkg.scripts?.[event];
    if (typeof script !== 'string') continue;
    if (ONLY_LEAKPROOF.test(script)) {
      io.stderr.write(`leakproof: skipped ${event} (${printable(script)}): this run checks the packed tarball instead\n`);
      continue;
    }
    // LEAKPROOF_PUBLISHING: a leakproof check inside the script need not warn about its timing.
    await runManager(manager, ['run', event], dir, { ...io.env, LEAKPROOF_PUBLISHING: '1' }, (text) => io.stderr.write(text));
  }
}

/** `sha512-<base64>` of a file, as npm computes it for `dist.integrity`. */
async function integrityOf(file: string): Promise<string> {
  const hash = createHash('sha512');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return `sha512-${hash.digest('base64')}`;
}

/** The `integrity` npm publish --json prints (an object, or one per workspace), or null. */
function integrityFromNpm(stdout: string): string | null {
  try {
    const parsed = parseJsonText(stdout.trim()) as Record<string, unknown>;
    const record = typeof parsed.integrity === 'string' ? parsed : (Object.values(parsed)[0] as Record<string, unknown> | undefined);
    return typeof record?.integrity === 'string' ? record.integrity : null;
  } catch {
    return null;
  }
}
