/**
 * Load and validate leakproof.json, and normalise it to the {@link Policy} every rule reads.
 * The checks here and schema/leakproof.schema.json describe the same shape; a test keeps
 * them in agreement. See docs/manifest.md for every key.
 */
import { readFile } from 'node:fs/promises';
import { LeakproofError } from '../errors.js';
import { SEVERITIES, type Severity } from '../types.js';
import { locateJsonError } from './json-error.js';
import { ManifestReader, type KeyPath } from './manifest-checks.js';
import {
  BUDGET_GLOB_PATTERN,
  FILES_ENTRY_PATTERN,
  isCommentKey,
  type ManifestJson,
} from './manifest-json.js';
import { DEFAULT_POLICY, type AllowEntry, type IgnoreEntry, type Policy, type WorkspacePolicy } from './policy.js';

const TOP_KEYS = ['$schema', 'files', 'budgets', 'sourceMaps', 'secrets', 'severity', 'baseline', 'ignore'] as const;
const FILES_ENTRY = new RegExp(FILES_ENTRY_PATTERN, 'u');
const BUDGET_GLOB = new RegExp(BUDGET_GLOB_PATTERN, 'u');
const ENTRY_SHAPE = 'a package-relative path or glob (no leading "/" or "./")';
const SEVERITY_CHOICES: readonly (Severity | 'off')[] = [...SEVERITIES, 'off'];
const WORKSPACE_CHOICES: readonly WorkspacePolicy[] = ['first-party', 'third-party'];

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
  const reader = new ManifestReader(file);
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
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
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return reader.fail(`the manifest must be a JSON object, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`);
  }
  return { raw: value as ManifestJson, policy: readPolicy(reader, value) };
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
    throw new LeakproofError('manifest', `${path}: cannot read the manifest (${code ?? String(error)}); check that it is a readable file`, { cause: error });
  }
  return { path, ...parseManifest(text, path) };
}

function readPolicy(reader: ManifestReader, value: unknown): Policy {
  const root = reader.object(value, [], TOP_KEYS);
  if (root.$schema !== undefined) reader.string(root.$schema, ['$schema']);
  const optional = <T>(key: string, read: (v: unknown) => T, fallback: T): T =>
    root[key] === undefined ? fallback : read(root[key]);
  return {
    files: optional('files', (v) => reader.strings(v, ['files'], FILES_ENTRY, ENTRY_SHAPE), undefined),
    budgets: optional('budgets', (v) => readBudgets(reader, v), DEFAULT_POLICY.budgets),
    sourceMaps: optional('sourceMaps', (v) => readSourceMaps(reader, v), DEFAULT_POLICY.sourceMaps),
    secrets: optional('secrets', (v) => readSecrets(reader, v), DEFAULT_POLICY.secrets),
    severity: optional('severity', (v) => readSeverity(reader, v), DEFAULT_POLICY.severity),
    baseline: optional('baseline', (v) => readBaseline(reader, v), DEFAULT_POLICY.baseline),
    ignore: optional('ignore', (v) => readIgnore(reader, v), DEFAULT_POLICY.ignore),
  };
}

function readBudgets(reader: ManifestReader, value: unknown): Policy['budgets'] {
  const budgets = reader.object(value, ['budgets'], ['total', 'globs']);
  const total = budgets.total === undefined ? undefined : reader.size(budgets.total, ['budgets', 'total']);
  const globs: { glob: string; limit: number }[] = [];
  if (budgets.globs !== undefined) {
    const record = reader.object(budgets.globs, ['budgets', 'globs']);
    for (const [glob, limit] of Object.entries(record)) {
      if (isCommentKey(glob)) continue;
      const path: KeyPath = ['budgets', 'globs', glob];
      if (!BUDGET_GLOB.test(glob)) reader.fail(`budget glob "${glob}" (at budgets.globs) must be a package-relative glob without "!", "/" or "./" in front`);
      globs.push({ glob, limit: reader.size(limit, path) });
    }
  }
  return total === undefined ? { globs } : { total, globs };
}

