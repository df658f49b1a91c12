/**
 * The page for several packages: one verdict over all of them, a table of packages worst first,
 * targets that could not be read, and then each package's own report (treemap, maps, findings)
 * in a section that opens from its row. The worst package is open; the rest open on demand.
 */

import { formatSize } from '../../format-size.js';
import type { Report, ReportSet } from '../../types.js';
import { exitCode } from '../exit-code.js';
import { targetName } from '../target-name.js';
import { attributes, escapeHtml } from './escape.js';
import { renderPackageSection } from './package-section.js';
import type { SourceTextLookup } from './source-text.js';
import { outcome, severityCounts } from './verdict.js';
import { count } from './words.js';

/**
 * Packages that fail or were not fully read first, ordered by errors, then exposed first-party
 * bytes, then warnings (an incomplete one before a failing one on a tie); passing packages
 * after them, in the same order; ties by name.
 */
export function worstFirst(reports: readonly Report[]): Report[] {
  const exposed = (report: Report): number => report.sourceMaps.reduce((sum, map) => sum + map.recoverableBytes, 0);
  return [...reports].sort(
    (a, b) =>
      Number(a.ok) - Number(b.ok) ||
      b.summary.errors - a.summary.errors ||
      exposed(b) - exposed(a) ||
      b.summary.warnings - a.summary.warnings ||
      Number(a.complete) - Number(b.complete) ||
      targetName(a.target).localeCompare(targetName(b.target)),
  );
}

/** The body of a set page. */
export function renderSetBody(set: ReportSet, sourceText?: (report: Report) => SourceTextLookup | undefined): string {
  const reports = worstFirst(set.reports);
  const header = `<h1>leakproof report for <b>${count(set.summary.packages, 'package')}</b></h1>`;
  const sections = reports.map((report, index) => {
    const result = outcome(report);
    const open = index === 0 && !report.ok;
    const summary = `<summary><span class="mark" aria-hidden="true">${result.mark}</span> <b>${escapeHtml(targetName(report.target))}</b> · ${result.word} · ${counts(report)}</summary>`;
    return `<details${attributes({ class: `package ${result.className}`, id: `p${index}`, open })}>${summary}${renderPackageSection(report, `p${index}`, sourceText?.(report))}</details>`;
  });
  return `${header}<main>${verdict(set)}${table(reports)}${skipped(set)}${sections.join('')}</main>`;
}

function verdict(set: ReportSet): string {
  const result = outcome(set);
  const { summary } = set;
  const scope = `${count(summary.packages, 'package')}: ${summary.failing.toLocaleString('en-US')} failing, ${summary.incomplete.toLocaleString('en-US')} incomplete${set.skipped.length ? `, ${count(set.skipped.length, 'target')} not read` : ''}`;
  return (
    `<div class="verdict ${result.className}" role="status"><p class="outcome"><span class="mark" aria-hidden="true">${result.mark}</span> ${result.word} ` +
    `<span class="exit">exit code ${exitCode(set)}</span> <span class="failon">fail-on ${set.failOn}</span></p>` +
    `${severityCounts(summary)}<p class="scope">${scope}</p></div>`
  );
}

function counts(report: Report): string {
  const { errors, warnings, infos } = report.summary;
  const exposed = report.sourceMaps.reduce((sum, map) => sum + map.recoverable, 0);
  return [
    count(errors, 'error'),
    count(warnings, 'warning'),
    count(infos, 'note'),
    ...(exposed ? [`exposes ${count(exposed, 'first-party source')}`] : []),
  ].join(', ');
}

function table(reports: readonly Report[]): string {
  const rows = reports.map((report, index) => {
    const result = outcome(report);
    const exposed = report.sourceMaps.reduce((sum, map) => sum + map.recoverableBytes, 0);
    return (
      `<tr><td><a href="#p${index}">${escapeHtml(targetName(report.target))}</a></td><td><span class="chip ${result.className === 'pass' ? 'clean' : 'sev-error'}">${result.mark} ${result.word}</span></td>` +
      `<td>${report.summary.errors}</td><td>${report.summary.warnings}</td><td>${report.summary.infos}</td>` +
      `<td>${exposed ? formatSize(exposed) : '–'}</td><td>${report.summary.files.toLocaleString('en-US')}</td><td>${formatSize(report.summary.unpackedSize)}</td></tr>`
    );
  });
  return (
    '<h2>Packages, worst first</h2><table class="set-table"><thead><tr><th scope="col">Package</th><th scope="col">Verdict</th><th scope="col">Errors</th>' +
    '<th scope="col">Warnings</th><th scope="col">Notes</th><th scope="col">Exposed first-party</th><th scope="col">Files</th><th scope="col">Unpacked</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table>`
  );
}

function skipped(set: ReportSet): string {
  if (set.skipped.length === 0) return '';
  const items = set.skipped.map(
    (entry) =>
      `<li><code>${escapeHtml(entry.input)}</code>: ${escapeHtml(entry.reason)}${entry.gap ? ' (counts as not inspected)' : ''}</li>`,
  );
  return `<div class="gaps"><h3>Not read</h3><ul>${items.join('')}</ul></div>`;
}
