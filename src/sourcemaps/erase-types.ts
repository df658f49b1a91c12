/**
 * Erase TypeScript (and Flow-like) type syntax from a token stream, so a recovered `.ts` source
 * can be compared with the JavaScript a build emitted from it: type annotations, type arguments
 * and parameters, `interface`, `type` aliases, `declare`, `import type`, `as`/`satisfies`
 * assertions and `implements` clauses go; everything that becomes code stays. Declarations that
 * hold no logic and that builds rewrite beyond recognition go too: `import` declarations,
 * re-exports and export lists (a bundle drops them, CommonJS turns them into `require` and
 * `exports.x =`), and `enum` bodies (interleaved with their own name when emitted).
 *
 * A heuristic over tokens, not a parser: it never throws and stays linear (every skip moves
 * forward). A construct it misreads only lowers the measured overlap of one source. Why our own:
 * the one library made for the job that runs on Node 20 without native code, sucrase 3.35, strips
 * 1.2-5.4 MB/s on real packages (typeorm's 8.5 MB of sources: 1.57 s), which would double the
 * time of such a check; this pass runs at tens of MB/s (docs/sourcemaps.md#exposure).
 */
import { type Token, TokenKind } from './code-tokens.js';

/** What the innermost open bracket is, and what a `:` means inside it. */
interface Context {
  readonly kind: '(' | '[' | '{' | 'class' | 'import';
  /** Open `?` of conditional expressions whose `:` is still to come. */
  ternary: number;
  /** Inside `let`/`const`/`var` declarators, before their `=`: a `:` starts a type. */
  declaring: boolean;
  /** A `let`/`const`/`var` statement is open: after `,` the next declarator starts. */
  declaration: boolean;
}

/** Longest type-argument list tried after a name before deciding `<` is a comparison. */
const MAX_GENERIC_TOKENS = 256;

/** Type operators and modifiers that may prefix a type. */
const TYPE_PREFIXES: ReadonlySet<string> = new Set(['keyof', 'typeof', 'readonly', 'unique', 'infer', 'new', 'asserts', 'abstract']);

/** Tokens that may follow the `>` of type arguments in code. */
const AFTER_TYPE_ARGUMENTS: ReadonlySet<string> = new Set(['(', ')', ',', ';', '=', '{', '.', '?.', 'extends', 'implements', ']', '}']);

/** Tokens never found inside type arguments at their own depth: `<` was a comparison. */
const NOT_IN_TYPE_ARGUMENTS: ReadonlySet<string> = new Set([
  ';',
  '&&',
  '||',
  '==',
  '===',
  '!=',
  '!==',
  '<=',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '!',
  '??',
  '?.',
  '=>',
  '^',
  '~',
]);

/** Erase type syntax; returns the tokens of the code that remains. */
export function eraseTypes(tokens: readonly Token[]): Token[] {
  return eraseForComparison(tokens).tokens;
}

/**
 * {@link eraseTypes}, plus the local names its `import` declarations bound: a CommonJS build
 * rewrites every use of them (`memoize(x)` -> `(0, _memoizee.default)(x)`), so a comparison
 * sets them aside on the source's side.
 */
export function eraseForComparison(
  tokens: readonly Token[],
  options: { keepEnums?: boolean } = {},
): { tokens: Token[]; imported: ReadonlySet<string> } {
  const eraser = new Eraser(tokens, options.keepEnums === true);
  return { tokens: eraser.run(), imported: eraser.imported };
}

class Eraser {
  readonly imported = new Set<string>();
  private readonly out: Token[] = [];
  private readonly contexts: Context[] = [newContext('{')];
  private pendingClassDepth = -1;
  private pendingImportBraces = false;

  /** `keepEnums`: leave `enum` bodies in (a shipped `.ts` compared with its compiled output). */
  constructor(
    private readonly tokens: readonly Token[],
    private readonly keepEnums = false,
  ) {}

  run(): Token[] {
    let i = 0;
    while (i < this.tokens.length) i = this.step(i);
    return this.out;
  }

  private get context(): Context {
    return this.contexts[this.contexts.length - 1]!;
  }

  private text(i: number): string | undefined {
    return this.tokens[i]?.text;
  }

  private isName(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && (token.kind === TokenKind.Name || token.kind === TokenKind.Keyword);
  }

  /** Handle the token at `i` and return the index of the next one to look at. */
  private step(i: number): number {
    const token = this.tokens[i]!;
    const declaration = token.kind === TokenKind.Keyword ? this.declaration(i) : -1;
    if (declaration >= 0) return declaration;
    if (token.kind === TokenKind.Keyword) return this.keyword(i);
    if (token.kind === TokenKind.Punctuator) return this.punctuator(i);
    if (token.kind === TokenKind.Name && this.context.kind === 'class') {
      const signature = this.signatureEnd(i + 1);
      if (signature > 0) return signature;
    }
    this.out.push(token);
    if (token.kind === TokenKind.Name && this.text(i + 1) === '<') return this.typeArguments(i + 1);
    return i + 1;
  }

