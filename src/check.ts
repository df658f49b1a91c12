/**
 * Everything after reading: the rules judge the package in memory, the manifest's overrides and
 * ignores apply once, and the report is assembled. No I/O: an acquired package in, an inspection
 * out. `check --update` rewrites the manifest here too (the CLI only writes the text it gets).
 */

import type { Acquired } from './acquire.js';
import { buildReport, inspectionGaps, sortFindings } from './build-report.js';
import { LeakproofError } from './errors.js';
import { applyPolicy, unusedIgnores } from './policy/apply-policy.js';
import { type ManifestChanges, serializeManifest, updateManifest } from './policy/init-manifest.js';
import type { IgnoreEntry, LoadedPolicy, Policy } from './policy/policy.js';
import { analyseWithPolicy, type BaselineSnapshot, type RuleResults, runRules } from './rules/index.js';
import { ranIn } from './rules/meta.js';
import type { SourceMapAnalysis } from './sourcemaps/types.js';
import type { InspectionGap, PackageContents, Report, Severity } from './types.js';

/** Options of {@link check}; every field is optional. */
export interface CheckOptions {
  /** Lowest severity that fails (default `error`). */
  failOn?: Severity;
  /** Set false to skip the credential scan. */
  secrets?: boolean;
  /**
   * Rewrite the manifest to accept what ships now (`check --update`) and judge under the new one.
   * Needs a manifest and a complete read; the text to write is in `manifestUpdate`.
   */
  update?: boolean;
}

/** `--update`'s result: the manifest to write and what changed in it. */
export interface ManifestUpdate {
  readonly path: string;
  readonly text: string;
  readonly changes: ManifestChanges;
}

/** Everything one inspection computed, for commands that need more than the report. */
export interface Inspection extends Acquired {
  readonly report: Report;
  readonly analysis: SourceMapAnalysis;
  /**
   * Ignore entries that silence nothing in a complete read, among the rules that ran (an entry
   * for a rule that needs a baseline, the credential scan, or that is turned off may match in
   * another run): stale, to be removed.
   */
  readonly staleIgnores: readonly IgnoreEntry[];
  /** With `update`: the rewritten manifest (`manifest` and `report` already follow it). */
  readonly manifestUpdate?: ManifestUpdate;
}

/** Judge an acquired package and build its report; with `update`, under the rewritten manifest. */
export async function check(acquired: Acquired, options: CheckOptions = {}): Promise<Inspection> {
  const inspection = await checkOnce(acquired, options);
  return options.update ? checkUpdated(inspection, options) : inspection;
}

/**
 * The pure core: run every rule on contents in memory, then apply the policy's severity
 * overrides and ignores once, and sort. `dependencies` names packages beyond those package.json
 * declares whose code a bundle may embed.
 */
export async function judge(
  contents: PackageContents,
  policy: Policy,
  baseline?: BaselineSnapshot,
  dependencies?: readonly string[],
): Promise<RuleResults> {
  const { findings, analysis, comparison } = await runRules(contents, policy, baseline, dependencies);
  return { findings: sortFindings(applyPolicy(findings, policy)), analysis, comparison };
}

/**
 * What the package's source maps give away, without judging it: the analysis alone (no rule
 * runs, no report), and what was not read. `extract` writes these sources.
 */
export function recover(acquired: Acquired): { analysis: SourceMapAnalysis; gaps: InspectionGap[] } {
  const { target, manifest } = acquired;
  const analysis = analyseWithPolicy(target.contents, manifest.policy, target.dependencies);
  return { analysis, gaps: inspectionGaps(target, analysis) };
}

/** Writing an allowlist from a partial read would drop the files that were not read. */
export function refusePartialRead(report: Report, action: string): void {
  if (report.complete) return;
  throw new LeakproofError('target', `cannot ${action} from a partial read (${report.gaps[0]!.message}); nothing was written`);
}

async function checkOnce(acquired: Acquired, options: CheckOptions): Promise<Inspection> {
  const { target, manifest, baseline } = acquired;
  const policy = options.secrets === false ? { ...manifest.policy, secrets: { enabled: false } } : manifest.policy;
  const { findings, analysis, comparison } = await judge(target.contents, policy, baseline, target.dependencies);
  const report = buildReport(target, findings, analysis, manifest.path, options.failOn ?? 'error');
  if (comparison) report.baseline = comparison;
  return { ...acquired, report, analysis, staleIgnores: staleIgnores(report, policy) };
}

/** `--update`: accept what ships now, and judge again under the rewritten manifest. */
async function checkUpdated(inspection: Inspection, options: CheckOptions): Promise<Inspection> {
  const { manifest, report } = inspection;
  if (!manifest.path || !manifest.raw) {
    throw new LeakproofError('usage', 'no leakproof.json to update; run `leakproof init` to create one');
  }
  refusePartialRead(report, 'update leakproof.json');
  const { manifest: next, changes } = updateManifest(manifest.raw, report.files);
  const text = serializeManifest(next);
  const { parseManifest } = await import('./policy/parse-manifest.js');
  const loaded: LoadedPolicy = { path: manifest.path, ...parseManifest(text, manifest.path) };
  const { target, baseline, unappliedManifest } = inspection;
  const updated = await checkOnce({ target, manifest: loaded, baseline, unappliedManifest }, options);
  return { ...updated, manifestUpdate: { path: manifest.path, text, changes } };
}

function staleIgnores(report: Report, policy: Policy): IgnoreEntry[] {
  if (!report.complete) return [];
  const scope = { secrets: policy.secrets.enabled, baseline: Boolean(report.baseline?.target) };
  return unusedIgnores(report.findings, policy).filter((entry) => policy.severity[entry.rule] !== 'off' && ranIn(entry.rule, scope));
}
