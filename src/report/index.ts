import type { Report } from '../types.js';
import { jsonText } from './escape.js';
import type { ReportFormat } from './formats.js';
import { type GithubAnnotationsOptions, renderGithubAnnotations as renderAnnotations } from './github-annotations.js';
import { type HtmlOptions, renderHtml } from './html/index.js';
import { renderHuman } from './human.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { redactReport } from './redact-report.js';
import { renderSarif } from './sarif.js';

export { REPORT_FORMATS, type ReportFormat } from './formats.js';

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

/**
 * Render a report; one function per format, one file per format. Every format goes through
 * the redaction choke point first (redact-report.ts) and escapes package text with escape.ts.
 */
export function renderReport(unsafe: Report, format: ReportFormat, options: RenderOptions): string {
  const report = redactReport(unsafe);
  switch (format) {
    case 'human':
      return renderHuman(report, options);
    case 'json':
      return `${jsonText(report, 2)}\n`;
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

/** The JSON report: the Report object itself (redacted), versioned by `schemaVersion`. */
export function renderJson(report: Report): string {
  return `${jsonText(redactReport(report), 2)}\n`;
}

/** GitHub workflow commands for the findings, redacted like every format. */
export function renderGithubAnnotations(report: Report, options: GithubAnnotationsOptions = {}): string {
  return renderAnnotations(redactReport(report), options);
}

export { type HtmlOptions, renderHtml, type SourceTextLookup } from './html/index.js';
export { renderHuman } from './human.js';
export { redactReport, redactText } from './redact-report.js';
export { buildReportSet, isReportSet, type ReportSetRenderOptions, renderGithubAnnotationsForSet, renderReportSet } from './report-set.js';
