/**
 * Inline source maps anywhere in a file, not only in its final `sourceMappingURL` comment:
 * ECMA-426 names one map per file (the last comment, with no code after it), but every `data:`
 * map in the bytes is readable by whoever installs the package. This finds them in extensionless
 * `bin/` scripts, HTML, Vue single-file components, webpack `eval-source-map` bundles (one map
 * per module, inside string literals) and files with code after the comment.
 */
import { decodeDataUrl } from './data-url.js';
import { parseMapText } from './read-map.js';
import { isJsonObject } from './validate-map.js';

/** Where an inline map may start: after the comment keyword, or a JSON `data:` URL anywhere. */
const NEEDLES = ['sourceMappingURL=', 'data:application/json'].map((needle) => Buffer.from(needle));

/**
 * A map kept as a base64 string outside any `data:` URL (`atob("eyJ2ZXJzaW9u...")`): found by
 * the base64 of `sourcesContent` itself, at each of the three alignments it can have in a blob
 * (16-character needles: Buffer#indexOf is fast for long needles, 2-5 ms on 36 MB, against 31 ms
 * for a 3-character one such as `eyJ`). The whole base64 run around a hit is decoded and kept
 * when it holds a map, whatever its key order, preamble or damage.
 */
const BASE64_SOURCES_CONTENT = [0, 1, 2].map((offset) => {
  const part = 'sourcesContent'.slice((3 - offset) % 3);
  return Buffer.from(Buffer.from(part.slice(0, Math.floor(part.length / 3) * 3)).toString('base64'));
});
/** Bytes of standard and URL-safe base64, padding included, as a lookup table. */
const BASE64_CHAR = new Uint8Array(256);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-') BASE64_CHAR[char.charCodeAt(0)] = 1;
const DATA_SCHEME = 'data:';

/**
 * Bytes that end a `data:` URL written in code: whitespace, quotes, a backtick, a backslash
 * (an escape such as `\n` inside a string literal), angle brackets.
 */
const URL_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c, 0x22, 0x27, 0x60, 0x5c, 0x3c, 0x3e]);

/** The decoded text of every `data:` URL in `data` that holds a source map, in order, without repeats. */
export function findInlineMapTexts(data: Buffer): string[] {
  const starts = new Set<number>();
  for (const needle of NEEDLES) {
    for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + needle.length)) {
      const start = needle[0] === 0x73 ? at + needle.length : at;
      if (isDataScheme(data, start)) starts.add(start);
    }
  }
  const texts: string[] = [];
  const seen = new Set<string>();
  for (const text of findBase64Maps(data)) {
    if (seen.has(text)) continue;
    seen.add(text);
    texts.push(text);
  }
  for (const start of [...starts].sort((a, b) => a - b)) {
    let end = start;
    while (end < data.length && !URL_END.has(data[end]!)) end++;
    const decoded = decodeDataUrl(data.toString('latin1', start, end));
    if (!('text' in decoded) || seen.has(decoded.text) || !holdsSourceMap(decoded.text)) continue;
    seen.add(decoded.text);
    texts.push(decoded.text);
  }
  return texts;
}

/** Maps written as a bare base64 string (not in a `data:` URL), decoded; each base64 run once. */
function findBase64Maps(data: Buffer): string[] {
  // Run start -> end. Hits of one needle come in order, so a run is walked once per needle.
  const runs = new Map<number, number>();
  for (const needle of BASE64_SOURCES_CONTENT) {
    let walkedTo = 0;
    for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, Math.max(at + needle.length, walkedTo))) {
      if (at < walkedTo) continue;
      let start = at;
      while (start > 0 && BASE64_CHAR[data[start - 1]!]) start--;
      let end = at;
      while (end < data.length && BASE64_CHAR[data[end]!]) end++;
      runs.set(start, end);
      walkedTo = end;
    }
  }
  const texts: string[] = [];
  for (const [start, end] of runs) {
    const text = Buffer.from(data.toString('latin1', start, end), 'base64').toString('utf8');
    if (holdsSourceMap(text)) texts.push(text);
  }
  return texts;
}

/** `data:` in any case at `at` (URL schemes are case-insensitive). */
function isDataScheme(data: Buffer, at: number): boolean {
  return data.toString('latin1', at, at + DATA_SCHEME.length).toLowerCase() === DATA_SCHEME;
}

/** JSON (strict or damaged) with map fields: `sourcesContent`, or `mappings` or `sections`. */
function holdsSourceMap(text: string): boolean {
  const parsed = parseMapText(text);
  if (!('json' in parsed) || !isJsonObject(parsed.json)) return false;
  const map = parsed.json;
  return 'sourcesContent' in map || 'mappings' in map || 'sections' in map;
}
