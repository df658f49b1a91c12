import type { Policy } from '../policy/policy.js';
import type { SourceMapAnalysis } from '../sourcemaps/types.js';
import type { BaselineComparison, Finding, PackageContents } from '../types.js';
import { allowlistRules } from './allowlist-rules.js';
import { attributeToOriginals } from './attribute-originals.js';
import { baselineRules, compareWithBaseline } from './baseline-rules.js';
import { fileRules, tarballRules } from './file-rules.js';
import { ruleMeta } from './meta.js';
import type { BaselineSnapshot, RuleFamily } from './rule.js';
import { secretRules } from './secret-rules.js';
import { analyseWithPolicy, sourceMapRules } from './sourcemap-rules.js';

/** Every rule family leakproof runs, in a plain array: adding a family is one line here. */
export const RULE_FAMILIES: readonly RuleFamily[] = [tarballRules, fileRules, allowlistRules, sourceMapRules, secretRules, baselineRules];

/** What the rules found, with the facts they judged (the report lists them too). */
export interface RuleResults {
  readonly findings: Finding[];
  readonly analysis: SourceMapAnalysis;
  readonly comparison: BaselineComparison | undefined;
}

/**
 * Gather the facts once (source maps, the baseline comparison), run every rule family on them,
 * and point findings in generated files at their original source. The policy's severity
 * overrides and ignores are not applied here: they come once, after all rules ran. Async only
 * because attribute-originals.ts reads maps through `source-map`, which is asynchronous.
 */
export async function runRules(
  contents: PackageContents,
  policy: Policy,
  baseline?: BaselineSnapshot,
  dependencies?: readonly string[],
): Promise<RuleResults> {
  const analysis = analyseWithPolicy(contents, policy, dependencies);
  const comparison = baseline ? compareWithBaseline(baseline, contents, analysis.maps) : undefined;
  const context = {
    contents,
    policy,
    sourceMaps: analysis,
    ...(baseline && comparison ? { baseline: { snapshot: baseline, comparison } } : {}),
  };
  // Severity changes (a bundle's credential that is a dependency's) come before the policy.
  const all = await attributeToOriginals(
    RULE_FAMILIES.flatMap((family) => family.check(context)),
    contents,
    analysis,
  );
  // A partial read cannot show that something is absent: the missing map or file may sit in
  // the part that was not read. Such findings would be noise; the gaps already fail the run.
  const findings = contents.gaps.length > 0 ? all.filter((finding) => ruleMeta(finding.rule).claimsAbsence !== true) : all;
  return { findings, analysis, comparison };
}

export type { BaselineSnapshot, RuleContext, RuleFamily } from './rule.js';
export { analyseWithPolicy } from './sourcemap-rules.js';
