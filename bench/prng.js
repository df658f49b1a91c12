// @ts-check
/**
 * A small seeded pseudo-random generator, so the synthetic incident package is the same bytes on
 * every machine and every run. mulberry32: 32-bit state, fast, good enough for test data (not
 * for anything cryptographic).
 */

/**
 * @typedef {object} Random
 * @property {() => number} next Uniform float in [0, 1).
 * @property {(min: number, max: number) => number} int Uniform integer in [min, max] (inclusive).
 * @property {<T>(items: readonly T[]) => T} pick One element of a non-empty array.
 * @property {(probability: number) => boolean} chance True with the given probability.
 * @property {() => number} gaussian Standard normal sample (Box-Muller).
 * @property {() => number} uint32 Raw 32-bit output.
 */

/**
 * Creates a seeded generator.
 * @param {number} seed Any 32-bit integer; equal seeds give equal sequences.
 * @returns {Random}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const uint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => uint32() / 4294967296;
  return {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => /** @type {any} */ (items[Math.floor(next() * items.length)]),
    chance: (probability) => next() < probability,
    gaussian: () => {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
}

/**
 * Derives an independent seed for item `index` of stream `label`, so one file can be regenerated
 * without replaying every file before it.
 * @param {number} seed
 * @param {string} label
 * @param {number} index
 * @returns {number}
 */
export function deriveSeed(seed, label, index) {
  let hash = (seed ^ 0x811c9dc5) >>> 0;
  const text = `${label}:${index}`;
  for (let i = 0; i < text.length; i++) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * Fills a buffer with pseudo-random bytes (incompressible, like a native binary's code section).
 * @param {Random} random
 * @param {number} size
 * @returns {Buffer}
 */
export function randomBytes(random, size) {
  const words = new Uint32Array(Math.ceil(size / 4));
  for (let i = 0; i < words.length; i++) words[i] = random.uint32();
  return Buffer.from(words.buffer, 0, size);
}

/**
 * Splits `total` into `count` positive integer parts with a log-normal spread (real source trees
 * have many small files and a few large ones). The parts sum to exactly `total`.
 * @param {Random} random
 * @param {number} total
 * @param {number} count
 * @param {number} spread Standard deviation of the underlying normal.
 * @param {number} minimum Smallest part.
 * @returns {number[]}
 */
export function splitLogNormal(random, total, count, spread, minimum) {
  const weights = Array.from({ length: count }, () => Math.exp(random.gaussian() * spread));
  const sum = weights.reduce((a, b) => a + b, 0);
  const budget = Math.max(0, total - minimum * count);
  const parts = weights.map((w) => minimum + Math.floor((budget * w) / sum));
  let rest = total - parts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % count, rest--) parts[i] = /** @type {number} */ (parts[i]) + 1;
  return parts;
}
