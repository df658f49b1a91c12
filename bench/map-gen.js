// @ts-check
/**
 * Writes the synthetic `cli.js.map`: a version 3 source map (ECMA-426) whose `sources` mix
 * first-party `../src/**\/*.ts` with `../node_modules/**` files, whose `sourcesContent` holds
 * every source, and whose `mappings` is valid Base64 VLQ filling the rest of the byte budget.
 * Written in chunks so a 120 MB map never sits in memory as one string.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { createRandom, deriveSeed, splitLogNormal } from './prng.js';
import { javascriptSource, typescriptSource } from './source-text.js';
import { FOLDERS, NOUNS, PACKAGES, VERBS } from './vocabulary.js';

/** @typedef {import('./prng.js').Random} Random */
/** @typedef {{ path: string, firstParty: boolean, size: number }} SourcePlan */

/**
 * @typedef {object} MapSpec
 * @property {number} seed
 * @property {number} firstParty Number of first-party sources.
 * @property {number} thirdParty Number of node_modules sources.
 * @property {number} firstPartyBytes Total characters of first-party content.
 * @property {number} thirdPartyBytes Total characters of third-party content.
 * @property {number} mapBytes Target size of the whole map file.
 * @property {number} generatedColumns Length of the bundle's code line (line 2, after the shebang).
 * @property {string} [file] The map's `file` field (default `cli.js`).
 * @property {string} [sourcePrefix] Folder the sources climb to from the map (default `../`).
 */

/** @param {string} word */
const cap = (word) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Plans the `sources` entries: unique paths, sizes, and a bundle order that interleaves
 * first- and third-party modules the way an import graph does.
 * @param {Random} r
 * @param {MapSpec} spec
 * @returns {SourcePlan[]}
 */
export function planSources(r, spec) {
  const seen = new Set();
  /** @param {string} path */
  const unique = (path) => {
    let candidate = path;
    for (let n = 2; seen.has(candidate); n++) candidate = path.replace(/(\.\w+)$/, `${n}$1`);
    seen.add(candidate);
    return candidate;
  };
  const firstSizes = splitLogNormal(r, spec.firstPartyBytes, spec.firstParty, 0.9, 300);
  const thirdSizes = splitLogNormal(r, spec.thirdPartyBytes, spec.thirdParty, 1.1, 120);
  /** @type {SourcePlan[]} */
  const plans = [];
  firstSizes.forEach((size) => {
    const dir = r.chance(0.7) ? `${r.pick(FOLDERS)}/` : '';
    const sub = r.chance(0.3) ? `${r.pick(NOUNS)}/` : '';
    plans.push({ path: unique(`../src/${dir}${sub}${r.pick(VERBS)}${cap(r.pick(NOUNS))}.ts`), firstParty: true, size });
  });
  thirdSizes.forEach((size) => {
    const dir = r.pick(['lib', 'dist', 'build', 'cjs', 'src']);
    plans.push({ path: unique(`../node_modules/${r.pick(PACKAGES)}/${dir}/${r.pick(NOUNS)}.js`), firstParty: false, size });
  });
  // Fisher-Yates with the seeded generator: deterministic interleaving.
  for (let i = plans.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [plans[i], plans[j]] = [/** @type {SourcePlan} */ (plans[j]), /** @type {SourcePlan} */ (plans[i])];
  }
  return plans;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Base64 VLQ of one signed integer (ECMA-426 section "mappings").
 * @param {number} value
 * @returns {string}
 */
export function encodeVlq(value) {
  let vlq = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = vlq & 31;
    vlq >>>= 5;
    if (vlq > 0) digit |= 32;
    out += BASE64.charAt(digit);
  } while (vlq > 0);
  return out;
}

/** Buffered synchronous writer: few syscalls, bounded memory. */
class ChunkWriter {
  /** @param {string} path */
  constructor(path) {
    this.fd = openSync(path, 'w');
    /** @type {string[]} */
    this.parts = [];
    this.pending = 0;
    this.bytes = 0;
  }

  /** @param {string} text */
  write(text) {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending > 1 << 20) this.flush();
  }

  flush() {
    const buffer = Buffer.from(this.parts.join(''), 'utf8');
    writeSync(this.fd, buffer);
    this.bytes += buffer.length;
    this.parts = [];
    this.pending = 0;
  }

  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * @typedef {object} MappingsState
 * @property {number} column Generated column of the previous segment.
 * @property {number} source Previous source index.
 * @property {number} line Previous original line.
 * @property {number} originalColumn Previous original column.
 * @property {number} name Previous name index.
 */

