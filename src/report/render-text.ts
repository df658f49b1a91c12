/**
 * Every format but the HTML page, for one report: what the CLI loads when it prints no page (the
 * page's renderer is 20 modules, ~15 ms of start-up). report/index.ts adds the page.
 */
import type { Report } from '../types.js';
import { jsonText } from './escape.js';
import type { ReportFormat } from './formats.js';
import { type GithubAnnotationsOptions, renderGithubAnnotations as renderAnnotations } from './github-annotations.js';
import type { HtmlOptions } from './html/index.js';
import { renderHuman } from './human.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { redactReport } from './redact-report.js';
import { renderSarif } from './sarif.js';

/** A format rendered as text (every one but `html`). */
export type TextFormat = Exclude<ReportFormat, 'html'>;

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
export function renderText(unsafe: Report, format: TextFormat, options: RenderOptions): string {
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
  }
}

/** GitHub workflow commands for the findings, redacted like every format. */
export function renderGithubAnnotations(report: Report, options: GithubAnnotationsOptions = {}): string {
  return renderAnnotations(redactReport(report), options);
}
