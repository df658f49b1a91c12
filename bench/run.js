// @ts-check
/**
 * `npm run bench`: generate the synthetic incident and many-maps packages (cached), measure every row in
 * fresh child processes, print the Markdown tables, write bench/.work/results.json, and at
 * full scale rewrite the table section of docs/benchmarks.md.
 *
 * Usage: node bench/run.js [--scale 0.05] [--runs 3] [--no-warmup] [--write-docs | --no-write-docs] [--no-secretlint]
 */

import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureIncident, numericFlag, WORK_DIR } from './generate.js';
import { ensureManyMaps } from './many-maps.js';
import { hasGnuTime } from './measure.js';
import { renderMarkdown, writeDocsSection } from './report.js';
import { checkRow, extractRow, extractRows, floorRow, shujiRow } from './rows.js';
import { scannerRow, secretlintRow } from './scan-rows.js';
import { prepareManyMaps, prepareVariant } from './setup.js';
import { nodeRow, smallPackageRow, versionRow } from './startup-rows.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const scale = numericFlag(argv, 'scale', 1);
const runs = Math.round(numericFlag(argv, 'runs', 3));
const warmup = argv.includes('--no-warmup') ? 0 : 1;
const writeDocs = argv.includes('--write-docs') || (scale === 1 && !argv.includes('--no-write-docs'));
const withSecretlint = !argv.includes('--no-secretlint');
/** @param {string} line */
const log = (line) => process.stderr.write(`${line}\n`);

mkdirSync(WORK_DIR, { recursive: true });
const one = await ensureIncident(1, { scale, log });
const two = await ensureIncident(2, { scale, log });
const many = await ensureManyMaps({ scale, log });

/** @type {import('./rows.js').Row[]} */
const rows = [];
/**
 * @param {import('./rows.js').Context} ctx
 * @param {((ctx: import('./rows.js').Context) => Promise<import('./rows.js').Row | import('./rows.js').Row[]>)[]} measures
 */
async function measureAll(ctx, measures) {
  for (const measure of measures) {
    for (const row of [await measure(ctx)].flat()) logRow(ctx, row);
  }
}

/** Keep a measured row and say it on stderr. @param {import('./rows.js').Context} ctx @param {import('./rows.js').Row} row */
function logRow(ctx, row) {
  rows.push(row);
  const time = row.ms == null ? row.status : `${(row.ms / 1000).toFixed(2)} s, ${Math.round(row.rssMB ?? 0)} MB`;
  log(`  ${ctx.variant} ${row.id}: ${time}${row.note ? ` (${row.note})` : ''}`);
}

log(`measuring (median of ${runs}, scale ${scale}) ...`);
const oneCtx = { root: ROOT, tarball: one.tarball, variant: '1x', runs, warmup, files: prepareVariant(one.tarball, WORK_DIR) };
await measureAll(oneCtx, [floorRow, checkRow, extractRows, shujiRow, scannerRow]);
if (withSecretlint) await measureAll(oneCtx, [secretlintRow]);
const twoCtx = { root: ROOT, tarball: two.tarball, variant: '2x', runs, warmup, files: prepareVariant(two.tarball, WORK_DIR) };
await measureAll(twoCtx, [floorRow, checkRow, extractRow]);
const manyCtx = { root: ROOT, tarball: many.tarball, variant: 'many', runs, warmup, files: prepareManyMaps(many.tarball, WORK_DIR) };
await measureAll(manyCtx, withSecretlint ? [checkRow, secretlintRow] : [checkRow]);
// Start-up rows are short: more runs for a steady median.
const startupCtx = { ...oneCtx, variant: 'startup', runs: Math.max(runs, 10) };
await measureAll(startupCtx, [nodeRow, versionRow, smallPackageRow]);

const cpuList = cpus();
const results = {
  environment: {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown CPU',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    runs,
    warmup,
    scale,
    rssSource: hasGnuTime() ? '`/usr/bin/time -f %M`' : '`process.resourceUsage().maxRSS` (preloaded probe)',
  },
  packages: { '1x': one.meta, '2x': two.meta, many: many.meta },
  rows,
};
writeFileSync(join(WORK_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const markdown = renderMarkdown(results);
process.stdout.write(`${markdown}\n`);
if (writeDocs) {
  writeDocsSection(join(ROOT, 'docs', 'benchmarks.md'), markdown);
  log('docs/benchmarks.md updated');
}
log(`raw results: ${join(WORK_DIR, 'results.json')}`);
