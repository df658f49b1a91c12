import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../src/policy/policy.js';
import { analyseWithPolicy, sourceMapRules } from '../src/rules/sourcemap-rules.js';
import { createContents, type FileInput } from '../src/tarball/contents.js';
import { logic, SECRET_SOURCE } from './helpers/leaking-source.js';
import { analyseMaps } from './helpers/source-maps.js';

const SECRET_BYTES = Buffer.byteLength(SECRET_SOURCE);

const SMU = 'source' + 'MappingURL';
const comment = (target: string) => `\n//# ${SMU}=${target}\n`;

interface MapFields {
  sources?: (string | null)[];
  sourcesContent?: (string | null)[];
  [key: string]: unknown;
}
const mapJson = (fields: MapFields) => JSON.stringify({ version: 3, names: [], mappings: 'AAAA', sources: [], ...fields });

function analyse(files: FileInput[], sourceMaps: Partial<Policy['sourceMaps']> = {}) {
  const policy: Policy = { ...DEFAULT_POLICY, sourceMaps: { ...DEFAULT_POLICY.sourceMaps, ...sourceMaps } };
  return analyseMaps(createContents([{ path: 'package.json', data: '{"name":"@acme/app"}' }, ...files]), policy);
}
const rules = (analysis: ReturnType<typeof analyse>) => analysis.findings.map((f) => f.rule).sort();

describe('finding maps', () => {
  const leaky = mapJson({ sources: ['../src/a.ts'], sourcesContent: [SECRET_SOURCE] });

  it('reads a .map file a comment points at, and reports its embedded sources', () => {
    const result = analyse([
      { path: 'dist/a.js', data: `a();${comment('a.js.map')}` },
      { path: 'dist/a.js.map', data: leaky },
    ]);
    expect(result.maps).toMatchObject([
      {
        path: 'dist/a.js.map',
        origin: 'file',
        generated: ['dist/a.js'],
        valid: true,
        sources: 1,
        withContent: 1,
        firstParty: 1,
        recoverable: 1,
        recoverableBytes: SECRET_BYTES,
      },
    ]);
    expect(result.findings).toMatchObject([
      { rule: 'sourcemap/embedded-sources', severity: 'error', path: 'dist/a.js.map', count: 1, size: SECRET_BYTES, sample: ['src/a.ts'] },
    ]);
    expect(result.sources).toMatchObject([
      { map: 'dist/a.js.map', source: '../src/a.ts', resolved: 'src/a.ts', index: '0', classification: 'first-party' },
    ]);
  });

  it('inspects an orphan map that nothing references (the 2026 case)', () => {
    const result = analyse([
      { path: 'cli.js', data: 'run();' },
      { path: 'cli.js.map', data: leaky },
    ]);
    expect(result.maps[0]).toMatchObject({ path: 'cli.js.map', generated: [], recoverable: 1 });
    expect(rules(result)).toEqual(['sourcemap/embedded-sources']);
  });

  it('finds a map by content whatever its name, and leaves other JSON alone', () => {
    const result = analyse([
      { path: 'assets/bundle.json', data: leaky },
      { path: 'data/config.json', data: '{"version":"1.0","sections":"none"}' },
    ]);
    expect(result.maps.map((m) => m.path)).toEqual(['assets/bundle.json']);
  });

  it('follows a comment to a file of any name', () => {
    const result = analyse([
      { path: 'a.js', data: `x;${comment('maps/a.txt')}` },
      { path: 'maps/a.txt', data: leaky },
    ]);
    expect(result.maps).toMatchObject([{ path: 'maps/a.txt', generated: ['a.js'] }]);
  });

  it.each([
    ['base64', `data:application/json;base64,${Buffer.from(leaky).toString('base64')}`],
    ['base64 charset=utf-8', `data:application/json;charset=utf-8;base64,${Buffer.from(leaky).toString('base64')}`],
    ['base64 charset=utf8', `data:application/json;charset=utf8;base64,${Buffer.from(leaky).toString('base64')}`],
    ['percent-encoded', `data:application/json,${encodeURIComponent(leaky)}`],
  ])('reads an inline %s map', (_kind, dataUrl) => {
    const result = analyse([{ path: 'dist/i.js', data: `i();${comment(dataUrl)}` }]);
    expect(result.maps).toMatchObject([{ path: 'dist/i.js', origin: 'inline', generated: ['dist/i.js'], recoverable: 1 }]);
    expect(result.sources[0]).toMatchObject({ resolved: 'src/a.ts', map: 'dist/i.js' });
  });

  it('reads a legacy //@ comment and a CSS comment', () => {
    const result = analyse([
      { path: 'old.js', data: `o();\n//@ ${SMU}=old.js.map` },
      { path: 'old.js.map', data: mapJson({ sources: ['o.js'] }) },
      { path: 's.css', data: `a{}\n/*# ${SMU}=s.css.map */` },
      { path: 's.css.map', data: mapJson({ sources: ['s.scss'] }) },
    ]);
    expect(result.maps).toMatchObject([
      { path: 'old.js.map', generated: ['old.js'] },
      { path: 's.css.map', generated: ['s.css'] },
    ]);
    expect(rules(result)).toEqual(['sourcemap/shipped', 'sourcemap/shipped']);
  });

  it('uses only the last comment and not one inside a string', () => {
    const result = analyse([
      { path: 'a.js', data: `var s = "//# ${SMU}=nope.map";\n//# ${SMU}=first.map\n//# ${SMU}=last.map\n` },
      { path: 'b.js', data: `var s = "//# ${SMU}=in-string.map";` },
      { path: 'last.map', data: mapJson({ mappings: '' }) },
    ]);
    expect(result.maps).toMatchObject([{ path: 'last.map', generated: ['a.js'] }]);
    expect(rules(result)).toEqual(['sourcemap/shipped']);
  });

  it('reports remote URLs, dangling references and local paths in comments', () => {
    const result = analyse([
      { path: 'r.js', data: `r();${comment('https://cdn.example.com/r.js.map')}` },
      { path: 'd.js', data: `d();${comment('d.js.map?v=2')}` },
      { path: 'l.js', data: `l();${comment('file:///Users/me/l.js.map')}` },
    ]);
    expect(result.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          rule: 'sourcemap/remote-url',
          severity: 'warning',
          path: 'r.js',
          url: 'https://cdn.example.com/r.js.map',
        }),
        expect.objectContaining({ rule: 'sourcemap/dangling-reference', path: 'd.js', url: 'd.js.map?v=2', target: 'd.js.map' }),
        expect.objectContaining({ rule: 'sourcemap/local-path', path: 'l.js', url: 'file:///Users/me/l.js.map' }),
      ]),
    );
    expect(result.maps).toMatchObject([{ path: 'r.js', origin: 'remote', url: 'https://cdn.example.com/r.js.map' }]);
  });
});