  /**
   * From the token after a function or method name: the index after a signature without a body
   * (an overload, an abstract or ambient method), which no build emits; -1 when a body follows.
   */
  private signatureEnd(i: number): number {
    let j = i;
    if (this.text(j) === '<') j = this.skipBalanced(j);
    if (this.text(j) !== '(') return -1;
    j = this.skipBalanced(j);
    if (this.text(j) === ':') j = this.skipType(j + 1);
    if (this.text(j) === ';') return j + 1;
    const next = this.tokens[j];
    return next === undefined || (next.newline && next.text !== '{' && next.text !== '=>') ? j : -1;
  }

  /** After a class member's type annotation: a field without initializer emits nothing. */
  private dropFieldWithoutInitializer(typeEnd: number): number {
    const last = this.out[this.out.length - 1];
    if (this.context.kind === 'class' && this.text(typeEnd) !== '=' && last?.kind === TokenKind.Name) this.out.pop();
    return typeEnd;
  }

  /** The local bindings of an import declaration: its names, except those renamed by `as`. */
  private collectImported(start: number, end: number): void {
    for (let j = start; j < end; j++) {
      if (this.tokens[j]!.kind === TokenKind.Name && this.text(j + 1) !== 'as') this.imported.add(this.text(j)!);
    }
  }

  /** Type-only declarations at any depth: skipped whole. -1 when `i` starts none. */
  private declaration(i: number): number {
    const word = this.text(i);
    const next = this.text(i + 1);
    if (word === 'interface' && this.isName(i + 1)) return this.skipBlockDeclaration(i + 2);
    if (word === 'type' && this.isName(i + 1) && (this.text(i + 2) === '=' || this.text(i + 2) === '<')) return this.skipTypeAlias(i + 2);
    if (word === 'declare' && this.isName(i + 1) && this.text(i - 1) !== '.') return this.skipStatement(i + 1);
    // `import type X from`, `import type { X }`, `export type { X }`, `export type * from`; an
    // `export type X = ...` alias is left to the alias branch on the next token.
    const typeOnlyModule = this.text(i + 2) === '{' || this.text(i + 2) === '*' || (word === 'import' && this.isName(i + 2));
    if ((word === 'import' || word === 'export') && next === 'type' && typeOnlyModule) return this.skipStatement(i + 2);
    if (word === 'type' && this.context.kind === 'import' && this.isName(i + 1)) return i + 2;
    if (word === 'implements') return this.skipUntilBrace(i + 1);
    if (word === 'enum' && this.isName(i + 1) && !this.keepEnums) return this.skipBlockDeclaration(i + 2);
    // Module plumbing, rewritten by every build (`require`, `exports.x =`, or gone in a bundle).
    if (word === 'import' && next !== '(' && next !== '.' && this.text(i - 1) !== '.') {
      const end = this.skipStatement(i + 1);
      this.collectImported(i + 1, end);
      return end;
    }
    if (word === 'export' && (next === '{' || next === '*')) return this.skipStatement(i + 1);
    return -1;
  }

  private keyword(i: number): number {
    const token = this.tokens[i]!;
    const context = this.context;
    switch (token.text) {
      case 'class':
        this.pendingClassDepth = this.contexts.length;
        break;
      case 'import':
      case 'export':
        // `import {`, `export {`, `import x, {`: the braces hold specifiers, where `as` renames.
        this.pendingImportBraces = this.text(i + 1) === '{' || (this.isName(i + 1) && this.text(i + 2) === ',' && this.text(i + 3) === '{');
        break;
      case 'function':
      case 'constructor': {
        const name = token.text === 'function' && this.isName(i + 1) ? i + 2 : i + 1;
        const signature = this.context.kind === 'class' || token.text === 'function' ? this.signatureEnd(name) : -1;
        if (signature > 0) return signature;
        break;
      }
      case 'let':
      case 'const':
      case 'var':
        context.declaring = true;
        context.declaration = true;
        break;
      case 'in':
      case 'of':
        context.declaring = false;
        break;
      case 'as':
        if (context.kind !== 'import' && this.text(i - 1) !== '*') return this.skipType(i + 1);
        break;
      case 'satisfies':
        return this.skipType(i + 1);
    }
    this.out.push(token);
    if (this.text(i + 1) === '<' && (token.text === 'function' || token.text === 'async')) return this.typeArguments(i + 1);
    return i + 1;
  }

