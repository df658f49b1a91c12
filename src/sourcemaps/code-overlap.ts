/**
 * How much of a recovered source's code a shipped file shows: the share of the source's value
 * tokens (names and literals; types, imports and exports erased) that sit in a run of
 * {@link RUN} tokens found in the same order in the shipped file. Builds rewrite keywords, quotes,
 * formatting and module syntax, and keep names and literals in order; a minifier renames locals,
 * which breaks the runs; code that is absent shares only short generic runs.
 * docs/sourcemaps.md#exposure gives the measured distributions behind the thresholds.
 */
import { countName, type NameCounts } from './code-shape.js';
import { isValueToken, lexCode, scanCode, type Token, TokenKind, valueTokens } from './code-tokens.js';
import { eraseForComparison } from './erase-types.js';

/** Tokens per run: the shortest run that is rare by chance (see docs). */
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

/** A source's code for comparison. */
export interface SourceCode {
  /** Value tokens, imported names aside (a CommonJS build rewrites their every use). */
  readonly tokens: Int32Array;
  /** 1 where `tokens` holds a string, template or number literal, which a build keeps as written. */
  readonly literals: Uint8Array;
  /** Whether any function, method, arrow or class remains: a file of logic, not only data. */
  readonly hasLogic: boolean;
  /** String and template literals of at least four characters, for data a build folded. */
  readonly strings: readonly string[];
  /** Numeric literals, which a data module's strings alone do not vouch for. */
  readonly numbers: Int32Array;
  /**
   * Names after `function`, `class`, `const`, `let`, `var`: readable builds keep them (or use
   * them as property names), minifiers rename them all.
   */
  readonly declared: Int32Array;
}

