/**
 * Exposure, not presence (docs/sourcemaps.md#exposure): each false-positive class seen on real
 * packages, rebuilt from sources we write, must not be an error; each true-leak shape must stay one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createContents, type FileInput } from '../src/tarball/contents.js';
import { logic, SECRET_SOURCE } from './helpers/leaking-source.js';
import { analyseMaps } from './helpers/source-maps.js';

const SMU = 'source' + 'MappingURL';
const map = (sources: string[], sourcesContent: string[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 3, names: [], mappings: 'AAAA', sources, sourcesContent, ...extra });

function analyse(files: FileInput[], manifest: Record<string, unknown> = { name: 'pkg', version: '1.0.0' }) {
  return analyseMaps(createContents([{ path: 'package.json', data: JSON.stringify(manifest) }, ...files]));
}
const errors = (analysis: ReturnType<typeof analyse>) =>
  analysis.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.rule);
const classes = (analysis: ReturnType<typeof analyse>) =>
  analysis.sources.map((source) => [source.resolved, source.classification, source.reason]);

/** A TypeScript module with types, comments and logic, and what tsc's CommonJS output of it looks like. */
const TS_SOURCE = [
  "import { readFile } from 'node:fs/promises';",
  '',
  '/** A parsed setting. */',
  'export interface Setting { key: string; value: number }',
  '',
  '// Parse "key=value" lines, skipping comments.',
  'export function parseSettings(text: string): Setting[] {',
  '  const settings: Setting[] = [];',
  "  for (const line of text.split('\\n')) {",
  "    if (line.startsWith('#') || !line.includes('=')) continue;",
  "    const [key, raw] = line.split('=') as [string, string];",
  '    settings.push({ key: key.trim(), value: Number(raw) });',
  '  }',
  '  return settings;',
  '}',
  '',
  'export async function loadSettings(path: string): Promise<Setting[]> {',
  "  return parseSettings(await readFile(path, 'utf8'));",
  '}',
  '',
].join('\n');
const TSC_OUTPUT = [
  '"use strict";',
  'Object.defineProperty(exports, "__esModule", { value: true });',
  'exports.parseSettings = parseSettings;',
  'exports.loadSettings = loadSettings;',
  'const promises_1 = require("node:fs/promises");',
  'function parseSettings(text) {',
  '    const settings = [];',
  "    for (const line of text.split('\\n')) {",
  "        if (line.startsWith('#') || !line.includes('='))",
  '            continue;',
  "        const [key, raw] = line.split('=');",
  '        settings.push({ key: key.trim(), value: Number(raw) });',
  '    }',
  '    return settings;',
  '}',
  'async function loadSettings(path) {',
  "    return parseSettings(await (0, promises_1.readFile)(path, 'utf8'));",
  '}',
  `//# ${SMU}=settings.js.map`,
  '',
].join('\n');

