/**
 * schema/leakproof.schema.json and parseManifest must accept and reject the same manifests.
 * A tiny JSON Schema (2020-12) checker covering exactly the keywords the schema uses stands
 * in for ajv; it throws on any other keyword so the schema cannot drift past it unchecked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUDGET_GLOB_PATTERN, FILES_ENTRY_PATTERN, REASON_PATTERN } from '../src/policy/manifest-json.js';
import { parseManifest } from '../src/policy/parse-manifest.js';
import { SIZE_PATTERN } from '../src/policy/sizes.js';
import { RULES } from '../src/rules/meta.js';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../schema/leakproof.schema.json', import.meta.url), 'utf8')) as Schema;
const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description', '$defs']);

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

function resolve(ref: string): Schema {
  const name = ref.replace('#/$defs/', '');
  return (schema.$defs as Record<string, Schema>)[name]!;
}

function validateObject(node: Schema, value: Record<string, unknown>): boolean {
  const properties = (node.properties ?? {}) as Record<string, Schema>;
  const patterns = Object.entries((node.patternProperties ?? {}) as Record<string, Schema>);
  if (((node.required ?? []) as string[]).some((key) => !(key in value))) return false;
  return Object.entries(value).every(([key, item]) => {
    if (node.propertyNames && !isValid(node.propertyNames as Schema, key)) return false;
    const byPattern = patterns.filter(([pattern]) => new RegExp(pattern, 'u').test(key));
    if (key in properties || byPattern.length > 0) {
      return (!(key in properties) || isValid(properties[key]!, item)) && byPattern.every(([, sub]) => isValid(sub, item));
    }
    const additional = node.additionalProperties;
    return additional === undefined || additional === true ? true : additional === false ? false : isValid(additional as Schema, item);
  });
}

function isValid(node: Schema, value: unknown): boolean {
  for (const [keyword, arg] of Object.entries(node)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const ok = (() => {
      switch (keyword) {
        case '$ref': return isValid(resolve(arg as string), value);
        case 'type': return arg === 'number' ? typeof value === 'number' : typeOf(value) === arg;
        case 'enum': return (arg as unknown[]).includes(value);
        case 'anyOf': return (arg as Schema[]).some((sub) => isValid(sub, value));
        case 'pattern': return typeof value !== 'string' || new RegExp(arg as string, 'u').test(value);
        case 'minLength': return typeof value !== 'string' || [...value].length >= (arg as number);
        case 'minimum': return typeof value !== 'number' || value >= (arg as number);
        case 'items': return !Array.isArray(value) || value.every((item) => isValid(arg as Schema, item));
        case 'properties': case 'patternProperties': case 'additionalProperties': case 'required': case 'propertyNames':
          return typeOf(value) !== 'object' || validateObject(node, value as Record<string, unknown>);
        default: throw new Error(`the test checker does not know the keyword ${keyword}`);
      }
    })();
    if (!ok) return false;
  }
  return true;
}

function validatorAccepts(manifest: unknown): boolean {
  try {
    parseManifest(JSON.stringify(manifest), 'leakproof.json');
    return true;
  } catch {
    return false;
  }
}

const GOOD: unknown[] = [
  {},
  { $schema: './node_modules/leakproof/schema/leakproof.schema.json', '//': 'c', '// more': ['any', 1] },
  { files: ['package.json', 'dist/**/*.js', '!dist/**/*.test.js', '.npmignore', 'app/[id].js'] },
  { files: [] },
  { budgets: { total: '2 MB', globs: { 'dist/**': '1.5 MB', 'x.js': 10, '//': 'c' } } },
  { budgets: { total: 0 } },
  { budgets: { total: '12kB' } },
  { budgets: { total: '2MiB' } },
  { budgets: { total: '500 B' } },
  { budgets: { total: '1.5 gb' } },
  { sourceMaps: { allowMaps: [{ glob: 'dist/*.map', reason: 'r', '//': 'c' }], allowEmbeddedSources: [], workspacePackages: 'third-party', thirdPartyGlobs: ['vendored/**'] } },
  { secrets: { enabled: false, '//': 'c' } },
  { severity: { 'file/sensitive': 'warning', 'sourcemap/shipped': 'off', secret: 'info', '//': 'c' } },
  { baseline: { packageGrowthPercent: 25, fileGrowthPercent: 50.5, minGrowthBytes: 10240 } },
  { baseline: { minGrowthBytes: '10 KiB' } },
  { ignore: [{ rule: 'file/sensitive', path: 'test/fixtures/.env', reason: 'fake values for tests', hash: 'abc', '//': 'c' }] },
  { ignore: [{ rule: 'size/budget', path: '', reason: 'whole package' }] },
];

