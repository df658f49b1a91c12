// @ts-check
/**
 * `npm run bench:audit` (and the end of `npm run bench`): `leakproof audit` on a real lockfile
 * (bench/audit/package-lock.json, 511 packages of an ordinary web app, made with
 * `npm install --package-lock-only`), side by side with the same packages checked one
 * `leakproof check name@version` process at a time, in one run:
 * - cold: empty npm cache (a temporary one) and no result cache: every tarball downloaded;
 * - warm: npm cache filled, result cache off (`--no-cache`): every package fetched from the
 *   cache and inspected;
 * - cached: result cache filled: nothing re-inspected;
 * - one process per package, npm cache warm.
 * Writes the table between the bench-audit markers of docs/benchmarks.md.
 *
 * Usage: node bench/audit.js [--runs 3] [--sample N (per-process row on N packages, scaled)] [--no-write-docs]
 */

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { numericFlag, WORK_DIR } from './generate.js';
import { hasGnuTime, median, runNode, runRepeated } from './measure.js';
import { writeDocsSection } from './report.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
const LOCKFILE = join(ROOT, 'bench', 'audit', 'package-lock.json');
const argv = process.argv.slice(2);
const runs = Math.round(numericFlag(argv, 'runs', 3));
const sample = argv.includes('--sample') ? Math.round(numericFlag(argv, 'sample', 1)) : 0;
const writeDocs = !argv.includes('--no-write-docs') && sample === 0;
const MARKERS = /** @type {[string, string]} */ (['<!-- bench-audit:start -->', '<!-- bench-audit:end -->']);
/** @param {string} line */
const log = (line) => process.stderr.write(`${line}\n`);

mkdirSync(WORK_DIR, { recursive: true });
const scratch = mkdtempSync(join(WORK_DIR, 'audit-'));
const npmCache = join(scratch, 'npm-cache');
const results = join(scratch, 'results');
// Every child (audit and check) uses this npm cache and nothing from the user's npmrc but the registry.
process.env.npm_config_cache = npmCache;
process.env.NO_COLOR = '1';

const specs = uniqueSpecs(LOCKFILE);
log(`audit bench: ${specs.length} packages in bench/audit/package-lock.json, ${runs} runs per row`);
const audit = (/** @type {string[]} */ extra) => ({
  args: [BIN, 'audit', LOCKFILE, '--format', 'json', ...extra],
  options: { cwd: scratch, discardStdout: true },
});

/** 1-minute load average when each row ended: the machine may be shared, and this says how busy it was. */
const load = /** @type {Record<string, number>} */ ({});
const cold = await runNode(audit(['--no-cache']).args, { ...audit([]).options, rssFile: join(scratch, 'rss.txt') });
check(cold, 'cold');
load.cold = loadavg()[0] ?? 0;
log(`  cold: ${(cold.ms / 1000).toFixed(2)} s`);
const warm = await runRepeated(runs, () => audit(['--no-cache']), scratch);
for (const run of warm) check(run, 'warm');
load.warm = loadavg()[0] ?? 0;
log(`  warm: ${seconds(warm)} s`);
rmSync(results, { recursive: true, force: true });
const fill = await runNode(audit(['--cache-dir', results]).args, { ...audit([]).options, rssFile: join(scratch, 'rss.txt') });
check(fill, 'fill');
const cached = await runRepeated(runs, () => audit(['--cache-dir', results]), scratch);
for (const run of cached) check(run, 'cached');
load.cached = loadavg()[0] ?? 0;
log(`  cached: ${seconds(cached)} s`);

const checked = sample > 0 ? specs.slice(0, sample) : specs;
let perProcessMs = 0;
let perProcessRss = 0;
for (const [index, spec] of checked.entries()) {
  const run = await runNode([BIN, 'check', spec, '--format', 'json'], {
    cwd: scratch,
    discardStdout: true,
    rssFile: join(scratch, 'rss.txt'),
  });
  if (run.exitCode !== 0 && run.exitCode !== 1) log(`  check ${spec} exited ${run.exitCode}: ${run.stderr.trim().split('\n')[0]}`);
  perProcessMs += run.ms;
  perProcessRss = Math.max(perProcessRss, run.rssMB ?? 0);
  if ((index + 1) % 50 === 0) log(`  one process per package: ${index + 1}/${checked.length}`);
}
const perProcess = (perProcessMs * specs.length) / checked.length;
load.perProcess = loadavg()[0] ?? 0;
log(`  one process per package: ${(perProcess / 1000).toFixed(1)} s${sample > 0 ? ` (scaled from ${sample})` : ''}`);