  private punctuator(i: number): number {
    const token = this.tokens[i]!;
    const context = this.context;
    switch (token.text) {
      case '(':
      case '[':
        this.contexts.push(newContext(token.text));
        break;
      case '{': {
        const kind = this.pendingClassDepth === this.contexts.length ? 'class' : this.pendingImportBraces ? 'import' : '{';
        if (kind === 'class') this.pendingClassDepth = -1;
        this.contexts.push(newContext(kind));
        break;
      }
      case ')':
      case ']':
      case '}':
        if (this.contexts.length > 1) this.contexts.pop();
        this.pendingImportBraces = false;
        break;
      case '?':
        // `a?: T` marks an optional member or parameter; any other `?` opens a conditional.
        if (this.text(i + 1) === ':') return this.dropFieldWithoutInitializer(this.skipType(i + 2));
        context.ternary++;
        break;
      case '!':
        if (this.text(i + 1) === ':') return this.dropFieldWithoutInitializer(this.skipType(i + 2));
        break;
      case ':':
        if (context.ternary > 0) context.ternary--;
        else if (this.startsAnnotation(i)) return this.dropFieldWithoutInitializer(this.skipType(i + 1));
        break;
      case '=':
        context.declaring = false;
        break;
      case ',':
        if (context.declaration) context.declaring = true;
        break;
      case ';':
        context.declaring = false;
        context.declaration = false;
        this.pendingImportBraces = false;
        break;
      case '<':
        if (this.startsArrowTypeParameters(i)) return this.typeArguments(i);
        break;
    }
    this.out.push(token);
    return i + 1;
  }

  /** A `:` that is not a conditional's, an object key's, a label's or a `case`'s. */
  private startsAnnotation(i: number): boolean {
    const context = this.context;
    if (context.kind === '(' || context.kind === 'class' || context.declaring) return true;
    // A return type: `function f(): T {`, `method(): T {`, `(a): T => a`.
    return this.text(i - 1) === ')';
  }

  /** `<T>(x: T) => x`: type parameters where an expression starts. */
  private startsArrowTypeParameters(i: number): boolean {
    const previous = this.tokens[i - 1];
    if (previous && previous.kind !== TokenKind.Punctuator && previous.text !== 'return') return false;
    if (previous && ![undefined, '=', '(', ',', ':', '?', '=>', '{', ';'].includes(previous.text) && previous.text !== 'return')
      return false;
    const end = this.matchTypeArguments(i);
    return end > 0 && this.text(end) === '(';
  }

  /** At `<` after a name: skip type arguments or parameters when they are; else keep `<`. */
  private typeArguments(i: number): number {
    const end = this.matchTypeArguments(i);
    if (end < 0) return i;
    const follower = this.text(end);
    return follower === undefined || AFTER_TYPE_ARGUMENTS.has(follower) || this.tokens[end]!.newline ? end : i;
  }

  /** Index after the `>` matching the `<` at `i`, or -1 when `<` is a comparison. */
  private matchTypeArguments(i: number): number {
    let angles = 0;
    let brackets = 0;
    const limit = Math.min(this.tokens.length, i + MAX_GENERIC_TOKENS);
    for (let j = i; j < limit; j++) {
      const token = this.tokens[j]!;
      if (token.kind === TokenKind.Regex || token.kind === TokenKind.Template) return -1;
      if (token.kind !== TokenKind.Punctuator) continue;
      const text = token.text;
      if (text === '<') angles++;
      else if (text === '>') {
        angles--;
        if (angles === 0) return brackets === 0 ? j + 1 : -1;
      } else if (text === '(' || text === '[' || text === '{') brackets++;
      else if (text === ')' || text === ']' || text === '}') {
        if (--brackets < 0) return -1;
      } else if (brackets === 0 && NOT_IN_TYPE_ARGUMENTS.has(text) && !(text === '=>' && angles > 0 && this.text(j - 1) === ')')) return -1;
    }
    return -1;
  }

  /** Skip one type expression starting at `i` (unions, intersections, conditionals). */
  private skipType(i: number): number {
    let j = i;
    if (this.text(j) === '|' || this.text(j) === '&') j++;
    j = this.skipPrimaryType(j);
    for (;;) {
      const text = this.text(j);
      if (text === '|' || text === '&') j = this.skipPrimaryType(j + 1);
      else if (text === 'extends' && this.text(j + 1) !== undefined) {
        // A conditional type: `A extends B ? C : D`.
        j = this.skipPrimaryType(j + 1);
        if (this.text(j) !== '?') return j;
        j = this.skipType(j + 1);
        if (this.text(j) !== ':') return j;
        j = this.skipType(j + 1);
      } else if (text === 'is' && j > i) j = this.skipType(j + 1);
      else return j;
    }
  }