describe('reading maps', () => {
  it('walks nested index maps and numbers sources section by section', () => {
    const inner = { version: 3, names: [], mappings: 'AAAA', sources: ['b.ts'], sourcesContent: [logic('b')] };
    const nested = { version: 3, sections: [{ offset: { line: 0, column: 0 }, map: inner }] };
    const index = JSON.stringify({
      version: 3,
      sections: [
        { offset: { line: 0, column: 0 }, map: { ...inner, sources: ['a.ts'], sourcesContent: [logic('a')] } },
        { offset: { line: 5, column: 0 }, map: nested },
      ],
    });
    const result = analyse([{ path: 'x.js.map', data: index }]);
    expect(result.sources.map((s) => [s.index, s.resolved])).toEqual([
      ['0.0', 'a.ts'],
      ['1.0.0', 'b.ts'],
    ]);
    expect(result.maps[0]).toMatchObject({ valid: true, sources: 2, recoverable: 2 });
  });

  it('applies sourceRoot and flags build-machine paths in sources and sourceRoot', () => {
    const result = analyse([
      { path: 'dist/r.js.map', data: mapJson({ sourceRoot: '../lib', sources: ['r.ts'], sourcesContent: ['let r;'] }) },
      {
        path: 'dist/l.js.map',
        data: mapJson({ sourceRoot: '/home/ci/build/', sources: ['C:\\Users\\me\\l.ts', 'l2.ts'], sourcesContent: ['let l;', null] }),
      },
    ]);
    expect(result.sources.find((s) => s.map === 'dist/r.js.map')?.resolved).toBe('lib/r.ts');
    const local = result.findings.find((f) => f.rule === 'sourcemap/local-path');
    expect(local).toMatchObject({ path: 'dist/l.js.map', count: 2 });
  });

  it('classifies sources in ignoreList and x_google_ignoreList like any other, and flags them', () => {
    const result = analyse([
      { path: 'a.js.map', data: mapJson({ sources: ['a.ts', 'lib.ts'], sourcesContent: [logic('a'), logic('lib')], ignoreList: [1] }) },
      { path: 'b.js.map', data: mapJson({ sources: ['vendor.ts'], sourcesContent: [logic('v')], x_google_ignoreList: [0] }) },
    ]);
    expect(result.sources.map((s) => [s.resolved, s.classification, s.ignored])).toEqual([
      ['a.ts', 'first-party', false],
      ['lib.ts', 'first-party', true],
      ['vendor.ts', 'first-party', true],
    ]);
    expect(result.maps[0]?.recovered?.map((s) => s.ignored ?? false)).toEqual([false, true]);
    expect(rules(result)).toEqual(['sourcemap/embedded-sources', 'sourcemap/embedded-sources']);
  });

  it('reports an invalid map and still counts what it leaks', () => {
    const result = analyse([
      { path: 'bad.js.map', data: mapJson({ version: '3', mappings: 'A=A', sources: ['s.ts'], sourcesContent: [logic('secret')] }) },
    ]);
    expect(result.maps[0]).toMatchObject({ valid: false, recoverable: 1 });
    expect(result.maps[0]?.invalidReason).toContain('version');
    expect(rules(result)).toEqual(['sourcemap/embedded-sources', 'sourcemap/invalid']);
    expect(result.findings.find((f) => f.rule === 'sourcemap/invalid')).toMatchObject({
      severity: 'warning',
      reason: expect.stringContaining('version'),
    });
  });

  it('reports a .map that is not JSON as invalid', () => {
    const result = analyse([{ path: 'broken.js.map', data: '{"version":3,' }]);
    expect(result.maps[0]).toMatchObject({ valid: false, sources: 0 });
    expect(rules(result)).toEqual(['sourcemap/invalid', 'sourcemap/shipped']);
  });
});

