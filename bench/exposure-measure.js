// @ts-check
/**
 * `npm run exposure-measure`: the measurement behind the exposure thresholds
 * (docs/sourcemaps.md#exposure). For every package of the real-world list whose maps embed
 * first-party sources, each non-trivial source is compared with:
 * - its own map's generated file, when that file is readable (a true pair: the code is there);
 * - the generated file of another map of the same package that embeds no source of the same name
 *   (a foreign pair: what a source whose code is absent looks like, with the package's own
 *   vocabulary, the hardest case).
 * It prints the share of each kind of pair at or above each overlap, and where the threshold
 * `READABLE_OVERLAP` falls. Needs the registry (npm's cache makes reruns fast).
 *
 * Usage: node bench/exposure-measure.js [--list packages|holdout] [--only <substring>]
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseSourceMaps } from '../dist/sourcemaps/analyse-source-maps.js';
import { indexCode, overlap, shippedCode, sourceCode, TokenVocabulary } from '../dist/sourcemaps/code-overlap.js';
import { codeShape, withoutMapComment } from '../dist/sourcemaps/code-shape.js';
import { MIN_CODE_TOKENS, READABLE_OVERLAP } from '../dist/sourcemaps/exposure.js';
import { decodeText } from '../dist/tarball/contents.js';
import { DEFAULT_LIMITS } from '../dist/tarball/read-tarball.js';
import { resolveTarget } from '../dist/target/resolve-target.js';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const flag = (/** @type {string} */ name) => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
const list = flag('list') ?? 'packages';
const only = flag('only');
/** @type {{ spec: string }[]} */
const packages = JSON.parse(readFileSync(join(ROOT, `bench/realworld/${list}.json`), 'utf8')).filter(
  (/** @type {{ spec: string }} */ p) => !only || p.spec.includes(only),
);

/** @type {number[]} */
const own = [];
/** @type {number[]} */
const foreign = [];
/** @type {Map<string, { pairs: number, above: number }>} */
const foreignBySpec = new Map();
const stem = (/** @type {string} */ path) => path.slice(path.lastIndexOf('/') + 1).replace(/\..*$/, '');

for (const { spec } of packages) {
  let target;
  try {
    target = await resolveTarget(spec, { cwd: ROOT, env: process.env, limits: DEFAULT_LIMITS });
  } catch {
    continue;
  }
  const { contents } = target;
  const analysis = analyseSourceMaps(contents);
  const vocabulary = new TokenVocabulary();
  /** @type {{ sources: import('../dist/index.js').RecoveredSource[], file: string }[]} */
  const maps = [];
  for (const map of analysis.maps) {
    const file =
      map.generated[0] ?? (map.path.endsWith('.map') && contents.byPath.has(map.path.slice(0, -4)) ? map.path.slice(0, -4) : undefined);
    if (!file) continue;
    const text = withoutMapComment(decodeText(/** @type {Buffer} */ (contents.byPath.get(file)?.data)));
    if (codeShape(text).minified) continue;
    const sources = analysis.sources.filter(
      (source) => source.map === map.path && (source.classification === 'first-party' || source.classification === 'readable'),
    );
    if (sources.length > 0) maps.push({ sources, file });
  }
  const codeOf = (/** @type {string} */ file) =>
    shippedCode(withoutMapComment(decodeText(/** @type {Buffer} */ (contents.byPath.get(file)?.data))), vocabulary);
  maps.forEach((map, i) => {
    const codes = map.sources
      .map((source) => sourceCode(source.content, vocabulary))
      .filter((code) => code.tokens.length >= MIN_CODE_TOKENS);
    if (codes.length === 0) return;
    const measure = (/** @type {string} */ file, /** @type {number[]} */ into) => {
      const shipped = codeOf(file);
      const tokens = new Set(shipped.tokens);
      for (const code of codes) into.push(overlap(code.tokens, indexCode(shipped, tokens, new Set(code.tokens))));
    };
    measure(map.file, own);
    const names = new Set(map.sources.map((source) => stem(source.resolved)));
    const other = maps.find(
      (candidate, j) => j > i && candidate.file !== map.file && !candidate.sources.some((source) => names.has(stem(source.resolved))),
    );
    if (other) {
      const before = foreign.length;
      measure(other.file, foreign);
      const entry = foreignBySpec.get(spec) ?? { pairs: 0, above: 0 };
      entry.pairs += foreign.length - before;
      entry.above += foreign.slice(before).filter((value) => value >= READABLE_OVERLAP).length;
      foreignBySpec.set(spec, entry);
    }
  });
  process.stderr.write(`${spec}: ${own.length} own, ${foreign.length} foreign pairs so far\n`);
}

const share = (/** @type {number[]} */ values, /** @type {number} */ at) =>
  values.length === 0 ? 'n/a' : `${((100 * values.filter((v) => v >= at).length) / values.length).toFixed(1)}%`;
const rows = [0.1, 0.2, READABLE_OVERLAP, 0.5, 0.7, 0.9].map(
  (at) => `| ≥ ${at.toFixed(1)}${at === READABLE_OVERLAP ? ' (threshold)' : ''} | ${share(own, at)} | ${share(foreign, at)} |`,
);
process.stdout.write(
  [
    `Sources of at least ${MIN_CODE_TOKENS} value tokens, list \`${list}\`: ${own.length} compared with their own readable generated file, ${foreign.length} with another map's.`,
    '',
    "| overlap | own file (code present) | another map's file (code absent) |",
    '| --- | ---: | ---: |',
    ...rows,
    '',
    'Foreign pairs at or above the threshold, by package (most first):',
    '',
    ...[...foreignBySpec]
      .filter(([, e]) => e.above > 0)
      .sort((a, b) => b[1].above - a[1].above)
      .slice(0, 8)
      .map(([spec, e]) => `- \`${spec}\`: ${e.above} of ${e.pairs}`),
    '',
  ].join('\n'),
);
