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

/**
 * Whether `text` (a generated file) is minified, and whether it holds enough names for the
 * judgement to mean anything: a small file is taken as readable, and its sources must then show
 * their own declared names in it (exposure.ts).
 */
export function codeShape(text: string): CodeShape {
  return judgeShape(countNames(sampleOf(text)), text);
}

/**
 * {@link codeShape} of a large file from its bytes: three windows are decoded, and line lengths
 * are measured on the bytes, so a 13 MB minified bundle is judged without decoding it whole.
 */
export function codeShapeOfBytes(data: Buffer): CodeShape {
  // A file this large is never a small module run through a minifier.
  return judgeNames(
    countNames(sampleOfBytes(data)),
    () => packedShareOfBytes(data),
    () => false,
  );
}

function sampleOfBytes(data: Buffer): string {
  if (data.length <= WHOLE_FILE_CHARS) return data.toString('utf8');
  const middle = Math.floor(data.length / 2 - SAMPLE / 2);
  return [
    data.toString('utf8', 0, SAMPLE),
    data.toString('utf8', middle, middle + SAMPLE),
    data.toString('utf8', data.length - SAMPLE),
  ].join('\n');
}

function packedShareOfBytes(data: Buffer): number {
  // A trailing inline map is one long line of base64, not code.
  const comment = data.lastIndexOf('sourceMappingURL=');
  const length = comment >= 0 && data.indexOf(10, comment) < 0 ? data.lastIndexOf(10, comment) + 1 : data.length;
  let long = 0;
  let start = 0;
  while (start <= length) {
    const end = data.indexOf(10, start);
    const stop = end < 0 || end > length ? length : end;
    if (stop - start > LONG_LINE) long += stop - start;
    if (end < 0 || end >= length) break;
    start = end + 1;
  }
  return length === 0 ? 0 : long / length;
}

/** Whether a file is minified, and whether it had enough names to tell. */
export interface CodeShape {
  readonly minified: boolean;
  readonly judged: boolean;
}

/** Names that are not property names, and how many of them are one or two characters long. */
export interface NameCounts {
  count: number;
  short: number;
}

/**
 * A file with fewer than {@link MIN_NAMES} but at least this many names is still minified when
 * half or more of them are short, its lines average over {@link SMALL_PACKED_LINE} characters and
 * under {@link SMALL_PACKED_SPACES} of its code characters are spaces: a small module run through
 * a minifier is one long line of short names without spaces. A data table (a locale file's
 * arrays, `u` for undefined) has long lines and short names too, but a space after every comma
 * (10-15% on Angular's locales; 142 small `.min.js` files of the real-world lists: 3% typical,
 * above 6% only for locale strings).
 */
const MIN_SMALL_NAMES = 20;
const SMALL_PACKED_LINE = 200;
const SMALL_PACKED_SPACES = 0.06;

/** {@link codeShape} from name counts already taken over the whole `text`. */
export function judgeShape(names: NameCounts, text: string): CodeShape {
  return judgeNames(
    names,
    () => packedShare(text),
    () => packedSmall(text),
  );
}

/** The thresholds, once: line measures are asked for only when the names leave it open. */
function judgeNames(names: NameCounts, longLineShare: () => number, smallAndPacked: () => boolean): CodeShape {
  if (names.count < MIN_NAMES) {
    const packed = names.count >= MIN_SMALL_NAMES && names.short / names.count >= SHORT_NAMES_PACKED && smallAndPacked();
    return packed ? { minified: true, judged: true } : { minified: false, judged: false };
  }
  const share = names.short / names.count;
  return { minified: share >= SHORT_NAMES_MINIFIED || (share >= SHORT_NAMES_PACKED && longLineShare() >= PACKED_SHARE), judged: true };
}

/** Files up to this size are scanned whole; larger ones are judged on samples. */
export const WHOLE_FILE_CHARS = 3 * SAMPLE;

/** Count a name for {@link NameCounts}: call for every Name token, with whether a `.` preceded it. */
export function countName(names: NameCounts, name: string, afterDot: boolean): void {
  if (afterDot) return;
  names.count++;
  if (name.length <= 2) names.short++;
}

/** The text without a trailing `sourceMappingURL` comment (an inline map would skew its shape). */
export function withoutMapComment(text: string): string {
  const at = text.lastIndexOf('sourceMappingURL=');
  if (at < 0) return text;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  if (!/^\s*(?:\/\/|\/\*)[#@]\s*$/.test(text.slice(lineStart, at))) return text;
  const lineEnd = text.indexOf('\n', at);
  return lineEnd < 0 || text.slice(lineEnd).trim() === '' ? text.slice(0, lineStart) : text;
}

/** Up to three windows of the text; the lexer copes with cuts in the middle of a token. */
function sampleOf(text: string): string {
  if (text.length <= WHOLE_FILE_CHARS) return text;
  const middle = Math.floor(text.length / 2 - SAMPLE / 2);
  return `${text.slice(0, SAMPLE)}\n${text.slice(middle, middle + SAMPLE)}\n${text.slice(-SAMPLE)}`;
}

/** Names (property names after `.` aside), and how many are one or two characters long. */
function countNames(text: string): NameCounts {
  const names: NameCounts = { count: 0, short: 0 };
  let afterDot = false;
  scanCode(text, (kind, token) => {
    if (kind === TokenKind.Name) countName(names, token, afterDot);
    afterDot = kind === TokenKind.Punctuator && (token === '.' || token === '?.');
  });
  return names;
}

/** Long lines with few spaces, comment lines (a license header) and blank lines aside. */
function packedSmall(text: string): boolean {
  let lines = 0;
  let chars = 0;
  let spaces = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.length === 0 || /^(?:\/\/|\/\*|\*)/.test(trimmed)) continue;
    lines++;
    chars += trimmed.length;
    for (let i = 0; i < trimmed.length; i++) if (trimmed.charCodeAt(i) === 32) spaces++;
  }
  return lines > 0 && chars / lines > SMALL_PACKED_LINE && spaces / chars < SMALL_PACKED_SPACES;
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
