import type { Policy } from '../policy/policy.js';
import type { SourceMapAnalysis } from '../sourcemaps/types.js';
import type { BaselineComparison, Finding, PackageContents, SourceMapSummary, TargetInfo } from '../types.js';

/** Everything a rule may read. Rules never read CLI options or the environment. */
export interface RuleContext {
  readonly contents: PackageContents;
  /** The normalised manifest (defaults when there is no leakproof.json). */
  readonly policy: Policy;
  /** Source maps found and sources recovered, computed once for all rules. */
  readonly sourceMaps: SourceMapAnalysis;
  /** The previous release (`--baseline`) and what changed since, computed once for all rules. */
  readonly baseline?: { readonly snapshot: BaselineSnapshot; readonly comparison: BaselineComparison };
}

/** What the `baseline/` rules need of a previous release. */
export interface BaselineSnapshot {
  /** The release compared with; null for a first release (nothing published yet). */
  readonly info: TargetInfo | null;
  readonly files: readonly { path: string; size: number }[];
  readonly maps: readonly SourceMapSummary[];
}

/** One family of rules (`file/`, `sourcemap/`, `secret` ...): a pure function to findings. */
export interface RuleFamily {
  readonly family: string;
  check(context: RuleContext): Finding[];
}
