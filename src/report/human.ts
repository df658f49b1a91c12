import type { Finding, Report, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { formatSize, plural } from '../format-size.js';
import { credentialHints } from './credential-hints.js';
import { baselineLine } from './human-baseline.js';
import { printable } from './printable.js';

/** Options of the human renderer. */
export interface HumanOptions {
  /** ANSI colour on (decided by the CLI from NO_COLOR / FORCE_COLOR / TTY). */
  readonly color: boolean;
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
    lines.push(...renderGroup(group, paint[severity], paint.dim));
    lines.push('');
  }
  lines.push(...renderGaps(report, paint.error));
  if (report.summary.suppressed > 0) lines.push(paint.dim(`${plural(report.summary.suppressed, 'finding')} suppressed by leakproof.json ignore entries.`));
  if (!report.manifest.path) lines.push(paint.dim('No leakproof.json: run `leakproof init` to snapshot what ships, so anything new fails the next check.'));
  lines.push(verdict(report, paint));
  return `${lines.join('\n')}\n`;
}

function header(report: Report, bold: Paint, dim: Paint): string {
  const { target, summary } = report;
  const id = printable(target.name ? `${target.name}@${target.version ?? '?'}` : target.input);
  const maps = report.sourceMaps.length ? `, ${plural(report.sourceMaps.length, 'source map')}` : '';
  return `${bold(id)} ${dim(`(${target.kind} ${printable(target.input)})`)}\n${plural(summary.files, 'file')}, ${formatSize(summary.unpackedSize)} unpacked${maps}`;
}

/**
 * A package with a thousand maps gets a thousand `sourcemap/shipped` warnings: show the first
 * few of each rule and count the rest, so the other rules stay visible. JSON, SARIF and the
 * other machine formats always carry every finding.
 */
const SHOWN_PER_RULE = 5;

function renderGroup(group: readonly Finding[], paint: Paint, dim: Paint): string[] {
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const finding of group) {
    const count = (shown.get(finding.rule) ?? 0) + 1;
    shown.set(finding.rule, count);
    if (count <= SHOWN_PER_RULE) lines.push(...renderFinding(finding, paint, dim));
  }
  for (const [rule, count] of shown) {
    if (count > SHOWN_PER_RULE) lines.push(dim(`  … and ${count - SHOWN_PER_RULE} more ${rule} (--format json lists every finding)`));
  }
  return lines;
}

function renderFinding(finding: Finding, paint: Paint, dim: Paint): string[] {
  const where = [finding.path || '(package)', finding.source ? ` → ${finding.source}` : '', finding.line ? `:${finding.line}:${finding.column ?? 1}` : ''].join('');
  const tag = finding.kind ? `${finding.rule} (${finding.kind})` : finding.rule;
  const lines = [`  ${paint(MARKS[finding.severity])} ${printable(where)}  ${dim(printable(tag))}`, `      ${printable(finding.message)}`];
  if (finding.sample?.length) lines.push(dim(`      e.g. ${printable(finding.sample.join(', '))}`));
  for (const hint of credentialHints(finding)) lines.push(dim(`      ${printable(hint)}`));
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
