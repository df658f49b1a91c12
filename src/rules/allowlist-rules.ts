/**
 * The allowlist rules: `file/unlisted`, `file/missing` and `size/budget`, driven by the
 * `files` and `budgets` of leakproof.json (docs/manifest.md). Without a manifest `files` is
 * undefined and only budgets (if any) apply.
 */

import { formatSizeCeil } from '../format-size.js';
import { createGlobTest, createMatcher, matchesNothing } from '../policy/match.js';
import type { Policy } from '../policy/policy.js';
import type { Finding, PackageFile } from '../types.js';
import { finding } from './finding.js';
import type { RuleContext, RuleFamily } from './rule.js';

/** Files no `files` entry allows: one `file/unlisted` each. */
function findUnlisted(files: readonly PackageFile[], entries: readonly string[]): Finding[] {
  const isAllowed = createMatcher(entries);
  return files
    .filter((file) => !isAllowed(file.path))
    .map((file) =>
      finding('file/unlisted', file.path, `${file.path} ships but no entry of leakproof.json "files" allows it.`, { size: file.size }),
    );
}

/** Plain entries that match no shipped file (see `matchesNothing`): one `file/missing` each, with the entry as path and glob. */
function findMissing(files: readonly PackageFile[], entries: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const paths = new Set(files.map((file) => file.path));
  for (const entry of new Set(entries)) {
    if (!matchesNothing(entry, paths)) continue;
    findings.push(
      finding(
        'file/missing',
        entry,
        `leakproof.json "files" lists ${entry} but nothing shipped matches it${directoryHint(files, entry)}.`,
        { glob: entry },
      ),
    );
  }
  return findings;
}

/** When an entry names a directory (`dist`), say that it needs a glob to match its files. */
function directoryHint(files: readonly PackageFile[], entry: string): string {
  const prefix = entry.endsWith('/') ? entry : `${entry}/`;
  return files.some((file) => file.path.startsWith(prefix)) ? ` (a directory needs a glob: "${prefix}**")` : '';
}

function budgetFinding(glob: string | undefined, size: number, limit: number): Finding {
  const what = glob === undefined ? 'The unpacked package takes' : `Files matching ${glob} take`;
  return finding(
    'size/budget',
    glob ?? '',
    `${what} ${formatSizeCeil(size)} (${size} bytes), over the budget of ${formatSizeCeil(limit)} (${limit} bytes).`,
    {
      kind: glob === undefined ? 'total' : 'glob',
      ...(glob === undefined ? {} : { glob }),
      size,
      limit,
    },
  );
}

/** Budgets exceeded: the total (path '') and each glob (path = the glob). */
function findOverBudget(files: readonly PackageFile[], budgets: Policy['budgets']): Finding[] {
  const findings: Finding[] = [];
  if (budgets.total !== undefined) {
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total > budgets.total) findings.push(budgetFinding(undefined, total, budgets.total));
  }
  for (const { glob, limit } of budgets.globs) {
    const test = createGlobTest(glob);
    const size = files.reduce((sum, file) => (test(file.path) ? sum + file.size : sum), 0);
    if (size > limit) findings.push(budgetFinding(glob, size, limit));
  }
  return findings;
}

/** `file/unlisted`, `file/missing` and `size/budget` from the manifest's files and budgets. */
export const allowlistRules: RuleFamily = {
  family: 'allowlist',
  check({ contents, policy }: RuleContext): Finding[] {
    const findings: Finding[] = [];
    if (policy.files !== undefined) {
      findings.push(...findUnlisted(contents.files, policy.files), ...findMissing(contents.files, policy.files));
    }
    findings.push(...findOverBudget(contents.files, policy.budgets));
    return findings;
  },
};
