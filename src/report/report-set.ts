/**
 * Several packages in one report: `check` with several targets or `--workspaces`, and `audit`.
 * Each member stays a complete single-package {@link Report} rendered by its own renderer; this
 * file adds what spans them (one verdict, one table, one SARIF log with a run per package, one
 * JUnit document) so every format reads as one report.
 */

import { formatSize, plural } from '../format-size.js';
import type { Report, ReportSet, Severity, SkippedTarget } from '../types.js';
import { TOOL } from '../version.js';
import { jsonText } from './escape.js';
import { renderGithubAnnotations } from './github-annotations.js';
import { renderHuman } from './human.js';
import { junitFailureSuite, junitSuites, renderJunitSuites } from './junit.js';
import { code, renderMarkdown, text } from './markdown.js';
import { printable } from './printable.js';
import { redactValue } from './redact-report.js';
import type { RenderOptions, TextFormat } from './render-text.js';
import { renderSarifLog, sarifRun } from './sarif.js';
import { targetName } from './target-name.js';

/** Options of {@link renderTextSet} (and report/index.ts's `renderReportSet`). */
export interface ReportSetRenderOptions extends RenderOptions {
  /**
   * Per report (same order as `set.reports`): where its package folder sits in the repository,
   * for SARIF and annotations (see {@link RenderOptions.pathPrefix}). Default: none.
   */
  readonly pathPrefixes?: readonly string[];
}

/**
 * Combine reports into a set. `ok` needs every report ok and no skipped target that is a gap;
 * `failOn` is the run's (each report carries the same).
 */
export function buildReportSet(reports: readonly Report[], skipped: readonly SkippedTarget[], failOn: Severity): ReportSet {
  const sum = (pick: (report: Report) => number) => reports.reduce((total, report) => total + pick(report), 0);
  const complete = reports.every((report) => report.complete) && !skipped.some((entry) => entry.gap);
  return {
    schemaVersion: 1,
    kind: 'set',
    tool: TOOL,
    reports: [...reports],
    skipped: [...skipped],
    summary: {
      packages: reports.length,
      failing: reports.filter((report) => !report.ok).length,
      incomplete: reports.filter((report) => !report.complete).length + skipped.filter((entry) => entry.gap).length,
      errors: sum((report) => report.summary.errors),
      warnings: sum((report) => report.summary.warnings),
      infos: sum((report) => report.summary.infos),
      suppressed: sum((report) => report.summary.suppressed),
    },
    complete,
    ok: complete && reports.every((report) => report.ok),
    failOn,
  };
}

/** True for a {@link ReportSet} (as opposed to a single {@link Report}). */
export function isReportSet(value: Report | ReportSet): value is ReportSet {
  return (value as ReportSet).kind === 'set';
}

/** Render a set in any text format (report/index.ts adds the page); the same options plus per-report path prefixes. */
export function renderTextSet(unsafe: ReportSet, format: TextFormat, options: ReportSetRenderOptions): string {
  // The same redaction choke point as a single report (redact-report.ts).
  const set = redactValue(unsafe);
  switch (format) {
    case 'human':
      return renderHumanSet(set, options);
    case 'json':
      return `${jsonText(set, 2)}\n`;
    case 'sarif':
      return renderSarifLog(
        set.reports.map((report, index) =>
          sarifRun(report, {
            omitSuppressed: true,
            pathPrefix: options.pathPrefixes?.[index] ?? '',
            category: `leakproof/${targetName(report.target)}/`,
          }),
        ),
      );
    case 'markdown':
      return renderMarkdownSet(set);
    case 'junit':
      return renderJunitSuites(`leakproof ${plural(set.reports.length, 'package')}`, [
        ...set.reports.flatMap((report) => junitSuites(report, targetName(report.target))),
        ...set.skipped
          .filter((entry) => entry.gap)
          .map((entry) => junitFailureSuite(`${entry.input} leakproof.inspection`, 'not inspected', entry.reason)),
      ]);
  }
}

/** GitHub workflow commands for every report of the set, each with its own path prefix. */
export function renderGithubAnnotationsForSet(unsafe: ReportSet, options: Pick<ReportSetRenderOptions, 'pathPrefixes'> = {}): string {
  const set = redactValue(unsafe);
  const lines = set.reports.map((report, index) => renderGithubAnnotations(report, { pathPrefix: options.pathPrefixes?.[index] ?? '' }));
  for (const entry of set.skipped.filter((each) => each.gap)) {
    lines.push(`::error title=leakproof not inspected::${printable(`${entry.input}: ${entry.reason}`).replace(/%/g, '%25')}\n`);
  }
  return lines.join('');
}

/** Reports worst first: incomplete, then failing, then by errors and warnings; stable otherwise. */
function worstFirst(reports: readonly Report[]): Report[] {
  const rank = (report: Report) => (!report.complete ? 0 : !report.ok ? 1 : 2);
  return [...reports].sort((a, b) => rank(a) - rank(b) || b.summary.errors - a.summary.errors || b.summary.warnings - a.summary.warnings);
}

function outcomeOf(report: Report): 'incomplete' | 'fails' | 'passes' {
  if (!report.complete) return 'incomplete';
  return report.ok ? 'passes' : 'fails';
}

function counts(summary: { errors: number; warnings: number }): string {
  return `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`;
}

/**
 * Up to this many packages, every package's own report is printed before the table; past it (an
 * audit of a lockfile) only those that do not pass, so the failures are not buried.
 */
const FULL_REPORTS = 10;

/**
 * Each package's own report (all of them for a few packages, else those that do not pass), then
 * one table, worst first, with what leaks (distinct exposed sources, distinct credentials), and
 * one verdict where the eye lands.
 */
