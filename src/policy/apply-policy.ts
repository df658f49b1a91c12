/**
 * Severity overrides and ignores from leakproof.json, applied once after every rule ran
 * (STYLE.md: rules never read CLI options; policy is applied in one place).
 */
import type { Finding } from '../types.js';
import { createGlobTest, type PathTest } from './match.js';
import type { IgnoreEntry, Policy } from './policy.js';

interface CompiledIgnore {
  readonly entry: IgnoreEntry;
  readonly matchesPath: PathTest;
}

function compileIgnores(policy: Policy): CompiledIgnore[] {
  return policy.ignore.map((entry) => ({ entry, matchesPath: createGlobTest(entry.path) }));
}

/** True when an ignore entry covers a finding: same rule, path exact or glob, hash if given. */
function covers(ignore: CompiledIgnore, finding: Finding): boolean {
  const { entry } = ignore;
  return entry.rule === finding.rule && ignore.matchesPath(finding.path) && (entry.hash === undefined || entry.hash === finding.hash);
}

/**
 * Apply the policy to findings, returning new finding objects (inputs are not changed):
 * - `severity` overrides replace a rule's severity; `off` removes its findings entirely;
 * - an `ignore` entry matching rule, path (exact or picomatch glob) and, when given, `hash`
 *   sets `suppressed: { reason }`. Suppressed findings stay in the list (reports show them)
 *   but do not count towards the exit code. The first matching entry's reason is used.
 */
export function applyPolicy(findings: readonly Finding[], policy: Policy): Finding[] {
  const ignores = compileIgnores(policy);
  const result: Finding[] = [];
  for (const finding of findings) {
    const override = policy.severity[finding.rule];
    if (override === 'off') continue;
    const next: Finding = override === undefined ? { ...finding } : { ...finding, severity: override };
    const ignore = ignores.find((candidate) => covers(candidate, next));
    if (ignore) next.suppressed = { reason: ignore.entry.reason };
    result.push(next);
  }
  return result;
}

/**
 * Ignore entries that match none of `findings`, so the CLI can warn about stale
 * suppressions. Pass the findings before or after {@link applyPolicy}: matching ignores
 * `suppressed`. An entry whose rule is turned `off` matches nothing after applyPolicy.
 */
export function unusedIgnores(findings: readonly Finding[], policy: Policy): IgnoreEntry[] {
  return compileIgnores(policy)
    .filter((ignore) => !findings.some((finding) => covers(ignore, finding)))
    .map((ignore) => ignore.entry);
}
