/**
 * Parse a source map once and list its sources, leniently: whatever `validateSourceMap` thinks
 * of the map, every `sourcesContent` string that can be reached is returned, because an invalid
 * map still leaks what it carries. Index maps (ECMA-426 §"Index source map") are walked section
 * by section, nested ones included.
 */

import { isJsonObject, type JsonObject } from '../json-text.js';
import { stripBom } from '../text.js';
import type { ContentRef } from './lazy-content.js';
import { parseRelaxed, salvageMapFields } from './lenient-json.js';
import { MAX_INDEX_DEPTH } from './validate-map.js';

/** One `sources` entry with its content, before resolution and classification. */
export interface RawSource {
  /** The entry as written (null when the map says null). */
  readonly source: string | null;
  /** Position in `sources`; for index maps `section.index` (nested: `s.s.index`). */
  readonly index: string;
  /** The `sourcesContent` entry; null when absent. Never copied. */
  readonly content: string | null;
  /** Listed in `ignoreList` or the older `x_google_ignoreList`. */
  readonly ignored: boolean;
  /** The `sourceRoot` of the (sub-)map this entry belongs to. */
  readonly sourceRoot: string | undefined;
  /** For a large map read lazily: the element's bytes (then `content` is null). */
  readonly lazy?: ContentRef;
}

/**
 * A parsed map, or why its text is not JSON. `lenient` says the text is not strict JSON and
 * what was read anyway (see lenient-json.ts): the map is then invalid, but its sources count.
 */
export type ParsedMap = { readonly json: unknown; readonly lenient?: string } | { readonly error: string };

/**
 * JSON.parse the map text, once when it is valid. Strips a UTF-8 BOM and the `)]}'` first line
 * that ECMA-426 allows as an anti-XSSI prefix. Text that is not strict JSON (a trailing comma,
 * bytes after the object, comments) is read leniently: a broken map still leaks what it carries.
 */
export function parseMapText(text: string): ParsedMap {
  let body = stripBom(text);
  if (body.trimStart().startsWith(")]}'")) {
    const newline = body.indexOf('\n');
    body = newline < 0 ? '' : body.slice(newline + 1);
  }
  try {
    return { json: JSON.parse(body) as unknown };
  } catch (error) {
    const reason = `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    const relaxed = parseRelaxed(body);
    if (relaxed !== undefined) return { json: relaxed, lenient: `${reason}; read leniently` };
    const salvaged = salvageMapFields(body);
    return salvaged ? { json: salvaged, lenient: `${reason}; sources read from the damaged text` } : { error: reason };
  }
}

/** Every source of a parsed map (regular or index), in map order. */
export function collectSources(map: unknown, lazy?: ReadonlyArray<ContentRef | null>, onTooDeep?: () => void): RawSource[] {
  const out: RawSource[] = [];
  if (lazy && isJsonObject(map)) collectRegular(map, '', out, lazy);
  else collectInto(map, '', out, 0, onTooDeep ?? (() => undefined));
  return out;
}

/** Every `sourceRoot` string in the map and its sections. */
export function collectSourceRoots(map: unknown, depth = 0): string[] {
  if (!isJsonObject(map) || depth > MAX_INDEX_DEPTH) return [];
  const own = typeof map.sourceRoot === 'string' && map.sourceRoot !== '' ? [map.sourceRoot] : [];
  if (!Array.isArray(map.sections)) return own;
  return own.concat(map.sections.flatMap((section: unknown) => (isJsonObject(section) ? collectSourceRoots(section.map, depth + 1) : [])));
}

function collectInto(map: unknown, prefix: string, out: RawSource[], depth: number, onTooDeep: () => void): void {
  if (!isJsonObject(map)) return;
  if (depth > MAX_INDEX_DEPTH) {
    onTooDeep();
    return;
  }
  if (!Array.isArray(map.sections)) {
    collectRegular(map, prefix, out);
    return;
  }
  // ECMA-426 gives an index map no sources of its own, but a hand-made one that has them ships them.
  if (Array.isArray(map.sources) || Array.isArray(map.sourcesContent)) collectRegular(map, prefix, out);
  map.sections.forEach((section: unknown, i: number) => {
    if (isJsonObject(section)) collectInto(section.map, `${prefix}${i}.`, out, depth + 1, onTooDeep);
  });
}

function collectRegular(map: JsonObject, prefix: string, out: RawSource[], lazy?: ReadonlyArray<ContentRef | null>): void {
  const sources = Array.isArray(map.sources) ? (map.sources as unknown[]) : [];
  const contents: readonly unknown[] = lazy ?? (Array.isArray(map.sourcesContent) ? (map.sourcesContent as unknown[]) : []);
  const ignored = ignoredIndices(map);
  const sourceRoot = typeof map.sourceRoot === 'string' && map.sourceRoot !== '' ? map.sourceRoot : undefined;
  // A map without `sources` but with `sourcesContent` still leaks: count whichever is longer.
  const count = Math.max(sources.length, contents.length);
  for (let i = 0; i < count; i++) {
    const source = sources[i];
    const content = contents[i];
    const entry: RawSource = {
      source: typeof source === 'string' ? source : null,
      index: `${prefix}${i}`,
      content: typeof content === 'string' ? content : null,
      ignored: ignored.has(i),
      sourceRoot,
    };
    out.push(lazy && content ? { ...entry, lazy: content as ContentRef } : entry);
  }
}

/** Indices listed in `ignoreList` (ECMA-426) or its predecessor `x_google_ignoreList`. */
function ignoredIndices(map: JsonObject): Set<number> {
  const set = new Set<number>();
  for (const list of [map.ignoreList, map.x_google_ignoreList]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) if (typeof item === 'number') set.add(item);
  }
  return set;
}
