/**
 * `--format html`: one self-contained page a person looks at, for one package (a {@link Report})
 * or several (a {@link ReportSet}: `check` with several targets, `--workspaces`, `audit`).
 *
 * Self-contained means no request ever leaves the page: styles and script are inline, fonts are
 * the system's, and a Content-Security-Policy (`default-src 'none'`) forbids every fetch while
 * admitting only our own script, by its SHA-256. Package-controlled text is escaped once, in
 * ./escape.ts; the CSP is the second wall should that ever fail. The output is deterministic
 * (no timestamps), so two runs over the same package produce the same bytes.
 */
import { createHash } from 'node:crypto';
import type { Report, ReportSet } from '../../types.js';
import { targetName } from '../target-name.js';
import { escapeHtml } from './escape.js';
import { renderPackageSection } from './package-section.js';
import { pageScript } from './page-script.js';
import { renderSetBody } from './report-set.js';
import type { SourceTextLookup } from './source-text.js';
import { PAGE_CSS } from './styles.js';
import { outcome } from './verdict.js';

export type { SourceTextLookup } from './source-text.js';

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /**
   * `--html-sources`: the text of a report's recovered sources, to embed the package's own code
   * (credentials masked). Without it, no source text is on the page.
   */
  readonly sourceText?: (report: Report) => SourceTextLookup | undefined;
}

/** True for a several-package {@link ReportSet}. */
export function isReportSet(input: Report | ReportSet): input is ReportSet {
  return (input as Partial<ReportSet>).kind === 'set';
}

/** The HTML page for one report or a set of reports. */
export function renderHtml(input: Report | ReportSet, options: HtmlOptions = {}): string {
  if (isReportSet(input)) {
    const result = outcome(input);
    const title = `leakproof: ${input.summary.packages} packages, ${result.word.toLowerCase()}`;
    return page(title, input.tool.version, renderSetBody(input, options.sourceText));
  }
  const name = targetName(input.target);
  const header = `<h1>leakproof report for <b>${escapeHtml(name)}</b> (${escapeHtml(`${input.target.kind} ${input.target.input}`)})</h1>`;
  const body = `${header}<main>${renderPackageSection(input, 'p0', options.sourceText?.(input))}</main>`;
  return page(`leakproof: ${name} ${outcome(input).word.toLowerCase()}`, input.tool.version, body);
}

/** The document around a body: inline style and script, and the policy that pins them. */
function page(title: string, version: string, body: string): string {
  const script = `(${pageScript.toString()})({ document, window });`;
  // Our script never contains this; if a toolchain ever put it there, the page would break.
  if (/<\/script|<!--/i.test(script)) throw new Error('page script contains a closing script tag');
  const hash = createHash('sha256').update(script).digest('base64');
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${policy}">` +
    '<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<meta name="generator" content="leakproof ${escapeHtml(version)}"><title>${escapeHtml(title)}</title><style>${PAGE_CSS}</style></head>` +
    `<body><a class="skip" href="#p0-findings">Skip to the findings</a>${body}` +
    `<footer>Made by leakproof ${escapeHtml(version)}. This page loads nothing from the network; <code>--format json</code> holds every detail.</footer>` +
    `<script>${script}</script></body></html>\n`
  );
}