describe('code the package ships readable anyway is a warning, not a leak', () => {
  it('tsc output beside its map: readable-sources', () => {
    const result = analyse([
      { path: 'dist/settings.js', data: TSC_OUTPUT },
      { path: 'dist/settings.js.map', data: map(['../src/settings.ts'], [TS_SOURCE]) },
    ]);
    expect(classes(result)).toEqual([['src/settings.ts', 'readable', 'shown-in-generated']]);
    expect(result.findings.map((finding) => [finding.rule, finding.severity])).toEqual([['sourcemap/readable-sources', 'warning']]);
    expect(result.maps[0]).toMatchObject({ recoverable: 0, readable: 1, readableBytes: Buffer.byteLength(TS_SOURCE) });
  });

  it('an unminified bundle that dropped an unused export (tree shaking) still shows its sources', () => {
    const bundle = [
      'function parseSettings(text) {',
      '  const settings = [];',
      "  for (const line of text.split('\\n')) {",
      "    if (line.startsWith('#') || !line.includes('=')) continue;",
      "    const [key, raw] = line.split('=');",
      '    settings.push({ key: key.trim(), value: Number(raw) });',
      '  }',
      '  return settings;',
      '}',
      'function cartTotal(items, region) {',
      "  const rate = region === 'cart-eu' ? 1.2 : region === 'cart-us' ? 1.07 : 1;",
      '  return items.reduce((sum, item) => sum + item.price * item.count * rate, 0);',
      '}',
      'export { cartTotal, parseSettings };',
      `//# ${SMU}=bundle.js.map`,
    ].join('\n');
    const result = analyse([
      { path: 'dist/bundle.js', data: bundle },
      { path: 'dist/bundle.js.map', data: map(['../src/settings.ts', '../src/cart.ts'], [TS_SOURCE, logic('cart')]) },
    ]);
    expect(errors(result)).toEqual([]);
    expect(result.sources.map((source) => source.classification)).toEqual(['readable', 'readable']);
  });

  it('locale files that differ from their .ts only by types, and the same sources in esm and cjs maps', () => {
    const locale = (typed: boolean) =>
      `const u = undefined;\nfunction plural(n${typed ? ': number' : ''})${typed ? ': number' : ''} {\n  const i = Math.floor(Math.abs(n));\n  if (i === 1) return 1;\n  return 5;\n}\nexport default ['fr', [['AM', 'PM'], u, u], u, [['D', 'L', 'M', 'M', 'J', 'V', 'S'], ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.']], u, plural];\n`;
    const result = analyse([
      { path: 'locales/fr.js', data: `${locale(false)}//# ${SMU}=fr.js.map\n` },
      { path: 'locales/fr.js.map', data: map(['fr.ts'], [locale(true)]) },
      { path: 'locales/fr.min.js', data: 'export default["fr",[["AM","PM"]]];' },
      { path: 'locales/fr.min.js.map', data: map(['fr.ts'], [locale(true)]) },
    ]);
    expect(errors(result)).toEqual([]);
    expect(result.sources.map((source) => source.reason)).toEqual(['shown-in-generated', 'same-as-readable']);
    expect(result.unique).toEqual({ recoverable: 0, readable: 1 });
  });

  it('re-export stubs, type-only files, declaration files and stylesheets hold no code to leak', () => {
    const stub = "export * from './a';\nexport { b as c } from './b';\nexport type { T } from './t';\n";
    const types = 'export interface Options {\n  name: string;\n  retries?: number;\n}\nexport type Mode = "fast" | "safe";\n';
    const result = analyse([
      { path: 'cli.js', data: 'var a=1;' },
      {
        path: 'cli.js.map',
        data: map(
          ['../src/index.ts', '../src/types.ts', '../src/api.d.ts', '../src/theme.scss'],
          [stub, types, 'declare const x: number;', '.a { color: $red; }'],
        ),
      },
    ]);
    expect(classes(result).map(([, classification, reason]) => [classification, reason])).toEqual([
      ['readable', 'no-code'],
      ['readable', 'no-code'],
      ['readable', 'no-code'],
      ['readable', 'stylesheet'],
    ]);
    expect(errors(result)).toEqual([]);
  });
});