const BAD: unknown[] = [
  { sourceMap: {} },
  { $schema: '' },
  { $schema: 1 },
  { files: 'dist' },
  { files: [1] },
  { files: [''] },
  { files: ['./dist/a.js'] },
  { files: ['/dist/a.js'] },
  { files: ['!./a'] },
  { files: ['!'] },
  { files: ['a\nb'] },
  { budgets: { total: true } },
  { budgets: { total: -1 } },
  { budgets: { total: '2' } },
  { budgets: { total: ' 2 MB' } },
  { budgets: { total: '2 MBs' } },
  { budgets: { globs: { 'dist/**': 'big' } } },
  { budgets: { globs: { '!dist/**': 1 } } },
  { budgets: { globs: { './dist/**': 1 } } },
  { budgets: { globs: [] } },
  { budgets: { other: 1 } },
  { sourceMaps: { allowMaps: [{ glob: 'a' }] } },
  { sourceMaps: { allowMaps: [{ glob: 'a', reason: ' ' }] } },
  { sourceMaps: { allowMaps: [{ glob: '', reason: 'r' }] } },
  { sourceMaps: { allowMaps: [{ reason: 'r' }] } },
  { sourceMaps: { allowMaps: [{ glob: 'a', reason: 'r', x: 1 }] } },
  { sourceMaps: { allowMaps: {} } },
  { sourceMaps: { workspacePackages: 'mine' } },
  { sourceMaps: { thirdPartyGlobs: [''] } },
  { secrets: { enabled: 1 } },
  { secrets: true },
  { severity: { 'no/such-rule': 'off' } },
  { severity: { secret: 'fatal' } },
  { baseline: { fileGrowthPercent: -5 } },
  { baseline: { fileGrowthPercent: '5' } },
  { baseline: { minGrowthBytes: 'x' } },
  { baseline: { other: 1 } },
  { ignore: [{ rule: 'secret', path: 'a' }] },
  { ignore: [{ rule: 'secret', path: 'a', reason: '' }] },
  { ignore: [{ rule: 'secrets', path: 'a', reason: 'r' }] },
  { ignore: [{ path: 'a', reason: 'r' }] },
  { ignore: [{ rule: 'secret', reason: 'r' }] },
  { ignore: [{ rule: 'secret', path: 'a', reason: 'r', hash: '' }] },
  { ignore: [{ rule: 'secret', path: 'a', reason: 'r', extra: true }] },
  { ignore: {} },
  [],
  'files',
];

describe('schema/leakproof.schema.json', () => {
  it('is draft 2020-12 with a $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof schema.$id).toBe('string');
  });

  it.each(GOOD.map((manifest) => [JSON.stringify(manifest), manifest]))('schema and validator accept %s', (_, manifest) => {
    expect(validatorAccepts(manifest)).toBe(true);
    expect(isValid(schema, manifest)).toBe(true);
  });

  it.each(BAD.map((manifest) => [JSON.stringify(manifest), manifest]))('schema and validator reject %s', (_, manifest) => {
    expect(validatorAccepts(manifest)).toBe(false);
    expect(isValid(schema, manifest)).toBe(false);
  });

  it('lists exactly the known rule ids', () => {
    const ids = Object.keys(RULES);
    expect((schema.$defs as Record<string, Schema>).ruleId!.enum).toEqual(ids);
    const severity = (schema.properties as Record<string, Schema>).severity!;
    expect(Object.keys(severity.properties as Schema)).toEqual(ids);
  });

  it('uses the same patterns as the validator', () => {
    const text = JSON.stringify(schema);
    for (const pattern of [SIZE_PATTERN, FILES_ENTRY_PATTERN, BUDGET_GLOB_PATTERN, REASON_PATTERN]) {
      expect(text).toContain(JSON.stringify(pattern));
    }
  });
});
