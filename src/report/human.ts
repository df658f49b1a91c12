import { formatSize, plural } from '../format-size.js';
import { isRuleId, RULES } from '../rules/meta.js';
import type { Finding, Report, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { credentialHints } from './credential-hints.js';
import { baselineLine } from './human-baseline.js';
import { printable } from './printable.js';
import { targetName } from './target-name.js';

/** Options of the human renderer. */
export interface HumanOptions {
  /** ANSI colour on (decided by the CLI from NO_COLOR / FORCE_COLOR / TTY). */
  readonly color: boolean;
  /**
   * The `leakproof init` command to suggest when no leakproof.json applied: set for a folder the
   * user can act on (`leakproof init`, or `leakproof init <folder>` for another folder), never for
   * an audited registry package or tarball.
   */
  readonly suggestInit?: string;
}

type Paint = (text: string) => string;

const HEADINGS: Readonly<Record<Severity, string>> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
const MARKS: Readonly<Record<Severity, string>> = { error: '✖', warning: '⚠', info: 'ℹ' };

function painter(color: boolean, code: string): Paint {
  return color ? (text) => `\u001b[${code}m${text}\u001b[0m` : (text) => text;
}

/**
 * The report for people: findings grouped by severity (worst first) then path, sizes in human
 * units, and a one-line verdict at the end where the eye lands.
 */
export function renderHuman(report: Report, options: HumanOptions): string {
  const paint = {
    error: painter(options.color, '31'),
    warning: painter(options.color, '33'),
    info: painter(options.color, '36'),
    bold: painter(options.color, '1'),
    dim: painter(options.color, '2'),
  };
  const compared = baselineLine(report);
  const lines: string[] = [header(report, paint.bold, paint.dim), ...(compared ? [paint.dim(compared)] : []), ''];
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((finding) => finding.severity === severity && !finding.suppressed);
    if (group.length === 0) continue;
    lines.push(paint[severity](paint.bold(`${HEADINGS[severity]} (${group.length})`)));
    lines.push(...renderGroup(report, group, paint[severity], paint.dim));
  }
  lines.push(...renderGaps(report, paint.error));
  if (report.summary.suppressed > 0)
    lines.push(paint.dim(`${plural(report.summary.suppressed, 'finding')} suppressed by leakproof.json ignore entries.`));
  if (!report.manifest.path && options.suggestInit)
    lines.push(
      paint.dim(
        `No leakproof.json: run \`${printable(options.suggestInit)}\` to snapshot what ships, so anything new fails the next check.`,
      ),
    );
  lines.push(verdict(report, paint));
  return `${lines.join('\n')}\n`;
}

function header(report: Report, bold: Paint, dim: Paint): string {
  const { target, summary } = report;
  const id = printable(targetName(target, '?'));
  const maps = report.sourceMaps.length ? `, ${plural(report.sourceMaps.length, 'source map')}` : '';
  return `${bold(id)} ${dim(`(${target.kind} ${printable(target.input)})`)}\n${plural(summary.files, 'file')}, ${formatSize(summary.unpackedSize)} unpacked${maps}`;
}

/**
 * A package with a thousand maps gets a thousand findings of one rule: each rule is a block that
 * shows its first findings, then says where the others are (by folder) and how many distinct
 * sources or credentials they hold, so no category hides behind a count, and ends with what to
 * do. JSON, SARIF and the other machine formats always carry every finding.
 */
const SHOWN_PER_RULE = 5;
/** Folders named in the line that places the findings not shown. */
const SHOWN_FOLDERS = 4;

function renderGroup(report: Report, group: readonly Finding[], paint: Paint, dim: Paint): string[] {
  const byRule = new Map<string, Finding[]>();
  for (const finding of group) {
    const list = byRule.get(finding.rule);
    if (list) list.push(finding);
    else byRule.set(finding.rule, [finding]);
  }
  const lines: string[] = [];
  for (const [rule, findings] of byRule) {
    lines.push(`  ${paint(printable(rule))}${dim(` ${ruleTotals(report, rule, findings)}`)}`);
    for (const finding of findings.slice(0, SHOWN_PER_RULE)) lines.push(...renderFinding(finding, paint, dim));
    if (findings.length > SHOWN_PER_RULE)
      lines.push(
        dim(
          `    … ${findings.length - SHOWN_PER_RULE} more ${placesOf(findings.slice(SHOWN_PER_RULE))} (--format json lists every finding)`,
        ),
      );
    const help = isRuleId(rule) ? RULES[rule].help : undefined;
    if (help) lines.push(dim(`    fix: ${help}`));
    lines.push('');
  }
  return lines;
}

/** The rule's counts: findings, and the distinct things behind them where they repeat. */
function ruleTotals(report: Report, rule: string, findings: readonly Finding[]): string {
  const count = plural(findings.length, 'finding');
  if (rule === 'sourcemap/embedded-sources')
    return `(${count}; ${plural(report.summary.uniqueRecoverable ?? 0, 'distinct source')} exposed)`;
  if (rule === 'sourcemap/readable-sources') return `(${count}; ${plural(report.summary.uniqueReadable ?? 0, 'distinct source')})`;
  if (rule === 'secret')
    return `(${count}; ${plural(new Set(findings.map((finding) => finding.hash ?? finding.path)).size, 'distinct credential')})`;
  return `(${count})`;
}

/** `in locales/ (1,470), fesm2022/ (20) and 3 more folders`: where findings sit. */
function placesOf(findings: readonly Finding[]): string {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    const slash = finding.path.lastIndexOf('/');
    const folder = slash < 0 ? '(package root)' : `${finding.path.slice(0, slash).split('/').slice(0, 2).join('/')}/`;
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const named = ranked.slice(0, SHOWN_FOLDERS).map(([folder, n]) => `${printable(folder)} (${n.toLocaleString('en-US')})`);
  const rest = ranked.length - named.length;
  return `in ${named.join(', ')}${rest > 0 ? ` and ${plural(rest, 'more folder')}` : ''}`;
}

function renderFinding(finding: Finding, paint: Paint, dim: Paint): string[] {
  const where = [
    finding.path || '(package)',
    finding.source ? ` → ${finding.source}` : '',
    finding.line ? `:${finding.line}:${finding.column ?? 1}` : '',
  ].join('');
  const lines = [
    `    ${paint(MARKS[finding.severity])} ${printable(where)}${finding.kind ? `  ${dim(printable(`(${finding.kind})`))}` : ''}`,
    `        ${printable(finding.message)}`,
  ];
  if (finding.sample?.length) lines.push(dim(`        e.g. ${printable(finding.sample.join(', '))}`));
  for (const hint of credentialHints(finding)) lines.push(dim(`        ${printable(hint)}`));
  return lines;
}

function renderGaps(report: Report, paint: Paint): string[] {
  if (report.complete) return [];
  return [paint('Not fully inspected:'), ...report.gaps.map((gap) => `  ${paint('✖')} ${printable(gap.message)}`), ''];
}

function verdict(report: Report, paint: Record<Severity | 'bold' | 'dim', Paint>): string {
  const { summary } = report;
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}`;
  const scope = `${plural(summary.files, 'file')} (${formatSize(summary.unpackedSize)})`;
  if (!report.complete) return paint.error(paint.bold(`✖ incomplete: ${counts} in what could be read of ${scope}; not a pass`));
  if (!report.ok) return paint.error(paint.bold(`✖ ${counts} in ${scope}; fails at --fail-on ${report.failOn}`));
  return paint.bold(`✔ ${counts} in ${scope}; passes at --fail-on ${report.failOn}`);
}
