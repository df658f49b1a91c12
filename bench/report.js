// @ts-check
/**
 * Turns measured rows into Markdown tables (and evaluates the targets), and rewrites the table
 * section of docs/benchmarks.md between its markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** @typedef {import('./rows.js').Row} Row */

export const START_MARKER = '<!-- bench:start -->';
export const END_MARKER = '<!-- bench:end -->';

/** Targets from the issues. */
export const TARGETS = {
  checkVsFloor: 1.5,
  checkRssMB: 400,
  scannerVsSecretlint: 20,
  linearGrowth: 2.2,
  versionMs: 100,
  smallCheckMs: 250,
  manyMapsVsSecretlint: 20,
};

/** @param {number | null | undefined} ms */
const seconds = (ms) => (ms == null ? '—' : (ms / 1000).toFixed(2));
/** @param {number | null | undefined} mb */
const megabytes = (mb) => (mb == null ? '—' : Math.round(mb).toLocaleString('en-US'));
/** @param {number | null | undefined} x */
const times = (x) => (x == null || !Number.isFinite(x) ? '—' : `${x.toFixed(2)}×`);
/** @param {boolean | null} met */
const verdict = (met) => (met === null ? '—' : met ? 'yes' : '**no**');

/**
 * @param {Row[]} rows
 * @param {string} id
 * @param {string} variant
 */
const find = (rows, id, variant) => rows.find((r) => r.id === id && r.variant === variant && r.status === 'ok');

/**
 * The target text and verdict of one row (null verdict: no target, or not measurable).
 * @param {Row} row
 * @param {Row[]} rows
 * @returns {{ target: string, met: boolean | null }}
 */
export function evaluate(row, rows) {
  const floor = find(rows, 'floor', row.variant);
  if (row.id === 'check' && row.variant !== 'many') {
    const target = `≤ ${TARGETS.checkVsFloor}× floor, RSS < ${TARGETS.checkRssMB} MB`;
    if (row.status !== 'ok' || !floor?.ms || row.ms == null) return { target, met: null };
    return { target, met: row.ms <= TARGETS.checkVsFloor * floor.ms && (row.rssMB ?? Infinity) < TARGETS.checkRssMB };
  }
  if (row.id === 'extract') {
    const peer = find(rows, 'reverse-sourcemap', '1x');
    if (row.variant !== '1x') return { target: '—', met: null };
    if (row.status !== 'ok' || !peer?.bestMs || row.bestMs == null) return { target: '≤ reverse-sourcemap, best of runs', met: null };
    return {
      target: `≤ reverse-sourcemap, best of runs (${seconds(row.bestMs)} s against ${seconds(peer.bestMs)} s)`,
      met: row.bestMs <= peer.bestMs,
    };
  }
  if (row.id === 'version' || row.id === 'small') {
    const limit = row.id === 'version' ? TARGETS.versionMs : TARGETS.smallCheckMs;
    const target = `< ${limit} ms`;
    return { target, met: row.status === 'ok' && row.ms != null ? row.ms < limit : null };
  }
  if (row.id === 'check' && row.variant === 'many') {
    const peer = find(rows, 'secretlint', 'many');
    const target = `≥ ${TARGETS.manyMapsVsSecretlint}× faster than secretlint`;
    if (row.status !== 'ok' || !peer?.ms || row.ms == null) return { target, met: null };
    return { target, met: peer.ms >= TARGETS.manyMapsVsSecretlint * row.ms };
  }
  if (row.id === 'scanner') {
    const peer = find(rows, 'secretlint', row.variant);
    const target = `≥ ${TARGETS.scannerVsSecretlint}× secretlint MB/s`;
    if (row.status !== 'ok' || !peer?.mbps || row.mbps == null) return { target, met: null };
    return { target, met: row.mbps >= TARGETS.scannerVsSecretlint * peer.mbps };
  }
  return { target: '—', met: null };
}

/**
 * @param {Row} row
 * @returns {string}
 */
function statusCell(row) {
  return row.status === 'ok' ? '' : ` (${row.status}${row.note ? `: ${row.note}` : ''})`;
}

/**
 * The main table: every row of one variant with time, RSS and ratio to that variant's floor.
 * @param {Row[]} rows
 * @param {string} variant
 * @returns {string}
 */
