import type { Report } from '../types.js';
import { printable } from './printable.js';
import { targetName } from './target-name.js';

/**
 * The line under the human report's header that says what `--baseline` compared with, so a
 * quiet report after a comparison cannot be mistaken for one without: the release and where it
 * came from, or that nothing was published before. Null without `--baseline`.
 */
export function baselineLine(report: Report): string | null {
  const baseline = report.baseline;
  if (!baseline) return null;
  if (baseline.firstRelease || !baseline.target) return 'Baseline: none, first release (nothing published before to compare with)';
  return `Baseline: compared with ${printable(targetName(baseline.target))} (${baseline.target.kind} ${printable(baseline.target.input)})`;
}
