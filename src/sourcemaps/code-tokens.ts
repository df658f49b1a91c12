/**
 * The tokens of JavaScript or TypeScript text, for comparing a recovered source with the code a
 * package ships. A lexer, not a parser: one pass, linear in the text, never throws; unusual
 * input only makes the sequence less exact, which the exposure measure tolerates
 * (docs/sourcemaps.md#exposure). Comments and whitespace are dropped here; types are erased by
 * `erase-types.ts`; `valueTokens` keeps what survives every build: names and literal contents.
 */

/** What a token is: a name, a keyword, a literal, or punctuation. */
export enum TokenKind {
  Name = 0,
  Keyword = 1,
  String = 2,
  Number = 3,
  Template = 4,
  Punctuator = 5,
  Regex = 6,
}

/** One token; `newline` is set when a line break precedes it (the erasure's ASI hint). */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly newline: boolean;
}

/** JavaScript and TypeScript keywords and contextual keywords: structure, never values. */
export const KEYWORDS: ReadonlySet<string> = new Set(
  (
    'abstract accessor any as asserts async await bigint boolean break case catch class const constructor continue ' +
    'debugger declare default delete do else enum export extends false finally for from function get if ' +
    'implements import in infer instanceof interface is keyof let module namespace never new null number ' +
    'object of override package private protected public readonly require return satisfies set static string ' +
    'super switch symbol this throw true try type typeof undefined unique unknown var void while with yield'
  ).split(' '),
);

/** After these keywords a `/` starts a regular expression, not a division. */
const REGEX_AFTER_KEYWORD: ReadonlySet<string> = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

const SPACE = 32,
  TAB = 9,
  LF = 10,
  CR = 13,
  QUOTE = 34,
  DOLLAR = 36,
  APOSTROPHE = 39,
  DOT = 46;
const SLASH = 47,
  STAR = 42,
  ZERO = 48,
  NINE = 57,
  OPEN_BRACKET = 91,
  BACKSLASH = 92,
  CLOSE_BRACKET = 93;
const UNDERSCORE = 95,
  BACKTICK = 96,
  OPEN_BRACE = 123,
  CLOSE_BRACE = 125;
const EQUALS = 61,
  BANG = 33,
  QUESTION = 63,
  AMPERSAND = 38,
  BAR = 124,
  LESS = 60,
  GREATER = 62;

function isNameStart(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === DOLLAR || code === UNDERSCORE || code === BACKSLASH || code > 127
  );
}

function isNamePart(code: number): boolean {
  return isNameStart(code) || (code >= ZERO && code <= NINE);
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** Receives each token: its kind, its text (a literal's contents), and whether a line break precedes it. */
export type TokenSink = (kind: TokenKind, text: string, newline: boolean) => void;

/** Receives each comment's span: `start` at its `//` or `/*`, `end` past its line or its `*\/`. */
export type CommentSink = (start: number, end: number) => void;

/**
 * Scan `text` and hand every token to `sink`, comments and whitespace aside (to `onComment` when
 * given). No token objects are made here: a caller that only needs names and literals (the
 * shipped-code side) keeps none.
 */
export function scanCode(text: string, sink: TokenSink, onComment?: CommentSink): void {
  const length = text.length;
  // Open template literals: the brace depth at which each `${` was entered.
  const templates: number[] = [];
  let depth = 0;
  let newline = false;
  let previousKind = TokenKind.Punctuator;
  let previousText = '';
  const emit = (kind: TokenKind, token: string): void => {
    sink(kind, token, newline);
    newline = false;
    previousKind = kind;
    previousText = token;
  };
  let i = text.startsWith('#!') ? skipLine(text, 0) : 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === SPACE || code === TAB || code === CR) {
      i++;
    } else if (code === LF) {
      newline = true;
      i++;
    } else if (code === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const start = i;
      i = skipLine(text, i);
      onComment?.(start, i);
      newline = true;
    } else if (code === SLASH && text.charCodeAt(i + 1) === STAR) {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? length : end + 2;
      // Only within the comment: searching past it would make one-line bundles quadratic.
      for (let k = i + 2; k < stop && !newline; k++) if (text.charCodeAt(k) === LF) newline = true;
      onComment?.(i, stop);
      i = stop;
    } else if (isNameStart(code)) {
      let end = i + 1;
      while (end < length && isNamePart(text.charCodeAt(end))) end++;
      const word = text.slice(i, end);
      // `obj.default`, `x?.type`: after a dot every word is a property name.
      const afterDot = previousKind === TokenKind.Punctuator && (previousText === '.' || previousText === '?.');
      emit(!afterDot && KEYWORDS.has(word) ? TokenKind.Keyword : TokenKind.Name, word);
      i = end;
    } else if (isDigit(code) || (code === DOT && isDigit(text.charCodeAt(i + 1)))) {
      let end = i + 1;
      while (end < length && (isNamePart(text.charCodeAt(end)) || text.charCodeAt(end) === DOT)) end++;
      emit(TokenKind.Number, numberText(text.slice(i, end)));
      i = end;
    } else if (code === QUOTE || code === APOSTROPHE) {
      const end = skipString(text, i, code);
      emit(TokenKind.String, text.slice(i + 1, Math.max(i + 1, end - 1)));
      i = end;
    } else if (code === BACKTICK || (code === CLOSE_BRACE && templates.length > 0 && templates[templates.length - 1] === depth)) {
      if (code === CLOSE_BRACE) templates.pop();
      const { end, opensExpression } = scanTemplateChunk(text, i + 1);
      emit(TokenKind.Template, text.slice(i + 1, opensExpression ? end - 2 : end - 1));
      if (opensExpression) templates.push(depth);
      i = end;
    } else if (code === SLASH && startsRegex(previousKind, previousText)) {
      const end = skipRegex(text, i);
      emit(TokenKind.Regex, text.slice(i, end));
      i = end;
    } else {
      const token = punctuatorAt(text, i, code);
      if (code === OPEN_BRACE) depth++;
      else if (code === CLOSE_BRACE) depth--;
      emit(TokenKind.Punctuator, token);
      i += token.length;
    }
  }
}

