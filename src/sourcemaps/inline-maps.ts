/**
 * Inline source maps anywhere in a file, not only in its final `sourceMappingURL` comment:
 * ECMA-426 names one map per file (the last comment, with no code after it), but every `data:`
 * map in the bytes is readable by whoever installs the package. This finds them in extensionless
 * `bin/` scripts, HTML, Vue single-file components, webpack `eval-source-map` bundles (one map
 * per module, inside string literals) and files with code after the comment.
 */

import { isJsonObject } from '../json-text.js';
import { decodeDataUrl } from './data-url.js';
import { parseMapText } from './read-map.js';

/** Where an inline map may start: after the comment keyword, or a JSON `data:` URL anywhere. */
const NEEDLES = ['sourceMappingURL=', 'data:application/json'].map((needle) => Buffer.from(needle));
const DATA_SCHEME = 'data:';

/**
 * Bytes that end a `data:` URL written in code: whitespace, quotes, a backtick, a backslash
 * (an escape such as `\n` inside a string literal), angle brackets.
 */
const URL_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c, 0x22, 0x27, 0x60, 0x5c, 0x3c, 0x3e]);

/**
 * The decoded text of every `data:` URL in `data` that holds a source map, in order, without
 * repeats; `skip` is the offset of one the caller already has (the last comment's).
 */
export function findInlineMapTexts(data: Buffer, skip = -1): string[] {
  const starts = new Set<number>();
  for (const needle of NEEDLES) {
    for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + needle.length)) {
      const start = needle[0] === 0x73 ? at + needle.length : at;
      if (start !== skip && isDataScheme(data, start)) starts.add(start);
    }
  }
  const texts: string[] = [];
  const seen = new Set<string>();
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
