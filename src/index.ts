/**
 * leakproof's library API. `inspect(target)` returns the same report the CLI prints with
 * `--format json`. It is `acquire` (read the target, its manifest and baseline: all the I/O)
 * then `check` (rules, policy and report on what is in memory); the pure core, `judge`, works on
 * contents built in memory.
 *
 * @example
 * ```ts
 * import { inspect } from 'leakproof';
 * const report = await inspect('some-package@1.2.3');
 * if (!report.ok) console.log(report.findings);
 * ```
 */
import { acquire } from './acquire.js';
import { check, type Inspection, judge } from './check.js';
import type { InspectOptions } from './inspect.js';

export { type Acquired, type AcquireOptions, acquire } from './acquire.js';
export type { AuditReport, AuditSet, AuditSkip } from './audit/audit-set.js';
export { mergeShards } from './audit/merge.js';
export { type AuditEvent, type AuditOptions, runAudit } from './audit/run-audit.js';
export { type CheckOptions, check, type Inspection, judge, type ManifestUpdate } from './check.js';
export { type ErrorCode, isLeakproofError, LeakproofError } from './errors.js';
export { type InspectOptions, inspect } from './inspect.js';
export { parseManifest } from './policy/parse-manifest.js';
export { DEFAULT_POLICY, type Policy } from './policy/policy.js';
export { type HtmlOptions, type ReportFormat, renderHtml, renderJson, renderReport, renderReportSet } from './report/index.js';
export { buildReportSet } from './report/report-set.js';
export { RULES, type RuleId, type RuleMeta } from './rules/meta.js';
export type { RecoveredSource, SourceClass, SourceMapAnalysis } from './sourcemaps/types.js';
export { planExtraction, writeExtraction } from './sourcemaps/write-extraction.js';
export { createContents, type FileInput } from './tarball/contents.js';
export { DEFAULT_LIMITS, readTarball } from './tarball/read-tarball.js';
export type * from './types.js';

/**
 * The former name of {@link judge}, which runs every rule and the policy on contents in memory.
 * @deprecated Use `judge`; same arguments, same result.
 */
export const evaluate = judge;

/**
 * The former name of `acquire` then `check`: an inspection with the target, manifest and
 * analysis the report leaves out.
 * @deprecated Use `check(await acquire(target, options), options)`.
 */
export async function runInspection(target: string, options: InspectOptions = {}): Promise<Inspection> {
  return check(await acquire(target, options), options);
}
