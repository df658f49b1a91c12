/**
 * Read a source map that is not strict JSON. Browsers' devtools reject such a map, but its
 * `sourcesContent` is still plain text in the file for anyone who opens it, and docs/sourcemaps.md
 * promises that an invalid map still leaks what it carries. Two steps, both linear:
 *
 * 1. {@link relaxJson}: cut trailing bytes after the top-level value, drop `//` and block
 *    comments and trailing commas outside strings, then `JSON.parse` again;
 * 2. {@link salvageMapFields}: when that still fails, read every `"sources"` and
 *    `"sourcesContent"` array (keys compared decoded, so `"sources\u0043ontent"` counts) string
 *    literal by string literal, as far as the damage allows.
 */

/** Strict JSON.parse after {@link relaxJson}; undefined when even that fails. */
export function parseRelaxed(text: string): unknown {
  try {
    return JSON.parse(relaxJson(text)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * `text` up to the end of its first top-level value, without comments or trailing commas
 * outside strings. Strings are copied as they are, escapes and all.
 */
export function relaxJson(text: string): string {
  let out = '';
  let depth = 0;
  let copyFrom = 0;
  let pendingComma = -1;
  let i = 0;
  const flush = (to: number): void => {
    out += text.slice(copyFrom, to);
    copyFrom = to;
  };
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      pendingComma = -1;
      i = endOfLiteral(text, i);
      if (depth === 0) break;
      continue;
    }
    if (c === 0x2f && (text[i + 1] === '/' || text[i + 1] === '*')) {
      flush(i);
      const end = text[i + 1] === '/' ? text.indexOf('\n', i) : text.indexOf('*/', i + 2) + 2;
      i = end <= 1 || end < i ? text.length : end;
      copyFrom = i;
      continue;
    }
    if (c === 0x2c) pendingComma = i;
    else if (c === 0x7d || c === 0x5d) {
      if (pendingComma >= 0) {
        flush(pendingComma);
        copyFrom = pendingComma + 1;
      }
      pendingComma = -1;
      depth -= 1;
      if (depth <= 0) {
        i += 1;
        break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      pendingComma = -1;
    } else if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) pendingComma = -1;
    i += 1;
  }
  flush(Math.min(i, text.length));
  return out;
}

/** Index just past the string literal opening at `at` (or the end of the text when unclosed). */
function endOfLiteral(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i += 2;
    else if (c === 0x22) return i + 1;
    else i += 1;
  }
  return text.length;
}

/** Decode a JSON string literal leniently: bad escapes stay as written. */
export function decodeLiteral(literal: string): string {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return literal.slice(1, literal.endsWith('"') ? -1 : undefined).replace(/\\(["\\/bfnrt])/g, (_m, c: string) => ESCAPES[c] ?? c);
  }
}

const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * Every `sources` and `sourcesContent` array found in damaged JSON text, as a map-like object;
 * undefined when there is no `sourcesContent` at all. Elements that are neither strings nor
 * `null` end the array.
 */
export function salvageMapFields(text: string): { sources: (string | null)[]; sourcesContent: (string | null)[] } | undefined {
  const found: Record<string, (string | null)[]> = {};
  let i = text.indexOf('"');
  while (i >= 0 && i < text.length) {
    const end = endOfLiteral(text, i);
    let next = skipSpace(text, end);
    if (text[next] === ':') {
      const key = decodeLiteral(text.slice(i, end));
      next = skipSpace(text, next + 1);
      if ((key === 'sources' || key === 'sourcesContent') && text[next] === '[') {
        const array = readStringArray(text, next);
        found[key] = [...(found[key] ?? []), ...array.values];
        next = array.end;
      }
    }
    i = text.indexOf('"', Math.max(next, end));
  }
  if (!found.sourcesContent) return undefined;
  return { sources: found.sources ?? [], sourcesContent: found.sourcesContent };
}

function readStringArray(text: string, open: number): { values: (string | null)[]; end: number } {
  const values: (string | null)[] = [];
  let i = skipSpace(text, open + 1);
  for (;;) {
    if (text[i] === '"') {
      const end = endOfLiteral(text, i);
      values.push(decodeLiteral(text.slice(i, end)));
      i = end;
    } else if (text.startsWith('null', i)) {
      values.push(null);
      i += 4;
    } else return { values, end: i };
    i = skipSpace(text, i);
    if (text[i] !== ',') return { values, end: i };
    i = skipSpace(text, i + 1);
  }
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  return i;
}
