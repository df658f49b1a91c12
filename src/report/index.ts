import type { Report } from '../types.js';
import { renderHtml, type HtmlOptions } from './html/index.js';
import { renderHuman } from './human.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';

/** Every format a report can be rendered in. */
export type ReportFormat = 'human' | 'json' | 'sarif' | 'markdown' | 'junit' | 'html';

/** Options shared by the renderers. */
export interface RenderOptions {
  readonly color: boolean;
  /** Prefix for package paths in SARIF (the package folder relative to the repository root). */
  readonly pathPrefix?: string;
  /** Human only: suggest `leakproof init` when no leakproof.json applied (the package in the current folder). */
  readonly suggestInit?: string;
  /** HTML only: what else the page may show (`--html-sources`). */
  readonly html?: HtmlOptions;
}

/** Render a report; one function per format, one file per format. */
export function renderReport(report: Report, format: ReportFormat, options: RenderOptions): string {
  switch (format) {
    case 'human':
      return renderHuman(report, options);
    case 'json':
      return renderJson(report);
    case 'sarif':
      // GitHub ignores `suppressions` and would open alerts for findings accepted in leakproof.json.
      return renderSarif(report, { omitSuppressed: true, ...(options.pathPrefix ? { pathPrefix: options.pathPrefix } : {}) });
    case 'markdown':
      return renderMarkdown(report);
    case 'junit':
      return renderJunit(report);
    case 'html':
      return renderHtml(report, options.html);
  }
}

/** The JSON report: the Report object itself, versioned by `schemaVersion`. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export { renderHuman } from './human.js';
export { renderHtml, type HtmlOptions, type SourceTextLookup } from './html/index.js';
export { renderGithubAnnotations } from './github-annotations.js';
export { buildReportSet, isReportSet, renderGithubAnnotationsForSet, renderReportSet, type ReportSetRenderOptions } from './report-set.js';
