import type { Report, ReportSet } from '../types.js';
import { jsonText } from './escape.js';
import type { ReportFormat } from './formats.js';
import { renderHtml } from './html/index.js';
import { redactReport, redactValue } from './redact-report.js';
import { type RenderOptions, renderText } from './render-text.js';
import { type ReportSetRenderOptions, renderTextSet } from './report-set.js';

export { REPORT_FORMATS, type ReportFormat } from './formats.js';
export { type RenderOptions, renderGithubAnnotations, renderText, type TextFormat } from './render-text.js';

/** Render a report in any format: the page (report/html/) or text (render-text.ts). */
export function renderReport(unsafe: Report, format: ReportFormat, options: RenderOptions): string {
  return format === 'html' ? renderHtml(redactReport(unsafe), options.html) : renderText(unsafe, format, options);
}

/** Render a set in any format a single report has; the same options plus per-report path prefixes. */
export function renderReportSet(unsafe: ReportSet, format: ReportFormat, options: ReportSetRenderOptions): string {
  // The same redaction choke point as a single report (redact-report.ts).
  return format === 'html' ? renderHtml(redactValue(unsafe)) : renderTextSet(unsafe, format, options);
}

/** The JSON report: the Report object itself (redacted), versioned by `schemaVersion`. */
export function renderJson(report: Report): string {
  return `${jsonText(redactReport(report), 2)}\n`;
}

export { type HtmlOptions, renderHtml, type SourceTextLookup } from './html/index.js';
export { renderHuman } from './human.js';
export { redactReport, redactText } from './redact-report.js';
export { buildReportSet, isReportSet, type ReportSetRenderOptions, renderGithubAnnotationsForSet, renderTextSet } from './report-set.js';