describe('dependency code is third-party', () => {
  it('by the dependencies package.json declares: sibling folder, scoped folder names; never a namespace the build chose', () => {
    const manifest = { name: '@acme/app', version: '1.0.0', dependencies: { 'left-pad': '1', '@acme/engine': '2', '@next/env': '3' } };
    const result = analyse(
      [
        { path: 'dist/app.js', data: 'x' },
        {
          path: 'dist/app.js.map',
          data: map(
            ['webpack://left-pad/./index.js', '../../engine/src/run.ts', '../../next-env/dist/index.js', '../src/left-pad/own.ts'],
            [logic('pad'), logic('run'), logic('env'), logic('own')],
          ),
        },
      ],
      manifest,
    );
    // `webpack://left-pad/` is the name the build gave itself: its sources are the package's own.
    // `../../next-env/` is not @next/env's folder for a package outside Next's monorepo.
    expect(result.sources.map((source) => source.reason)).toEqual(['absent', 'dependency', 'absent', 'absent']);
  });

  it("folder aliases only for the target's own monorepo: next and @next/env, never @types/utils and ../utils", () => {
    const manifest = { name: 'next', version: '1.0.0', dependencies: { '@next/env': '3', '@types/utils': '1' } };
    const result = analyse(
      [
        { path: 'dist/app.js', data: 'x' },
        {
          path: 'dist/app.js.map',
          data: map(
            ['../../next-env/dist/index.js', '../../utils/secret.ts', '../../@types/utils/index.js'],
            [logic('env'), logic('secret'), logic('types')],
          ),
        },
      ],
      manifest,
    );
    expect(result.sources.map((source) => source.reason)).toEqual(['dependency', 'absent', 'dependency']);
  });

  it('by content: a published tslib file copied into the build is a known helper', () => {
    const require = createRequire(import.meta.url);
    const tslib = readFileSync(require.resolve('tslib/tslib.es6.js'), 'utf8');
    const result = analyse([
      { path: 'dist/umd.js', data: 'x' },
      { path: 'dist/umd.js.map', data: map(['dist/cjs/tslib/tslib.es6.js'], [tslib]) },
    ]);
    expect(classes(result)).toEqual([['dist/dist/cjs/tslib/tslib.es6.js', 'third-party', 'known-helper']]);
    expect(errors(result)).toEqual([]);
  });
});

describe('true leaks stay errors', () => {
  it('a minified bundle whose map embeds first-party sources (the 2026 incident)', () => {
    const minified = `var a=function(b,c){var d=b==="enterprise"?499:99,e=c>50?.8:c>10?.9:1;return Math.round(d*c*e)};${'var f=g(h,1);'.repeat(60)}`;
    const result = analyse([
      { path: 'cli.js', data: minified },
      { path: 'cli.js.map', data: map(['../src/pricing.ts'], [SECRET_SOURCE]) },
    ]);
    expect(classes(result)).toEqual([['../src/pricing.ts', 'first-party', 'minified']]);
    expect(errors(result)).toEqual(['sourcemap/embedded-sources']);
  });

  it('the ignoreList trick: listing a private source as ignored does not make it third-party', () => {
    const result = analyse([
      { path: 'dist/index.js', data: 'module.exports=1;' },
      { path: 'dist/index.js.map', data: map(['../src/pricing.ts'], [SECRET_SOURCE], { ignoreList: [0] }) },
    ]);
    expect(result.sources[0]).toMatchObject({ classification: 'first-party', ignored: true });
    expect(errors(result)).toEqual(['sourcemap/embedded-sources']);
  });

  it('secret code beside a readable bundle that does not contain it', () => {
    const result = analyse([
      { path: 'dist/settings.js', data: TSC_OUTPUT },
      { path: 'dist/settings.js.map', data: map(['../src/settings.ts', '../src/pricing.ts'], [TS_SOURCE, SECRET_SOURCE]) },
    ]);
    expect(result.sources.map((source) => source.classification)).toEqual(['readable', 'first-party']);
    expect(errors(result)).toEqual(['sourcemap/embedded-sources']);
  });

  it("a source at a shipped file's path whose content is other code", () => {
    const result = analyse([
      { path: 'src/pricing.ts', data: 'export const price = 1;\n' },
      { path: 'dist/index.js', data: 'module.exports=1;' },
      { path: 'dist/index.js.map', data: map(['../src/pricing.ts'], [SECRET_SOURCE]) },
    ]);
    expect(classes(result)).toEqual([['src/pricing.ts', 'first-party', 'absent']]);
    expect(errors(result)).toEqual(['sourcemap/embedded-sources']);
  });

  it("a folder inside the package named after a dependency is still the package's own", () => {
    const result = analyse(
      [
        { path: 'dist/index.js', data: 'x' },
        { path: 'dist/index.js.map', data: map(['../src/lodash/pricing.ts'], [SECRET_SOURCE]) },
      ],
      { name: 'pkg', version: '1.0.0', dependencies: { lodash: '4' } },
    );
    expect(errors(result)).toEqual(['sourcemap/embedded-sources']);
  });
});

