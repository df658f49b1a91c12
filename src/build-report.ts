/**
 * The report object from judged findings: the CLI's `--format json` output and the library's
 * return value (schema/report.schema.json). Findings are sorted once, here, so every output is
 * deterministic.
 */
import type { SourceMapAnalysis } from './sourcemaps/types.js';
import { comparePaths } from './tarball/contents.js';
import type { ResolvedTarget } from './target/resolve-target.js';
import type { Finding, InspectionGap, Report, Severity } from './types.js';
import { SEVERITIES } from './types.js';
import { TOOL } from './version.js';

/** What was not read or not fully inspected: the tarball's gaps, then the source maps'. */
export function inspectionGaps(target: ResolvedTarget, analysis: SourceMapAnalysis): InspectionGap[] {
  return [...target.contents.gaps, ...(analysis.gaps ?? [])];
}

/** Assemble the report object from findings; `ok` needs a complete read and nothing failing. */
export function buildReport(
  target: ResolvedTarget,
  findings: Finding[],
  analysis: SourceMapAnalysis,
  manifestPath: string | null,
  failOn: Severity,
): Report {
  const files = target.contents.files.map((file) => ({ path: file.path, size: file.size }));
  const summary = summarize(findings, files, analysis.unique);
  const gaps = inspectionGaps(target, analysis);
  const complete = gaps.length === 0;
  return {
    schemaVersion: 1,
    tool: TOOL,
    target: target.info,
    files,
    findings,
    sourceMaps: analysis.maps,
    summary,
    manifest: { path: manifestPath },
    complete,
    gaps,
    ok: complete && !findings.some((finding) => !finding.suppressed && failsAt(finding.severity, failOn)),
    failOn,
  };
}

/** Order findings by path, then position, then rule, so output is deterministic. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      comparePaths(a.path, b.path) ||
      comparePaths(a.source ?? '', b.source ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      comparePaths(a.rule, b.rule) ||
      comparePaths(a.kind ?? '', b.kind ?? ''),
  );
}

/** Counts of unsuppressed findings per severity, files and unpacked bytes. */
export function summarize(
  findings: readonly Finding[],
  files: readonly { size: number }[],
  unique: { readonly recoverable: number; readonly readable: number } = { recoverable: 0, readable: 0 },
): Report['summary'] {
  const active = findings.filter((finding) => !finding.suppressed);
  const count = (severity: Severity): number => active.filter((finding) => finding.severity === severity).length;
  return {
    files: files.length,
    unpackedSize: files.reduce((sum, file) => sum + file.size, 0),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    suppressed: findings.length - active.length,
    uniqueRecoverable: unique.recoverable,
    uniqueReadable: unique.readable,
  };
}

/** True when a finding of `severity` fails a run with `--fail-on failOn`. */
export function failsAt(severity: Severity, failOn: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}
