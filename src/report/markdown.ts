/**
 * Markdown output for `$GITHUB_STEP_SUMMARY` and pull-request comments (GitHub Flavored
 * Markdown, https://github.github.com/gfm/): verdict first, then findings worst first, totals,
 * source maps and the changes since the baseline release.
 */

import { formatSize, plural } from '../format-size.js';
import { isRuleId, RULES_DOC_URL, ruleAnchor } from '../rules/meta.js';
import type { BaselineComparison, Finding, Report, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { printable } from './printable.js';
import { targetName } from './target-name.js';

/** Rows per table; a step summary is capped at 1 MiB and a comment at 65,536 characters. */
const MAX_ROWS = 100;

const ICONS: Readonly<Record<Severity, string>> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/**
 * Render a report as GitHub Flavored Markdown. Every piece of package-controlled text is
 * escaped so that a file name cannot break a table, inject HTML or mention a team.
 */
export function renderMarkdown(report: Report): string {
  const sections = [
    verdict(report),
    gaps(report),
    findingsTable(report.findings),
    suppressedList(report.findings),
    totals(report),
    sourceMapsTable(report),
    report.baseline === undefined ? [] : baselineSection(report.baseline),
  ];
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

function verdict(report: Report): string[] {
  const name = code(targetName(report.target));
  const { errors, warnings, infos, suppressed } = report.summary;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(infos, 'note')];
  if (suppressed > 0) counts.push(`${suppressed} suppressed`);
  const tally = errors + warnings + infos + suppressed === 0 ? 'no findings' : counts.join(', ');
  if (!report.complete) return [`### ❌ ${name} could not be fully inspected: ${tally}`];
  const outcome = report.ok ? '✅' : '❌';
  const word = report.ok ? 'passes' : 'fails';
  return [`### ${outcome} ${name} ${word} leakproof: ${tally} (fail-on: ${report.failOn})`];
}

function gaps(report: Report): string[] {
  if (report.gaps.length === 0) return [];
  return [
    '**Not inspected:**',
    '',
    ...report.gaps.map((gap) => `- ${code(gap.code)}${gap.path === undefined ? '' : ` ${code(gap.path)}`}: ${text(gap.message)}`),
  ];
}

function findingsTable(findings: readonly Finding[]): string[] {
  const active = findings.filter((finding) => finding.suppressed === undefined);
  if (active.length === 0) return [];
  const sorted = [...active].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const rows = sorted
    .slice(0, MAX_ROWS)
    .map(
      (finding) =>
        `| ${ICONS[finding.severity]} ${finding.severity} | ${ruleLink(finding.rule)} | ${location(finding)} | ${text(finding.message)} |`,
    );
  return ['| Severity | Rule | Path | Message |', '| --- | --- | --- | --- |', ...rows, ...more(sorted.length, 'finding')];
}

function suppressedList(findings: readonly Finding[]): string[] {
  const suppressed = findings.filter((finding) => finding.suppressed !== undefined);
  if (suppressed.length === 0) return [];
  return [
    `<details><summary>${plural(suppressed.length, 'suppressed finding')}</summary>`,
    '',
    ...suppressed
      .slice(0, MAX_ROWS)
      .map((finding) => `- ${ruleLink(finding.rule)} ${location(finding)}: ${text(finding.suppressed?.reason ?? '')}`),
    ...more(suppressed.length, 'suppressed finding'),
    '',
    '</details>',
  ];
}

function totals(report: Report): string[] {
  const maps = report.sourceMaps.length === 0 ? '' : `, ${plural(report.sourceMaps.length, 'source map')}`;
  return [`**Totals:** ${plural(report.summary.files, 'file')}, ${formatSize(report.summary.unpackedSize)} unpacked${maps}`];
}

function sourceMapsTable(report: Report): string[] {
  if (report.sourceMaps.length === 0) return [];
  const rows = report.sourceMaps.slice(0, MAX_ROWS).map((map) => {
    const origin = map.origin === 'remote' && map.url !== undefined ? `remote ${code(map.url)}` : map.origin;
    const valid = map.valid ? 'yes' : `no: ${text(map.invalidReason ?? 'invalid')}`;
    const recoverable = `${map.recoverable} (${formatSize(map.recoverableBytes)})`;
    return `| ${code(map.path)} | ${origin} | ${valid} | ${map.sources} | ${map.withContent} | ${map.firstParty} | ${recoverable} |`;
  });
  return [
    '#### Source maps',
    '',
    '| Map | Origin | Valid | Sources | With content | First-party | Recoverable |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...rows,
    ...more(report.sourceMaps.length, 'source map'),
  ];
}

function baselineSection(baseline: BaselineComparison): string[] {
  const since = baseline.target === null ? 'the previous release' : code(targetName(baseline.target));
  const { before, after } = baseline.totals;
  const lines = [`#### Changes since ${since}`, ''];
  if (baseline.firstRelease) lines.push('First release: nothing was published before, so everything is new.', '');
  const delta = signedSize(after.unpackedSize - before.unpackedSize);
  lines.push(
    `**Totals:** ${plural(before.files, 'file')}, ${formatSize(before.unpackedSize)} -> ${plural(after.files, 'file')}, ${formatSize(after.unpackedSize)} (${delta})`,
  );
  if (baseline.newSourceMaps.length > 0) {
    lines.push('', `⚠️ **New source maps:** ${baseline.newSourceMaps.map(code).join(', ')}`);
  }
  const rows = changeRows(baseline);
  if (rows.length > 0) {
    lines.push(
      '',
      '| Change | Path | Before | After |',
      '| --- | --- | ---: | ---: |',
      ...rows.slice(0, MAX_ROWS),
      ...more(rows.length, 'change'),
    );
  }
  return lines;
}

/** Added first (what may leak), then grown, removed and shrunk files. */
function changeRows(baseline: BaselineComparison): string[] {
  const grown = baseline.changed.filter((change) => change.after > change.before);
  const shrunk = baseline.changed.filter((change) => change.after < change.before);
  const row = (kind: string, path: string, before: string, after: string) => `| ${kind} | ${code(path)} | ${before} | ${after} |`;
  return [
    ...baseline.added.map((file) => row('added', file.path, '', formatSize(file.size))),
    ...grown.map((change) =>
      row('grown', change.path, formatSize(change.before), `${formatSize(change.after)} (${signedSize(change.after - change.before)})`),
    ),
    ...baseline.removed.map((file) => row('removed', file.path, formatSize(file.size), '')),
    ...shrunk.map((change) =>
      row('shrunk', change.path, formatSize(change.before), `${formatSize(change.after)} (${signedSize(change.after - change.before)})`),
    ),
  ];
}

function more(total: number, noun: string): string[] {
  return total > MAX_ROWS ? ['', `…and ${plural(total - MAX_ROWS, `more ${noun}`)}`] : [];
}

function signedSize(bytes: number): string {
  return bytes < 0 ? `-${formatSize(-bytes)}` : `+${formatSize(bytes)}`;
}

function ruleLink(rule: string): string {
  return isRuleId(rule) ? `[${code(rule)}](${RULES_DOC_URL}#${ruleAnchor(rule)})` : code(rule);
}

/** `path[:line]`, or `map › source[:line]` for a finding inside a recovered source. */
function location(finding: Finding): string {
  const line = finding.line === undefined ? '' : `:${finding.line}`;
  if (finding.path === '') return '(package)';
  if (finding.source !== undefined) return `${code(finding.path)} › ${code(finding.source + line)}`;
  return code(finding.path + line);
}

/**
 * An inline code span that survives a table cell: a fence longer than any backtick run inside,
 * `|` escaped (GFM table cells honour `\|` even inside code spans), newlines flattened.
 */
export function code(value: string): string {
  const flat = printable(value.replace(/[\r\n]+/g, ' ')).replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || longestRun > 0 ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * Tokens kept whole as code: a code span the rule wrote, a URL (escaping would corrupt it),
 * or an `@scope/name` that GitHub would turn into a team mention.
 */
const CODE_TOKENS = /`[^`]+`|https?:\/\/[^\s`<>"]*[^\s`<>".,;:!?)]|(?<![\w@])@[\w./-]*\w/g;

/**
 * Plain text safe in a table cell: code tokens in code spans, Markdown and HTML punctuation
 * backslash-escaped, and `&` only where it would start an entity.
 */
export function text(value: string): string {
  const flat = printable(value.replace(/[\r\n]+/g, ' '));
  let result = '';
  let last = 0;
  for (const match of flat.matchAll(CODE_TOKENS)) {
    const token = match[0];
    result += escapeText(flat.slice(last, match.index)) + code(token.startsWith('`') ? token.slice(1, -1) : token);
    last = match.index + token.length;
  }
  return result + escapeText(flat.slice(last));
}

function escapeText(value: string): string {
  return value.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}
