// @ts-check
/**
 * `npm run bench:linear`: the hostile shapes that made leakproof quadratic or worse, each
 * measured at size n and 2n. Linear cost shows as a ratio near 2; a ratio past 2.6 fails the run
 * (exit 1). CPU time of the best of 3 runs, in this process, on the built dist/.
 *
 * Usage: node bench/linear.js [--scale 1] [part of a case name, to run only that case]
 */
import { Readable } from 'node:stream';
import { buildTarball } from '../fixtures/lib/tar-writer.js';
import { numericFlag } from './generate.js';

const dist = new URL('../dist/', import.meta.url);
const { judge: evaluate } = await import(new URL('check.js', dist).href);
const { DEFAULT_POLICY } = await import(new URL('policy/policy.js', dist).href);
const { createContents } = await import(new URL('tarball/contents.js', dist).href);
const { readTarball, DEFAULT_LIMITS } = await import(new URL('tarball/read-tarball.js', dist).href);
const { scanText } = await import(new URL('secrets/scan-text.js', dist).href);
const { redactValue } = await import(new URL('report/redact-report.js', dist).href);
const { parseMapText } = await import(new URL('sourcemaps/read-map.js', dist).href);

const scale = numericFlag(process.argv.slice(2), 'scale', 1);
const MAX_RATIO = 2.6;

/** @param {number} n */
const pkg = (n) => [{ path: 'package.json', data: `{"name":"linear-${n}","version":"1.0.0"}` }];

/**
 * Each case builds its input for size n (outside the timing) and returns the work to time.
 * @type {Record<string, (n: number) => () => unknown>}
 */
const CASES = {
  // measureContent searched past each element to the next backslash: quadratic in elements.
  'lazy map, n sources without escapes': (n) => {
    const map = JSON.stringify({
      version: 3,
      sources: Array.from({ length: n }, (_, i) => `../src/f${i}.ts`),
      sourcesContent: Array.from({ length: n }, (_, i) => `export const v${i} = 1;`),
      mappings: 'AAAA',
      names: ['\\'],
    });
    const contents = createContents([...pkg(n), { path: 'dist/a.js.map', data: map }]);
    return () => evaluate(contents, DEFAULT_POLICY);
  },
  'damaged map, n sources salvaged': (n) => {
    const text = `{"sources":[${Array.from({ length: n }, (_, i) => `"f${i}.ts",`).join('')}], "sourcesContent":[${Array.from({ length: n }, (_, i) => `"code ${i}",`).join('')}] ] garbage`;
    return () => parseMapText(text);
  },
  'n inline data: maps in one file': (n) => {
    const url = (/** @type {number} */ i) =>
      `data:application/json;base64,${Buffer.from(JSON.stringify({ version: 3, sources: [`m${i}.ts`], sourcesContent: [`export const m${i} = ${i};`], mappings: 'AAAA' })).toString('base64')}`;
    const text = Array.from({ length: n }, (_, i) => `eval("m${i}()\\n//# sourceMappingURL=${url(i)}");`).join('\n');
    const contents = createContents([...pkg(n), { path: 'dist/bundle.js', data: text }]);
    return () => evaluate(contents, DEFAULT_POLICY);
  },
  // Each map's sources were compared with the bundle by indexing the whole bundle per map.
  'n inline maps with code in one bundle': (n) => {
    const code = (/** @type {number} */ i) =>
      `export function total${i}(items, rate) {\n  return items.reduce((sum, item) => sum + item.price * rate${i}, ${i});\n}\n`;
    const url = (/** @type {number} */ i) =>
      `data:application/json;base64,${Buffer.from(JSON.stringify({ version: 3, sources: [`m${i}.ts`], sourcesContent: [code(i)], mappings: 'AAAA' })).toString('base64')}`;
    const text = Array.from({ length: n }, (_, i) => `${code(i).replace('export ', '')}//# sourceMappingURL=${url(i)}\n`).join('');
    const contents = createContents([...pkg(n), { path: 'dist/bundle.js', data: text }]);
    return () => evaluate(contents, DEFAULT_POLICY);
  },
  // Recovered sources were compared with every shipped file of the same length (issue 9: a
  // 273 KB tarball took 57 s).
  'n sources as long as n shipped files, none equal': (n) => {
    const body = (/** @type {string} */ tag, /** @type {number} */ i) => `${tag}${String(i).padStart(8, '0')}`.padEnd(200, 'x');
    const files = Array.from({ length: n }, (_, i) => ({ path: `lib/f${i}.js`, data: body('a', i) }));
    const map = JSON.stringify({
      version: 3,
      sources: Array.from({ length: n }, (_, i) => `../src/s${i}.ts`),
      sourcesContent: Array.from({ length: n }, (_, i) => body('b', i)),
      mappings: 'AAAA',
    });
    const contents = createContents([...pkg(n), ...files, { path: 'dist/x.js.map', data: map }]);
    return () => evaluate(contents, DEFAULT_POLICY);
  },
  'n duplicate tar entries': (n) => {
    const tgz = buildTarball([...pkg(n), ...Array.from({ length: n }, (_, i) => ({ path: 'index.js', data: String(i) }))]);
    return () => readTarball(Readable.from([tgz]), DEFAULT_LIMITS);
  },
  'n files in n nested folders': (n) => {
    const tgz = buildTarball([...pkg(n), ...Array.from({ length: n }, (_, i) => ({ path: `${'d/'.repeat(i % 60)}f${i}.js`, data: '1' }))]);
    return () => readTarball(Readable.from([tgz]), DEFAULT_LIMITS);
  },
  'credential scan, n KB of case-insensitive keyword hits': (n) => {
    const text = 'Secret secReT cCcC TwIlIo '.repeat(n * 40);
    return () => scanText(text);
  },
  // Comment placement walked up a comment block per credential; the lexer runs once per file.
  'n credentials in comments of one readable file': (n) => {
    const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    const key = (/** @type {number} */ i) =>
      ['AK', 'IA', ...Array.from({ length: 16 }, (_, k) => b32[(i * 7 + k * 13 + (i >> (k % 8))) % 32])].join('');
    const text = Array.from({ length: n }, (_, i) =>
      i % 2 ? `const u${i} = "https://cdn.acme.io/${i}"; // ${key(i)}` : ` * e.g. ${key(i)} "/*"`,
    ).join('\n');
    const contents = createContents([...pkg(n), { path: 'lib/keys.js', data: `/**\n${text}\n */\n` }]);
    return () => evaluate(contents, DEFAULT_POLICY);
  },
  'output redaction, n strings': (n) => {
    const value = { files: Array.from({ length: n }, (_, i) => ({ path: `src/https://u:p${i}@h/x${i}.ts`, size: i })) };
    return () => redactValue(value);
  },
};

