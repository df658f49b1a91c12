/**
 * Locate the first syntax error in a JSON text (RFC 8259) as line and column. `JSON.parse`
 * in Node 20 reports an offset for some errors and a quoted snippet for others; a manifest
 * error must point at the spot, so this small scanner walks the grammar and stops at the
 * first character that does not fit.
 */

/** Where and what the first JSON syntax error is. */
export interface JsonErrorLocation {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units. */
  readonly column: number;
  readonly message: string;
}

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const LITERALS = ['true', 'false', 'null'] as const;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/** Find the first syntax error of `text`; undefined when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | undefined {
  try {
    const end = skipSpace(text, scanValue(text, skipSpace(text, 0)));
    if (end < text.length) throw unexpected(text, end);
    return undefined;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const before = text.slice(0, error.offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message: error.message };
  }
}

function skipSpace(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && ' \t\r\n'.includes(text[i]!)) i += 1;
  return i;
}

function unexpected(text: string, offset: number): JsonSyntaxError {
  if (offset >= text.length) return new JsonSyntaxError(offset, 'unexpected end of file');
  return new JsonSyntaxError(offset, `unexpected ${JSON.stringify(text[offset])}`);
}

function scanPattern(text: string, offset: number, pattern: RegExp): number | undefined {
  pattern.lastIndex = offset;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

/** Scan one value starting at `offset`; return the offset after it. */
function scanValue(text: string, offset: number): number {
  const char = text[offset];
  if (char === '{') return scanContainer(text, offset, '}', true);
  if (char === '[') return scanContainer(text, offset, ']', false);
  if (char === '"') {
    const end = scanPattern(text, offset, STRING);
    if (end === undefined) throw new JsonSyntaxError(offset, 'invalid string (unterminated, control character or bad escape)');
    return end;
  }
  const literal = LITERALS.find((word) => text.startsWith(word, offset));
  if (literal) return offset + literal.length;
  const end = char === '-' || (char !== undefined && char >= '0' && char <= '9') ? scanPattern(text, offset, NUMBER) : undefined;
  if (end === undefined) throw unexpected(text, offset);
  return end;
}

/** Scan an object (`isObject`) or array, members separated by commas, no trailing comma. */
function scanContainer(text: string, offset: number, close: string, isObject: boolean): number {
  let i = skipSpace(text, offset + 1);
  if (text[i] === close) return i + 1;
  for (;;) {
    if (isObject) {
      if (text[i] !== '"') throw expected(text, i, 'a double-quoted property name');
      i = skipSpace(text, scanValue(text, i));
      if (text[i] !== ':') throw expected(text, i, "':' after the property name");
      i = skipSpace(text, i + 1);
    }
    i = skipSpace(text, scanValue(text, i));
    if (text[i] === close) return i + 1;
    if (text[i] !== ',') throw expected(text, i, `',' or '${close}'`);
    i = skipSpace(text, i + 1);
  }
}

function expected(text: string, offset: number, what: string): JsonSyntaxError {
  const found = offset >= text.length ? 'end of file' : JSON.stringify(text[offset]);
  return new JsonSyntaxError(offset, `expected ${what}, found ${found}`);
}
