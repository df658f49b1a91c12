import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeCredentials } from '../fixtures/build-fixtures.js';
import { DEFAULT_POLICY } from '../src/policy/policy.js';
import { secretRules } from '../src/rules/secret-rules.js';
import {
  type ContentRef,
  contentBytes,
  decodeContent,
  hasEscapedAscii,
  hasEscapedAsciiAround,
  measureContent,
  splitSourcesContent,
} from '../src/sourcemaps/lazy-content.js';
import { createContents } from '../src/tarball/contents.js';
import { logic } from './helpers/leaking-source.js';
import { analyseMaps } from './helpers/source-maps.js';

/** Sources that exercise every JSON escape: quotes, backslashes, CRLF, tabs, non-ASCII, astral. */
const TRICKY = [
  'const a = "quoted \\"inner\\"";\r\nconst re = /https?:\\/\\//;\n',
  'tab\tend \u00e9\u4e2d\ud83d\ude00 done\n',
  '',
  'plain ascii only\n',
];

function bigMap(extra: Record<string, unknown> = {}): Buffer {
  const filler = Array.from({ length: 300 }, (_, i) => `${logic(`v${i}`)}// ${'1'.repeat(4000)}\n`);
  const sourcesContent = [...TRICKY, null, ...filler];
  const sources = sourcesContent.map((_, i) => `../src/f${i}.ts`);
  return Buffer.from(
    JSON.stringify({ version: 3, file: 'cli.js', sources, names: ['x'], mappings: 'AAAA;AACA', sourcesContent, ...extra }),
  );
}