/**
 * Appends the segments of one source until `budgetEnd` mapping bytes were written overall.
 * Lines advance through the source's real line count; columns rise within a line.
 * @param {Random} r
 * @param {{ writer: ChunkWriter, written: number, state: MappingsState, total: number, spec: MapSpec, names: number }} ctx
 * @param {number} index
 * @param {number} lineCount
 * @param {number} budgetEnd
 */
function writeSegments(r, ctx, index, lineCount, budgetEnd) {
  const { state, spec } = ctx;
  const segments = Math.max(1, Math.round((budgetEnd - ctx.written) / 7.5));
  for (let k = 0; k < segments || ctx.written < budgetEnd; k++) {
    const line = Math.min(lineCount - 1, Math.floor((k * lineCount) / segments));
    const originalColumn = line === state.line && index === state.source ? state.originalColumn + r.int(1, 12) : r.int(0, 8);
    const target = Math.floor((spec.generatedColumns * ctx.written) / ctx.total);
    const column = Math.min(spec.generatedColumns - 1, Math.max(state.column + 1, target));
    let segment =
      (ctx.written === 0 && k === 0 ? '' : ',') +
      encodeVlq(column - state.column) +
      encodeVlq(index - state.source) +
      encodeVlq(line - state.line) +
      encodeVlq(originalColumn - state.originalColumn);
    if (r.chance(0.25)) {
      const name = r.int(0, ctx.names - 1);
      segment += encodeVlq(name - state.name);
      state.name = name;
    }
    Object.assign(state, { column, source: index, line, originalColumn });
    ctx.writer.write(segment);
    ctx.written += segment.length;
    if (k >= segments * 4) break; // a tiny budget never loops forever
  }
}

/**
 * Writes the whole map to `path`.
 * @param {string} path
 * @param {MapSpec} spec
 * @returns {{ sources: SourcePlan[], firstPartyBytes: number, contentBytes: number, mappingsBytes: number, mapBytes: number }}
 */
export function writeSourceMap(path, spec) {
  const r = createRandom(spec.seed);
  const plans = planSources(r, spec);
  const writer = new ChunkWriter(path);
  const sources = plans.map((p) => (spec.sourcePrefix ? p.path.replace(/^\.\.\//, spec.sourcePrefix) : p.path));
  writer.write(`{"version":3,"file":${JSON.stringify(spec.file ?? 'cli.js')},"sources":${JSON.stringify(sources)},"sourcesContent":[`);
  const lineCounts = [];
  let contentBytes = 0;
  let firstPartyBytes = 0;
  for (const [i, plan] of plans.entries()) {
    const sr = createRandom(deriveSeed(spec.seed, 'source', i));
    const content = plan.firstParty ? typescriptSource(sr, plan.size) : javascriptSource(sr, plan.size);
    const bytes = Buffer.byteLength(content);
    contentBytes += bytes;
    if (plan.firstParty) firstPartyBytes += bytes;
    plan.size = bytes;
    lineCounts.push(content.split('\n').length);
    writer.write((i === 0 ? '' : ',') + JSON.stringify(content));
  }
  const nameCount = Math.max(16, Math.round(plans.length * 4));
  const names = Array.from({ length: nameCount }, (_, n) => `${r.pick(VERBS)}${cap(r.pick(NOUNS))}${n}`);
  writer.write(`],"names":${JSON.stringify(names)},"mappings":";`);
  writer.flush();
  const total = Math.max(plans.length * 8, spec.mapBytes - writer.bytes - 2);
  const ctx = { writer, written: 0, state: { column: 0, source: 0, line: 0, originalColumn: 0, name: 0 }, total, spec, names: nameCount };
  let cumulative = 0;
  for (const [i, plan] of plans.entries()) {
    cumulative += plan.size;
    writeSegments(r, ctx, i, lineCounts[i] ?? 1, Math.floor((total * cumulative) / contentBytes));
  }
  writer.write('"}');
  writer.close();
  return { sources: plans, firstPartyBytes, contentBytes, mappingsBytes: ctx.written + 1, mapBytes: writer.bytes };
}