/** Every token of `text` as objects, for the type erasure, which looks around. */
export function lexCode(text: string): Token[] {
  const tokens: Token[] = [];
  scanCode(text, (kind, token, newline) => tokens.push({ kind, text: token, newline }));
  return tokens;
}

/** The punctuator at `i`: the multi-character ones the erasure must see whole, else one character. */
function punctuatorAt(text: string, i: number, code: number): string {
  const next = text.charCodeAt(i + 1);
  switch (code) {
    case DOT:
      return next === DOT && text.charCodeAt(i + 2) === DOT ? '...' : '.';
    case EQUALS:
      return next === EQUALS ? (text.charCodeAt(i + 2) === EQUALS ? '===' : '==') : next === GREATER ? '=>' : '=';
    case BANG:
      return next === EQUALS ? (text.charCodeAt(i + 2) === EQUALS ? '!==' : '!=') : '!';
    case QUESTION:
      return next === DOT && !isDigit(text.charCodeAt(i + 2)) ? '?.' : next === QUESTION ? '??' : '?';
    case AMPERSAND:
      return next === AMPERSAND ? '&&' : '&';
    case BAR:
      return next === BAR ? '||' : '|';
    case LESS:
      return next === EQUALS ? '<=' : '<';
    case GREATER:
      return next === EQUALS ? '>=' : '>';
    default:
      return text[i]!;
  }
}

/**
 * A numeric literal by its value: builds rewrite `0x8F97` as `36759`, `1_000` as `1000`, `.5` as
 * `0.5`; a literal that is not a number (a lexer's cut) is kept as written.
 */
function numberText(raw: string): string {
  const value = Number(raw.includes('_') || raw.endsWith('n') ? raw.replace(/_/g, '').replace(/n$/, '') : raw);
  return Number.isFinite(value) ? String(value) : raw;
}

/** A `/` starts a regular expression unless it follows a value (a name, literal, `)`, `]`, `}`). */
function startsRegex(previousKind: TokenKind, previousText: string): boolean {
  switch (previousKind) {
    case TokenKind.Name:
    case TokenKind.Number:
    case TokenKind.String:
    case TokenKind.Template:
    case TokenKind.Regex:
      return false;
    case TokenKind.Keyword:
      return REGEX_AFTER_KEYWORD.has(previousText);
    default:
      return previousText !== ')' && previousText !== ']' && previousText !== '}';
  }
}

function skipLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end + 1;
}

/** Index after the closing quote (or at the line end for an unterminated string). */
function skipString(text: string, start: number, quote: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i += 2;
    else if (code === quote) return i + 1;
    else if (code === LF) return i;
    else i++;
  }
  return text.length;
}

/** From inside a template literal: the index after its closing backtick or after the next `${`. */
function scanTemplateChunk(text: string, from: number): { end: number; opensExpression: boolean } {
  let i = from;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i += 2;
    else if (code === BACKTICK) return { end: i + 1, opensExpression: false };
    else if (code === DOLLAR && text.charCodeAt(i + 1) === OPEN_BRACE) return { end: i + 2, opensExpression: true };
    else i++;
  }
  return { end: text.length, opensExpression: false };
}

/** Index after a regular expression literal and its flags; a line end stops a malformed one. */
function skipRegex(text: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i += 2;
    else if (code === LF) return i;
    else if (code === OPEN_BRACKET) {
      inClass = true;
      i++;
    } else if (code === CLOSE_BRACKET) {
      inClass = false;
      i++;
    } else if (code === SLASH && !inClass) {
      i++;
      while (i < text.length && isNamePart(text.charCodeAt(i))) i++;
      return i;
    } else i++;
  }
  return text.length;
}

/**
 * The value tokens among `tokens`: names and the contents of string, template and numeric
 * literals. Keywords, punctuation and regular expressions are structure that builds rewrite; a
 * name and a string with the same letters are one token, because builds turn one into the other
 * (`obj.key` and `obj["key"]`, enum members, computed keys).
 */
export function valueTokens(tokens: readonly Token[]): string[] {
  const values: string[] = [];
  for (const token of tokens) if (isValueToken(token.kind, token.text)) values.push(token.text);
  return values;
}

/** A name, or the contents of a string, number or non-empty template chunk. */
export function isValueToken(kind: TokenKind, text: string): boolean {
  return (
    kind === TokenKind.Name || kind === TokenKind.String || kind === TokenKind.Number || (kind === TokenKind.Template && text.length > 0)
  );
}
