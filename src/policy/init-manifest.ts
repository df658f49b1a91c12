/**
 * Write and rewrite leakproof.json: `leakproof init` (createManifest) and
 * `leakproof check --update` (updateManifest). Both work on the raw JSON so users' globs,
 * comments (`//` keys) and key order survive; see docs/manifest.md.
 */
import { comparePaths } from '../tarball/contents.js';
import { type BudgetsJson, isCommentKey, type ManifestJson, SCHEMA_REF } from './manifest-json.js';
import { createGlobTest, createMatcher, matchesNothing } from './match.js';
import { budgetFor, parseSize } from './sizes.js';

/** A shipped file as `init`/`--update` need it. */
export interface ShippedFile {
  readonly path: string;
  readonly size: number;
}

/** A budget `--update` raised so the current package fits. */
export interface BudgetChange {
  /** `total`, or the glob of a per-glob budget. */
  readonly budget: string;
  readonly before: string | number;
  readonly after: string;
}

/** What `--update` changed, for the CLI to print. */
export interface ManifestChanges {
  /** Exact paths appended to `files`. */
  readonly added: string[];
  /** Entries removed from `files` because they matched nothing. */
  readonly removed: string[];
  /** Budgets raised because the package outgrew them. */
  readonly budgets: BudgetChange[];
}

const INIT_COMMENT =
  'Files allowed to ship (exact paths or globs; "!" excludes; the last matching entry wins). ' +
  'Run `leakproof check --update` to accept what ships now. Docs: docs/manifest.md in the leakproof package.';

function sortedPaths(files: readonly ShippedFile[]): string[] {
  return files.map((file) => file.path).sort(comparePaths);
}

function totalSize(files: readonly ShippedFile[]): number {
  return files.reduce((sum, file) => sum + file.size, 0);
}

/**
 * A new manifest listing every shipped file by exact path, sorted. Exact paths (not
 * `dist/**`) are the default on purpose: a glob would silently accept the next new file in
 * `dist/`, such as an unexpected 60 MB `cli.js.map`; users can widen entries by hand.
 * With `budgets`, adds a total budget of the current size plus ~10%, rounded up.
 */
export function createManifest(files: readonly ShippedFile[], options: { budgets?: boolean; schema?: string } = {}): ManifestJson {
  const manifest: ManifestJson = { $schema: options.schema ?? SCHEMA_REF, '//': INIT_COMMENT, files: sortedPaths(files) };
  if (options.budgets) manifest.budgets = { total: budgetFor(totalSize(files)) };
  return manifest;
}

/** Drop plain entries that match nothing, then append exact paths for what is still unlisted. */
function updateFiles(entries: readonly string[], files: readonly ShippedFile[]): { files: string[]; added: string[]; removed: string[] } {
  const shipped = new Set(files.map((file) => file.path));
  const removed: string[] = [];
  const kept = entries.filter((entry) => {
    if (!matchesNothing(entry, shipped)) return true;
    removed.push(entry);
    return false;
  });
  const isAllowed = createMatcher(kept);
  const added = sortedPaths(files).filter((path) => !isAllowed(path));
  return { files: [...kept, ...added], added, removed };
}

/** Raise exceeded budgets to the current size plus headroom; keep everything else as written. */
function updateBudgets(budgets: BudgetsJson, files: readonly ShippedFile[], changes: BudgetChange[]): BudgetsJson {
  const raise = (budget: string, value: unknown, size: number): unknown => {
    const limit = parseSize(value);
    if (limit === undefined || size <= limit) return value;
    const after = budgetFor(size);
    changes.push({ budget, before: value as string | number, after });
    return after;
  };
  const next: BudgetsJson = { ...budgets };
  if (budgets.total !== undefined) next.total = raise('total', budgets.total, totalSize(files)) as string;
  if (budgets.globs !== undefined) {
    const globs: Record<string, unknown> = {};
    for (const [glob, value] of Object.entries(budgets.globs)) {
      if (isCommentKey(glob)) {
        globs[glob] = value;
        continue;
      }
      const test = createGlobTest(glob);
      globs[glob] = raise(glob, value, totalSize(files.filter((file) => test(file.path))));
    }
    next.globs = globs as Record<string, string>;
  }
  return next;
}

/**
 * Rewrite a validated manifest to accept what ships now: every entry of `files` that still
 * matches something stays where it is, entries matching nothing are removed, exact paths
 * for unlisted files are appended, and budgets the package outgrew are raised (current
 * size + ~10%). Every other key, comment and the key order are kept. `raw` is not changed.
 */
export function updateManifest(raw: ManifestJson, files: readonly ShippedFile[]): { manifest: ManifestJson; changes: ManifestChanges } {
  const updated = updateFiles(raw.files ?? [], files);
  const budgetChanges: BudgetChange[] = [];
  const manifest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'files') manifest[key] = updated.files;
    else if (key === 'budgets') manifest[key] = updateBudgets(value as BudgetsJson, files, budgetChanges);
    else manifest[key] = value;
  }
  if (raw.files === undefined) manifest.files = updated.files;
  const changes = { added: updated.added, removed: updated.removed, budgets: budgetChanges };
  return { manifest: manifest as ManifestJson, changes };
}

/** The manifest as written to disk: 2-space JSON and a final newline. */
export function serializeManifest(raw: ManifestJson): string {
  return `${JSON.stringify(raw, null, 2)}\n`;
}
