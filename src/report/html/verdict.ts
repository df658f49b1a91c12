/**
 * The top of a package's report: pass or fail with the exit code, counts by severity, and one
 * short list of what leaks (maps exposing first-party code, credentials, sensitive files), each
 * linking to where the page shows it. This is what a reader sees before scrolling.
 */

import { formatSize } from '../../format-size.js';
import type { Finding, Report, Severity } from '../../types.js';
import { exitCode } from '../exit-code.js';
import { attributes, escapeHtml } from './escape.js';
import { mapSectionId } from './source-maps.js';
import { count, SEVERITY_MARK, SEVERITY_NAME } from './words.js';

/** The verdict word and class of a report or set. */
export function outcome(report: Pick<Report, 'complete' | 'ok'>): { word: string; className: string; mark: string } {
  if (!report.complete) return { word: 'Incomplete: not a pass', className: 'incomplete', mark: '✖' };
  return report.ok ? { word: 'Passes', className: 'pass', mark: '✔' } : { word: 'Fails', className: 'fail', mark: '✖' };
}

/** The verdict block of one report. */
export function renderVerdict(report: Report, prefix: string): string {
  const result = outcome(report);
  const { summary } = report;
  const scope = `${count(summary.files, 'file')}, ${formatSize(summary.unpackedSize)} unpacked${report.sourceMaps.length ? `, ${count(report.sourceMaps.length, 'source map')}` : ''}`;
  return (
    `<div class="verdict ${result.className}" role="status">` +
    `<p class="outcome"><span class="mark" aria-hidden="true">${result.mark}</span> ${result.word} <span class="exit">exit code ${exitCode(report)}</span> <span class="failon">fail-on ${report.failOn}</span></p>` +
    `${severityCounts(summary)}<p class="scope">${escapeHtml(scope)} · ${manifestNote(report)}</p></div>` +
    gaps(report) +
    exposure(report, prefix)
  );
}

/** Counts by severity, a mark beside each; zero counts are muted. */
export function severityCounts(summary: Pick<Report['summary'], 'errors' | 'warnings' | 'infos' | 'suppressed'>): string {
  const item = (severity: Severity, n: number): string =>
    `<li class="${n > 0 ? `sev-${severity}-text` : 'zero'}">${SEVERITY_MARK[severity]} ${count(n, SEVERITY_NAME[severity])}</li>`;
  const accepted = summary.suppressed > 0 ? `<li>${count(summary.suppressed, 'accepted finding')}</li>` : '';
  return `<ul class="counts">${item('error', summary.errors)}${item('warning', summary.warnings)}${item('info', summary.infos)}${accepted}</ul>`;
}

function manifestNote(report: Report): string {
  return report.manifest.path
    ? `allowlist <code>${escapeHtml(report.manifest.path)}</code> applied`
    : 'no leakproof.json: run <code>leakproof init</code> to keep an allowlist';
}

function gaps(report: Report): string {
  if (report.gaps.length === 0) return '';
  const items = report.gaps.map(
    (gap) =>
      `<li><code>${escapeHtml(gap.code)}</code>${gap.path ? ` <code>${escapeHtml(gap.path)}</code>` : ''}: ${escapeHtml(gap.message)}</li>`,
  );
  return `<div class="gaps"><h3>Not fully inspected</h3><ul>${items.join('')}</ul></div>`;
}

/** The few lines that say what leaks, worst first; a clean package says so. */
function exposure(report: Report, prefix: string): string {
  const lines: string[] = [];
  const maps = report.sourceMaps.map((map, index) => ({ map, index })).filter(({ map }) => map.recoverable > 0);
  maps.sort((a, b) => b.map.recoverableBytes - a.map.recoverableBytes);
  for (const { map, index } of maps.slice(0, 3)) {
    lines.push(
      `<a href="#${mapSectionId(prefix, index)}"><code>${escapeHtml(map.path)}</code></a> exposes <b>${count(map.recoverable, 'first-party source')} (${formatSize(map.recoverableBytes)})</b> that the package ships nowhere else`,
    );
  }
  if (maps.length > 3) lines.push(`and ${count(maps.length - 3, 'more map')} exposing first-party sources`);
  const readable = report.sourceMaps.filter((map) => (map.readable ?? 0) > 0);
  if (readable.length > 0) {
    const sources = readable.reduce((sum, map) => sum + (map.readable ?? 0), 0);
    const bytes = readable.reduce((sum, map) => sum + (map.readableBytes ?? 0), 0);
    lines.push(
      `${count(readable.length, 'map')} also embed${readable.length === 1 ? 's' : ''} ${count(sources, 'first-party source')} (${formatSize(bytes)}) the package ships readable anyway`,
    );
  }
  const active = report.findings.filter((finding) => !finding.suppressed);
  lines.push(...byRule(active, 'secret', 'credential', prefix), ...byRule(active, 'file/sensitive', 'sensitive file', prefix));
  const heading = lines.length > 0 ? 'What leaks' : report.complete ? 'Nothing leaks' : 'Nothing leaks in what could be read';
  const body =
    lines.length > 0
      ? `<ul>${lines.map((line) => `<li>${line}</li>`).join('')}</ul>`
      : '<p>No map exposes first-party sources, and no credential or sensitive file ships.</p>';
  return `<div class="exposure"${attributes({ 'data-leaks': lines.length > 0 })}><h2>${heading}</h2>${body}</div>`;
}

/** `3 credentials in .env, cli.js, cli.js.map`, linking to the filtered findings. */
function byRule(findings: readonly Finding[], rule: string, noun: string, prefix: string): string[] {
  const matching = findings.filter((finding) => finding.rule === rule);
  if (matching.length === 0) return [];
  const paths = [...new Set(matching.map((finding) => finding.path))];
  const shown = paths.slice(0, 4).map((path) => `<code>${escapeHtml(path || '(package)')}</code>`);
  const more = paths.length > 4 ? ` and ${count(paths.length - 4, 'more file')}` : '';
  return [
    `<a${attributes({ href: `#${prefix}-findings`, 'data-filter-rule': rule })}><b>${count(matching.length, noun)}</b></a> in ${shown.join(', ')}${more}`,
  ];
}
