// @ts-check
/**
 * A one-line minified bundle, like the incident's `cli.js`: short mangled identifiers, string
 * literals, property accesses, no newline and no sourceMappingURL comment.
 */
import { NOUNS, VERBS } from './vocabulary.js';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$_';
const RESERVED = new Set(['do', 'if', 'in', 'for', 'let', 'new', 'try', 'var', 'int', 'NaN']);

/** @typedef {import('./prng.js').Random} Random */

/** @param {Random} r */
function mangled(r) {
  let name = ALPHABET.charAt(r.int(0, ALPHABET.length - 1));
  for (let i = r.int(0, 2); i > 0; i--) name += ALPHABET.charAt(r.int(0, ALPHABET.length - 1));
  return RESERVED.has(name) ? `${name}$` : name;
}

/** @param {Random} r */
const prop = (r) => r.pick(VERBS) + r.pick(NOUNS).replace(/^./, (c) => c.toUpperCase());

/** @param {Random} r */
function snippet(r) {
  const [a, b, c] = [mangled(r), mangled(r), mangled(r)];
  switch (r.int(0, 7)) {
    case 0:
      return `function ${a}(${b},${c}){return ${b}.${prop(r)}(${c})||"${r.pick(NOUNS)} ${r.pick(VERBS)}"}`;
    case 1:
      return `var ${a}=${b}("${r.pick(NOUNS)}"),${c}=${a}.${prop(r)}`;
    case 2:
      return `${a}.prototype.${prop(r)}=function(${b}){this.${r.pick(NOUNS)}=${b};return this}`;
    case 3:
      return `class ${a} extends ${b}{constructor(${c}){super(${c}),this.${r.pick(NOUNS)}=${c}??${r.int(0, 999)}}}`;
    case 4:
      return `const{${r.pick(NOUNS)}:${a},${r.pick(NOUNS)}:${b}}=${c}`;
    case 5:
      return `async function*${a}(${b}){for await(let ${c} of ${b})yield ${c}.${r.pick(NOUNS)}}`;
    case 6:
      return `if(!${a}.${r.pick(NOUNS)})throw new Error("${r.pick(VERBS)} ${r.pick(NOUNS)} failed")`;
    default:
      return `${a}=${b}!==void 0?${b}:[${r.int(0, 99)},${r.int(0, 99)},"${r.pick(NOUNS)}"]`;
  }
}

/**
 * Builds a minified one-line bundle of exactly `size` bytes (ASCII).
 * @param {Random} r
 * @param {number} size
 * @returns {string}
 */
export function minifiedBundle(r, size) {
  const pool = Array.from({ length: 4096 }, () => snippet(r));
  const parts = ['#!/usr/bin/env node\n"use strict";'];
  let length = parts[0]?.length ?? 0;
  for (;;) {
    const next = r.pick(pool);
    if (length + next.length + 1 > size) break;
    parts.push(next, ';');
    length += next.length + 1;
  }
  // Empty statements pad to the exact size and keep the code valid JavaScript on one line.
  return parts.join('') + ';'.repeat(Math.max(0, size - length));
}
