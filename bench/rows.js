// @ts-check
/**
 * One function per table row. Each runs its command in fresh child processes and returns a
 * {@link Row}; a tool that is missing or fails becomes a row with a status and a note, never a
 * crash of the whole benchmark.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, runRepeated } from './measure.js';
import { countFiles, freshDir } from './setup.js';

/**
 * @typedef {object} Row
 * @property {string} id Stable key: `floor`, `check`, `extract`, `reverse-sourcemap`, `shuji`, `scanner`, `secretlint`.
 * @property {string} variant `1x` or `2x`.
 * @property {string} label
 * @property {'ok' | 'not available' | 'failed'} status
 * @property {string} [note]
 * @property {number | null} [ms] Median wall time.
 * @property {number | null} [bestMs] Shortest wall time of the measured runs.
 * @property {number | null} [rssMB] Median peak RSS.
 * @property {number} [files] Files the tool wrote (extractors).
 * @property {number} [mbps] Throughput, MB/s (scanner rows).
 * @property {Record<string, unknown>} [detail]
 * @property {import('./measure.js').Sample[]} [samples]
 */

/**
 * @typedef {object} Context
 * @property {string} root Repository root.
 * @property {string} tarball
 * @property {string} variant
 * @property {number} runs
 * @property {number} warmup Discarded runs before the measured ones.
 * @property {import('./setup.js').VariantFiles} files
 */

/** @param {import('./measure.js').Sample[]} samples */
const withoutOutput = (samples) => samples.map(({ stdout, ...rest }) => ({ ...rest, stdout: stdout.slice(0, 200) }));

/**
 * @param {Context} ctx
 * @param {string} id
 * @param {string} label
 * @param {{ expectExit: number[], prepare: () => { args: string[], options: object } }} spec
 * @returns {Promise<Row>}
 */
export async function timedRow(ctx, id, label, spec) {
  const samples = await runRepeated(ctx.runs, /** @type {any} */ (spec.prepare), ctx.files.dir, ctx.warmup);
  const bad = samples.find((s) => !spec.expectExit.includes(s.exitCode ?? -1));
  const base = { id, variant: ctx.variant, label, samples: withoutOutput(samples) };
  if (bad) {
    const why = bad.stderr.trim().split('\n').slice(-1)[0] ?? '';
    return { ...base, status: 'failed', note: `exit ${bad.exitCode}: ${why.slice(0, 160)}` };
  }
  return { ...base, status: 'ok', ...timesOf(samples) };
}

/**
 * Median and best wall time, median peak RSS.
 * @param {import('./measure.js').Sample[]} samples
 */
function timesOf(samples) {
  return {
    ms: median(samples.map((s) => s.ms)),
    bestMs: Math.min(...samples.map((s) => s.ms)),
    rssMB: median(samples.map((s) => s.rssMB)),
  };
}

/** @param {Context} ctx @returns {Promise<Row>} */
export async function floorRow(ctx) {
  const row = await timedRow(ctx, 'floor', 'floor: zlib gunzip + one JSON.parse of the map', {
    expectExit: [0],
    prepare: () => ({ args: [join(ctx.root, 'bench', 'floor.js'), ctx.tarball], options: {} }),
  });
  const inner = (row.samples ?? []).map((s) => {
    try {
      return JSON.parse(s.stdout).innerMs;
    } catch {
      return null;
    }
  });
  return { ...row, detail: { innerMs: median(inner) } };
}

/** @param {Context} ctx */
const cliPath = (ctx) => join(ctx.root, 'dist', 'cli', 'bin.js');

/** @param {Context} ctx @param {string} id @param {string} label */
const notAvailable = (ctx, id, label, note = 'dist/cli/bin.js not built yet') =>
  /** @type {Row} */ ({ id, variant: ctx.variant, label, status: 'not available', note });