describe("names are the map's word, not proof", () => {
  it('secret code in a source named like a stylesheet, a template or a declaration file is still compared', () => {
    const result = analyse([
      { path: 'dist/index.js', data: 'module.exports=1;' },
      {
        path: 'dist/index.js.map',
        data: map(
          ['../src/pricing.css', '../src/pricing.html', '../src/pricing.d.ts'],
          [SECRET_SOURCE, SECRET_SOURCE.replace('priceFor', 'quote'), SECRET_SOURCE.replace('priceFor', 'offer')],
        ),
      },
    ]);
    expect(result.sources.map((source) => source.classification)).toEqual(['first-party', 'first-party', 'first-party']);
    expect(errors(result)).toEqual(['sourcemap/embedded-sources']);
  });

  it('real stylesheets and templates, Sass functions included, are markup', () => {
    const scss = '@function rem($px) {\n  @return math.div($px, 16px) * 1rem;\n}\n.card { padding: rem(24px); }\n';
    const result = analyse([
      { path: 'dist/index.js', data: 'module.exports=1;' },
      { path: 'dist/index.js.map', data: map(['../src/card.scss', '../src/card.html'], [scss, '<div class="card">{{ title }}</div>\n']) },
    ]);
    expect(result.sources.map((source) => source.reason)).toEqual(['stylesheet', 'markup']);
  });
});

