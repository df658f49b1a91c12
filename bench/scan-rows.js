// @ts-check
/**
 * The credential-scanner rows: leakproof's `scanText` alone, and secretlint 12 with its
 * recommended preset on the same first-party sources written to disk. Both report MB/s over
 * the same bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, runRepeated } from './measure.js';

/** @typedef {import('./rows.js').Row} Row */
/** @typedef {import('./rows.js').Context} Context */

const MB = 1e6;

/** @param {Context} ctx @returns {Promise<Row>} */
export async function scannerRow(ctx) {
  const base = { id: 'scanner', variant: ctx.variant, label: 'leakproof `scanText` alone (in memory)' };
  if (!existsSync(join(ctx.root, 'dist', 'secrets', 'scan-text.js'))) {
    return { ...base, status: 'not available', note: 'dist/secrets/scan-text.js not built yet' };
  }
  const samples = await runRepeated(
    ctx.runs,
    () => ({
      args: [join(ctx.root, 'bench', 'scan-bench.js'), ctx.files.firstPartyDir],
      options: {},
    }),
    ctx.files.dir,
    ctx.warmup,
  );
  const bad = samples.find((s) => s.exitCode !== 0);
  if (bad) return { ...base, status: 'failed', note: `exit ${bad.exitCode}: ${bad.stderr.trim().split('\n').slice(-1)[0]?.slice(0, 160)}` };
  const results = samples.map((s) => JSON.parse(s.stdout));
  const scanMs = /** @type {number} */ (median(results.map((r) => r.ms)));
  const bytes = results[0].bytes;
  return {
    ...base,
    status: 'ok',
    ms: scanMs,
    rssMB: median(samples.map((s) => s.rssMB)),
    files: results[0].files,
    mbps: bytes / MB / (scanMs / 1000),
    detail: { bytes, findings: results[0].findings, processMs: median(samples.map((s) => s.ms)) },
    samples,
  };
}

/** @param {Context} ctx @returns {Promise<Row>} */
export async function secretlintRow(ctx) {
  const base = { id: 'secretlint', variant: ctx.variant, label: 'secretlint 12, recommended preset (files on disk)' };
  const bin = join(ctx.root, 'node_modules', 'secretlint', 'bin', 'secretlint.js');
  if (!existsSync(bin)) return { ...base, status: 'not available', note: 'secretlint not installed' };
  // Once: it is the slow side of the comparison. Exit 0 = ran, no findings; 1 = findings.
  // Output goes to a file: secretlint exits before a piped stdout drains.
  const report = join(ctx.files.dir, 'secretlint.txt');
  const [sample] = await runRepeated(
    1,
    () => ({
      args: [bin, '--secretlintrc', ctx.files.secretlintrc, '--format', 'unix', '--no-color', '**/*'],
      options: { cwd: ctx.files.firstPartyDir, stdoutFile: report },
    }),
    ctx.files.dir,
  );
  if (!sample || (sample.exitCode !== 0 && sample.exitCode !== 1)) {
    return {
      ...base,
      status: 'failed',
      note: `exit ${sample?.exitCode}: ${sample?.stderr.trim().split('\n').slice(-1)[0]?.slice(0, 160)}`,
    };
  }
  const findings = countSecretlintFindings(readFileSync(report, 'utf8'));
  return {
    ...base,
    status: 'ok',
    ms: sample.ms,
    rssMB: sample.rssMB,
    files: ctx.files.firstPartyFiles,
    mbps: ctx.files.firstPartyBytes / MB / (sample.ms / 1000),
    detail: { bytes: ctx.files.firstPartyBytes, findings, runs: 1 },
  };
}

/**
 * Problems in secretlint's `--format unix` output: one `path:line:column: message` line each.
 * @param {string} output
 * @returns {number}
 */
function countSecretlintFindings(output) {
  return output.split('\n').filter((line) => /:\d+:\d+: /.test(line)).length;
}