describe('lazy sourcesContent for large maps', () => {
  it('splits the elements as byte ranges that decode and measure exactly like JSON.parse', () => {
    const data = bigMap();
    const split = splitSourcesContent(data)!;
    const reference = JSON.parse(data.toString()) as { sourcesContent: Array<string | null> };
    expect(JSON.parse(split.text).sourcesContent).toEqual([]);
    expect(split.contents).toHaveLength(reference.sourcesContent.length);
    for (const [i, ref] of split.contents.entries()) {
      const expected = reference.sourcesContent[i];
      if (expected === null) {
        expect(ref).toBeNull();
        continue;
      }
      expect(decodeContent(ref!)).toBe(expected);
      const normalised = expected!.replace(/\r\n/g, '\n');
      expect(measureContent(ref!)).toEqual({ bytes: Buffer.byteLength(expected!), crlf: expected!.length - normalised.length });
    }
  });

  it('unescapes an element straight to the UTF-8 bytes of its decoded text', () => {
    const literal = (text: string): ContentRef => {
      const data = Buffer.from(`[${text}]`, 'latin1');
      return { data, start: 1, end: data.length - 1 };
    };
    const respelled = fc.tuple(fc.string({ unit: 'binary' }), fc.boolean()).map(([text, spellAscii]) => {
      const json = JSON.stringify(text);
      // Escapes JSON.stringify never writes but maps may hold: `\/` and ASCII as `\u00XX`.
      const spelled = spellAscii ? json.replace(/[/a-z]/g, (c) => (c === '/' ? '\\/' : `\\u00${c.charCodeAt(0).toString(16)}`)) : json;
      return Buffer.from(spelled).toString('latin1');
    });
    fc.assert(
      fc.property(respelled, (text) => {
        const ref = literal(text);
        const bytes = contentBytes(ref);
        const reference = Buffer.from(decodeContent(ref));
        expect(measureContent(ref).bytes).toBe(reference.length);
        // Undefined only for lone surrogates, whose UTF-8 encoding is a replacement character.
        if (bytes === undefined) expect(decodeContent(ref)).toMatch(/\p{Cs}/u);
        else expect(bytes.equals(reference)).toBe(true);
      }),
    );
    for (const lone of ['"\\ud800x"', '"\\udc00"', '"\\ud800\\u0041"', '"\\ud83d\\ude00\\ude00"']) {
      expect(measureContent(literal(lone)).bytes).toBe(Buffer.byteLength(decodeContent(literal(lone))));
      expect(contentBytes(literal(lone))).toBeUndefined();
    }
    for (const text of TRICKY)
      expect(contentBytes(literal(Buffer.from(JSON.stringify(text)).toString('latin1')))).toEqual(Buffer.from(text));
    // Whatever JSON.parse would reject, or UTF-8 cannot hold, is left to the decoder.
    for (const bad of ['"a\tb"', '"\\x41"', '"\\ud800"', '"\\u12"', '"\xff\xfe"', '"a\u0001b"'])
      expect(contentBytes(literal(bad))).toBeUndefined();
  });

  it('falls back to a full parse for index maps, duplicate keys and odd elements', () => {
    expect(splitSourcesContent(Buffer.from('{"version":3,"sections":[],"sourcesContent":["a"]}'))).toBeUndefined();
    expect(splitSourcesContent(Buffer.from('{"sourcesContent":["a"],"sourcesContent":["b"]}'))).toBeUndefined();
    expect(splitSourcesContent(Buffer.from('{"sourcesContent":["a",1]}'))).toBeUndefined();
    expect(splitSourcesContent(Buffer.from('not json'))).toBeUndefined();
  });

  it('gives the same analysis as the full parse, and the same credential findings', () => {
    const key = fakeCredentials().github;
    const data = bigMap();
    const withSecret = Buffer.from(data.toString().replace('plain ascii only', `token = '${key}'`));
    expect(withSecret.length).toBeGreaterThan(1024 * 1024);
    const contents = createContents([
      { path: 'cli.js.map', data: withSecret },
      { path: 'package.json', data: '{"name":"x"}' },
    ]);
    const analysis = analyseMaps(contents);
    expect(analysis.sources[0]!.raw).toBeDefined();
    // The TRICKY sources are too small to hold logic (no-code); the 300 fillers are leaks.
    expect(analysis.maps[0]).toMatchObject({ sources: 305, withContent: 304, recoverable: 300 });
    expect(analysis.sources.map((source) => source.content)).toEqual(
      (JSON.parse(withSecret.toString()).sourcesContent as unknown[]).filter((c) => c !== null),
    );
    const findings = secretRules.check({ contents, policy: DEFAULT_POLICY, sourceMaps: analysis });
    expect(findings).toMatchObject([{ rule: 'secret', path: 'cli.js.map', source: '../src/f3.ts', line: 1, column: 10 }]);
  });

  it('notices maps that escape ASCII, which would hide keywords from a raw prefilter', () => {
    expect(hasEscapedAscii(Buffer.from('{"a":"x\\/y"}'))).toBe(true);
    expect(hasEscapedAscii(Buffer.from('{"a":"\\u0041KIA"}'))).toBe(true);
    expect(hasEscapedAscii(Buffer.from('{"a":"regex \\\\/ and \\\\u0041 as text, \\u00e9"}'))).toBe(false);
  });

  it('knows about escapes from the measured elements exactly as a search of the whole map does', () => {
    // Element texts mixing every kind of backslash sequence, malformed \u escapes included, and
    // escapes outside sourcesContent (in sources and extra fields).
    const piece = fc.constantFrom(
      'a',
      'KIA',
      '\\n',
      '\\\\',
      '\\/',
      '\\\\/',
      '\\u0041',
      '\\u00e9',
      '\\uZZ',
      '\\u00',
      '\\u+041',
      '\\"',
      '\\r\\n',
      '/',
      'u0041',
    );
    const literal = fc.array(piece, { maxLength: 8 }).map((parts) => `"${parts.join('')}"`);
    const map = fc.record({
      contents: fc.array(fc.oneof(literal, fc.constant('null')), { minLength: 1, maxLength: 5 }),
      source: literal,
      extra: literal,
    });
    fc.assert(
      fc.property(map, ({ contents, source, extra }) => {
        const data = Buffer.from(
          `{"version":3,"sources":[${source}],"mappings":"AAAA","sourcesContent":[${contents.join(',')}],"x_extra":${extra}}`,
        );
        const split = splitSourcesContent(data);
        if (!split) return;
        const refs = split.contents.filter((ref): ref is ContentRef => ref !== null);
        expect(hasEscapedAsciiAround(data, refs)).toBe(hasEscapedAscii(data));
        expect(hasEscapedAsciiAround(data, refs.slice(1))).toBe(hasEscapedAscii(data));
      }),
      { numRuns: 2000, seed: 12 },
    );
  });
});

describe('URLs in findings', () => {
  it('never echo a password or token from a remote sourceMappingURL', () => {
    const token = ['tok', 'en', '123456789abcdef'].join('');
    const js = `x();\n//# ${'source'}MappingURL=https://deploy:${token}@maps.example.com/a.js.map\n`;
    const analysis = analyseMaps(createContents([{ path: 'a.js', data: js }]));
    const text = JSON.stringify(analysis);
    expect(text).not.toContain(token);
    expect(analysis.findings).toMatchObject([{ rule: 'sourcemap/remote-url', url: 'https://deploy:***@maps.example.com/a.js.map' }]);
  });
});

describe('URL redaction', () => {
  it('masks passwords containing @, lone user tokens and query values', async () => {
    const { redactUrl, redactUrlsIn } = await import('../src/redact.js');
    expect(redactUrl('https://deploy:p@ss@cdn.example.com/a.js.map')).toBe('https://deploy:***@cdn.example.com/a.js.map');
    expect(redactUrl('https://tok123@github.com/x')).toBe('https://***@github.com/x');
    expect(redactUrl('https://cdn.example.com/c.js.map?access_token=abc&v=2')).toBe(
      'https://cdn.example.com/c.js.map?access_token=***&v=***',
    );
    expect(redactUrl('https://cdn.example.com/plain.js.map')).toBe('https://cdn.example.com/plain.js.map');
    expect(redactUrlsIn('500 - GET http://u:pw@127.0.0.1:1/foo failed')).toBe('500 - GET http://u:***@127.0.0.1:1/foo failed');
    // npm tokens outside URLs, through @npmcli/redact (the token is built here, never stored whole).
    expect(redactUrlsIn(`401: token ${['npm', 'A1b2C3d4'.repeat(5)].join('_')} was rejected`)).toBe('401: token npm_*** was rejected');
  });
});