/** @param {() => unknown} work */
async function cpuMs(work) {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage();
    await work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const SIZES = {
  'n inline maps with code in one bundle': 1000,
  'n sources as long as n shipped files, none equal': 4000,
  'lazy map, n sources without escapes': 40_000,
  'damaged map, n sources salvaged': 100_000,
  'n inline data: maps in one file': 2000,
  'n duplicate tar entries': 20_000,
  'n files in n nested folders': 10_000,
  'credential scan, n KB of case-insensitive keyword hits': 1000,
  'output redaction, n strings': 20_000,
  'n credentials in comments of one readable file': 4000,
};

const only = process.argv.slice(2).find((arg) => !arg.startsWith('--') && Number.isNaN(Number(arg)));
const rows = [];
let failed = false;
for (const [name, build] of Object.entries(CASES)) {
  if (only && !name.includes(only)) continue;
  process.stderr.write(`${name} ...\n`);
  const n = Math.max(1, Math.round((SIZES[/** @type {keyof typeof SIZES} */ (name)] ?? 1000) * scale));
  const one = await cpuMs(build(n));
  const two = await cpuMs(build(2 * n));
  const ratio = two / Math.max(one, 0.01);
  const linear = ratio <= MAX_RATIO;
  failed ||= !linear;
  rows.push(
    `| ${name} | ${n.toLocaleString('en-US')} | ${one.toFixed(0)} | ${two.toFixed(0)} | ${ratio.toFixed(2)}× | ${linear ? 'yes' : 'NO'} |`,
  );
}
process.stdout.write(
  `${['| Hostile shape | n | n (ms) | 2n (ms) | Growth | Linear (≤ 2.6×) |', '|---|--:|--:|--:|--:|---|', ...rows].join('\n')}\n`,
);
process.exitCode = failed ? 1 : 0;
