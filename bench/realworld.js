// @ts-check
/**
 * `npm run realworld`: the precision harness. Checks a pinned list of popular package versions
 * from the registry (bench/realworld/packages.json) with the built library, exactly as
 * `leakproof <spec>` would (no leakproof.json applies to someone else's package), and prints per
 * package: exit status, errors by rule, unique recoverable sources and time. Every error finding
 * is matched against the hand-made labels in bench/realworld/labels.json (a real leak or not,
 * with why; see ../shared/PRECISION.md), and the precision of errors is computed from them.
 *
 * Usage: node bench/realworld.js [--list packages|holdout] [--only <substring>] [--concurrency 2] [--write-docs]
 *   --list        which pinned list: `packages` (default; the one the method was developed on) or
 *                 `holdout` (70 packages the method never saw while it was tuned)
 *   --write-docs  rewrite the list's results section of docs/precision.md
 * Results: bench/.work/realworld-<list>.json (every finding of every package, for labelling).
 *
 * Needs the npm registry (fetches go through npm's cache, so a second run is fast). Not part of
 * `npm test`: it measures the rules against the world, not the code against its contract.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from '../dist/index.js';
import { labelKey, renderTable, summarizeRun, writePrecisionDocs } from './realworld/table.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const only = flag('only');
const concurrency = Number(flag('concurrency') ?? 2);
const list = flag('list') ?? 'packages';
/** @type {{ spec: string, category: string }[]} */
const packages = JSON.parse(readFileSync(join(ROOT, `bench/realworld/${list}.json`), 'utf8')).filter(
  (/** @type {{ spec: string }} */ entry) => !only || entry.spec.includes(only),
);
/** @type {Record<string, { leak: boolean, note: string }>} */
const labels = JSON.parse(readFileSync(join(ROOT, 'bench/realworld/labels.json'), 'utf8'));
// An empty folder as cwd: no project manifest or .npmrc of ours applies to the audited packages.
const cwd = mkdtempSync(join(tmpdir(), 'leakproof-realworld-'));

/** @param {string} name */
function flag(name) {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
}

/**
 * @param {{ spec: string, category: string }} entry
 * @returns {Promise<import('./realworld/table.js').PackageResult>}
 */
async function checkOne(entry) {
  const started = performance.now();
  try {
    const report = await inspect(entry.spec, { cwd, manifest: false });
    const seconds = (performance.now() - started) / 1000;
    return { ...entry, seconds, exit: !report.complete ? 3 : report.ok ? 0 : 1, report };
  } catch (error) {
    const seconds = (performance.now() - started) / 1000;
    return { ...entry, seconds, exit: 3, error: error instanceof Error ? error.message : String(error) };
  }
}

/** @type {import('./realworld/table.js').PackageResult[]} */
const results = new Array(packages.length);
let next = 0;
async function worker() {
  while (next < packages.length) {
    const index = next++;
    const result = await checkOne(packages[index]);
    results[index] = result;
    const errors = result.report?.summary.errors ?? 0;
    process.stderr.write(
      `${String(index + 1).padStart(3)}/${packages.length} ${result.spec}: exit ${result.exit}, ${errors} errors, ${result.seconds.toFixed(2)} s${result.error ? ` (${result.error})` : ''}\n`,
    );
  }
}
await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));

const run = summarizeRun(results, labels);
mkdirSync(join(ROOT, 'bench/.work'), { recursive: true });
writeFileSync(
  join(ROOT, `bench/.work/realworld-${list}.json`),
  `${JSON.stringify(
    results.map(({ report, ...rest }) => ({
      ...rest,
      findings:
        report?.findings.filter((finding) => !finding.suppressed).map((finding) => ({ key: labelKey(rest.spec, finding), ...finding })) ??
        [],
      sourceMaps: report?.sourceMaps.map(({ recovered, ...map }) => map) ?? [],
      summary: report?.summary,
    })),
    null,
    1,
  )}\n`,
);
process.stdout.write(renderTable(run));
if (run.unlabelled.length > 0) {
  process.stdout.write(`\n${run.unlabelled.length} error findings have no label in bench/realworld/labels.json:\n`);
  for (const key of run.unlabelled.slice(0, 200)) process.stdout.write(`  ${JSON.stringify(key)}\n`);
}
if (argv.includes('--write-docs')) writePrecisionDocs(join(ROOT, 'docs/precision.md'), run, list);