describe('credentials in a map outside its recovered sources', () => {
  const key = fakeCredentials().github;
  const scan = (map: string | Buffer) => {
    const contents = createContents([{ path: 'cli.js.map', data: map }]);
    return secretRules.check({ contents, policy: DEFAULT_POLICY, sourceMaps: analyseMaps(contents) });
  };

  it('finds one in an extra field, at its line and column in the map file', () => {
    const map = `{\n  "version": 3,\n  "sources": ["a.ts"],\n  "sourcesContent": ["export {}"],\n  "mappings": "AAAA",\n  "x_deploy": "${key}"\n}\n`;
    expect(scan(map)).toMatchObject([{ rule: 'secret', kind: 'github-pat', path: 'cli.js.map', line: 6, column: 16 }]);
    expect(scan(map)[0]!.source).toBeUndefined();
  });

  it('finds one hidden in a duplicate sourcesContent key that JSON.parse shadows, once', () => {
    const map = `{"version":3,"sources":["a.ts"],"sourcesContent":["t='${key}'"],"sourcesContent":["export {}"],"mappings":"AAAA"}`;
    expect(scan(map).map((finding) => [finding.kind, finding.path, finding.source])).toEqual([['github-pat', 'cli.js.map', undefined]]);
  });

  it('does not report a credential twice when the map is scanned whole', () => {
    const map = `{"version":3,"sections":[],"sources":["a.ts"],"sourcesContent":["t='${key}'"],"mappings":"AAAA"}`;
    const findings = scan(map);
    expect(findings.filter((finding) => finding.kind === 'github-pat')).toHaveLength(1);
  });

  it('does not let an escaped key smuggle sourcesContent past the large-map reader', () => {
    const filler = 'x'.repeat(1024 * 1024);
    const map = `{"version":3,"sources":["a.ts","b.ts"],"sourcesContent":["${filler}",null],"sources\\u0043ontent":["${filler}","t='${key}'"],"mappings":"AAAA"}`;
    expect(scan(Buffer.from(map)).map((finding) => [finding.kind, finding.source])).toEqual([['github-pat', 'b.ts']]);
  });
});

describe('hostile index maps', () => {
  const nested = (depth: number, inner: object): object => {
    let map: object = inner;
    for (let i = 0; i < depth; i++) map = { version: 3, sections: [{ offset: { line: 0, column: 0 }, map }] };
    return map;
  };
  const leaf = { version: 3, sources: ['../src/hidden.ts'], sourcesContent: [logic('hidden')], mappings: 'AAAA' };

  it('still reads sources an index map carries beside its sections', () => {
    const map = JSON.stringify({ ...leaf, sections: [] });
    const analysis = analyseMaps(createContents([{ path: 'x.js.map', data: map }]));
    expect(analysis.findings.map((finding) => finding.rule)).toContain('sourcemap/embedded-sources');
  });

  it('reads nesting up to the limit, and records a gap past it instead of passing', () => {
    const ok = analyseMaps(createContents([{ path: 'x.js.map', data: JSON.stringify(nested(30, leaf)) }]));
    expect(ok.maps[0]).toMatchObject({ recoverable: 1 });
    expect(ok.gaps).toBeUndefined();
    const deep = analyseMaps(createContents([{ path: 'x.js.map', data: JSON.stringify(nested(34, leaf)) }]));
    expect(deep.gaps).toMatchObject([{ code: 'unreadable', path: 'x.js.map' }]);
    expect(deep.maps[0]).toMatchObject({ valid: false });
  });

  it('survives 3,000 levels without overflowing the stack', () => {
    // Built as text: JSON.stringify itself would overflow on such an object.
    const open = '{"version":3,"sections":[{"offset":{"line":0,"column":0},"map":'.repeat(3000);
    const text = `${open}${JSON.stringify(leaf)}${'}]}'.repeat(3000)}`;
    const deep = analyseMaps(createContents([{ path: 'x.js.map', data: text }]));
    expect(deep.gaps).toHaveLength(1);
  });
});

describe('labels', () => {
  it('names a content element without a sources entry by its place in the map', () => {
    const map = JSON.stringify({ version: 3, sources: ['a.ts'], sourcesContent: ['a', 'orphan content'], mappings: 'AAAA' });
    const analysis = analyseMaps(createContents([{ path: 'x.js.map', data: map }]));
    expect(analysis.sources.map((source) => source.source)).toEqual(['a.ts', 'sourcesContent[1]']);
  });
});