/** The code of source text for comparison, its type syntax erased. */
export function sourceCode(text: string, vocabulary: TokenVocabulary): SourceCode {
  const { tokens, imported } = eraseForComparison(lexCode(text));
  // A use of an imported binding, not a property of the same name (`Chart.helpers`).
  const kept = tokens.filter(
    (token, i) =>
      (token.kind !== TokenKind.Name || !imported.has(token.text) || isPropertyAccess(tokens[i - 1])) &&
      isValueToken(token.kind, token.text),
  );
  const strings = tokens
    .filter((token) => (token.kind === TokenKind.String || token.kind === TokenKind.Template) && token.text.length >= 4)
    .map((token) => token.text);
  const numbers = vocabulary.intern(tokens.filter((token) => token.kind === TokenKind.Number).map((token) => token.text));
  const { ids, literals } = collapseRepeats(
    vocabulary.intern(kept.map((token) => token.text)),
    kept.map((token) => (token.kind === TokenKind.Name ? 0 : 1)),
  );
  return { tokens: ids, literals, hasLogic: hasLogic(tokens), strings, numbers, declared: vocabulary.intern(declaredNames(tokens)) };
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

/** Share of the names a source declares that the indexed code uses at all (1 when it declares none). */
export function declaredShown(declared: Int32Array, index: CodeIndex): number {
  if (declared.length === 0) return 1;
  let shown = 0;
  for (const id of declared) if (index.tokens.has(id)) shown++;
  return shown / declared.length;
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

const DECLARING: ReadonlySet<string> = new Set(['function', 'class', 'const', 'let', 'var']);

/** Shipped code for comparison, from one pass over the file. */
export interface ShippedCode {
  /** Value-token ids, repeats collapsed. */
  readonly tokens: Int32Array;
  /** Name counts for code-shape.ts. */
  readonly names: NameCounts;
}

/**
 * The tokens and name counts of shipped code. JavaScript has nothing to erase; a shipped
 * TypeScript file (`typescript`) is erased like a source, so it can show a compiled one.
 */
export function shippedCode(text: string, vocabulary: TokenVocabulary, typescript = false): ShippedCode {
  if (typescript) return shippedTypeScript(text, vocabulary);
  const ids: number[] = [];
  const names: NameCounts = { count: 0, short: 0 };
  let afterDot = false;
  scanCode(text, (kind, token) => {
    if (kind === TokenKind.Name) countName(names, token, afterDot);
    afterDot = kind === TokenKind.Punctuator && (token === '.' || token === '?.');
    if (!isValueToken(kind, token)) return;
    const id = vocabulary.id(token);
    if (ids[ids.length - 1] !== id) ids.push(id);
  });
  return { tokens: Int32Array.from(ids), names };
}

function shippedTypeScript(text: string, vocabulary: TokenVocabulary): ShippedCode {
  const tokens = eraseForComparison(lexCode(text), { keepEnums: true }).tokens;
  const names: NameCounts = { count: 0, short: 0 };
  tokens.forEach((token, i) => {
    if (token.kind === TokenKind.Name) countName(names, token.text, isPropertyAccess(tokens[i - 1]));
  });
  return { tokens: collapseRepeats(vocabulary.intern(valueTokens(tokens))).ids, names };
}

/**
 * `exports.a = a` and `export { a }` repeat a name that the source wrote once: a run of one id
 * counts once on both sides. `flags` (one per id) are collapsed alongside.
 */
function collapseRepeats(ids: Int32Array, flags?: readonly number[]): { ids: Int32Array; literals: Uint8Array } {
  const literals = new Uint8Array(ids.length);
  let length = 0;
  for (let i = 0; i < ids.length; i++) {
    if (length > 0 && ids[length - 1] === ids[i]) continue;
    literals[length] = flags?.[i] ?? 0;
    ids[length++] = ids[i]!;
  }
  return { ids: ids.subarray(0, length), literals: literals.subarray(0, length) };
}

/** The runs of a shipped file, limited to tokens some compared source uses. */
export interface CodeIndex {
  /** Every token the file uses. */
  readonly tokens: ReadonlySet<number>;
  readonly runs: ReadonlySet<number>;
}

/**
 * Index `code` for comparison with sources whose tokens are `relevant`: tokens no source uses
 * (a build's helpers, `require`, `exports`) are dropped first, so they do not break runs. Each run
 * is also indexed with one token of the file skipped, because builds insert a token here and
 * there that some other source of the same bundle happens to use (`this` bindings, enum
 * lowering, decorator metadata). `tokens` is the file's token set, built once per file.
 */
export function indexCode(code: ShippedCode, tokens: ReadonlySet<number>, relevant: ReadonlySet<number>): CodeIndex {
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
  return { tokens, runs };
}

/** A 32-bit key for a run of three ids. */
function runKey(a: number, b: number, c: number): number {
  return Math.imul(Math.imul(Math.imul(0x811c9dc5 ^ a, 0x01000193) ^ b, 0x01000193) ^ c, 0x01000193) >>> 0;
}

/** Stands in a run for a literal the code lacks: no run spans it. */
const ABSENT = -1;

/**
 * The share of `source`'s tokens shown in order by the indexed code, from 0 to 1. Names the code
 * never uses are skipped before runs are formed (a type the erasure missed, a renamed import), and
 * count as not shown. A string or number literal the code lacks breaks the run instead: builds
 * keep literals as written, so names shown around literals that are not shipped (a table of
 * endpoints, a prompt) do not make the source's data look shipped. A source with no token is
 * shown vacuously (1).
 */
export function overlap(source: Int32Array, index: CodeIndex, literals?: Uint8Array): number {
  if (source.length === 0) return 1;
  const ids: number[] = [];
  let shared = 0;
  for (let i = 0; i < source.length; i++) {
    const id = source[i]!;
    if (index.tokens.has(id)) {
      if (ids[ids.length - 1] !== id) {
        ids.push(id);
        shared++;
      }
    } else if (literals?.[i] === 1 && ids.length > 0 && ids[ids.length - 1] !== ABSENT) ids.push(ABSENT);
  }
  // Too few shared tokens to form a run: judged by whether every token is shared.
  if (shared < RUN) return shared === source.length ? 1 : 0;
  const shown = new Uint8Array(ids.length);
  for (let i = 0; i + RUN <= ids.length; i++) {
    const a = ids[i]!,
      b = ids[i + 1]!,
      c = ids[i + 2]!;
    if (a !== ABSENT && b !== ABSENT && c !== ABSENT && index.runs.has(runKey(a, b, c))) shown.fill(1, i, i + RUN);
  }
  let count = 0;
  for (const flag of shown) count += flag;
  return count / source.length;
}