/** @param {Context} ctx @returns {Promise<Row>} */
export async function checkRow(ctx) {
  const label = '`leakproof check --format json`';
  if (!existsSync(cliPath(ctx))) return notAvailable(ctx, 'check', label);
  const report = join(ctx.files.dir, 'check.json');
  const row = await timedRow(ctx, 'check', label, {
    expectExit: [1], // the package has findings: a gate must fail it
    prepare: () => ({
      args: [cliPath(ctx), 'check', ctx.tarball, '--format', 'json'],
      options: { stdoutFile: report, cwd: ctx.files.dir },
    }),
  });
  return { ...row, detail: summarizeReport(report) };
}

/**
 * What the check found, to show the run was a real inspection (and that no credential was
 * reported: the synthetic sources hold none, so any `secret` finding is a false positive).
 * @param {string} file
 */
function summarizeReport(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    /** @type {Record<string, number>} */
    const rules = {};
    for (const f of report.findings ?? []) rules[f.rule] = (rules[f.rule] ?? 0) + 1;
    const map = (report.sourceMaps ?? [])[0];
    return { rules, complete: report.complete, firstParty: map?.firstParty, recoverable: map?.recoverable, sources: map?.sources };
  } catch (error) {
    return { unreadable: String(error) };
  }
}

/** @param {Context} ctx @returns {Promise<Row>} */
export async function extractRow(ctx) {
  const label = '`leakproof extract --out`';
  if (!existsSync(cliPath(ctx))) return notAvailable(ctx, 'extract', label);
  const out = join(ctx.files.dir, 'out-extract');
  const row = await timedRow(ctx, 'extract', label, {
    expectExit: [0],
    prepare: () => ({
      args: [cliPath(ctx), 'extract', ctx.tarball, '--out', freshDir(out)],
      options: { discardStdout: true, cwd: ctx.files.dir },
    }),
  });
  return { ...row, files: countFiles(out) };
}

/**
 * A peer extractor run on the extracted map file with cwd = the variant dir.
 * @param {Context} ctx
 * @param {string} id
 * @param {string} bin Script path inside node_modules.
 * @returns {Promise<Row>}
 */
async function peerRow(ctx, id, bin) {
  const label = `${id} (peer, on the map file)`;
  const script = join(ctx.root, 'node_modules', bin);
  if (!existsSync(script)) return notAvailable(ctx, id, label, `${bin} not installed`);
  const out = join(ctx.files.dir, `out-${id}`);
  const row = await timedRow(ctx, id, label, {
    expectExit: [0],
    prepare: () => ({
      args: [script, '--output-dir', freshDir(out), ctx.files.mapRelative],
      options: { discardStdout: true, cwd: ctx.files.dir },
    }),
  });
  return { ...row, files: countFiles(out) };
}

/** @param {Context} ctx */
export const reverseSourcemapRow = (ctx) => peerRow(ctx, 'reverse-sourcemap', 'reverse-sourcemap/bin/reverse.js');

/** @param {Context} ctx */
export const shujiRow = (ctx) => peerRow(ctx, 'shuji', 'shuji/bin/shuji.js');

/**
 * `extract` and reverse-sourcemap measured in turns (extract, peer, extract, peer …), so both
 * meet the same disk and page-cache state: writing 4,750 files is at the mercy of the previous
 * run's write-back, and measured in two blocks one tool got the quiet disk and the other the busy one.
 * @param {Context} ctx
 * @returns {Promise<Row[]>}
 */
export async function extractRows(ctx) {
  /** @type {Row[]} */
  const ours = [];
  /** @type {Row[]} */
  const peers = [];
  for (let i = 0; i < ctx.runs; i++) {
    const one = { ...ctx, runs: 1, warmup: i === 0 ? ctx.warmup : 0 };
    ours.push(await extractRow(one));
    peers.push(await reverseSourcemapRow(one));
  }
  return [mergeRuns(ours), mergeRuns(peers)];
}

/** @param {Row[]} rows One row per run of the same command. @returns {Row} */
function mergeRuns(rows) {
  const failed = rows.find((row) => row.status !== 'ok');
  if (failed) return failed;
  const samples = rows.flatMap((row) => row.samples ?? []);
  const last = /** @type {Row} */ (rows.at(-1));
  return { ...last, samples, ...timesOf(samples) };
}
