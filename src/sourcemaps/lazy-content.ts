/**
 * Large maps without a full decode. In the 2026 incident the map was 60 MB, 47 MB of it
 * `sourcesContent`. JSON.parse of the whole text makes a 60-120 MB string first, then 47 MB of
 * source strings that the garbage collector copies out of the young generation, and `check`
 * needs almost none of them: classification works on paths and lengths, and the credential
 * scan prefilters the raw bytes. So for a large regular map we walk the top-level object,
 * record each `sourcesContent` element as a byte range, JSON.parse the rest (sources, names,
 * mappings: a few MB) and decode an element only when something asks for it.
 *
 * Measured on the incident-sized benchmark map (60 MB, 4,750 sources, 2 cores, Node 20):
 * decode + JSON.parse of the whole map 300-400 ms and ~230 MB of heap; the walk 3-6 ms, the
 * rest's JSON.parse 20-25 ms. Anything unusual (index maps, duplicate keys, non-string
 * elements, a BOM-less surprise) falls back to the plain JSON.parse path, which stays the
 * reference behaviour.
 */
import { isUtf8 } from 'node:buffer';
import { decodeText } from '../tarball/contents.js';
import { utf8BomLength } from '../text.js';

/** A `sourcesContent` element left in the map's bytes: [start, end) spans the quoted literal. */
export interface ContentRef {
  readonly data: Buffer;
  readonly start: number;
  readonly end: number;
}