export function mainTable(rows, variant) {
  const floor = find(rows, 'floor', variant);
  const lines = ['| What | Time (s) | Peak RSS (MB) | × floor | Files written | Target | Met |', '|---|--:|--:|--:|--:|---|---|'];
  for (const row of rows.filter((r) => r.variant === variant && r.id !== 'scanner' && r.id !== 'secretlint')) {
    const { target, met } = evaluate(row, rows);
    const ratio = row.ms != null && floor?.ms ? row.ms / floor.ms : null;
    lines.push(
      `| ${row.label}${statusCell(row)} | ${seconds(row.ms)} | ${megabytes(row.rssMB)} | ${times(ratio)} | ${row.files?.toLocaleString('en-US') ?? '—'} | ${target} | ${verdict(met)} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The scanner table: MB/s on the recovered first-party sources.
 * @param {Row[]} rows
 * @returns {string}
 */
export function scannerTable(rows) {
  const lines = ['| Scanner | Files | MB scanned | Time (s) | MB/s | Findings | Target | Met |', '|---|--:|--:|--:|--:|--:|---|---|'];
  const secretlint = find(rows, 'secretlint', '1x');
  for (const row of rows.filter((r) => (r.id === 'scanner' || r.id === 'secretlint') && r.variant === '1x')) {
    const { target, met } = evaluate(row, rows);
    const bytes = /** @type {number | undefined} */ (row.detail?.bytes);
    const speedup = row.id === 'scanner' && row.mbps && secretlint?.mbps ? ` (${(row.mbps / secretlint.mbps).toFixed(0)}×)` : '';
    lines.push(
      `| ${row.label}${statusCell(row)} | ${row.files?.toLocaleString('en-US') ?? '—'} | ${bytes ? (bytes / 1e6).toFixed(1) : '—'} | ${seconds(row.ms)} | ${row.mbps ? row.mbps.toFixed(1) + speedup : '—'} | ${row.detail?.findings ?? '—'} | ${target} | ${verdict(met)} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The start-up table: Node alone, `--version`, a small registry package.
 * @param {Row[]} rows
 * @returns {string}
 */
export function startupTable(rows) {
  const lines = ['| What | Time (ms) | Best (ms) | Peak RSS (MB) | Target | Met |', '|---|--:|--:|--:|---|---|'];
  for (const row of rows.filter((r) => r.variant === 'startup')) {
    const { target, met } = evaluate(row, rows);
    const ms = (/** @type {number | null | undefined} */ value) => (value == null ? '—' : Math.round(value).toLocaleString('en-US'));
    lines.push(
      `| ${row.label}${statusCell(row)} | ${ms(row.ms)} | ${ms(row.bestMs)} | ${megabytes(row.rssMB)} | ${target} | ${verdict(met)} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The many-small-maps table: `check` of the package against secretlint on the sources it embeds.
 * @param {Row[]} rows
 * @returns {string}
 */
export function manyMapsTable(rows) {
  const secretlint = find(rows, 'secretlint', 'many');
  const lines = ['| What | Time (s) | Peak RSS (MB) | secretlint ÷ this | Findings | Target | Met |', '|---|--:|--:|--:|--:|---|---|'];
  for (const row of rows.filter((r) => r.variant === 'many')) {
    const { target, met } = evaluate(row, rows);
    const ratio = secretlint?.ms && row.ms ? secretlint.ms / row.ms : null;
    const detail = /** @type {{ rules?: Record<string, number>, findings?: number } | undefined} */ (row.detail);
    const findings = detail?.rules
      ? Object.entries(detail.rules)
          .map(([rule, n]) => `${rule} ×${n}`)
          .join(', ') || '0'
      : (detail?.findings ?? '—');
    lines.push(
      `| ${row.label}${statusCell(row)} | ${seconds(row.ms)} | ${megabytes(row.rssMB)} | ${times(ratio)} | ${findings} | ${target} | ${verdict(met)} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The scaling table: 1x against 2x for the rows measured on both.
 * @param {Row[]} rows
 * @returns {string}
 */
export function scalingTable(rows) {
  const lines = [
    `| What | 1x (s) | 2x (s) | Growth | 1x RSS (MB) | 2x RSS (MB) | Linear (growth ≤ ${TARGETS.linearGrowth}×) |`,
    '|---|--:|--:|--:|--:|--:|---|',
  ];
  for (const id of ['floor', 'check', 'extract']) {
    const one = rows.find((r) => r.id === id && r.variant === '1x');
    const two = rows.find((r) => r.id === id && r.variant === '2x');
    if (!one || !two) continue;
    const growth = one.ms && two.ms ? two.ms / one.ms : null;
    const met = growth === null ? null : growth <= TARGETS.linearGrowth;
    lines.push(
      `| ${one.label}${statusCell(two)} | ${seconds(one.ms)} | ${seconds(two.ms)} | ${times(growth)} | ${megabytes(one.rssMB)} | ${megabytes(two.rssMB)} | ${verdict(met)} |`,
    );
  }
  return lines.join('\n');
}

/**
 * One sentence on what `check` reported, so a fast but empty run cannot pass unnoticed.
 * @param {Row[]} rows
 * @returns {string}
 */
function checkFindings(rows) {
  const check = find(rows, 'check', '1x');
  const detail = /** @type {{ rules?: Record<string, number>, firstParty?: number, recoverable?: number } | undefined} */ (check?.detail);
  if (!detail?.rules) return '`check` did not produce a readable report in this run.';
  const rules =
    Object.entries(detail.rules)
      .map(([rule, n]) => `\`${rule}\` ×${n}`)
      .join(', ') || 'nothing';
  return `\`check\` reported ${rules}; ${detail.recoverable ?? '?'} recoverable first-party sources; \`secret\` findings: ${detail.rules.secret ?? 0} (the package holds no credential, so any is a false positive).`;
}

/**
 * The whole generated section: environment line, package shape and the three tables.
 * @param {{ rows: Row[], environment: Record<string, any>, packages: Record<string, any> }} results
 * @returns {string}
 */
export function renderMarkdown(results) {
  const { environment: env, packages } = results;
  const many = packages.many;
  const manyShape = many
    ? `${many.maps} minified chunks with a map each, ${many.sources.toLocaleString('en-US')} sources (${many.firstParty.toLocaleString('en-US')} first-party), ${(many.contentBytes / 1e6).toFixed(1)} MB of sourcesContent, ${(many.tarballBytes / 1e6).toFixed(1)} MB tarball`
    : 'not generated';
  const shape = (/** @type {any} */ m) =>
    `${(m.tarballBytes / 1e6).toFixed(1)} MB tarball; cli.js ${(m.bundleBytes / 1e6).toFixed(1)} MB; cli.js.map ${(m.mapBytes / 1e6).toFixed(1)} MB with ${m.sources.toLocaleString('en-US')} sources (${m.firstParty.toLocaleString('en-US')} first-party), ${(m.contentBytes / 1e6).toFixed(1)} MB of sourcesContent; ${(m.binaryBytes / 1e6).toFixed(1)} MB of binaries`;
  return [
    `Measured ${env.date} on ${env.cpus} × ${env.cpuModel}, ${env.memoryGB} GB RAM, Node ${env.node}, ${env.platform}. Median of ${env.runs} run${env.runs === 1 ? '' : 's'} after ${env.warmup ?? 0} discarded warm-up, each a fresh process${env.scale === 1 ? '' : `; **scale ${env.scale}** (not the full-size package)`}. Peak RSS via ${env.rssSource}.`,
    '',
    `- **1x**: ${shape(packages['1x'])}.`,
    `- **2x**: ${shape(packages['2x'])}.`,
    '',
    '### The incident package (1x)',
    '',
    mainTable(results.rows, '1x'),
    '',
    checkFindings(results.rows),
    '',
    '### Credential scanner on the recovered first-party sources',
    '',
    scannerTable(results.rows),
    '',
    '### Growth with map size (1x against 2x)',
    '',
    scalingTable(results.rows),
    '',
    '### Start-up',
    '',
    startupTable(results.rows),
    '',
    `### Many small maps (${manyShape})`,
    '',
    manyMapsTable(results.rows),
  ].join('\n');
}

/**
 * Replaces the text between the markers of `docPath` with `section`.
 * @param {string} docPath
 * @param {string} section
 * @param {[string, string]} [markers] start and end marker (default: the check table's)
 */
export function writeDocsSection(docPath, section, [startMarker, endMarker] = [START_MARKER, END_MARKER]) {
  const doc = readFileSync(docPath, 'utf8');
  const start = doc.indexOf(startMarker);
  const end = doc.indexOf(endMarker);
  if (start < 0 || end < start) throw new Error(`${docPath} lacks the ${startMarker} / ${endMarker} markers`);
  writeFileSync(docPath, `${doc.slice(0, start + startMarker.length)}\n${section}\n${doc.slice(end)}`);
}