function renderHumanSet(set: ReportSet, options: RenderOptions): string {
  const paint = (code: string) => (text: string) => (options.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const [red, bold, dim] = [paint('31'), paint('1'), paint('2')];
  const shown = set.reports.length <= FULL_REPORTS ? set.reports : set.reports.filter((report) => outcomeOf(report) !== 'passes');
  const sections = shown.map(
    (report, index) => `${dim(`── ${index + 1}/${shown.length} ──`)}\n${renderHuman(report, { color: options.color })}`,
  );
  const quiet = set.reports.length - shown.length;
  const rows = worstFirst(set.reports).map((report) => {
    const outcome = outcomeOf(report);
    const mark = outcome === 'passes' ? '✔' : red('✖');
    const scope = `${plural(report.summary.files, 'file')} (${formatSize(report.summary.unpackedSize)})`;
    const leaks = leakCounts(report);
    return `  ${mark} ${printable(targetName(report.target))}  ${counts(report.summary)} in ${scope}${leaks ? `; ${leaks}` : ''}${outcome === 'passes' ? '' : `; ${outcome}`}`;
  });
  for (const entry of set.skipped) {
    rows.push(
      `  ${entry.gap ? red('✖') : dim('-')} ${printable(entry.input)}  ${dim(`${entry.gap ? 'not inspected' : 'skipped'}: ${printable(entry.reason)}`)}`,
    );
  }
  const note =
    quiet > 0 ? [dim(`${plural(quiet, 'package')} that pass are not printed in full; --format json lists every finding.`), ''] : [];
  const lines = [
    ...sections,
    ...note,
    bold(`${plural(set.reports.length, 'package')} checked${set.skipped.length ? `, ${set.skipped.length} skipped` : ''}:`),
    ...rows,
    '',
    setVerdict(set, red, bold),
  ];
  return `${lines.join('\n')}\n`;
}

/** Distinct credentials a package fails on (one per hash, wherever it appears). */
function credentialCount(report: Report): number {
  return new Set(
    report.findings
      .filter((finding) => finding.rule === 'secret' && finding.severity === 'error' && !finding.suppressed)
      .map((finding) => finding.hash ?? `${finding.path}:${finding.line ?? 0}`),
  ).size;
}

/** `1,704 sources exposed, 2 credentials`: what a package leaks, counted once each. */
function leakCounts(report: Report): string {
  const credentials = credentialCount(report);
  const parts = [
    ...(report.summary.uniqueRecoverable > 0
      ? [
          `${report.summary.uniqueRecoverable.toLocaleString('en-US')} ${report.summary.uniqueRecoverable === 1 ? 'source' : 'sources'} exposed`,
        ]
      : []),
    ...(credentials > 0 ? [plural(credentials, 'credential')] : []),
  ];
  return parts.join(', ');
}

function setVerdict(set: ReportSet, red: (text: string) => string, bold: (text: string) => string): string {
  const { summary } = set;
  const total = `${counts(summary)} in ${plural(summary.packages, 'package')}`;
  if (!set.complete) return red(bold(`✖ incomplete: ${plural(summary.incomplete, 'target')} not fully inspected; ${total}; not a pass`));
  if (!set.ok)
    return red(
      bold(
        `✖ ${summary.failing} of ${plural(summary.packages, 'package')} ${summary.failing === 1 ? 'fails' : 'fail'} at --fail-on ${set.failOn}; ${total}`,
      ),
    );
  return bold(`✔ ${total}; all pass at --fail-on ${set.failOn}`);
}

const OUTCOME_ICONS = { incomplete: '❌', fails: '❌', passes: '✅' } as const;

/**
 * One verdict, one table of packages (worst first), the skipped targets, then each package's
 * own Markdown report folded in `<details>` (open when it does not pass).
 */
function renderMarkdownSet(set: ReportSet): string {
  const { summary } = set;
  const tally = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'note')].join(', ');
  const head = !set.complete
    ? `### ❌ leakproof: ${plural(summary.incomplete, 'target')} could not be fully inspected (${tally})`
    : set.ok
      ? `### ✅ leakproof: ${plural(summary.packages, 'package')} pass (${tally}; fail-on: ${set.failOn})`
      : `### ❌ leakproof: ${summary.failing} of ${plural(summary.packages, 'package')} ${summary.failing === 1 ? 'fails' : 'fail'} (${tally}; fail-on: ${set.failOn})`;
  const rows = worstFirst(set.reports).map((report) => {
    const outcome = outcomeOf(report);
    const { errors, warnings, infos, files, unpackedSize, uniqueRecoverable } = report.summary;
    return `| ${code(targetName(report.target))} | ${OUTCOME_ICONS[outcome]} ${outcome} | ${errors} | ${warnings} | ${infos} | ${uniqueRecoverable} | ${credentialCount(report)} | ${files} | ${formatSize(unpackedSize)} |`;
  });
  for (const entry of set.skipped) {
    rows.push(`| ${code(entry.input)} | ${entry.gap ? '❌ not inspected' : '➖ skipped'}: ${text(entry.reason)} | | | | | | | |`);
  }
  const table = [
    '| Package | Result | Errors | Warnings | Notes | Exposed sources | Credentials | Files | Unpacked |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
  const details = set.reports.map((report) => {
    const open = report.ok ? '' : ' open';
    return `<details${open}><summary>${OUTCOME_ICONS[outcomeOf(report)]} ${escapeHtml(targetName(report.target))}</summary>\n\n${renderMarkdown(report).trimEnd()}\n\n</details>`;
  });
  return `${[head, table.join('\n'), ...details].join('\n\n')}\n`;
}

function escapeHtml(value: string): string {
  return printable(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