/** A map split for lazy reading: the JSON text with `sourcesContent` emptied, and the elements. */
export interface SplitMap {
  readonly text: string;
  readonly contents: ReadonlyArray<ContentRef | null>;
  /** Where the `mappings` string literal sits, when there is one. */
  readonly mappings?: { readonly start: number; readonly end: number };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Index of the closing quote of the string literal opening at `start`, or -1. */
function endOfString(data: Buffer, start: number): number {
  let at = start + 1;
  for (;;) {
    const quote = data.indexOf(QUOTE, at);
    if (quote < 0) return -1;
    let slashes = 0;
    while (data[quote - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return quote;
    at = quote + 1;
  }
}

function skipSpace(data: Buffer, at: number): number {
  let i = at;
  while (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09) i++;
  return i;
}

/** End (exclusive) of the JSON value at `at`, skipping strings by indexOf; -1 if malformed. */
function endOfValue(data: Buffer, at: number): number {
  const first = data[at];
  if (first === QUOTE) {
    const end = endOfString(data, at);
    return end < 0 ? -1 : end + 1;
  }
  if (first !== 0x5b && first !== 0x7b) {
    let i = at;
    while (i < data.length && data[i] !== 0x2c && data[i] !== 0x7d && data[i] !== 0x5d) i++;
    return i;
  }
  let depth = 0;
  for (let i = at; i < data.length; i++) {
    const byte = data[i];
    if (byte === QUOTE) {
      i = endOfString(data, i);
      if (i < 0) return -1;
    } else if (byte === 0x5b || byte === 0x7b) depth++;
    else if (byte === 0x5d || byte === 0x7d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** The elements of a `sourcesContent` array at `at` (its `[`): strings and nulls only. */
function splitElements(data: Buffer, at: number): { refs: Array<ContentRef | null>; end: number } | undefined {
  const refs: Array<ContentRef | null> = [];
  let i = skipSpace(data, at + 1);
  if (data[i] === 0x5d) return { refs, end: i + 1 };
  for (;;) {
    if (data[i] === QUOTE) {
      const close = endOfString(data, i);
      if (close < 0) return undefined;
      refs.push({ data, start: i, end: close + 1 });
      i = close + 1;
    } else if (data.toString('latin1', i, i + 4) === 'null') {
      refs.push(null);
      i += 4;
    } else return undefined;
    i = skipSpace(data, i);
    if (data[i] === 0x5d) return { refs, end: i + 1 };
    if (data[i] !== 0x2c) return undefined;
    i = skipSpace(data, i + 1);
  }
}

/** Where the JSON object starts: after a UTF-8 BOM and ECMA-426's `)]}'` anti-XSSI line. */
function bodyStart(data: Buffer): number {
  let i = utf8BomLength(data);
  if (data.toString('latin1', i, i + 4) === ")]}'") {
    const newline = data.indexOf(0x0a, i);
    i = newline < 0 ? data.length : newline + 1;
  }
  return skipSpace(data, i);
}

/** Splits already made: the map's inspection and the credential scan of its other fields both ask. */
const splits = new WeakMap<Buffer, SplitMap | null>();

/**
 * Split a regular (non-index) map whose top level has one `sourcesContent` array of strings and
 * nulls; undefined for anything else, which the caller parses the plain way.
 */
export function splitSourcesContent(data: Buffer): SplitMap | undefined {
  let split = splits.get(data);
  if (split === undefined) {
    split = splitMap(data) ?? null;
    splits.set(data, split);
  }
  return split ?? undefined;
}

function splitMap(data: Buffer): SplitMap | undefined {
  let i = bodyStart(data);
  if (data[i] !== 0x7b) return undefined;
  i = skipSpace(data, i + 1);
  let found: { start: number; end: number; refs: Array<ContentRef | null> } | undefined;
  let mappings: { start: number; end: number } | undefined;
  while (data[i] === QUOTE) {
    const keyEnd = endOfString(data, i);
    if (keyEnd < 0) return undefined;
    const key = data.toString('latin1', i + 1, keyEnd);
    // An escaped key (`"sources\u0043ontent"`) means something else to JSON.parse than to us.
    if (key.includes('\\')) return undefined;
    i = skipSpace(data, keyEnd + 1);
    if (data[i] !== 0x3a) return undefined;
    i = skipSpace(data, i + 1);
    if (key === 'sections') return undefined;
    if (key === 'sourcesContent') {
      if (found || data[i] !== 0x5b) return undefined;
      const split = splitElements(data, i);
      if (!split) return undefined;
      found = { start: i, end: split.end, refs: split.refs };
      i = split.end;
    } else {
      const start = i;
      i = endOfValue(data, i);
      if (i < 0) return undefined;
      if (key === 'mappings' && data[start] === QUOTE) mappings = { start, end: i };
    }
    i = skipSpace(data, i);
    if (data[i] === 0x2c) i = skipSpace(data, i + 1);
  }
  if (!found || data[i] !== 0x7d) return undefined;
  const { start, end, refs } = found;
  return {
    // Decoded only when read: the credential scan needs the ranges, not the text.
    get text() {
      return `${decodeText(data.subarray(0, start))}[]${decodeText(data.subarray(end))}`;
    },
    contents: refs,
    ...(mappings ? { mappings } : {}),
  };
}

/**
 * Decode one element. An element JSON.parse rejects (a bad escape in a hand-made map) is still
 * returned, unescaped as far as possible, because a broken map still leaks what it carries.
 */
export function decodeContent(ref: ContentRef): string {
  const literal = decodeText(ref.data.subarray(ref.start, ref.end));
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  }
}

/** The byte a one-character JSON escape stands for (`\n` -> 0x0a), or -1 for a letter JSON has no escape for. */
const SIMPLE_ESCAPES = (() => {
  const table = new Int16Array(256).fill(-1);
  for (const [letter, byte] of [
    ['"', 0x22],
    ['\\', 0x5c],
    ['/', 0x2f],
    ['b', 0x08],
    ['f', 0x0c],
    ['n', 0x0a],
    ['r', 0x0d],
    ['t', 0x09],
  ] as const) {
    table[letter.charCodeAt(0)] = byte;
  }
  return table;
})();

/**
 * One element's content as UTF-8 bytes, unescaped from the map's bytes without a string in
 * between: what `Buffer.from(decodeContent(ref))` gives, for `extract` to write. Written into
 * `into` when it is large enough (one buffer reused for every file), else into a new buffer.
 * On the incident-sized benchmark decoding 4,750 elements to strings and encoding them again
 * for the file system cost ~360 ms; this ~60 ms. Undefined where the two could differ (bytes that
 * are not UTF-8, a raw control character or an escape JSON.parse rejects, a lone surrogate):
 * the caller then decodes.
 */
export function contentBytes(ref: ContentRef, into?: Buffer): Buffer | undefined {
  const from = ref.start + 1;
  const to = ref.end - 1;
  const data = ref.data;
  const facts = factsOf(ref);
  // A malformed `\u` escape leaves the measured length unsure (see ElementFacts).
  if (to < from || facts.asciiEscape === undefined || !isUtf8(data.subarray(from, to))) return undefined;
  const out = into && into.length >= facts.bytes ? into : Buffer.allocUnsafe(facts.bytes);
  let written = 0;
  // Byte by byte: lines are short, and a Buffer#copy per run between two escapes cost more
  // (~200 ns a call) than the loop.
  for (let at = from; at < to; at++) {
    const byte = data[at]!;
    if (byte >= 0x20 && byte !== BACKSLASH) {
      out[written++] = byte;
      continue;
    }
    if (byte !== BACKSLASH) return undefined;
    const letter = data[at + 1]!;
    if (letter !== 0x75) {
      const simple = SIMPLE_ESCAPES[letter]!;
      if (simple < 0) return undefined;
      out[written++] = simple;
      at += 1;
      continue;
    }
    const unit = hexQuad(data, at + 2, to);
    if (unit < 0) return undefined;
    if (unit < 0xd800 || unit > 0xdfff) {
      written += out.write(String.fromCharCode(unit), written);
      at += 5;
      continue;
    }
    // A surrogate pair spelled as two escapes is one character; a lone half is not UTF-8.
    const low = unit <= 0xdbff ? lowSurrogateEscapeAt(data, at + 6, to) : -1;
    if (low < 0) return undefined;
    written += out.write(String.fromCharCode(unit, low), written);
    at += 11;
  }
  return written === facts.bytes ? out.subarray(0, written) : undefined;
}

/** The value of four hex digits at `at` (all before `to`), or -1. */
function hexQuad(data: Buffer, at: number, to: number): number {
  if (at + 4 > to || !isHexQuad(data, at)) return -1;
  return Number.parseInt(data.toString('latin1', at, at + 4), 16);
}

/** What one walk over an element's escapes learns (see {@link measureContent}). */
interface ElementFacts {
  readonly bytes: number;
  readonly crlf: number;
  /**
   * Whether the element spells an ASCII character as an escape (`\/`, `\u0041`); undefined after
   * a malformed `\u` escape, where the walk, which steps over four digits, may pair backslashes
   * differently from {@link hasEscapedAscii}.
   */
  readonly asciiEscape: boolean | undefined;
}

/** Walked once per element: classification, the summary and the credential prefilter all ask. */
const facts = new WeakMap<ContentRef, ElementFacts>();

/** UTF-8 byte length of the decoded element and how many CRLF pairs it holds, without decoding it. */
export function measureContent(ref: ContentRef): { bytes: number; crlf: number } {
  const { bytes, crlf } = factsOf(ref);
  return { bytes, crlf };
}

function factsOf(ref: ContentRef): ElementFacts {
  let known = facts.get(ref);
  if (!known) {
    known = walkEscapes(ref);
    facts.set(ref, known);
  }
  return known;
}

function walkEscapes(ref: ContentRef): ElementFacts {
  const { start, end } = ref;
  // Search only this element: indexOf over the whole map would run past its end to the next
  // backslash, possibly megabytes on, once per element (quadratic in the number of elements).
  const data = ref.data.subarray(0, end);
  let bytes = end - start - 2;
  let crlf = 0;
  let asciiEscape: boolean | undefined = false;
  for (let at = data.indexOf(BACKSLASH, start); at >= 0 && at < end - 1; at = data.indexOf(BACKSLASH, at)) {
    const next = data[at + 1];
    if (next === 0x75) {
      const unit = Number.parseInt(data.toString('latin1', at + 2, at + 6), 16);
      // Six bytes of escape stand for 1-3 UTF-8 bytes; a surrogate pair's two escapes make 4, and a
      // lone half 3, the replacement character UTF-8 writes for it.
      if (asciiEscape === false) asciiEscape = !isHexQuad(data, at + 2) ? undefined : unit >= 0x20 && unit < 0x7f;
      const paired = unit >= 0xd800 && unit <= 0xdbff && lowSurrogateEscapeAt(data, at + 6, end) >= 0;
      bytes -= paired ? 12 - 4 : 6 - (unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3);
      at += paired ? 12 : 6;
    } else {
      if (next === 0x2f && asciiEscape === false) asciiEscape = true;
      if (next === 0x72 && data[at + 2] === BACKSLASH && data[at + 3] === 0x6e) crlf++;
      bytes -= 1;
      at += 2;
    }
  }
  return { bytes, crlf, asciiEscape };
}

/** The code unit of a `\uDC00`-`\uDFFF` escape at `at` (ending before `to`), or -1. */
function lowSurrogateEscapeAt(data: Buffer, at: number, to: number): number {
  const unit = data[at] === BACKSLASH && data[at + 1] === 0x75 ? hexQuad(data, at + 2, to) : -1;
  return unit >= 0xdc00 && unit <= 0xdfff ? unit : -1;
}

function isHexQuad(data: Buffer, at: number): boolean {
  for (let i = at; i < at + 4; i++) {
    const byte = data[i];
    if (byte === undefined || !((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)))
      return false;
  }
  return true;
}

/**
 * True when the map spells ASCII characters as escapes (`\/`, `\u0041`). Keywords can then be
 * hidden from a prefilter over the raw bytes, so callers decode every element instead.
 */
export function hasEscapedAscii(data: Buffer): boolean {
  return hasEscapedAsciiIn(data, 0, data.length);
}

/**
 * {@link hasEscapedAscii} for a map whose `sourcesContent` elements are `refs`. Each element's
 * escapes were walked when it was measured (or are now, once), so only the bytes around the
 * elements are searched: searching the whole map found its 1.5 million escapes twice over
 * (50 ms on the incident-sized benchmark map).
 */
export function hasEscapedAsciiAround(data: Buffer, refs: readonly ContentRef[]): boolean {
  let cursor = 0;
  let previous: ContentRef | undefined;
  for (const ref of [...refs].sort((a, b) => a.start - b.start)) {
    if (previous && ref.start === previous.start && ref.end === previous.end) continue; // the same element twice
    previous = ref;
    if (ref.data !== data || ref.start < cursor) return hasEscapedAscii(data);
    const { asciiEscape } = factsOf(ref);
    if (asciiEscape === undefined) return hasEscapedAscii(data);
    if (asciiEscape || hasEscapedAsciiIn(data, cursor, ref.start)) return true;
    cursor = ref.end;
  }
  return hasEscapedAsciiIn(data, cursor, data.length);
}

/** Escapes of ASCII characters that start in [from, to). */
function hasEscapedAsciiIn(whole: Buffer, from: number, to: number): boolean {
  // Bounded like measureContent: the search must not run on through the elements.
  const data = whole.subarray(0, to);
  for (let at = data.indexOf('\\/', from); at >= 0; at = data.indexOf('\\/', at + 2)) {
    if (isEscape(data, at)) return true;
  }
  for (let at = data.indexOf('\\u00', from); at >= 0; at = data.indexOf('\\u00', at + 4)) {
    const unit = Number.parseInt(data.toString('latin1', at + 2, at + 6), 16);
    if (unit >= 0x20 && unit < 0x7f && isEscape(data, at)) return true;
  }
  return false;
}

/** True when the backslash at `at` starts an escape (it is not itself escaped). */
function isEscape(data: Buffer, at: number): boolean {
  let slashes = 0;
  while (data[at - 1 - slashes] === BACKSLASH) slashes++;
  return slashes % 2 === 0;
}
