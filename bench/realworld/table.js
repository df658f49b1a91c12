// @ts-check
/**
 * The precision harness's arithmetic and tables: label keys, per-package rows, the precision of
 * error findings against the labels, and the docs/precision.md section.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * @typedef {import('../../dist/index.js').Report} Report
 * @typedef {import('../../dist/index.js').Finding} Finding
 * @typedef {{ spec: string, category: string, seconds: number, exit: number, report?: Report, error?: string }} PackageResult
 * @typedef {{ spec: string, category: string, exit: number, seconds: number, errorsByRule: Record<string, number>, warnings: number,
 *   uniqueRecoverable: number, uniqueReadable: number, leaks: number, notLeaks: number, unlabelled: number, error?: string }} Row
 * @typedef {{ rows: Row[], unlabelled: string[], errorFindings: number, labelledLeaks: number, labelledNotLeaks: number,
 *   failing: number, failingWithoutLeak: string[], leakPackages: string[] }} Run
 */

/**
 * The label of an error finding: stable across runs and unaffected by message wording. A
 * credential is told apart by its hash, a position-free field.
 * @param {string} spec
 * @param {Finding} finding
 */
export function labelKey(spec, finding) {
  return [spec, finding.rule, finding.path, finding.source ?? '', finding.kind ?? '', finding.hash ?? ''].join('|');
}

/**
 * Unique first-party sources recoverable only through maps (and readable elsewhere), by resolved
 * path and size, for reports that predate `summary.uniqueRecoverable`.
 * @param {Report} report
 */
function uniqueCounts(report) {
  const summary = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (report.summary));
  if (typeof summary.uniqueRecoverable === 'number') {
    return { recoverable: summary.uniqueRecoverable, readable: Number(summary.uniqueReadable ?? 0) };
  }
  const recoverable = new Set();
  const readable = new Set();
  for (const map of report.sourceMaps) {
    for (const source of map.recovered ?? []) {
      if (source.class === 'first-party') recoverable.add(`${source.resolved}\0${source.size}`);
      if (source.class === 'readable') readable.add(`${source.resolved}\0${source.size}`);
    }
  }
  return { recoverable: recoverable.size, readable: readable.size };
}

/**
 * @param {PackageResult[]} results
 * @param {Record<string, { leak: boolean, note: string }>} labels
 * @returns {Run}
 */
export function summarizeRun(results, labels) {
  /** @type {string[]} */
  const unlabelled = [];
  const rows = results.map((result) => {
    /** @type {Record<string, number>} */
    const errorsByRule = {};
    let leaks = 0,
      notLeaks = 0,
      missing = 0;
    const errors = result.report?.findings.filter((finding) => !finding.suppressed && finding.severity === 'error') ?? [];
    for (const finding of errors) {
      errorsByRule[finding.rule] = (errorsByRule[finding.rule] ?? 0) + 1;
      const key = labelKey(result.spec, finding);
      const label = labels[key];
      if (!label) {
        missing++;
        unlabelled.push(key);
      } else if (label.leak) leaks++;
      else notLeaks++;
    }
    const unique = result.report ? uniqueCounts(result.report) : { recoverable: 0, readable: 0 };
    /** @type {Row} */
    const row = {
      spec: result.spec,
      category: result.category,
      exit: result.exit,
      seconds: result.seconds,
      errorsByRule,
      warnings: result.report?.summary.warnings ?? 0,
      uniqueRecoverable: unique.recoverable,
      uniqueReadable: unique.readable,
      leaks,
      notLeaks,
      unlabelled: missing,
    };
    if (result.error) row.error = result.error;
    return row;
  });
  const failing = rows.filter((row) => row.exit === 1);
  return {
    rows,
    unlabelled,
    errorFindings: rows.reduce((sum, row) => sum + row.leaks + row.notLeaks + row.unlabelled, 0),
    labelledLeaks: rows.reduce((sum, row) => sum + row.leaks, 0),
    labelledNotLeaks: rows.reduce((sum, row) => sum + row.notLeaks, 0),
    failing: failing.length,
    failingWithoutLeak: failing.filter((row) => row.leaks === 0).map((row) => row.spec),
    leakPackages: rows.filter((row) => row.leaks > 0).map((row) => row.spec),
  };
}

/** @param {number} part @param {number} whole */
const percent = (part, whole) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`);

/**
 * The Markdown tables: the totals, then one row per package.
 * @param {Run} run
 */
export function renderTable(run) {
  const labelled = run.labelledLeaks + run.labelledNotLeaks;
  const lines = [
    `| packages | exit 0 | exit 1 | exit 3 | fail without a real leak | error findings | real leaks | not leaks | unlabelled | precision of errors |`,
    `| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
    `| ${run.rows.length} | ${run.rows.filter((r) => r.exit === 0).length} | ${run.failing} | ${run.rows.filter((r) => r.exit === 3).length} | ${run.failingWithoutLeak.length} (${percent(run.failingWithoutLeak.length, run.rows.length)}) | ${run.errorFindings} | ${run.labelledLeaks} | ${run.labelledNotLeaks} | ${run.unlabelled.length} | ${percent(run.labelledLeaks, labelled)} |`,
    '',
    '| package | kind | exit | errors by rule | warnings | unique recoverable | unique readable | labels (leak / not) | time |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const row of run.rows) {
    const rules =
      Object.entries(row.errorsByRule)
        .map(([rule, count]) => `${rule} ${count}`)
        .join(', ') || (row.error ? `(${row.error.replace(/\|/g, '\\|')})` : '');
    const labels =
      row.leaks + row.notLeaks + row.unlabelled === 0
        ? ''
        : `${row.leaks} / ${row.notLeaks}${row.unlabelled ? ` (+${row.unlabelled} unlabelled)` : ''}`;
    lines.push(
      `| \`${row.spec}\` | ${row.category} | ${row.exit} | ${rules} | ${row.warnings} | ${row.uniqueRecoverable} | ${row.uniqueReadable} | ${labels} | ${row.seconds.toFixed(2)} s |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Replace the generated section of docs/precision.md for `list` with this run's tables.
 * @param {string} path
 * @param {Run} run
 * @param {string} list
 */
export function writePrecisionDocs(path, run, list) {
  const START = `<!-- realworld:${list}:start -->`;
  const END = `<!-- realworld:${list}:end -->`;
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${path} has no ${START} … ${END} section`);
  const section = `${START}\n<!-- generated by \`npm run realworld -- --list ${list} --write-docs\`; labels in bench/realworld/labels.json -->\n\n${renderTable(run)}\n${END}`;
  writeFileSync(path, `${text.slice(0, start)}${section}${text.slice(end + END.length)}`);
}
