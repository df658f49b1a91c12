/**
 * How much of a recovered source's code a shipped file shows: the share of the source's value
 * tokens (names and literals, types erased) that sit in a run of {@link RUN} consecutive tokens
 * found in the same order in the shipped file. Builds rewrite keywords, quotes, formatting and
 * module syntax, and keep names and literals in order; a minifier renames locals, which breaks
 * the runs; code that is absent shares only short generic runs. docs/sourcemaps.md#exposure
 * gives the measured distributions that set the threshold.
 */
import { isValueToken, lexCode, scanCode, TokenKind, valueTokens, type Token } from './code-tokens.js';
import { eraseTypes } from './erase-types.js';

/** Tokens per run: the shortest run that is rare by chance (measured; see docs). */
export const RUN = 3;

/** Value tokens interned as numbers, shared by the sources and files of one package. */
export class TokenVocabulary {
  private readonly ids = new Map<string, number>();

  /** The id of `token`, adding it when new. */
  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(token, id);
    }
    return id;
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
  readonly tokens: Int32Array;
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
  const tokens = eraseTypes(lexCode(text));
  return { tokens: collapseRepeats(vocabulary.intern(valueTokens(tokens))), declared: vocabulary.intern(declaredNames(tokens)) };
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

/** Share of `declared` that the indexed code uses (1 when the source declares nothing). */
export function declaredShown(declared: Int32Array, index: CodeIndex): number {
  if (declared.length === 0) return 1;
  let shown = 0;
  for (const id of declared) if (index.tokens.has(id)) shown++;
  return shown / declared.length;
}

/** The value-token ids of shipped code (JavaScript: nothing to erase), repeats collapsed. */
export function codeTokenIds(text: string, vocabulary: TokenVocabulary): Int32Array {
  const ids: number[] = [];
  scanCode(text, (kind, token) => {
    if (!isValueToken(kind, token)) return;
    const id = vocabulary.id(token);
    if (ids[ids.length - 1] !== id) ids.push(id);
  });
  return Int32Array.from(ids);
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

/** The runs of a shipped file, limited to tokens some compared source uses. */
export interface CodeIndex {
  readonly tokens: ReadonlySet<number>;
  readonly runs: ReadonlySet<number>;
}

/**
 * Index `code` for comparison with sources whose tokens are `relevant`: tokens no source uses
 * (a build's helpers, `require`, `exports`) are dropped first, so they do not break runs.
 */
export function indexCode(code: Int32Array, relevant: ReadonlySet<number>): CodeIndex {
  const kept: number[] = [];
  const tokens = new Set<number>();
  for (const id of code) {
    tokens.add(id);
    if (relevant.has(id) && kept[kept.length - 1] !== id) kept.push(id);
  }
  const runs = new Set<number>();
  for (let i = 0; i + RUN <= kept.length; i++) runs.add(runKey(kept, i));
  return { tokens, runs };
}

/** A 32-bit key for the run of {@link RUN} ids at `at`. */
function runKey(ids: ArrayLike<number>, at: number): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < RUN; k++) hash = Math.imul(hash ^ ids[at + k]!, 0x01000193);
  return hash >>> 0;
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
    if (index.runs.has(runKey(ids, i))) shown.fill(1, i, i + RUN);
  }
  let count = 0;
  for (const flag of shown) count += flag;
  return count / source.length;
}