describe("a hostile or careless publisher cannot pass exposed code off as readable or as someone else's", () => {
  it('names shown around literals that are not shipped do not vouch for them', () => {
    const endpoints = Array.from({ length: 12 }, (_, i) => `https://internal-${i}.corp.invalid/v${i}`);
    const source = [
      'export function routeFor(kind: string, region: string, tier: string) {',
      ...endpoints.map((url, i) => `  route(kind, '${url}', region, ${1000 + i}, tier, '${url}/v2');`),
      '}',
      '',
    ].join('\n');
    const shipped = [
      'function routeFor(kind, region, tier) {',
      ...endpoints.map(() => '  route(kind, region, tier);'),
      '}',
      'module.exports = { routeFor };',
    ].join('\n');
    const result = analyse([
      { path: 'dist/index.js', data: shipped },
      { path: 'dist/index.js.map', data: map(['../src/routes.ts'], [source]) },
    ]);
    expect(classes(result)).toEqual([['src/routes.ts', 'first-party', 'absent']]);
  });

  it('a data module is shown only when its numbers ship too', () => {
    const source = [
      'export const PLANS = {',
      ...Array.from({ length: 8 }, (_, i) => `  'plan-name-${i}': ${7919 * (i + 3)},`),
      '};',
      '',
    ].join('\n');
    const shipped = [
      'const PLANS = {',
      ...Array.from({ length: 8 }, (_, i) => `  'plan-name-${i}': 0,`),
      '};',
      'exports.PLANS = PLANS;',
    ].join('\n');
    const result = analyse([
      { path: 'dist/index.js', data: shipped },
      { path: 'dist/index.js.map', data: map(['../src/plans.ts'], [source]) },
    ]);
    expect(errors(result)).toEqual(['sourcemap/embedded-sources']);
  });

  it('a small minified file that keeps its top-level names is minified: by its .min name, or by its short names on long lines', () => {
    const minified =
      'function priceFor(n,e){const t="enterprise"===n?499:99,r=e>50?.8:e>10?.9:1;return Math.round(t*e*r)}function a(n,e){return priceFor(n,e)}var b=function(n){return n},c=function(n,e){return a(n,e)+b(e)},d=function(n){return c(n,1)};exports.priceFor=priceFor;exports.d=d;';
    for (const name of ['dist/index.min.js', 'dist/index.js']) {
      const result = analyse([
        { path: name, data: minified },
        { path: `${name}.map`, data: map(['../src/pricing.ts'], [SECRET_SOURCE]) },
      ]);
      expect(classes(result), name).toEqual([['src/pricing.ts', 'first-party', 'minified']]);
    }
  });

  it('a component of plain script, or Astro frontmatter, is compared as code', () => {
    const astro = `---\n${SECRET_SOURCE}---\n<div class="price"></div>\n`;
    const result = analyse([
      { path: 'dist/index.js', data: 'module.exports=1;' },
      {
        path: 'dist/index.js.map',
        data: map(['../src/pricing.vue', '../src/Price.astro'], [SECRET_SOURCE.replace('priceFor', 'quote'), astro]),
      },
    ]);
    expect(result.sources.map((source) => source.classification)).toEqual(['first-party', 'first-party']);
  });

  it('hostile names: a query, a NUL inside the path, a runtime-like or context-like name stay first-party', () => {
    const names = [
      'webpack://app/./src/a.ts?/node_modules/x',
      'src/b\0.ts',
      'webpack:///webpack/runtime/pricing.ts',
      'webpack://app/./src/c sync.ts',
    ];
    const result = analyse([
      { path: 'dist/index.js', data: 'module.exports=1;' },
      {
        path: 'dist/index.js.map',
        data: map(
          names,
          names.map((_, i) => logic(`n${i}`)),
        ),
      },
    ]);
    expect(result.sources.map((source) => source.classification)).toEqual(['first-party', 'first-party', 'first-party', 'first-party']);
  });

  it('the real runtime and virtual names stay third-party', () => {
    const names = [
      'webpack:///webpack/runtime/define property getters',
      'webpack://app/webpack/bootstrap',
      '\0commonjsHelpers.js',
      'webpack://app/./src/locales sync recursive ^\\.\\/.*\\.json$',
      'webpack://app/external "fs"',
    ];
    const result = analyse([
      { path: 'dist/index.js', data: 'module.exports=1;' },
      {
        path: 'dist/index.js.map',
        data: map(
          names,
          names.map((_, i) => logic(`r${i}`)),
        ),
      },
    ]);
    expect(result.sources.map((source) => source.classification)).toEqual([
      'third-party',
      'third-party',
      'third-party',
      'third-party',
      'third-party',
    ]);
  });

  it('a stylesheet or template that holds declarations or a script element is compared as code', () => {
    const declarations = "const rates = { eu: 1.2, us: 1.07 };\nvar regions = ['eu', 'us', 'apac', 'latam'];\nmodule.exports = rates;\n";
    const page = `<div class="x"></div>\n<script>\n${SECRET_SOURCE.replace('export ', '')}</script>\n`;
    const result = analyse([
      { path: 'dist/index.js', data: 'module.exports=1;' },
      {
        path: 'dist/index.js.map',
        data: map(['../src/rates.css', '../src/page.html'], [declarations + declarations.replace(/rates/g, 'taxes'), page]),
      },
    ]);
    expect(result.sources.map((source) => source.classification)).toEqual(['first-party', 'first-party']);
  });

  it('a stylesheet verdict is not shared with an identical source named as code', () => {
    const calls = Array.from({ length: 8 }, (_, i) => `charge(account${i}, plan${i}, seats${i});`).join('\n');
    const result = analyse([
      { path: 'dist/index.js', data: 'module.exports=1;' },
      { path: 'dist/index.js.map', data: map(['../src/billing.html', '../src/billing.js'], [calls, calls]) },
    ]);
    expect(classes(result)).toEqual([
      ['src/billing.html', 'readable', 'markup'],
      ['src/billing.js', 'first-party', 'absent'],
    ]);
  });

  it('a source identical to a shipped image is not "shipped"', () => {
    const gif = `GIF89a${SECRET_SOURCE}`;
    const result = analyse([
      { path: 'logo.gif', data: gif },
      { path: 'dist/index.js', data: 'module.exports=1;' },
      { path: 'dist/index.js.map', data: map(['../src/logo.ts'], [gif]) },
    ]);
    expect(result.sources[0]?.classification).toBe('first-party');
  });
});
