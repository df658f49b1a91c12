/**
 * Load and validate leakproof.json, and normalise it to the {@link Policy} every rule reads.
 * schema/leakproof.schema.json is the one description of the manifest: the validator is ajv's,
 * generated from it at build time (schema/generate-code.js), and schema-error.ts words its
 * errors. See docs/manifest.md for every key.
 */
import { readFile } from 'node:fs/promises';
import { LeakproofError } from '../errors.js';
import { stripBom } from '../text.js';
import { validateManifestSchema } from './generated/validate-manifest.js';
import { locateJsonError } from './json-error.js';
import {
  type AllowEntryJson,
  type IgnoreEntryJson,
  isCommentKey,
  type ManifestJson,
  type SeverityLevelJson,
  type SizeJson,
} from './manifest-json.js';
import { type AllowEntry, DEFAULT_POLICY, type IgnoreEntry, type Policy } from './policy.js';
import { describeSchemaErrors, type SchemaError } from './schema-error.js';
import { parseSize } from './sizes.js';

/** The generated validator, typed: true when `data` matches the schema, else `errors` says why. */
const validate = validateManifestSchema as unknown as { (data: unknown): boolean; errors?: SchemaError[] | null };

/** A manifest read from disk. */
export interface LoadedManifest {
  readonly path: string;
  readonly raw: ManifestJson;
  readonly policy: Policy;
}

/**
 * Parse and validate the text of a manifest. `file` prefixes every error message.
 * Throws `LeakproofError('manifest', ...)` naming the exact key that is wrong.
 */
export function parseManifest(text: string, file: string): { raw: ManifestJson; policy: Policy } {
  const source = stripBom(text);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    const where = safeLocate(source);
    const detail = where?.message ?? (error instanceof Error ? error.message : String(error));
    // file:line:column, the form editors and terminals turn into a link.
    const at = where ? `${file}:${where.line}:${where.column}` : file;
    throw new LeakproofError('manifest', `${at}: invalid JSON: ${detail}`);
  }
  if (!validate(value)) {
    throw new LeakproofError('manifest', `${file}: ${describeSchemaErrors(validate.errors ?? [], value)}`);
  }
  const raw = value as ManifestJson;
  return { raw, policy: toPolicy(raw) };
}

/** The error location, or undefined if even locating it fails (e.g. absurd nesting). */
function safeLocate(text: string): ReturnType<typeof locateJsonError> {
  try {
    return locateJsonError(text);
  } catch {
    return undefined;
  }
}

/**
 * Read the manifest at `path`. Returns undefined when the file does not exist; any other
 * read failure, and any invalid content, throws `LeakproofError('manifest', ...)`.
 */
export async function loadManifest(path: string): Promise<LoadedManifest | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new LeakproofError('manifest', `${path}: cannot read the manifest (${code ?? String(error)}); check that it is a readable file`, {
      cause: error,
    });
  }
  return { path, ...parseManifest(text, path) };
}

/** The normalised policy of a manifest the schema accepted: defaults filled, sizes in bytes, comments dropped. */
function toPolicy(raw: ManifestJson): Policy {
  const defaults = DEFAULT_POLICY;
  const { sourceMaps, baseline } = raw;
  return {
    files: raw.files,
    budgets: raw.budgets === undefined ? defaults.budgets : toBudgets(raw.budgets),
    sourceMaps: {
      allowMaps: sourceMaps?.allowMaps?.map(toAllowEntry) ?? defaults.sourceMaps.allowMaps,
      allowEmbeddedSources: sourceMaps?.allowEmbeddedSources?.map(toAllowEntry) ?? defaults.sourceMaps.allowEmbeddedSources,
      workspacePackages: sourceMaps?.workspacePackages ?? defaults.sourceMaps.workspacePackages,
      thirdPartyGlobs: sourceMaps?.thirdPartyGlobs ?? defaults.sourceMaps.thirdPartyGlobs,
    },
    secrets: { enabled: raw.secrets?.enabled ?? defaults.secrets.enabled },
    severity: raw.severity === undefined ? defaults.severity : withoutComments<SeverityLevelJson>(raw.severity),
    baseline: {
      packageGrowthPercent: baseline?.packageGrowthPercent ?? defaults.baseline.packageGrowthPercent,
      fileGrowthPercent: baseline?.fileGrowthPercent ?? defaults.baseline.fileGrowthPercent,
      minGrowthBytes: baseline?.minGrowthBytes === undefined ? defaults.baseline.minGrowthBytes : bytes(baseline.minGrowthBytes),
    },
    ignore: raw.ignore?.map(toIgnoreEntry) ?? defaults.ignore,
  };
}

function toBudgets(budgets: NonNullable<ManifestJson['budgets']>): Policy['budgets'] {
  const globs = Object.entries(withoutComments<SizeJson>(budgets.globs ?? {})).map(([glob, limit]) => ({ glob, limit: bytes(limit) }));
  return budgets.total === undefined ? { globs } : { total: bytes(budgets.total), globs };
}

function toAllowEntry({ glob, reason }: AllowEntryJson): AllowEntry {
  return { glob, reason };
}

function toIgnoreEntry({ rule, path, reason, hash }: IgnoreEntryJson): IgnoreEntry {
  return hash === undefined ? { rule, path, reason } : { rule, path, reason, hash };
}

/** The entries of an object minus its `//` comment keys (whose values can be anything). */
function withoutComments<T>(record: object): Record<string, T> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !isCommentKey(key)));
}

/** A size the schema accepted, in bytes. */
function bytes(size: SizeJson): number {
  const parsed = parseSize(size);
  // The schema's size pattern and parseSize accept the same strings (test/policy-schema.test.ts).
  if (parsed === undefined) throw new Error(`parseSize rejects ${JSON.stringify(size)}, which the schema accepts`);
  return parsed;
}
