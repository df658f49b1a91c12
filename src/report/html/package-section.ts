/**
 * Everything the page shows about one package, in reading order: verdict and what leaks, the
 * treemap of what ships, what each source map exposes, changes since the baseline, findings and
 * how to fix them. A single-package page holds one; a set page holds one per package.
 */
import type { Report } from '../../types.js';
import { renderChanges } from './changes.js';
import { renderFindings } from './findings-table.js';
import { renderPackageTreemap } from './package-treemap.js';
import { renderSourceMaps } from './source-maps.js';
import type { SourceTextLookup } from './source-text.js';
import { renderVerdict } from './verdict.js';
import { SEVERITY_MARK } from './words.js';

/** The body of one package's report; `prefix` makes its ids unique on the page. */
export function renderPackageSection(report: Report, prefix: string, sourceText?: SourceTextLookup): string {
  return [
    renderVerdict(report, prefix),
    `<section class="ships" aria-labelledby="${prefix}-ships-h"><h2 id="${prefix}-ships-h">What ships</h2>`,
    fileLegend(report),
    renderPackageTreemap(report, prefix),
    '</section>',
    renderSourceMaps(report.sourceMaps, prefix, sourceText),
    renderChanges(report.baseline, prefix),
    renderFindings(report.findings, prefix),
  ].join('');
}

/** The key of the package treemap; the baseline marks only when there is a baseline. */
function fileLegend(report: Report): string {
  const items = [
    ['sev-error', `${SEVERITY_MARK.error} error`],
    ['sev-warning', `${SEVERITY_MARK.warning} warning`],
    ['sev-info', `${SEVERITY_MARK.info} note`],
    ['clean', 'no findings'],
    ['accepted', 'findings accepted in leakproof.json'],
    ['clean map', 'source map (select it to see its sources)'],
  ];
  if (report.baseline && !report.baseline.firstRelease)
    items.push(['clean new', 'new since the baseline (dashed; NEW)'], ['clean grown', 'grew since the baseline (dotted; GREW)']);
  const entries = items.map(([className, text]) => `<li><span class="swatch ${className}"></span>${text}</li>`);
  return `<p class="hint">Every file the package ships, by size, grouped by folder; colour and pattern show its worst finding (files with errors or warnings are drawn at least a small square, so none hides). Select a file to see its findings.</p><ul class="legend">${entries.join('')}</ul>`;
}
