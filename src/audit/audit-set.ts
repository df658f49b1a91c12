/**
 * The result of an audit: a {@link ReportSet} (one complete `check` report per package, plus
 * what was skipped) with what only an audit knows: the lockfile read, where in it each package
 * is listed, and the shard. Renderers that take a ReportSet render it as is.
 */
import type { Report, ReportSet, Severity } from '../types.js';
import { TOOL } from '../version.js';
import type { LockfileFormat } from './lockfile/types.js';
import type { Shard } from './shard.js';

/** A package's report, plus every place the lockfile lists it. */
export type AuditReport = Report & { lockfilePaths: string[] };

/** A lockfile entry with no report: skipped by design (git, folder...) or a gap (fetch failed). */
export interface AuditSkip {
  input: string;
  reason: string;
  /** True when the entry should have been inspected and could not be (exit 3). */
  gap: boolean;
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
export function buildAuditSet(reports: AuditReport[], skipped: AuditSkip[], context: { lockfile: AuditLockfile; shard: Shard | null; failOn: Severity }): AuditSet {
  const sortedReports = [...reports].sort((a, b) => compare(a.target.input, b.target.input) || compare(a.target.integrity ?? '', b.target.integrity ?? ''));
  const sortedSkipped = [...skipped].sort((a, b) => compare(a.input, b.input));
  const gaps = sortedSkipped.filter((entry) => entry.gap).length;
  const incomplete = sortedReports.filter((report) => !report.complete).length;
  const sum = (key: 'errors' | 'warnings' | 'infos' | 'suppressed'): number => sortedReports.reduce((total, report) => total + report.summary[key], 0);
  const complete = incomplete === 0 && gaps === 0;
  return {
    schemaVersion: 1,
    kind: 'set',
    tool: TOOL,
    reports: sortedReports,
    skipped: sortedSkipped,
    summary: {
      packages: sortedReports.length,
      failing: sortedReports.filter((report) => !report.ok).length,
      incomplete: incomplete + gaps,
      errors: sum('errors'),
      warnings: sum('warnings'),
      infos: sum('infos'),
      suppressed: sum('suppressed'),
    },
    complete,
    ok: complete && sortedReports.every((report) => report.ok),
    failOn: context.failOn,
    lockfile: context.lockfile,
    shard: context.shard,
  };
}

/** 3 when anything could not be inspected, else 1 when a package fails, else 0 (as `check`). */
export function auditExitCode(set: Pick<ReportSet, 'complete' | 'ok'>): number {
  if (!set.complete) return 3;
  return set.ok ? 0 : 1;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
