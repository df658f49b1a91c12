import { describe, expect, it } from 'vitest';
import { createManifest, type ShippedFile, serializeManifest, updateManifest } from '../src/policy/init-manifest.js';
import type { ManifestJson } from '../src/policy/manifest-json.js';
import { parseManifest } from '../src/policy/parse-manifest.js';

const files: ShippedFile[] = [
  { path: 'package.json', size: 500 },
  { path: 'dist/index.js', size: 600_000 },
  { path: 'README.md', size: 4_000 },
  { path: 'dist/cli.js', size: 400_000 },
];

describe('createManifest', () => {
  it('lists shipped files as sorted exact paths with a $schema', () => {
    const manifest = createManifest(files);
    expect(manifest.$schema).toBe('./node_modules/leakproof/schema/leakproof.schema.json');
    expect(manifest.files).toEqual(['README.md', 'dist/cli.js', 'dist/index.js', 'package.json']);
    expect(manifest.budgets).toBeUndefined();
    expect(parseManifest(serializeManifest(manifest), 'leakproof.json').policy.files).toEqual(manifest.files);
  });

  it('adds a total budget with headroom when asked', () => {
    const manifest = createManifest(files, { budgets: true });
    expect(manifest.budgets).toEqual({ total: '1.2 MB' });
    expect(parseManifest(JSON.stringify(manifest), 'leakproof.json').policy.budgets.total).toBe(1_200_000);
  });
});

describe('updateManifest', () => {
  const raw: ManifestJson = {
    '//': 'top comment',
    $schema: './node_modules/leakproof/schema/leakproof.schema.json',
    files: ['package.json', 'README.md', 'dist/**/*.js', '!dist/**/*.test.js', 'lib/**', 'CHANGELOG.md'],
    severity: { '// why': 'maps are reviewed', 'sourcemap/shipped': 'off' },
    budgets: { total: '2 MB', '//': 'keep', globs: { '// note': 'n', 'dist/**': '1.5 MB', 'dist/*.map': 100 } },
    ignore: [{ rule: 'secret', path: 'x', reason: 'r' }],
  };
  const now: ShippedFile[] = [
    { path: 'package.json', size: 500 },
    { path: 'README.md', size: 4_000 },
    { path: 'dist/index.js', size: 600_000 },
    { path: 'dist/index.test.js', size: 10 },
    { path: 'dist/index.js.map', size: 1_000_000 },
    { path: 'LICENSE', size: 1_000 },
  ];

  it('keeps globs that match, drops entries that match nothing, appends unlisted paths', () => {
    const { manifest, changes } = updateManifest(raw, now);
    expect(manifest.files).toEqual([
      'package.json',
      'README.md',
      'dist/**/*.js',
      '!dist/**/*.test.js',
      'LICENSE',
      'dist/index.js.map',
      'dist/index.test.js',
    ]);
    expect(changes.added).toEqual(['LICENSE', 'dist/index.js.map', 'dist/index.test.js']);
    expect(changes.removed).toEqual(['lib/**', 'CHANGELOG.md']);
  });

  it('keeps key order, comments and other fields; does not change the input', () => {
    const before = JSON.stringify(raw);
    const { manifest } = updateManifest(raw, now);
    expect(Object.keys(manifest)).toEqual(['//', '$schema', 'files', 'severity', 'budgets', 'ignore']);
    expect(manifest['//']).toBe('top comment');
    expect(manifest.severity).toEqual(raw.severity);
    expect(manifest.ignore).toEqual(raw.ignore);
    expect(Object.keys(manifest.budgets ?? {})).toEqual(['total', '//', 'globs']);
    expect(Object.keys(manifest.budgets?.globs ?? {})).toEqual(['// note', 'dist/**', 'dist/*.map']);
    expect(JSON.stringify(raw)).toBe(before);
  });

  it('raises budgets the package outgrew and reports them', () => {
    const { manifest, changes } = updateManifest(raw, now);
    expect(manifest.budgets).toEqual({
      total: '2 MB',
      '//': 'keep',
      globs: { '// note': 'n', 'dist/**': '1.8 MB', 'dist/*.map': '1.1 MB' },
    });
    expect(changes.budgets).toEqual([
      { budget: 'dist/**', before: '1.5 MB', after: '1.8 MB' },
      { budget: 'dist/*.map', before: 100, after: '1.1 MB' },
    ]);
  });

  it('is a no-op when the manifest already accepts what ships', () => {
    const first = updateManifest(raw, now).manifest;
    const second = updateManifest(first, now);
    expect(second.manifest).toEqual(first);
    expect(second.changes).toEqual({ added: [], removed: [], budgets: [] });
  });

  it('adds files to a manifest that had none, and the result is valid', () => {
    const { manifest, changes } = updateManifest({ '//': 'c', secrets: { enabled: true } }, now);
    expect(Object.keys(manifest)).toEqual(['//', 'secrets', 'files']);
    expect(changes.added).toHaveLength(now.length);
    expect(() => parseManifest(serializeManifest(manifest), 'leakproof.json')).not.toThrow();
  });

  it('serialises as 2-space JSON with a final newline', () => {
    expect(serializeManifest({ files: ['a'] })).toBe('{\n  "files": [\n    "a"\n  ]\n}\n');
  });
});
