/**
 * The raw shape of leakproof.json, as written by users and by `leakproof init`. It is kept
 * next to the normalised {@link Policy} so `--update` can rewrite the file without losing
 * comments, globs or key order. schema/leakproof.schema.json is the one description of this
 * shape: ajv validates against it, and test/policy-schema.test.ts fails to type-check when
 * these types and the schema (read by json-schema-to-ts) disagree on a key or a type.
 */
import type { RuleId } from '../types.js';
import type { MANIFEST_SCHEMA } from './generated/manifest-schema.js';

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

/** A rule id the schema lists (`$defs.ruleId`): every rule leakproof has. */
export type ManifestRuleId = RuleId;

/** A severity override (`$defs.severityLevel`): a severity, or `off` to drop the findings. */
export type SeverityLevelJson = (typeof MANIFEST_SCHEMA)['$defs']['severityLevel']['enum'][number];

/** One suppression with a written reason. */
export interface IgnoreEntryJson extends CommentFields {
  rule: ManifestRuleId;
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
  severity?: CommentFields & { [rule in ManifestRuleId]?: SeverityLevelJson };
  baseline?: BaselineJson;
  ignore?: IgnoreEntryJson[];
}

/** True for a comment key (`//` or `//...`). */
export function isCommentKey(key: string): key is CommentKey {
  return key.startsWith('//');
}
