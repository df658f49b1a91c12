/**
 * schema/leakproof.schema.json is the one description of leakproof.json. Here the real ajv
 * compiles it at run time and must agree with parseManifest (which runs the validator ajv
 * generated at build time), the generated code must be current, and the hand-written
 * ManifestJson types must have the shape json-schema-to-ts reads from the schema: a key or
 * type that differs fails `tsc -p test` (part of `npm test`).
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import type { FromSchema } from 'json-schema-to-ts';
import { describe, expect, it } from 'vitest';
import { MANIFEST_SCHEMA } from '../src/policy/generated/manifest-schema.js';
import type { ManifestJson } from '../src/policy/manifest-json.js';
import { parseManifest } from '../src/policy/parse-manifest.js';
import { parseSize } from '../src/policy/sizes.js';
import { RULES } from '../src/rules/meta.js';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(new URL('../schema/leakproof.schema.json', import.meta.url), 'utf8')) as Schema;
const ajv = new Ajv2020.default({ allErrors: true, strict: true });
const schemaAccepts = ajv.compile(schema);

/** Keys written out (no index signatures, no `//` comments). */
type NamedKeys<T> = keyof { [K in keyof T as string extends K ? never : K extends `//${string}` ? never : K]: T[K] };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** `true` when A and B name the same keys, optional alike, with the same shapes all the way down; else where they differ. */
type SameShape<A, B, At extends string = 'ManifestJson'> = [A, B] extends [readonly (infer X)[], readonly (infer Y)[]]
  ? SameShape<X, Y, `${At}[]`>
  : [A, B] extends [object, object]
    ? Same<NamedKeys<A>, NamedKeys<B>> extends true
      ? {
          [K in NamedKeys<A> & NamedKeys<B>]: Same<undefined extends A[K] ? 1 : 0, undefined extends B[K] ? 1 : 0> extends true
            ? SameShape<NonNullable<A[K]>, NonNullable<B[K]>, `${At}.${K & string}`>
            : `optional in one only: ${At}.${K & string}`;
        }[NamedKeys<A> & NamedKeys<B>] extends infer R
        ? [Exclude<R, true>] extends [never]
          ? true
          : Exclude<R, true>
        : never
      : `keys differ at ${At}`
    : Same<A, B> extends true
      ? true
      : `types differ at ${At}`;
// Fails to compile, naming the place, when the types and the schema drift apart.
const typesMatchSchema: SameShape<ManifestJson, FromSchema<typeof MANIFEST_SCHEMA>> = true;

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
  {
    sourceMaps: {
      allowMaps: [{ glob: 'dist/*.map', reason: 'r', '//': 'c' }],
      allowEmbeddedSources: [],
      workspacePackages: 'third-party',
      thirdPartyGlobs: ['vendored/**'],
    },
  },
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
    expect(schemaAccepts(manifest)).toBe(true);
  });

  it.each(BAD.map((manifest) => [JSON.stringify(manifest), manifest]))('schema and validator reject %s', (_, manifest) => {
    expect(validatorAccepts(manifest)).toBe(false);
    expect(schemaAccepts(manifest)).toBe(false);
  });

  it('is what the generated code was built from (run `npm run build` after editing it)', () => {
    expect(MANIFEST_SCHEMA).toEqual(schema);
    expect(typesMatchSchema).toBe(true);
  });

  it('lists exactly the known rule ids', () => {
    const ids = Object.keys(RULES);
    expect((schema.$defs as Record<string, Schema>).ruleId!.enum).toEqual(ids);
    const severity = (schema.properties as Record<string, Schema>).severity!;
    expect(Object.keys(severity.properties as Schema)).toEqual(ids);
  });

  it('accepts exactly the size strings parseSize reads', () => {
    const sizeOk = ajv.compile({ $ref: `${String(schema.$id)}#/$defs/size` });
    const samples = [
      '0B',
      '500 B',
      '12kB',
      '12KB',
      '12KiB',
      '1.5 MB',
      '2MiB',
      '1 GB',
      '1.5 gb',
      '3 kib',
      '0.0001 kB',
      '1.0b',
      '2',
      '2 MBs',
      ' 2 MB',
      '2 MB ',
      'MB',
      '1,5 MB',
      '2 ib',
      '.5 MB',
      '5. MB',
      '-1 B',
      '1e3 B',
      '2 TB',
      '2\tMB',
      '2\u00a0MB',
    ];
    for (const sample of samples) expect(sizeOk(sample), sample).toBe(parseSize(sample) !== undefined);
  });
});
