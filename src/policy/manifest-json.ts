/**
 * The raw shape of leakproof.json, as written by users and by `leakproof init`. It is kept
 * next to the normalised {@link Policy} so `--update` can rewrite the file without losing
 * comments, globs or key order. schema/leakproof.schema.json describes the same shape.
 */
import type { Severity } from '../types.js';

/** The manifest's file name, looked up in the package directory. */
export const MANIFEST_FILE = 'leakproof.json';

/** The `$schema` reference `init` writes: the schema published inside the package. */
export const SCHEMA_REF = './node_modules/leakproof/schema/leakproof.schema.json';

/**
 * A comment: any key that is exactly `//` or starts with `//`, allowed in every object.
 * JSON has no comments; this is npm's own convention for package.json.
 */
export type CommentKey = `//${string}`;

/** A size: bytes as a number, or a string like `"500 B"`, `"12kB"`, `"1.5 MB"`, `"2MiB"`. */
export type SizeJson = number | string;

/** Comment fields any object of the manifest may hold. */
export interface CommentFields {
  [comment: CommentKey]: unknown;
}

/** `budgets`: a total for the whole unpacked package and per-glob limits. */
export interface BudgetsJson extends CommentFields {
  total?: SizeJson;
  /** Glob -> size; keys starting with `//` are comments. */
  globs?: Record<string, SizeJson>;
}

/** One glob allowed with a written reason. */
export interface AllowEntryJson extends CommentFields {
  glob: string;
  reason: string;
}

/** `sourceMaps`: which maps may ship and how sources are classified. */
export interface SourceMapsJson extends CommentFields {
  allowMaps?: AllowEntryJson[];
  allowEmbeddedSources?: AllowEntryJson[];
  workspacePackages?: 'first-party' | 'third-party';
  thirdPartyGlobs?: string[];
}

/** One suppression with a written reason. */
export interface IgnoreEntryJson extends CommentFields {
  rule: string;
  path: string;
  reason: string;
  hash?: string;
}

/** `baseline`: thresholds of the `baseline/` rules. */
export interface BaselineJson extends CommentFields {
  packageGrowthPercent?: number;
  fileGrowthPercent?: number;
  minGrowthBytes?: SizeJson;
}

/** leakproof.json as parsed (validated, not yet normalised). */
export interface ManifestJson extends CommentFields {
  $schema?: string;
  files?: string[];
  budgets?: BudgetsJson;
  sourceMaps?: SourceMapsJson;
  secrets?: CommentFields & { enabled?: boolean };
  /** Rule id -> severity or `off`; keys starting with `//` are comments. */
  severity?: Record<string, Severity | 'off' | string>;
  baseline?: BaselineJson;
  ignore?: IgnoreEntryJson[];
}

/** True for a comment key (`//` or `//...`). */
export function isCommentKey(key: string): key is CommentKey {
  return key.startsWith('//');
}

/**
 * What a `files` entry must look like: package-relative (no leading `/` or `./`), optionally
 * negated with `!`, not empty. The JSON Schema uses the same pattern.
 */
export const FILES_ENTRY_PATTERN = '^(?!!?\\.?/)(?!!$).+$';

/** What a budget glob key must look like: package-relative and not negated. */
export const BUDGET_GLOB_PATTERN = '^(?!!|\\.?/).+$';

/** A written reason: at least one non-space character. */
export const REASON_PATTERN = '\\S';
