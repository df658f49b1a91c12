/**
 * The exit status a report maps to: 3 when anything was not inspected, else 1 when something
 * fails, else 0. A pure function of the report, so the CLI and the reports that print it (the
 * HTML verdict) always agree. Works for a single {@link Report} and a {@link ReportSet} alike.
 */
import type { Report, ReportSet } from '../types.js';

/** 0 pass, 1 findings that fail, 3 not fully inspected. */
export function exitCode(report: Pick<Report | ReportSet, 'complete' | 'ok'>): number {
  if (!report.complete) return 3;
  return report.ok ? 0 : 1;
}
