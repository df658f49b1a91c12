/**
 * GitHub Actions workflow commands (`::error file=...::message`) that turn findings into
 * annotations on the run and on the pull request's files
 * (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions).
 */
import type { Finding, Report, Severity } from '../types.js';
import { SEVERITIES } from '../types.js';
import { artifactOf, messageWithSource } from './finding-location.js';
import { printable } from './printable.js';

/** Options of {@link renderGithubAnnotations}. */
export interface GithubAnnotationsOptions {
  /**
   * Prepended to every package-relative path so that annotations land on files of the
   * repository, e.g. `packages/cli/` in a monorepo. Default: none.
   */
  pathPrefix?: string;
}

const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * One workflow command per unsuppressed finding, worst first (GitHub shows only the first
 * few annotations of each kind per step), then one `::error` per inspection gap. A finding
 * inside a recovered source annotates the map and names the original source in the message.
 */
export function renderGithubAnnotations(report: Report, options: GithubAnnotationsOptions = {}): string {
  const prefix = options.pathPrefix ?? '';
  const findings = report.findings
    .filter((finding) => finding.suppressed === undefined)
    .sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const lines = findings.map((finding) => annotate(finding, prefix));
  for (const gap of report.gaps) {
    const where = gap.path === undefined ? '' : ` (${gap.path})`;
    lines.push(`::error title=${escapeProperty(`leakproof ${gap.code}`)}::${escapeData(`Not inspected: ${gap.message}${where}`)}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function annotate(finding: Finding, prefix: string): string {
  const { file, isPackageLevel } = artifactOf(finding);
  const properties = [`file=${escapeProperty(prefix + file)}`];
  // A recovered source's line and column are positions in the source, not in the map.
  if (!isPackageLevel && finding.source === undefined && finding.line !== undefined) {
    properties.push(`line=${finding.line}`);
    if (finding.column !== undefined) properties.push(`col=${finding.column}`);
  }
  properties.push(`title=${escapeProperty(finding.rule)}`);
  return `::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(messageWithSource(finding, 'in recovered source'))}`;
}

/** Message escaping of @actions/core (`escapeData` in its command.ts). */
function escapeData(value: string): string {
  // Then every other control character, so a hostile path cannot reach the log raw.
  return printable(value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Property escaping of @actions/core (`escapeProperty`): also `:` and `,`, which delimit properties. */
function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