const table = renderTable({ specs: specs.length, sample, cold, warm, cached, perProcess, perProcessRss, load });
process.stdout.write(`${table}\n`);
writeFileSync(
  join(WORK_DIR, 'audit-results.json'),
  `${JSON.stringify({ cold, warm, cached, perProcessMs: perProcess, perProcessRss }, null, 2)}\n`,
);
if (writeDocs) {
  writeDocsSection(join(ROOT, 'docs', 'benchmarks.md'), table, MARKERS);
  log('docs/benchmarks.md updated');
}
rmSync(scratch, { recursive: true, force: true });

/**
 * name@version of every registry package in an npm lockfile, once.
 * @param {string} file
 */
function uniqueSpecs(file) {
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const specs = new Set();
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!path.includes('node_modules/') || entry.link) continue;
    specs.add(`${entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`);
  }
  return [...specs].sort();
}

/** @param {import('./measure.js').Sample} run @param {string} what */
function check(run, what) {
  if (run.exitCode === 0 || run.exitCode === 1) return;
  throw new Error(`${what} audit exited ${run.exitCode}: ${run.stderr}`);
}

/** @param {import('./measure.js').Sample[]} samples */
function seconds(samples) {
  return ((median(samples.map((s) => s.ms)) ?? 0) / 1000).toFixed(2);
}

/**
 * @param {{ specs: number, sample: number, cold: import('./measure.js').Sample, warm: import('./measure.js').Sample[], cached: import('./measure.js').Sample[], perProcess: number, perProcessRss: number, load: Record<string, number> }} r
 */
function renderTable(r) {
  const cpuList = cpus();
  const warmMs = median(r.warm.map((s) => s.ms)) ?? 0;
  const cachedMs = median(r.cached.map((s) => s.ms)) ?? 0;
  const rss = (/** @type {import('./measure.js').Sample[]} */ samples) => Math.round(median(samples.map((s) => s.rssMB)) ?? 0);
  const speedup = (/** @type {number} */ ms) => `${(r.perProcess / ms).toFixed(1)}×`;
  const rows = [
    [
      '`leakproof audit`, cold: empty npm cache, no result cache',
      r.cold.ms,
      Math.round(r.cold.rssMB ?? 0),
      speedup(r.cold.ms),
      r.load.cold,
      '—',
      '—',
    ],
    [
      '`leakproof audit --no-cache`, warm: npm cache filled',
      warmMs,
      rss(r.warm),
      speedup(warmMs),
      r.load.warm,
      '≥ 10× one process per package',
      r.perProcess / warmMs >= 10 ? 'yes' : 'no',
    ],
    [
      '`leakproof audit`, cached: result cache filled',
      cachedMs,
      rss(r.cached),
      speedup(cachedMs),
      r.load.cached,
      '< 3 s',
      cachedMs < 3000 ? 'yes' : 'no',
    ],
    [
      `one \`leakproof check name@version\` process per package, npm cache warm${r.sample ? ` (${r.sample} run, scaled)` : ''}`,
      r.perProcess,
      Math.round(r.perProcessRss),
      '1.0×',
      r.load.perProcess,
      '—',
      '—',
    ],
  ];
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpuList.length} × ${cpuList[0]?.model.trim().split(' ').slice(0, 2).join(' ') ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}: ${r.specs} packages of bench/audit/package-lock.json from the npm registry. Warm and cached: median of ${runs} runs; cold: one run. Peak RSS via ${hasGnuTime() ? '`/usr/bin/time -f %M`' : 'the RSS probe'} (for the per-process row: the largest single process).`,
    '',
    '| What | Time (s) | Peak RSS (MB) | × faster than one process per package | Load (1-min avg) | Target | Met |',
    '|---|--:|--:|--:|--:|---|---|',
    ...rows.map(
      ([what, ms, mb, x, busy, target, met]) =>
        `| ${what} | ${(Number(ms) / 1000).toFixed(2)} | ${mb} | ${x} | ${Number(busy).toFixed(1)} | ${target} | ${met} |`,
    ),
    '',
    `Per package: ${(r.perProcess / r.specs / 1000).toFixed(2)} s one process at a time, ${(warmMs / r.specs).toFixed(1)} ms warm in \`audit\`. The machine is shared with other jobs; the load column says how busy it was as each row ended (2 cores: above 2, work waits for a core).`,
  ].join('\n');
}
