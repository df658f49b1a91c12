/**
 * How much of a recovered source's code a shipped file shows: the share of the source's value
 * tokens (names and literals, types erased) that sit in a run of {@link RUN} consecutive tokens
 * found in the same order in the shipped file. Builds rewrite keywords, quotes, formatting and
 * module syntax, and keep names and literals in order; a minifier renames locals, which breaks
 * the runs; code that is absent shares only short generic runs. docs/sourcemaps.md#exposure
 * gives the measured distributions that set the threshold.
 */
import { isValueToken, lexCode, scanCode, TokenKind, valueTokens, type Token } from './code-tokens.js';
import { countName, type NameCounts } from './code-shape.js';
import { eraseForComparison } from './erase-types.js';

/** Tokens per run: the shortest run that is rare by chance (measured; see docs). */
export const RUN = 3;

/** Value tokens interned as numbers, shared by the sources and files of one package. */
export class TokenVocabulary {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];

  /** The id of `token`, adding it when new. */
  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(token, id);
      this.texts.push(token);
    }
    return id;
  }

  /** The token an id stands for. */
  text(id: number): string {
    return this.texts[id]!;
  }

  /** The ids of `tokens`, adding new ones. */
  intern(tokens: readonly string[]): Int32Array {
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.id(tokens[i]!);
    return out;
  }
}

/** A source's code for comparison: its value tokens, and the names it declares. */
export interface SourceCode {
  /** Value tokens, imported names aside (a CommonJS build rewrites their every use). */
  readonly tokens: Int32Array;
  /** Whether any function, method, arrow or class remains: a file of logic, not only data. */
  readonly hasLogic: boolean;
  /** String and template literals of at least four characters, for data a build folded. */
  readonly strings: readonly string[];
  /**
   * Names after `function`, `class`, `const`, `let`, `var`: every readable build keeps them (a
   * bundler may suffix one on a clash), and a minifier renames them all, so a file that shows
   * a source's strings and property names but none of its names is its minified form.
   */
  readonly declared: Int32Array;
}

const DECLARING: ReadonlySet<string> = new Set(['function', 'class', 'const', 'let', 'var']);

/** The value-token ids of source text, its type syntax erased, and its declared names. */
export function sourceCode(text: string, vocabulary: TokenVocabulary): SourceCode {
  const { tokens, imported } = eraseForComparison(lexCode(text));
  // A use of an imported binding, not a property of the same name (`Chart.helpers`).
  const values = valueTokens(tokens.filter((token, i) => token.kind !== TokenKind.Name || !imported.has(token.text) || isPropertyAccess(tokens[i - 1])));
  const strings = tokens.filter((token) => (token.kind === TokenKind.String || token.kind === TokenKind.Template) && token.text.length >= 4).map((token) => token.text);
  return { tokens: collapseRepeats(vocabulary.intern(values)), hasLogic: hasLogic(tokens), strings, declared: vocabulary.intern(declaredNames(tokens)) };
}

function isPropertyAccess(previous: Token | undefined): boolean {
  return previous?.kind === TokenKind.Punctuator && (previous.text === '.' || previous.text === '?.');
}

function hasLogic(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === TokenKind.Keyword && (token.text === 'function' || token.text === 'class')) return true;
    if (token.kind === TokenKind.Punctuator && (token.text === '=>' || (token.text === ')' && tokens[i + 1]?.text === '{'))) return true;
  }
  return false;
}

function declaredNames(tokens: readonly Token[]): string[] {
  const names = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i]!.kind !== TokenKind.Keyword || !DECLARING.has(tokens[i]!.text)) continue;
    const next = tokens[i + 1]!.text === '*' ? tokens[i + 2] : tokens[i + 1];
    if (next?.kind === TokenKind.Name) names.add(next.text);
  }
  return [...names];
}

/**
 * Share of the names a source declares that the indexed code declares too (1 when the source
 * declares nothing), counting a name a bundler renamed on a clash (`foo$1`, `foo2`, `_foo`).
 */
export function declaredShown(declared: Int32Array, index: CodeIndex): number {
  if (declared.length === 0) return 1;
  let shown = 0;
  for (const id of declared) if (index.declared.has(id)) shown++;
  return shown / declared.length;
}

/** The name a bundler's clash renaming started from: `foo$1`, `foo2`, `_foo` -> `foo`. */
const CLASH_RENAMED = /^_*(.+?)(?:\$\d+|\d+)?$/;

/** Shipped code for comparison: its value tokens and the names it declares. */
export interface ShippedCode {
  readonly tokens: Int32Array;
  /** Names after `function`, `class`, `const`, `let`, `var`, and CommonJS `exports.<name>`. */
  readonly declared: ReadonlySet<number>;
  /** Name counts for code-shape.ts, taken in the same pass. */
  readonly names: NameCounts;
}