  /** Skip one type operand with its prefixes and `[]`/`[K]` suffixes. */
  private skipPrimaryType(i: number): number {
    let j = i;
    while (
      TYPE_PREFIXES.has(this.text(j) ?? '') &&
      this.tokens[j]!.kind === TokenKind.Keyword &&
      this.text(j + 1) !== undefined &&
      !isCloser(this.text(j + 1)!)
    )
      j++;
    const token = this.tokens[j];
    if (!token) return j;
    const text = token.text;
    if (token.kind === TokenKind.Punctuator) {
      if (text === '{' || text === '[') j = this.skipBalanced(j);
      else if (text === '(') {
        j = this.skipBalanced(j);
        if (this.text(j) === '=>') j = this.skipType(j + 1);
      } else if (text === '<') {
        j = this.skipBalanced(j);
        if (this.text(j) === '(') j = this.skipBalanced(j);
        if (this.text(j) === '=>') j = this.skipType(j + 1);
      } else if (text === '-' && this.tokens[j + 1]?.kind === TokenKind.Number) j += 2;
      else return j;
    } else if (token.kind === TokenKind.Name || token.kind === TokenKind.Keyword) {
      j++;
      if (text === 'import' && this.text(j) === '(') j = this.skipBalanced(j);
      while (this.text(j) === '.' && this.isName(j + 1)) j += 2;
      if (this.text(j) === '<') j = this.skipBalanced(j);
    } else if (token.kind === TokenKind.String || token.kind === TokenKind.Number || token.kind === TokenKind.Template) {
      j++;
    } else return j;
    while (this.text(j) === '[' && !this.tokens[j]!.newline) j = this.skipBalanced(j);
    return j;
  }

  /** Index after the bracket that closes the one at `i` (any of `( [ { <`). */
  private skipBalanced(i: number): number {
    let depth = 0;
    for (let j = i; j < this.tokens.length; j++) {
      const token = this.tokens[j]!;
      if (token.kind !== TokenKind.Punctuator) continue;
      const text = token.text;
      if (text === '(' || text === '[' || text === '{' || text === '<') depth++;
      else if (text === ')' || text === ']' || text === '}' || text === '>') {
        if (--depth === 0) return j + 1;
      }
    }
    return this.tokens.length;
  }

  /** `interface X<T> extends Y { ... }`: skip to the end of its body. */
  private skipBlockDeclaration(i: number): number {
    const open = this.skipUntilBrace(i);
    return this.text(open) === '{' ? this.skipBalanced(open) : open;
  }

  /** Index of the next `{` at this depth (or where a statement visibly ends). */
  private skipUntilBrace(i: number): number {
    let j = i;
    while (j < this.tokens.length && this.text(j) !== '{' && this.text(j) !== ';') {
      j = this.text(j) === '<' || this.text(j) === '(' || this.text(j) === '[' ? this.skipBalanced(j) : j + 1;
    }
    return j;
  }

  /** `type X<T> = ...;` from the token after the name. */
  private skipTypeAlias(i: number): number {
    let j = this.text(i) === '<' ? this.skipBalanced(i) : i;
    if (this.text(j) === '=') j = this.skipType(j + 1);
    return this.text(j) === ';' ? j + 1 : j;
  }

  /**
   * Skip a statement: to its `;`, past a block it opens at its own depth, or to a line break
   * where the previous token cannot continue it.
   */
  private skipStatement(i: number): number {
    let j = i;
    while (j < this.tokens.length) {
      const token = this.tokens[j]!;
      if (j > i && token.newline && !continues(this.tokens[j - 1]!) && !continuesLine(token)) return j;
      if (token.text === ';') return j + 1;
      if (token.text === '{' || token.text === '(' || token.text === '[' || token.text === '<') {
        j = this.skipBalanced(j);
        if (token.text === '{' && this.text(j) !== '.' && this.text(j) !== 'from') return this.text(j) === ';' ? j + 1 : j;
      } else j++;
    }
    return j;
  }
}

function newContext(kind: Context['kind']): Context {
  return { kind, ternary: 0, declaring: false, declaration: false };
}

function isCloser(text: string): boolean {
  return text === ')' || text === ']' || text === '}' || text === ',' || text === ';' || text === '=' || text === '>';
}

/** A token that cannot end a statement: the next line continues it. */
function continues(token: Token): boolean {
  return token.kind === TokenKind.Punctuator && [',', '=', '|', '&', ':', '?', '=>', '.', '(', '[', '{', '<'].includes(token.text);
}

/** A token that continues the previous line's statement when it starts a line. */
function continuesLine(token: Token): boolean {
  return (
    (token.kind === TokenKind.Punctuator && ['|', '&', '.', '?', ':', '=>', '=', '{', '>'].includes(token.text)) ||
    token.text === 'from' ||
    token.text === 'extends'
  );
}
