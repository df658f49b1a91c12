import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LeakproofError } from '../src/errors.js';
import { formatSizeCeil } from '../src/format-size.js';
import { loadManifest, parseManifest } from '../src/policy/parse-manifest.js';
import { DEFAULT_POLICY } from '../src/policy/policy.js';
import { budgetFor, parseSize } from '../src/policy/sizes.js';

const FILE = 'leakproof.json';

function errorOf(manifest: unknown): LeakproofError {
  const text = typeof manifest === 'string' ? manifest : JSON.stringify(manifest);
  try {
    parseManifest(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(LeakproofError);
    expect((error as LeakproofError).code).toBe('manifest');
    expect((error as LeakproofError).exitCode).toBe(2);
    return error as LeakproofError;
  }
  throw new Error(`expected ${text} to be rejected`);
}

describe('parseSize', () => {
  it('reads numbers as bytes and SI/IEC units', () => {
    expect(parseSize(1234)).toBe(1234);
    expect(parseSize('500 B')).toBe(500);
    expect(parseSize('12kB')).toBe(12_000);
    expect(parseSize('12KB')).toBe(12_000);
    expect(parseSize('12KiB')).toBe(12_288);
    expect(parseSize('1.5 MB')).toBe(1_500_000);
    expect(parseSize('2MiB')).toBe(2 * 1024 * 1024);
    expect(parseSize('1 GB')).toBe(1e9);
    expect(parseSize('0.0001 kB')).toBe(1);
  });
  it('rejects what is not a size', () => {
    for (const bad of [true, null, -1, '2', '2 MBs', ' 2 MB', 'MB', '1,5 MB', '2 ib', {}, []]) {
      expect(parseSize(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
  it('formats budgets rounded up, never below the input', () => {
    expect(formatSizeCeil(880)).toBe('880 B');
    expect(formatSizeCeil(1200)).toBe('1.2 kB');
    expect(formatSizeCeil(1201)).toBe('1.3 kB');
    expect(formatSizeCeil(50_246)).toBe('51 kB');
    expect(formatSizeCeil(999_999)).toBe('1 MB');
    expect(budgetFor(1_234_567)).toBe('1.4 MB');
    for (const bytes of [1, 999, 1000, 1001, 9_999, 123_456, 98_765_432]) {
      expect(parseSize(formatSizeCeil(bytes))).toBeGreaterThanOrEqual(bytes);
    }
  });
});

describe('parseManifest', () => {
  it('normalises a full manifest and keeps the raw JSON', () => {
    const raw = {
      $schema: './node_modules/leakproof/schema/leakproof.schema.json',
      '//': 'comment',
      files: ['package.json', 'dist/**/*.js', '!dist/**/*.test.js'],
      budgets: { '//': 'c', total: '2 MB', globs: { 'dist/**': '1.5 MB', '// why': 'x', 'lib/*.js': 100 } },
      sourceMaps: {
        allowMaps: [{ glob: 'dist/*.map', reason: 'debugging', '//': 'c' }],
        allowEmbeddedSources: [{ glob: 'dist/x.map', reason: 'open source' }],
        workspacePackages: 'third-party',
        thirdPartyGlobs: ['vendored/**'],
      },
      secrets: { enabled: false },
      severity: { 'file/sensitive': 'warning', 'sourcemap/shipped': 'off', '//': 'c' },
      baseline: { fileGrowthPercent: 10, minGrowthBytes: '1 kB' },
      ignore: [{ rule: 'secret', path: 'test/fixtures/.env', reason: 'fake values', hash: 'abc123' }],
    };
    const { raw: parsed, policy } = parseManifest(JSON.stringify(raw), FILE);
    expect(parsed).toEqual(raw);
    expect(policy.files).toEqual(raw.files);
    expect(policy.budgets).toEqual({
      total: 2_000_000,
      globs: [
        { glob: 'dist/**', limit: 1_500_000 },
        { glob: 'lib/*.js', limit: 100 },
      ],
    });
    expect(policy.sourceMaps.allowMaps).toEqual([{ glob: 'dist/*.map', reason: 'debugging' }]);
    expect(policy.sourceMaps.workspacePackages).toBe('third-party');
    expect(policy.sourceMaps.thirdPartyGlobs).toEqual(['vendored/**']);
    expect(policy.secrets.enabled).toBe(false);
    expect(policy.severity).toEqual({ 'file/sensitive': 'warning', 'sourcemap/shipped': 'off' });
    expect(policy.baseline).toEqual({ packageGrowthPercent: 25, fileGrowthPercent: 10, minGrowthBytes: 1000 });
    expect(policy.ignore).toEqual([{ rule: 'secret', path: 'test/fixtures/.env', reason: 'fake values', hash: 'abc123' }]);
  });

  it('gives defaults for an empty manifest, and no allowlist', () => {
    const { policy } = parseManifest('{}', FILE);
    expect(policy).toEqual(DEFAULT_POLICY);
    expect(policy.files).toBeUndefined();
  });

  it('accepts a byte order mark', () => {
    expect(parseManifest('\uFEFF{"files":[]}', FILE).policy.files).toEqual([]);
  });

  it.each([
    [{ sourceMap: {} }, 'leakproof.json: unknown key "sourceMap" (at sourceMap); did you mean "sourceMaps"?'],
    [{ budgets: { total: true } }, 'leakproof.json: "budgets.total" must be a size like "2 MB", got true'],
    [
      {
        ignore: [
          { rule: 'secret', path: 'a', reason: 'ok' },
          { rule: 'secret', path: 'b' },
        ],
      },
      'leakproof.json: ignore[1].reason is required: say why this finding is acceptable',
    ],
    [
      { ignore: [{ rule: 'secret', path: 'b', reason: '   ' }] },
      'leakproof.json: ignore[0].reason is required: say why this finding is acceptable',
    ],
    [{ sourceMaps: { alowMaps: [] } }, 'leakproof.json: unknown key "alowMaps" (at sourceMaps.alowMaps); did you mean "allowMaps"?'],
    [
      { severity: { 'file/sensitiv': 'off' } },
      'leakproof.json: unknown rule "file/sensitiv" (at severity["file/sensitiv"]); did you mean "file/sensitive"?',
    ],
    [{ severity: { secret: 'fatal' } }, 'leakproof.json: "severity.secret" must be one of "error", "warning", "info", "off", got "fatal"'],
    [
      { ignore: [{ rule: 'nope/nothing', path: 'a', reason: 'r' }] },
      'leakproof.json: unknown rule "nope/nothing" (at ignore[0].rule); see docs/rules.md for the list',
    ],
    [
      { budgets: { globs: { 'dist/**': '1.5 MBs' } } },
      'leakproof.json: "budgets.globs["dist/**"]" must be a size like "2 MB", got "1.5 MBs"',
    ],
    [{ files: ['a', 3] }, 'leakproof.json: "files[1]" must be a package-relative path or glob (no leading "/" or "./"), got 3'],
    [{ files: './dist/a.js' }, 'leakproof.json: "files" must be an array of strings, got "./dist/a.js"'],
    [{ secrets: { enabled: 'yes' } }, 'leakproof.json: "secrets.enabled" must be true or false, got "yes"'],
    [
      { zzz: 1 },
      'leakproof.json: unknown key "zzz" (at zzz); allowed keys: $schema, files, budgets, sourceMaps, secrets, severity, baseline, ignore',
    ],
  ])('names the key: %j', (manifest, message) => {
    expect(errorOf(manifest).message).toBe(message);
  });

  it.each([
    [{ files: ['./dist/a.js'] }, 'files[0]'],
    [{ files: ['/abs'] }, 'files[0]'],
    [{ files: ['!'] }, 'files[0]'],
    [{ files: ['a', ''] }, 'files[1]'],
    [{ $schema: 3 }, '$schema'],
    [{ budgets: [] }, 'budgets'],
    [{ budgets: { totl: '1 MB' } }, 'budgets.totl'],
    [{ budgets: { globs: { '!dist/**': 10 } } }, '!dist/**'],
    [{ budgets: { globs: [] } }, 'budgets.globs'],
    [{ sourceMaps: { allowMaps: [{ glob: 'a.map' }] } }, 'sourceMaps.allowMaps[0].reason'],
    [{ sourceMaps: { allowMaps: [{ reason: 'r' }] } }, 'sourceMaps.allowMaps[0].glob'],
    [{ sourceMaps: { allowEmbeddedSources: [{ glob: 'a', reason: 'r', extra: 1 }] } }, 'sourceMaps.allowEmbeddedSources[0].extra'],
    [{ sourceMaps: { workspacePackages: 'mine' } }, 'sourceMaps.workspacePackages'],
    [{ sourceMaps: { thirdPartyGlobs: [1] } }, 'sourceMaps.thirdPartyGlobs[0]'],
    [{ severity: [] }, 'severity'],
    [{ baseline: { fileGrowthPercent: -1 } }, 'baseline.fileGrowthPercent'],
    [{ baseline: { packageGrowthPercent: '25%' } }, 'baseline.packageGrowthPercent'],
    [{ baseline: { minGrowthBytes: 'lots' } }, 'baseline.minGrowthBytes'],
    [{ ignore: {} }, 'ignore'],
    [{ ignore: ['secret'] }, 'ignore[0]'],
    [{ ignore: [{ path: 'a', reason: 'r' }] }, 'ignore[0].rule'],
    [{ ignore: [{ rule: 'secret', reason: 'r' }] }, 'ignore[0].path'],
    [{ ignore: [{ rule: 'secret', path: 1, reason: 'r' }] }, 'ignore[0].path'],
    [{ ignore: [{ rule: 'secret', path: 'a', reason: 'r', hash: '' }] }, 'ignore[0].hash'],
    [{ ignore: [{ rule: 'secret', path: 'a', reason: 'r', why: 'x' }] }, 'ignore[0].why'],
  ])('rejects %j naming %s', (manifest, key) => {
    expect(errorOf(manifest).message).toContain(key);
  });

  it('rejects a manifest that is not an object', () => {
    expect(errorOf('[]').message).toBe('leakproof.json: the manifest must be a JSON object, got an array');
    expect(errorOf('null').message).toContain('must be a JSON object');
  });

  it.each([
    ['{\n  "files": [\n    "a",\n  ]\n}', '4:3'],
    ['{\n  "files": ["a" "b"]\n}', '2:17'],
    ['{"a":}', '1:6'],
    ['{"a": tru}', '1:7'],
    ['{"a": 1', '1:8'],
    ['', '1:1'],
    ['{"a": 1} x', '1:10'],
    ['{"a": "x\ny"}', '1:7'],
    ["{'a': 1}", '1:2'],
  ])('reports invalid JSON with line and column: %j', (text, where) => {
    expect(errorOf(text).message).toMatch(new RegExp(`^leakproof\\.json:${where}: invalid JSON: `));
  });
});

describe('loadManifest', () => {
  const dirs: string[] = [];
  afterAll(async () => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));
  async function tempDir(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'leakproof-policy-'));
    dirs.push(dir);
    return dir;
  }

  it('returns undefined when there is no manifest', async () => {
    expect(await loadManifest(join(await tempDir(), 'leakproof.json'))).toBeUndefined();
  });

  it('reads, validates and names the file in errors', async () => {
    const dir = await tempDir();
    const path = join(dir, 'leakproof.json');
    await writeFile(path, JSON.stringify({ files: ['a.js'] }));
    const loaded = await loadManifest(path);
    expect(loaded?.path).toBe(path);
    expect(loaded?.policy.files).toEqual(['a.js']);
    await writeFile(path, '{"fles": []}');
    await expect(loadManifest(path)).rejects.toThrow(`${path}: unknown key "fles" (at fles); did you mean "files"?`);
  });

  it('turns other read errors into manifest errors', async () => {
    const dir = await tempDir();
    const path = join(dir, 'leakproof.json');
    await mkdir(path);
    await expect(loadManifest(path)).rejects.toMatchObject({ code: 'manifest', message: expect.stringContaining('EISDIR') });
  });
});