/** The value-token ids of shipped code (JavaScript: nothing to erase), repeats collapsed. */
export function shippedCode(text: string, vocabulary: TokenVocabulary): ShippedCode {
  const ids: number[] = [];
  const declared = new Set<number>();
  const names: NameCounts = { count: 0, short: 0 };
  let declaring = false;
  let afterExports = 0;
  let afterDot = false;
  scanCode(text, (kind, token) => {
    if (kind === TokenKind.Name) countName(names, token, afterDot);
    afterDot = kind === TokenKind.Punctuator && (token === '.' || token === '?.');
    if (kind === TokenKind.Name && (declaring || afterExports === 2)) declared.add(vocabulary.id(token));
    declaring = kind === TokenKind.Keyword && DECLARING.has(token);
    afterExports = kind === TokenKind.Name && token === 'exports' ? 1 : afterExports === 1 && token === '.' ? 2 : 0;
    if (!isValueToken(kind, token)) return;
    const id = vocabulary.id(token);
    if (ids[ids.length - 1] !== id) ids.push(id);
  });
  return { tokens: Int32Array.from(ids), declared, names };
}

/**
 * `exports.a = a` and `export { a }` repeat a name that the source wrote once: a run of one id
 * counts once on both sides.
 */
function collapseRepeats(ids: Int32Array): Int32Array {
  let length = 0;
  for (let i = 0; i < ids.length; i++) if (length === 0 || ids[length - 1] !== ids[i]) ids[length++] = ids[i]!;
  return ids.subarray(0, length);
}

/** What a shipped file uses and declares, independent of the sources compared with it. */
export interface CodeVocabulary {
  readonly tokens: ReadonlySet<number>;
  /** The names the file declares, with the names its clash-renamed ones started from. */
  readonly declared: ReadonlySet<number>;
}

/** The runs of a shipped file, limited to tokens some compared source uses. */
export interface CodeIndex extends CodeVocabulary {
  readonly runs: ReadonlySet<number>;
}

/** The vocabulary of shipped code: every token it uses, and the names it declares. */
export function codeVocabulary(code: ShippedCode, vocabulary: TokenVocabulary): CodeVocabulary {
  const declared = new Set(code.declared);
  for (const id of code.declared) {
    const text = vocabulary.text(id);
    const last = text.charCodeAt(text.length - 1);
    if (text.charCodeAt(0) !== 95 && !(last >= 48 && last <= 57)) continue;
    const base = CLASH_RENAMED.exec(text)?.[1];
    if (base !== undefined && base !== text) declared.add(vocabulary.id(base));
  }
  return { tokens: new Set(code.tokens), declared };
}

/**
 * Index `code` for comparison with sources whose tokens are `relevant`: tokens no source uses
 * (a build's helpers, `require`, `exports`) are dropped first, so they do not break runs. Each run
 * is also indexed with one token of the file skipped, because builds insert a token here and
 * there that some other source of the same bundle happens to use (`this` bindings, enum
 * lowering, decorator metadata).
 */
export function indexCode(code: ShippedCode, words: CodeVocabulary, relevant: ReadonlySet<number>): CodeIndex {
  const kept: number[] = [];
  for (const id of code.tokens) if (relevant.has(id) && kept[kept.length - 1] !== id) kept.push(id);
  const runs = new Set<number>();
  for (let i = 0; i + RUN <= kept.length; i++) {
    runs.add(runKey(kept[i]!, kept[i + 1]!, kept[i + 2]!));
    if (i + RUN < kept.length) {
      runs.add(runKey(kept[i]!, kept[i + 1]!, kept[i + 3]!));
      runs.add(runKey(kept[i]!, kept[i + 2]!, kept[i + 3]!));
    }
  }
  return { tokens: words.tokens, declared: words.declared, runs };
}

/** A 32-bit key for a run of three ids. */
function runKey(a: number, b: number, c: number): number {
  return Math.imul(Math.imul(Math.imul(0x811c9dc5 ^ a, 0x01000193) ^ b, 0x01000193) ^ c, 0x01000193) >>> 0;
}

/**
 * The share of `source`'s tokens shown in order by the indexed code, from 0 to 1. Tokens the code
 * never uses are skipped before runs are formed (a type the erasure missed, a renamed import), and
 * count as not shown. A source with no token is shown vacuously (1).
 */
export function overlap(source: Int32Array, index: CodeIndex): number {
  if (source.length === 0) return 1;
  const kept: number[] = [];
  for (let i = 0; i < source.length; i++) if (index.tokens.has(source[i]!) && source[kept[kept.length - 1] ?? -1] !== source[i]) kept.push(i);
  const ids = kept.map((i) => source[i]!);
  // Too few shared tokens to form a run: judged by whether every token is shared.
  if (ids.length < RUN) return ids.length === source.length ? 1 : 0;
  const shown = new Uint8Array(ids.length);
  for (let i = 0; i + RUN <= ids.length; i++) {
    if (index.runs.has(runKey(ids[i]!, ids[i + 1]!, ids[i + 2]!))) shown.fill(1, i, i + RUN);
  }
  let count = 0;
  for (const flag of shown) count += flag;
  return count / source.length;
}
