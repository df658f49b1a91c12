/**
 * Every source map in any disguise is found and its first-party source reported
 * (`sourcemap/embedded-sources`), or the report says what it could not read (a gap): never a
 * pass. Explicit cases for each disguise the security review built, then a property over all
 * combinations (LEAKPROOF_FUZZ_RUNS, default 300; `npm run fuzz` runs long).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge } from '../src/check.js';
import { DEFAULT_POLICY } from '../src/policy/policy.js';
import { createContents } from '../src/tarball/contents.js';
import { disguise, disguisedPackage, type MapDisguise, PLAIN_DISGUISE as PLAIN } from './helpers/disguised-map.js';

const RUNS = Number(process.env.LEAKPROOF_FUZZ_RUNS ?? 300);
const SEED = Number(process.env.LEAKPROOF_FUZZ_SEED ?? 20_261_121);

/** The map's leak is reported at its path, or the read is incomplete. */
async function leakIsReported(d: MapDisguise): Promise<boolean> {
  const { files, mapPath } = disguisedPackage(d);
  const contents = createContents(files);
  const { findings, analysis } = await judge(contents, DEFAULT_POLICY);
  if ((analysis.gaps ?? []).length > 0) return true;
  return findings.some((finding) => finding.rule === 'sourcemap/embedded-sources' && finding.path === mapPath);
}

describe('source maps in disguise', () => {
  it.each<[string, Partial<MapDisguise>]>([
    ['a plain .map', {}],
    ['a gzipped map (*.map.gz)', { container: 'map.gz' }],
    ['a brotli map (*.map.br)', { container: 'map.br' }],
    ['a gzipped bundle with an inline map (*.js.gz)', { container: 'inline-js.gz' }],
    ['a long whitespace preamble', { preamble: 'whitespace', container: 'map.js' }],
    ['UTF-16 with a byte order mark', { encoding: 'utf16le-bom' }],
    ['UTF-16 without a byte order mark, under another name', { encoding: 'utf16le', container: 'json' }],
    ['UTF-16 big-endian', { encoding: 'utf16be-bom', container: 'extensionless' }],
    ['escaped keys', { keys: 'escaped', container: 'json' }],
    ['a very long first key', { keys: 'long-key-first', container: 'extensionless' }],
    ['no version', { version: false, container: 'map.js' }],
    ['a *.map.js name', { container: 'map.js' }],
    ['a trailing comma', { damage: 'trailing-comma' }],
    ['trailing bytes', { damage: 'trailing-bytes', container: 'json' }],
    ['comments', { damage: 'comment' }],
    ['an inline map in an extensionless bin script', { container: 'inline-bin' }],
    ['an inline map in HTML', { container: 'inline-html' }],
    ['an inline map in a Vue single-file component', { container: 'inline-vue' }],
    ['an inline map with code after the comment', { container: 'inline-js-code-after' }],
    ['inline maps inside eval strings (webpack eval-source-map)', { container: 'inline-eval' }],
    ['a percent-encoded inline map', { container: 'inline-js-code-after', dataUrl: 'percent' }],
  ])('reports %s', async (_name, overrides) => {
    expect(await leakIsReported({ ...PLAIN, ...overrides })).toBe(true);
  });

  it(`reports the leak in every combination of disguises (${RUNS} cases, seed ${SEED})`, async () => {
    await fc.assert(fc.asyncProperty(disguise, leakIsReported), { numRuns: RUNS, seed: SEED });
  });

  it('leaves ordinary JSON and code that mention map keys alone', async () => {
    const contents = createContents([
      { path: 'package.json', data: '{"name":"x","version":"1.0.0"}' },
      { path: 'data/routes.json', data: '{"mappings": {"a": "b"}, "note": "caf\\u00e9 \\/ bar"}' },
      { path: 'lib/block.js', data: '{ const mappings = "sourcesContent"; }\n' },
      { path: 'lib/url.js', data: 'const empty = "data:application/json,{}";\n' },
    ]);
    const { findings } = await judge(contents, DEFAULT_POLICY);
    expect(findings.filter((finding) => finding.rule.startsWith('sourcemap/'))).toEqual([]);
  });
});
