/**
 * The result of an audit: a {@link ReportSet} (one complete `check` report per package, plus
 * what was skipped) with what only an audit knows: the lockfile read, where in it each package
 * is listed, and the shard. Renderers that take a ReportSet render it as is.
 */
import { buildReportSet } from '../report/report-set.js';
import type { Report, ReportSet, Severity, SkippedTarget } from '../types.js';
import type { LockfileFormat } from './lockfile/types.js';
import type { Shard } from './shard.js';

/** A package's report, plus every place the lockfile lists it. */
export type AuditReport = Report & { lockfilePaths: string[] };

/** A lockfile entry with no report: skipped by design (git, folder...) or a gap (fetch failed). */
export interface AuditSkip extends SkippedTarget {
  lockfilePaths: string[];
}

/** The lockfile an audit read, as recorded in its output (path relative to the working folder). */
export interface AuditLockfile {
  path: string;
  format: LockfileFormat;
  version: string;
}

/** An audit's ReportSet. */
export interface AuditSet extends ReportSet {
  reports: AuditReport[];
  skipped: AuditSkip[];
  lockfile: AuditLockfile;
  /** The slice audited, or null for the whole lockfile. */
  shard: Shard | null;
}

/**
 * Assemble the set: reports and skipped entries sorted by spec (so a merge of shards equals the
 * unsharded audit), totals over all reports.
 */
export function buildAuditSet(
  reports: AuditReport[],
  skipped: AuditSkip[],
  context: { lockfile: AuditLockfile; shard: Shard | null; failOn: Severity },
): AuditSet {
  const sortedReports = [...reports].sort(
    (a, b) => compare(a.target.input, b.target.input) || compare(a.target.integrity ?? '', b.target.integrity ?? ''),
  );
  const sortedSkipped = [...skipped].sort((a, b) => compare(a.input, b.input));
  return {
    ...buildReportSet(sortedReports, sortedSkipped, context.failOn),
    reports: sortedReports,
    skipped: sortedSkipped,
    lockfile: context.lockfile,
    shard: context.shard,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
