/**
 * What `check` tells the user on stderr beside the report (so every format on stdout stays
 * clean), from what the inspection returned: the manifest `--update` rewrote, stale ignore
 * entries, and a leakproof.json here that was not applied. Nothing here reads the disk again.
 */
import { writeFile } from 'node:fs/promises';
import type { Inspection, ManifestUpdate } from '../check.js';
import { safeLine } from '../report/redact-report.js';
import type { CliIo } from './io.js';

/** Write the manifest `--update` produced, and print what changed in it. */
export async function writeManifestUpdate({ path, text, changes }: ManifestUpdate, io: CliIo): Promise<void> {
  await writeFile(path, text);
  const lines = [
    ...[...new Set(changes.added)].map((added) => `  + ${safeLine(added)}`),
    ...[...new Set(changes.removed)].map((removed) => `  - ${safeLine(removed)}`),
    ...changes.budgets.map((change) => `  ~ budgets ${change.budget}: ${change.before} -> ${change.after}`),
  ];
  io.stderr.write(lines.length ? `leakproof: updated ${path}:\n${lines.join('\n')}\n` : `leakproof: ${path} already accepts what ships\n`);
}

/** Stale ignore entries, and a manifest lying here that belongs to another package. */
export function noteInspection({ report, manifest, staleIgnores, unappliedManifest }: Inspection, io: CliIo): void {
  for (const entry of staleIgnores) {
    io.stderr.write(`leakproof: ${manifest.path}: ignore entry for ${entry.rule} at "${entry.path}" matched nothing; remove it\n`);
  }
  // A .tgz or registry target only gets the current folder's leakproof.json when the package
  // names match (auditing someone else's package must not apply your allowlist): say so.
  if (unappliedManifest !== null) {
    const name = report.target.name ?? 'a package without a readable name';
    io.stderr.write(
      `leakproof: ${unappliedManifest} was not applied: it belongs to this folder's package, not to ${safeLine(name)}; pass --manifest to apply it\n`,
    );
  }
}