function readAllowEntries(reader: ManifestReader, value: unknown, path: KeyPath): AllowEntry[] {
  return reader.array(value, path).map((item, index) => {
    const at = [...path, index];
    const entry = reader.object(item, at, ['glob', 'reason']);
    const glob = reader.string(reader.required(entry, 'glob', at, 'name the file or glob to allow'), [...at, 'glob']);
    return { glob, reason: reader.reason(entry, at) };
  });
}

function readSourceMaps(reader: ManifestReader, value: unknown): Policy['sourceMaps'] {
  const keys = ['allowMaps', 'allowEmbeddedSources', 'workspacePackages', 'thirdPartyGlobs'];
  const maps = reader.object(value, ['sourceMaps'], keys);
  const defaults = DEFAULT_POLICY.sourceMaps;
  return {
    allowMaps: maps.allowMaps === undefined ? defaults.allowMaps : readAllowEntries(reader, maps.allowMaps, ['sourceMaps', 'allowMaps']),
    allowEmbeddedSources:
      maps.allowEmbeddedSources === undefined
        ? defaults.allowEmbeddedSources
        : readAllowEntries(reader, maps.allowEmbeddedSources, ['sourceMaps', 'allowEmbeddedSources']),
    workspacePackages:
      maps.workspacePackages === undefined
        ? defaults.workspacePackages
        : reader.choice(maps.workspacePackages, ['sourceMaps', 'workspacePackages'], WORKSPACE_CHOICES),
    thirdPartyGlobs:
      maps.thirdPartyGlobs === undefined ? defaults.thirdPartyGlobs : reader.strings(maps.thirdPartyGlobs, ['sourceMaps', 'thirdPartyGlobs']),
  };
}

function readSecrets(reader: ManifestReader, value: unknown): Policy['secrets'] {
  const secrets = reader.object(value, ['secrets'], ['enabled']);
  return { enabled: secrets.enabled === undefined ? true : reader.boolean(secrets.enabled, ['secrets', 'enabled']) };
}

function readSeverity(reader: ManifestReader, value: unknown): Policy['severity'] {
  const record = reader.object(value, ['severity']);
  const severity: Record<string, Severity | 'off'> = {};
  for (const [rule, level] of Object.entries(record)) {
    if (isCommentKey(rule)) continue;
    const path: KeyPath = ['severity', rule];
    reader.ruleId(rule, path);
    severity[rule] = reader.choice(level, path, SEVERITY_CHOICES);
  }
  return severity;
}

function readBaseline(reader: ManifestReader, value: unknown): Policy['baseline'] {
  const keys = ['packageGrowthPercent', 'fileGrowthPercent', 'minGrowthBytes'];
  const record = reader.object(value, ['baseline'], keys);
  const defaults = DEFAULT_POLICY.baseline;
  const percent = (key: 'packageGrowthPercent' | 'fileGrowthPercent'): number =>
    record[key] === undefined ? defaults[key] : reader.number(record[key], ['baseline', key]);
  return {
    packageGrowthPercent: percent('packageGrowthPercent'),
    fileGrowthPercent: percent('fileGrowthPercent'),
    minGrowthBytes:
      record.minGrowthBytes === undefined ? defaults.minGrowthBytes : reader.size(record.minGrowthBytes, ['baseline', 'minGrowthBytes']),
  };
}

function readIgnore(reader: ManifestReader, value: unknown): IgnoreEntry[] {
  return reader.array(value, ['ignore']).map((item, index) => {
    const at: KeyPath = ['ignore', index];
    const entry = reader.object(item, at, ['rule', 'path', 'reason', 'hash']);
    const rule = reader.ruleId(reader.required(entry, 'rule', at, 'name the rule id to ignore'), [...at, 'rule']);
    // "" is allowed: it names the package as a whole (the total budget, package growth).
    const rawPath = reader.required(entry, 'path', at, 'name the file or glob ("" for the whole package)');
    const path = typeof rawPath === 'string' ? rawPath : reader.failType([...at, 'path'], 'a path or glob', rawPath);
    const reason = reader.reason(entry, at);
    if (entry.hash === undefined) return { rule, path, reason };
    return { rule, path, reason, hash: reader.string(entry.hash, [...at, 'hash']) };
  });
}
