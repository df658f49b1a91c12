import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LeakproofError } from '../errors.js';
import { runInspection } from '../inspect.js';
import { createManifest, serializeManifest } from '../policy/init-manifest.js';
import { formatSize, plural } from '../format-size.js';
import { inspectOptions, refusePartialRead } from './check-command.js';
import type { CliIo } from './io.js';

/**
 * `leakproof init [target]`: snapshot what ships now into leakproof.json, in the target folder
 * (or the current folder for a .tgz or registry target). Never overwrites without --force.
 */
export async function initCommand(argv: Record<string, unknown>, io: CliIo): Promise<number> {
  const target = String(argv.target ?? '.');
  const { report, target: resolved } = await runInspection(target, { ...inspectOptions(argv, io), manifest: false });
  refusePartialRead(report, 'write leakproof.json');
  const path = join(resolved.directory ?? io.cwd, 'leakproof.json');
  const exists = await access(path).then(() => true, () => false);
  if (exists && !argv.force) {
    throw new LeakproofError('usage', `${path} exists; use \`leakproof check --update\` to refresh it, or init --force to start over`);
  }
  const budgets = argv.budgets !== false;
  await writeFile(path, serializeManifest(createManifest(report.files, { budgets })));
  // leakproof.json usually ships too (unless .npmignore'd): pack again so the snapshot lists it.
  const repacked = resolved.directory ? (await runInspection(target, { ...inspectOptions(argv, io), manifest: false })).report : report;
  if (repacked.files.length !== report.files.length) await writeFile(path, serializeManifest(createManifest(repacked.files, { budgets })));
  io.stdout.write(
    `leakproof: wrote ${path} allowing ${plural(repacked.files.length, 'file')} (${formatSize(repacked.summary.unpackedSize)}).\n` +
      'Review it: replace paths with globs where you want, and commit it. `leakproof check` now fails on anything new.\n',
  );
  if (report.summary.errors > 0) {
    io.stdout.write(`Note: this package has ${plural(report.summary.errors, 'error')} today; run \`leakproof check\` to see them before you publish.\n`);
  }
  return 0;
}
