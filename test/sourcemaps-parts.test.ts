import { describe, expect, it } from 'vitest';
import { decodeDataUrl } from '../src/sourcemaps/data-url.js';
import { extractSourceMappingUrl } from '../src/sourcemaps/extract-url.js';
import { isBuildMachinePath } from '../src/sourcemaps/local-paths.js';
import { parseMapText } from '../src/sourcemaps/read-map.js';
import { resolveSourcePath } from '../src/sourcemaps/resolve-source.js';
import { validateSourceMap } from '../src/sourcemaps/validate-map.js';
import { validateMappings } from '../src/sourcemaps/validate-mappings.js';

// Assembled so that no tool mistakes this test file for one with a source map comment.
const SMU = 'source' + 'MappingURL';
const url = (text: string) => extractSourceMappingUrl(Buffer.from(text), 'js');

describe('extractSourceMappingUrl (ECMA-426, without parsing)', () => {
  it('reads //# and legacy //@ comments', () => {
    expect(url(`a();\n//# ${SMU}=a.js.map\n`)).toBe('a.js.map');
    expect(url(`a();\n//@ ${SMU}=old.map`)).toBe('old.map');
  });
  it('takes the last comment and lets code after it cancel it', () => {
    expect(url(`//# ${SMU}=first.map\n//# ${SMU}=second.map\n`)).toBe('second.map');
    expect(url(`//# ${SMU}=a.map\nfoo();\n`)).toBeNull();
    expect(url(`//# ${SMU}=a.map\n// a later plain comment\n\n`)).toBe('a.map');
  });
  it('ignores the pattern inside a string literal', () => {
    expect(url(`var s = "//# ${SMU}=in-string.map";\n`)).toBeNull();
    expect(url(`x = '//# ${SMU}=x.map'`)).toBeNull();
  });
  it('reads /*# ... */ comments in CSS and JS, and not // in CSS', () => {
    expect(extractSourceMappingUrl(Buffer.from(`a{}\n/*# ${SMU}=a.css.map */\n`), 'css')).toBe('a.css.map');
    expect(url(`f();/*# ${SMU}=b.map */`)).toBe('b.map');
    expect(extractSourceMappingUrl(Buffer.from(`a{}\n//# ${SMU}=a.css.map\n`), 'css')).toBeNull();
  });
  it('rejects a URL with spaces inside and handles CRLF files', () => {
    expect(url(`//# ${SMU}=a b.map`)).toBeNull();
    expect(url(`a();\r\n//# ${SMU}=crlf.map\r\n`)).toBe('crlf.map');
  });
});

describe('decodeDataUrl', () => {
  const json = '{"version":3}';
  it('decodes base64 with any charset spelling, and percent-encoding', () => {
    const b64 = Buffer.from(json).toString('base64');
    for (const header of [
      'application/json;base64',
      'application/json;charset=utf-8;base64',
      'application/json;charset=utf8;base64',
      ';base64',
    ]) {
      expect(decodeDataUrl(`data:${header},${b64}`)).toEqual({ text: json });
    }
    expect(decodeDataUrl(`data:application/json,${encodeURIComponent(json)}`)).toEqual({ text: json });
    expect(decodeDataUrl('data:application/json;base64')).toHaveProperty('error');
  });
});

describe('validateMappings', () => {
  it('accepts valid mappings and locates the last mapping', () => {
    expect(validateMappings('AAAA,SAASA;;CACA', 1, 1)).toEqual({ lastLine: 2, lastColumn: 1 });
    expect(validateMappings('', 0, 0)).toEqual({ lastLine: -1, lastColumn: 0 });
    expect(validateMappings('+/////DA+/////D+/////DA', 1, 1).error).toBeUndefined();
    expect(validateMappings(`i${'g'.repeat(200)}A`, 0, 0).error).toBeUndefined();
  });
  it.each([
    ['AA=A', 1, 0, 'invalid character'],
    ['g', 0, 0, 'continuation'],
    [',,', 1, 0, 'empty segment'],
    ['AA', 1, 0, '2 fields'],
    ['ACAA', 1, 0, 'source index'],
    ['AAAAC', 1, 1, 'name index'],
    ['D', 0, 0, 'generated column'],
    ['ggggggE', 0, 0, '32 bits'],
    ['AAAAAA', 1, 1, 'more than 5'],
  ])('rejects %s', (mappings, sources, names, reason) => {
    expect(validateMappings(mappings, sources, names).error).toContain(reason);
  });
});

describe('validateSourceMap', () => {
  const regular = { version: 3, sources: ['a.js'], names: [], mappings: 'AAAA' };
  it('checks fields of regular and index maps', () => {
    expect(validateSourceMap(regular).error).toBeUndefined();
    expect(validateSourceMap({ ...regular, version: '3' }).error).toContain('version');
    expect(validateSourceMap({ ...regular, ignoreList: [1] }).error).toContain('ignoreList');
    const section = (line: number, column: number) => ({ offset: { line, column }, map: regular });
    expect(validateSourceMap({ version: 3, sections: [section(0, 0), section(0, 10)] }).error).toBeUndefined();
    expect(validateSourceMap({ version: 3, sections: [section(0, 0), section(0, 0)] }).error).toContain('overlaps');
    expect(
      validateSourceMap({ version: 3, sections: [{ offset: { line: 0, column: 0 }, map: { version: 3, sections: [section(0, 0)] } }] })
        .error,
    ).toBeUndefined();
  });
  it("strips the )]}' prefix before parsing", () => {
    expect(parseMapText(`)]}'\n${JSON.stringify(regular)}`)).toEqual({ json: regular });
  });
});

describe('resolveSourcePath', () => {
  it.each([
    ['../src/a.ts', undefined, 'dist/a.js.map', 'src/a.ts'],
    ['a.ts', 'src', 'dist/a.js.map', 'dist/src/a.ts'],
    ['a.ts', '/src/', 'a.js.map', '/src/a.ts'],
    ['webpack://lib/./src/a.ts?5f3a', undefined, 'dist/a.js.map', 'src/a.ts'],
    ['webpack:///webpack/bootstrap', undefined, 'dist/a.js.map', 'webpack/bootstrap'],
    ['./a.ts', 'webpack:///', 'dist/a.js.map', 'a.ts'],
    ['file:///home/me/p/a.ts', undefined, 'a.js.map', '/home/me/p/a.ts'],
    ['../../other/src/x.ts', undefined, 'dist/a.js.map', '../other/src/x.ts'],
    ['..\\src\\w.ts', undefined, 'dist/a.js.map', 'src/w.ts'],
  ])('%s (root %s, map %s) -> %s', (source, root, map, expected) => {
    expect(resolveSourcePath(source, root, map, '0')).toBe(expected);
  });
});

describe('isBuildMachinePath', () => {
  it.each(['/Users/me/a.ts', '/home/ci/a.ts', 'C:\\work\\a.ts', 'file:///tmp/a.ts', 'webpack:///home/me/a.ts'])('%s', (path) => {
    expect(isBuildMachinePath(path)).toBe(true);
  });
  it.each(['src/a.ts', '../src/a.ts', 'webpack://lib/./src/a.ts'])('not %s', (path) => {
    expect(isBuildMachinePath(path)).toBe(false);
  });
});
