/**
 * Whether shipped JavaScript is minified: then it does not expose its sources' code in readable
 * form, whatever its tokens. Two signs, measured on the generated files of 6,562 maps from the
 * real-world list (docs/sourcemaps.md#exposure): a minifier renames locals to one or two
 * letters (in minified files 70-95% of the names that are not property names are that short; in
 * readable ones below 45%, except small hash or math routines at 50-60%), and packs code into
 * long lines. Locale and data tables also have long lines but few names, so names decide.
 */
import { scanCode, TokenKind } from './code-tokens.js';

/** Below this many names a file is too small to judge; it is taken as readable. */
const MIN_NAMES = 100;
/** Share of short names from which a file is minified whatever its line lengths. */
const SHORT_NAMES_MINIFIED = 0.7;
/** Share of short names from which a file packed in long lines is minified. */
const SHORT_NAMES_PACKED = 0.5;
/** A line longer than this is packed code (or data). */
const LONG_LINE = 500;
/** Share of characters in long lines from which a file is packed. */
const PACKED_SHARE = 0.5;
/** Large files are judged on samples of this many characters from their start, middle and end. */
const SAMPLE = 65_536;

/** True when `text` (a generated file) is minified. */
export function isMinified(text: string): boolean {
  const names = shortNameShare(sampleOf(text));
  if (names.count < MIN_NAMES) return false;
  return names.share >= SHORT_NAMES_MINIFIED || (names.share >= SHORT_NAMES_PACKED && packedShare(text) >= PACKED_SHARE);
}

/** Up to three windows of the text; the lexer copes with cuts in the middle of a token. */
function sampleOf(text: string): string {
  if (text.length <= 3 * SAMPLE) return text;
  const middle = Math.floor(text.length / 2 - SAMPLE / 2);
  return `${text.slice(0, SAMPLE)}\n${text.slice(middle, middle + SAMPLE)}\n${text.slice(-SAMPLE)}`;
}

/** Share of names (property names after `.` aside) of one or two characters. */
function shortNameShare(text: string): { count: number; share: number } {
  let count = 0;
  let short = 0;
  let afterDot = false;
  scanCode(text, (kind, token) => {
    if (kind === TokenKind.Name && !afterDot) {
      count++;
      if (token.length <= 2) short++;
    }
    afterDot = kind === TokenKind.Punctuator && (token === '.' || token === '?.');
  });
  return { count, share: count === 0 ? 0 : short / count };
}

/** Share of the non-blank characters that sit in lines longer than {@link LONG_LINE}. */
function packedShare(text: string): number {
  let total = 0;
  let long = 0;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    const length = stop - start;
    total += length;
    if (length > LONG_LINE) long += length;
    if (end < 0) break;
    start = end + 1;
  }
  return total === 0 ? 0 : long / total;
}
