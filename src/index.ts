/**
 * leakproof's library API. `inspect(target)` returns the same report the CLI prints with
 * `--format json`; the pure core (`evaluate`) works on contents built in memory.
 *
 * @example
 * ```ts
 * import { inspect } from 'leakproof';
 * const report = await inspect('some-package@1.2.3');
 * if (!report.ok) console.log(report.findings);
 * ```
 */
export { inspect, runInspection, evaluate, type InspectOptions, type Inspection } from './inspect.js';
export { LeakproofError, isLeakproofError, type ErrorCode } from './errors.js';
export { createContents, type FileInput } from './tarball/contents.js';
export { readTarball, DEFAULT_LIMITS } from './tarball/read-tarball.js';
export { DEFAULT_POLICY, type Policy } from './policy/policy.js';
export { parseManifest } from './policy/parse-manifest.js';
export { RULES, type RuleId, type RuleMeta } from './rules/meta.js';
export { renderReport, renderJson, renderHtml, type ReportFormat, type HtmlOptions } from './report/index.js';
export { buildReportSet, renderReportSet } from './report/report-set.js';
export { planExtraction, writeExtraction } from './sourcemaps/write-extraction.js';
export type { RecoveredSource, SourceMapAnalysis, SourceClass } from './sourcemaps/types.js';
export { runAudit, type AuditOptions, type AuditEvent } from './audit/run-audit.js';
export { mergeShards } from './audit/merge.js';
export type { AuditSet, AuditReport, AuditSkip } from './audit/audit-set.js';
export type * from './types.js';
