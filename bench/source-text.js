// @ts-check
/**
 * Plausible TypeScript (first-party) and CommonJS (third-party) source text, built block by
 * block from word lists: identifiers, string literals, comments, some `process.env` reads.
 * Realistic token mix matters because scanners and parsers cost per token, not per byte.
 */
import { ADJECTIVES, ENV_NAMES, MODULES, NON_ASCII, NOUNS, SENTENCE_WORDS, TYPES, VERBS } from './vocabulary.js';

/** @typedef {import('./prng.js').Random} Random */

/** @param {string} word */
const capitalize = (word) => word.charAt(0).toUpperCase() + word.slice(1);

/** @param {Random} r */
const camel = (r) => r.pick(VERBS) + capitalize(r.pick(NOUNS)) + (r.chance(0.3) ? capitalize(r.pick(NOUNS)) : '');

/** @param {Random} r */
const variable = (r) => (r.chance(0.4) ? r.pick(ADJECTIVES) + capitalize(r.pick(NOUNS)) : r.pick(NOUNS));

/** @param {Random} r */
const typeName = (r) => capitalize(r.pick(NOUNS)) + (r.chance(0.5) ? capitalize(r.pick(NOUNS)) : '');

/**
 * @param {Random} r
 * @param {number} min
 * @param {number} max
 */
function sentence(r, min, max) {
  const words = [];
  for (let i = r.int(min, max); i > 0; i--) words.push(r.pick(SENTENCE_WORDS));
  const text = capitalize(words.join(' '));
  return r.chance(0.05) ? `${text} ${r.pick(NON_ASCII)}` : text;
}

/** @param {Random} r */
const phrase = (r) => sentence(r, 2, 7).replace(/'/g, '');

/** @param {Random} r @param {string} indent */
function tsStatement(r, indent) {
  switch (r.int(0, 7)) {
    case 0:
      return `${indent}const ${variable(r)} = ${variable(r)}.${variable(r)} ?? '${phrase(r)}';\n`;
    case 1:
      return `${indent}// ${sentence(r, 5, 14)}.\n`;
    case 2:
      return `${indent}if (!${variable(r)}) {\n${indent}  throw new Error('${phrase(r)}');\n${indent}}\n`;
    case 3:
      return `${indent}const ${variable(r)} = process.env.${r.pick(ENV_NAMES)} ?? '${r.pick(NOUNS)}';\n`;
    case 4:
      return `${indent}for (const ${r.pick(NOUNS)} of ${variable(r)}) {\n${indent}  await ${camel(r)}(${r.pick(NOUNS)}, { ${variable(r)}: ${r.int(0, 9999)} });\n${indent}}\n`;
    case 5:
      return `${indent}logger.debug(\`${phrase(r)}: \${${variable(r)}.length}\`);\n`;
    case 6:
      return `${indent}${variable(r)}.${camel(r)}(${variable(r)}, ${r.chance(0.5) ? 'true' : 'null'});\n`;
    default:
      return `${indent}return ${variable(r)}.filter((${r.pick(NOUNS)}) => ${r.pick(NOUNS)}.${r.pick(ADJECTIVES)} !== undefined);\n`;
  }
}

/** @param {Random} r @param {string} indent @param {number} count */
function tsBody(r, indent, count) {
  let body = '';
  for (let i = 0; i < count; i++) body += tsStatement(r, indent);
  return body;
}

/** @param {Random} r */
function tsBlock(r) {
  switch (r.int(0, 5)) {
    case 0: {
      let fields = '';
      for (let i = r.int(2, 7); i > 0; i--) {
        fields += `  /** ${sentence(r, 4, 10)}. */\n  ${variable(r)}${r.chance(0.3) ? '?' : ''}: ${r.pick(TYPES)};\n`;
      }
      return `export interface ${typeName(r)} {\n${fields}}\n\n`;
    }
    case 1:
      return `/**\n * ${sentence(r, 6, 16)}.\n */\nexport ${r.chance(0.5) ? 'async ' : ''}function ${camel(r)}(${variable(r)}: ${typeName(r)}, options: ${typeName(r)}Options = {}): ${r.pick(TYPES)} {\n${tsBody(r, '  ', r.int(3, 10))}}\n\n`;
    case 2: {
      let methods = '';
      for (let i = r.int(1, 4); i > 0; i--)
        methods += `  ${camel(r)}(${variable(r)}: ${r.pick(TYPES)}): void {\n${tsBody(r, '    ', r.int(2, 6))}  }\n\n`;
      return `export class ${typeName(r)} {\n  private ${variable(r)} = new Map<string, ${typeName(r)}>();\n\n${methods}}\n\n`;
    }
    case 3: {
      let entries = '';
      for (let i = r.int(3, 9); i > 0; i--) entries += `  ${variable(r)}: '${phrase(r)}',\n`;
      return `const ${variable(r).toUpperCase()}_MESSAGES: Record<string, string> = {\n${entries}};\n\n`;
    }
    case 4: {
      const values = Array.from({ length: r.int(2, 6) }, () => `'${r.pick(NOUNS)}'`);
      return `export type ${typeName(r)} = ${values.join(' | ')};\n\n`;
    }
    default:
      return `export const ${camel(r)} = async (${variable(r)}: ${typeName(r)}): Promise<void> => {\n${tsBody(r, '  ', r.int(2, 8))}};\n\n`;
  }
}

/**
 * One first-party TypeScript module of about `size` characters.
 * @param {Random} r
 * @param {number} size
 * @returns {string}
 */
export function typescriptSource(r, size) {
  let text = `/**\n * ${sentence(r, 6, 16)}.\n */\n`;
  for (let i = r.int(2, 8); i > 0; i--) {
    const from = r.chance(0.6) ? `../${r.pick(NOUNS)}/${camel(r)}.js` : r.pick(MODULES);
    text += `import { ${typeName(r)}, ${camel(r)} } from '${from}';\n`;
  }
  text += '\n';
  while (text.length < size - 150) text += tsBlock(r);
  return text;
}

/** @param {Random} r */
function jsBlock(r) {
  switch (r.int(0, 4)) {
    case 0:
      return `var ${variable(r)} = require('${r.pick(MODULES)}');\n`;
    case 1:
      return `/**\n * ${sentence(r, 5, 14)}.\n * @param {${r.pick(TYPES)}} ${r.pick(NOUNS)}\n */\nfunction ${camel(r)}(${r.pick(NOUNS)}, ${r.pick(NOUNS)}) {\n${tsBody(r, '  ', r.int(2, 7)).replace(/await /g, '')}}\n\n`;
    case 2:
      return `${typeName(r)}.prototype.${camel(r)} = function (${r.pick(NOUNS)}) {\n  this.${variable(r)} = ${r.pick(NOUNS)} || ${r.int(0, 512)};\n  return this;\n};\n\n`;
    case 3:
      return `exports.${camel(r)} = ${camel(r)};\n`;
    default:
      return `if (typeof ${variable(r)} !== 'function') {\n  throw new TypeError('${phrase(r)}');\n}\n`;
  }
}

/**
 * One third-party CommonJS module of about `size` characters.
 * @param {Random} r
 * @param {number} size
 * @returns {string}
 */
export function javascriptSource(r, size) {
  let text = `'use strict';\nObject.defineProperty(exports, "__esModule", { value: true });\n`;
  while (text.length < size - 100) text += jsBlock(r);
  return text;
}
