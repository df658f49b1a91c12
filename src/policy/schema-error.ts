/**
 * Turn the errors of the JSON Schema validator (ajv, see schema/generate-code.js) into the one
 * line a user reads: the exact key path (`ignore[1].reason`, `budgets.globs["dist/**"]`), what
 * was expected and, for a typo, the key or rule id that was meant. What is expected is read from
 * schema/leakproof.schema.json itself, so the messages follow the schema as it changes.
 */
import { MANIFEST_SCHEMA } from './generated/manifest-schema.js';

/** The fields of an ajv `ErrorObject` this module reads (https://ajv.js.org/api.html#error-objects). */
export interface SchemaError {
  readonly keyword: string;
  /** JSON Pointer to the value that failed (RFC 6901). */
  readonly instancePath: string;
  /** `#/...` pointer to the failing keyword in the schema (inside a `$ref`, from its target). */
  readonly schemaPath: string;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A key path inside the manifest: object keys and array indexes. */
export type KeyPath = readonly (string | number)[];

/** Schema locations whose expected value no type name says well enough. */
const EXPECTED: Readonly<Record<string, string>> = {
  '#/$defs/size': 'a size like "2 MB"',
  '#/$defs/reason': 'a written reason',
  '#/$defs/ruleId': 'a rule id like "file/sensitive"',
  '#/properties/files/items': 'a package-relative path or glob (no leading "/" or "./")',
  '#/properties/budgets/properties/globs/propertyNames': 'a package-relative glob without "!", "/" or "./" in front',
  '#/properties/ignore/items/properties/path': 'a path or glob',
};

/** What to do about a missing required key, by key. */
const REQUIRED_HINTS: Readonly<Record<string, string>> = {
  glob: 'name the file or glob to allow',
  rule: 'name the rule id to ignore',
  path: 'name the file or glob ("" for the whole package)',
  reason: 'say why this finding is acceptable',
};

const RULE_IDS: readonly string[] = MANIFEST_SCHEMA.$defs.ruleId.enum;
/** The object whose keys are rule ids: an unknown key there is an unknown rule. */
const RULE_KEYED = '#/properties/severity';
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * The message for the most useful of `errors` (all of ajv's errors for `data`): an unknown
 * key first, as it usually explains the rest (a misspelt `reason` is also a missing one).
 */
export function describeSchemaErrors(errors: readonly SchemaError[], data: unknown): string {
  // The branches of a failed anyOf or propertyNames each report why they failed; the keyword
  // itself says it once, in the user's terms.
  const parents = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'propertyNames').map((e) => `${e.schemaPath}/`);
  const own = errors.filter((e) => !parents.some((parent) => e.schemaPath.startsWith(parent)));
  const error = own.find((e) => e.keyword === 'additionalProperties') ?? own[0];
  return error ? describeSchemaError(error, data) : 'the manifest does not match schema/leakproof.schema.json';
}

/** The message for one ajv error about `data`. */
export function describeSchemaError(error: SchemaError, data: unknown): string {
  const { path, value } = locate(data, error.instancePath);
  const node = error.schemaPath.slice(0, error.schemaPath.lastIndexOf('/'));
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      if (node === RULE_KEYED) return unknownRule(key, [...path, key]);
      const allowed = Object.keys((schemaAt(node).properties as object | undefined) ?? {});
      const guess = suggest(key, allowed);
      const hint = guess ? `did you mean "${guess}"?` : `allowed keys: ${allowed.join(', ')}`;
      return `unknown key "${key}" (at ${formatKeyPath([...path, key])}); ${hint}`;
    }
    case 'required':
      return missing([...path, String(error.params.missingProperty)]);
    case 'propertyNames':
      return `key "${String(error.params.propertyName)}" (at ${formatKeyPath(path)}) must be ${expected(error.schemaPath)}`;
    default:
      if (path.length === 0) return `the manifest must be a JSON object, got ${describeValue(value)}`;
      if (node === '#/$defs/ruleId' && typeof value === 'string') return unknownRule(value, path);
      // A blank reason is no reason: say it is missing rather than malformed.
      if (node === '#/$defs/reason' && typeof value === 'string') return missing(path);
      return `"${formatKeyPath(path)}" must be ${expected(node)}, got ${describeValue(value)}`;
  }
}

function missing(path: KeyPath): string {
  const key = String(path.at(-1));
  return `${formatKeyPath(path)} is required: ${REQUIRED_HINTS[key] ?? 'add it'}`;
}

function unknownRule(rule: string, path: KeyPath): string {
  const guess = suggest(rule, RULE_IDS);
  const hint = guess ? `did you mean "${guess}"?` : 'see docs/rules.md for the list';
  return `unknown rule "${rule}" (at ${formatKeyPath(path)}); ${hint}`;
}

/** What the schema node at `pointer` accepts, in words. */
function expected(pointer: string): string {
  const phrase = EXPECTED[pointer];
  if (phrase) return phrase;
  const node = schemaAt(pointer);
  if (typeof node.$ref === 'string') return expected(node.$ref);
  if (Array.isArray(node.enum)) return `one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  switch (node.type) {
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    case 'array':
      return (node.items as { type?: unknown } | undefined)?.type === 'string' ? 'an array of strings' : 'an array';
    case 'number':
      return typeof node.minimum === 'number' ? `a number >= ${node.minimum}` : 'a number';
    case 'string':
      return node.minLength ? 'a non-empty string' : 'a string';
    default:
      return 'what schema/leakproof.schema.json allows there';
  }
}

/** The schema object at a `#/a/b` pointer (a URI fragment: `$` may come percent-encoded). */
function schemaAt(pointer: string): Readonly<Record<string, unknown>> {
  let node: unknown = MANIFEST_SCHEMA;
  for (const part of pointer.split('/').slice(1)) {
    node = (node as Record<string, unknown> | undefined)?.[unescapePointer(decodeURIComponent(part))];
  }
  return (node ?? {}) as Readonly<Record<string, unknown>>;
}

/** The key path and the value at a JSON Pointer into `data` (array indexes become numbers). */
function locate(data: unknown, pointer: string): { path: KeyPath; value: unknown } {
  const path: (string | number)[] = [];
  let value = data;
  for (const part of pointer === '' ? [] : pointer.split('/').slice(1).map(unescapePointer)) {
    const key = Array.isArray(value) ? Number(part) : part;
    path.push(key);
    value = (value as Record<string | number, unknown>)[key];
  }
  return { path, value };
}

function unescapePointer(part: string): string {
  return part.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** Format a key path as `budgets.globs["dist/**"]` or `ignore[1].reason`. */
export function formatKeyPath(path: KeyPath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else if (IDENTIFIER.test(part)) text += text === '' ? part : `.${part}`;
    else text += `[${JSON.stringify(part)}]`;
  }
  return text === '' ? '(root)' : text;
}

/** Describe a JSON value briefly for an error message. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The closest of `candidates` to `input`, when close enough to be a likely typo. */
export function suggest(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(lower, candidate.toLowerCase());
    if (!best || score < best.score) best = { candidate, score };
  }
  const limit = Math.max(2, Math.floor(input.length / 3));
  return best && best.score <= limit ? best.candidate : undefined;
}

/** Levenshtein edit distance, for "did you mean" suggestions. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
