import { access, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { acquire } from '../acquire.js';
import { check, refusePartialRead } from '../check.js';
import { LeakproofError } from '../errors.js';
import { formatSize, plural } from '../format-size.js';
import { createManifest, serializeManifest } from '../policy/init-manifest.js';
import { MANIFEST_FILE } from '../policy/manifest-json.js';
import { printable } from '../report/printable.js';
import { TOOL } from '../version.js';
import { selectTargets } from './check-targets.js';
import { inspectOptions } from './inspect-options.js';
import type { CliIo } from './io.js';
import type { CommandArgs } from './parse-args.js';

/**
 * `leakproof init [target]`: snapshot what ships now into leakproof.json, in the target folder
 * (or the current folder for a .tgz or registry target). Never overwrites without --force.
 */
export async function initCommand(argv: CommandArgs['init'], io: CliIo): Promise<number> {
  // --workspaces / -w: one leakproof.json beside each selected package.json.
  const selection = await selectTargets({ ...argv, targets: [argv.target] }, io);
  for (const target of selection?.targets ?? [argv.target]) await initOne(target, argv, io, selection !== undefined);
  return 0;
}

async function initOne(target: string, argv: CommandArgs['init'], io: CliIo, several: boolean): Promise<void> {
  const options = { ...inspectOptions(argv, io), manifest: false as const, pack: argv.pack };
  const inspectNow = async () => check(await acquire(target, options), options);
  const { report, target: resolved } = await inspectNow();
  refusePartialRead(report, 'write leakproof.json');
  const path = join(resolved.directory ?? io.cwd, MANIFEST_FILE);
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && !argv.force && several) {
    // One package already set up must not stop the others.
    io.stderr.write(`leakproof: ${path} exists; kept it (\`leakproof check --update\` refreshes it, init --force starts over)\n`);
    return;
  }
  if (exists && !argv.force) {
    throw new LeakproofError('usage', `${path} exists; use \`leakproof check --update\` to refresh it, or init --force to start over`);
  }
  const manifestOptions = { budgets: argv.budgets, schema: await schemaReference(dirname(path)) };
  await writeFile(path, serializeManifest(createManifest(report.files, manifestOptions)));
  // leakproof.json usually ships too (unless .npmignore'd): pack again so the snapshot lists it.
  const repacked = resolved.directory ? (await inspectNow()).report : report;
  if (repacked.files.length !== report.files.length)
    await writeFile(path, serializeManifest(createManifest(repacked.files, manifestOptions)));
  io.stdout.write(
    `leakproof: wrote ${path} allowing ${plural(repacked.files.length, 'file')} (${formatSize(repacked.summary.unpackedSize)}).\n` +
      'Review it: replace paths with globs where you want, and commit it. `leakproof check` now fails on anything new.\n',
  );
  if (report.summary.errors > 0) {
    io.stdout.write(
      `Note: ${printable(report.target.name ?? 'this package')} has ${plural(report.summary.errors, 'error')} today; run \`leakproof check\` to see them before you publish.\n`,
    );
  }
}

/** Where an installed leakproof keeps the manifest schema, from a package folder. */
const INSTALLED_SCHEMA = join('node_modules', 'leakproof', 'schema', 'leakproof.schema.json');

/**
 * A `$schema` that resolves from `folder`: the installed leakproof's schema in the nearest
 * node_modules up the tree (a monorepo hoists it to the root: `../../node_modules/...`), else
 * the schema of this very version on the registry's CDN (run through npx, nothing is installed).
 */
async function schemaReference(folder: string): Promise<string> {
  for (let at = folder; ; at = dirname(at)) {
    const candidate = join(at, INSTALLED_SCHEMA);
    if (
      await access(candidate).then(
        () => true,
        () => false,
      )
    ) {
      const path = relative(folder, candidate).split('\\').join('/');
      return path.startsWith('.') ? path : `./${path}`;
    }
    if (dirname(at) === at) return `https://unpkg.com/${TOOL.name}@${TOOL.version}/schema/leakproof.schema.json`;
  }
}
