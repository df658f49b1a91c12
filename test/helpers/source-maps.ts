import { DEFAULT_POLICY, type Policy } from '../../src/policy/policy.js';
import { analyseWithPolicy, sourceMapRules } from '../../src/rules/sourcemap-rules.js';
import type { PackageContents } from '../../src/types.js';

/**
 * The source-map analysis of `contents` under `policy` (facts, from sourcemaps/) together with
 * what the `sourcemap/` rules make of them (findings, from rules/), as the pipeline runs them.
 */
export function analyseMaps(contents: PackageContents, policy: Policy = DEFAULT_POLICY) {
  const analysis = analyseWithPolicy(contents, policy);
  return { ...analysis, findings: sourceMapRules.check({ contents, policy, sourceMaps: analysis }) };
}