describe('classification', () => {
  const contents = [logic('a'), 'runtime', 'virtual', 'dep', 'ext', 'vendor'];
  const sources = [
    'webpack://app/./src/a.ts',
    'webpack://app/webpack/runtime/define',
    '\0commonjsHelpers.js',
    'webpack://app/./node_modules/dep/index.js',
    'webpack://app/external "fs"',
    'vendor/v.js',
  ];

  it('separates third-party sources by reason', () => {
    const result = analyse([{ path: 'main.js.map', data: mapJson({ sources, sourcesContent: contents }) }], {
      thirdPartyGlobs: ['vendor/**'],
    });
    expect(result.sources.map((s) => s.reason)).toEqual([
      'no-generated-file',
      'bundler-runtime',
      'virtual-module',
      'node_modules',
      'bundler-runtime',
      'policy-glob',
    ]);
    expect(result.maps[0]).toMatchObject({ sources: 6, firstParty: 1, recoverable: 1 });
  });

  it('counts sources already shipped by content, CRLF aside, wherever they sit', () => {
    const result = analyse([
      { path: 'src/a.ts', data: 'export const a = 1;' },
      { path: 'lib/copy.ts', data: 'line one\r\nline two\r\n' },
      {
        path: 'dist/m.js.map',
        data: mapJson({
          sources: ['../src/a.ts', 'elsewhere/copy.ts', 'new.ts'],
          sourcesContent: ['export const a = 1;', 'line one\nline two\n', logic('fresh')],
        }),
      },
    ]);
    expect(result.sources.map((s) => [s.classification, s.reason])).toEqual([
      ['shipped', 'shipped-content'],
      ['shipped', 'shipped-content'],
      ['first-party', 'no-generated-file'],
    ]);
    expect(result.maps[0]).toMatchObject({ firstParty: 3, recoverable: 1, recoverableBytes: Buffer.byteLength(logic('fresh')) });
  });

  it('treats sibling workspace packages per policy', () => {
    const files = [
      {
        path: 'dist/w.js.map',
        data: mapJson({
          sources: ['../../../packages/util/src/u.ts', '../src/own.ts', '../../../packages/app/src/a.ts'],
          sourcesContent: [logic('u'), logic('own'), logic('a')],
        }),
      },
    ];
    expect(analyse(files).maps[0]).toMatchObject({ recoverable: 3 });
    const thirdParty = analyse(files, { workspacePackages: 'third-party' });
    expect(thirdParty.sources.map((s) => [s.resolved, s.reason])).toEqual([
      ['../../packages/util/src/u.ts', 'workspace-package'],
      ['src/own.ts', 'no-generated-file'],
      ['../../packages/app/src/a.ts', 'no-generated-file'],
    ]);
    expect(thirdParty.maps[0]).toMatchObject({ recoverable: 2 });
  });
});

describe('policy and rule family', () => {
  const files = [
    { path: 'dist/ok.js.map', data: mapJson({ sources: ['x.ts'] }) },
    { path: 'dist/docs.js.map', data: mapJson({ sources: ['d.ts'], sourcesContent: [logic('doc')] }) },
  ];

  it('allowMaps silences sourcemap/shipped and allowEmbeddedSources silences embedded sources', () => {
    expect(rules(analyse(files))).toEqual(['sourcemap/embedded-sources', 'sourcemap/shipped']);
    const allowed = analyse(files, {
      allowMaps: [{ glob: 'dist/ok.*.map', reason: 'debugging' }],
      allowEmbeddedSources: [{ glob: '**/docs.js.map', reason: 'we publish sources' }],
    });
    expect(allowed.findings).toEqual([]);
  });

  it('sourceMapRules raises the findings from the analysis facts, which hold none', () => {
    const analysis = analyseWithPolicy(createContents([{ path: 'package.json', data: '{"name":"@acme/app"}' }, ...files]), DEFAULT_POLICY);
    expect(analysis).not.toHaveProperty('findings');
    const found = sourceMapRules.check({ contents: createContents([]), policy: DEFAULT_POLICY, sourceMaps: analysis });
    expect(sourceMapRules.family).toBe('sourcemap');
    expect(found).toEqual(analyse(files).findings);
    expect(found.map((finding) => finding.rule).sort()).toEqual(['sourcemap/embedded-sources', 'sourcemap/shipped']);
  });
});
