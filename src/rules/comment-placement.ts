/**
 * Whether a credential in code sits in a comment, where doc examples live, told by the JavaScript
 * lexer of src/sourcemaps/code-tokens.ts: a `//` or `/*` inside a string, a template literal or
 * a regular expression is never taken for a comment (`"https://…"`, `"src/**\/*.js"`, an `.npmrc`
 * written from a template literal whose lines start with `//`). A comment only lowers a finding to
 * a warning, so the lexer's limits (it is not a parser: a `/` after `}` is read as a division)
 * can at worst keep a doc example an error, or, in code written to mislead it, lower a key to a
 * warning; never drop one.
 */
import type { Placement } from '../secrets/context.js';
import { scanCode } from '../sourcemaps/code-tokens.js';

/**
 * Languages the JavaScript lexer reads well enough for comments: `//` and `/* *\/`, and strings
 * in quotes or backticks. Not CSS (no `//` comments; `url(//cdn…)` is code), nor HTML-like
 * single-file components, whose markup is not code.
 */
const LEXED = /\.(?:[cm]?[jt]sx?|java|kt|kts|scala|go|rs|c|cc|cpp|cxx|h|hpp|cs|swift|dart|php)$/i;

/**
 * Bounds that keep the cost per credential small on hostile input: a credential on a line longer
 * than 4 KB before it (minified code) is never in a comment, and one with no `//` on its line and
 * no `/*` in the 16 KB before it cannot be; only the rest pays for lexing the file, once per file.
 * A JSDoc example may hold a certificate of a few KB.
 */
const MAX_LINE = 4096;
const MAX_WALK = 16_384;

/** The comment placement of a credential at an offset of one text, or undefined for code. */
export type CommentLocator = (offset: number) => Placement | undefined;

/**
 * A locator for `text` (the file at `path`): `comment`, or `jsdoc-example` when the comment's
 * current section is a JSDoc `@example`. The text is lexed on the first credential that may sit
 * in a comment, and only then.
 */
export function createCommentLocator(path: string, text: string): CommentLocator {
  if (!LEXED.test(path)) return () => undefined;
  let spans: number[] | undefined;
  return (offset) => {
    if (!mayBeInComment(text, offset)) return undefined;
    spans ??= commentSpans(text);
    const start = spanAround(spans, offset);
    return start === undefined ? undefined : placementInComment(text, start, offset);
  };
}

/** A cheap superset of "in a comment": a readable line, with `//` before the offset on it or a `/*` shortly before. */
function mayBeInComment(text: string, offset: number): boolean {
  // Only a readable line's length back: a 10 MB one-line bundle is not searched per credential.
  const from = Math.max(0, offset - MAX_LINE - 1);
  const newline = text.slice(from, offset).lastIndexOf('\n');
  if (newline < 0 && from > 0) return false;
  if (text.slice(from + newline + 1, offset).includes('//')) return true;
  return text.slice(Math.max(0, offset - MAX_WALK), offset).includes('/*');
}

/** Every comment of `text` as flat `[start, end, start, end …]`, in order. */
function commentSpans(text: string): number[] {
  const spans: number[] = [];
  scanCode(
    text,
    () => {},
    (start, end) => spans.push(start, end),
  );
  return spans;
}

/** Start of the comment that holds `offset`, by binary search; undefined when none does. */
function spanAround(spans: readonly number[], offset: number): number | undefined {
  let low = 0;
  let high = spans.length / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[2 * middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  const at = low - 1;
  return at >= 0 && offset < spans[2 * at + 1]! ? spans[2 * at] : undefined;
}

/** `jsdoc-example` when an `@example` tag comes before the offset in its comment with no other tag between. */
function placementInComment(text: string, start: number, offset: number): Placement {
  const head = text.slice(Math.max(start, offset - MAX_WALK), offset);
  const example = head.lastIndexOf('@example');
  if (example >= 0 && !/\n[\s*]*@\w/.test(head.slice(example + '@example'.length))) return { context: 'jsdoc-example' };
  return { context: 'comment' };
}
