/**
 * Validity of a parsed source map per ECMA-426 (https://tc39.es/ecma426/#sec-source-map-format
 * and #sec-index-source-map). Validation never blocks extraction: callers read `sourcesContent`
 * of invalid maps all the same, because an invalid map still leaks what it carries.
 */
import { isJsonObject, type JsonObject } from '../json-text.js';
import { validateMappings } from './validate-mappings.js';

/**
 * Index maps nested deeper than this are hostile rather than useful: validation calls them
 * invalid and reading stops there with an inspection gap, so such a map never passes unread
 * (and never overflows the stack).
 */
export const MAX_INDEX_DEPTH = 32;

/** Result of {@link validateSourceMap}: a reason when invalid, and where the last mapping sits. */
export interface MapValidity {
  readonly error?: string;
  readonly lastLine: number;
  readonly lastColumn: number;
}

/**
 * True when `value` looks like a source map: `version` plus `mappings` or `sections`. `strict`
 * (for files found by content, not by name) also wants a numeric version and a string
 * `mappings` or a `sections` list, so an ordinary JSON file with those key names is left alone.
 */
export function looksLikeSourceMap(value: unknown, strict = false): value is JsonObject {
  if (!isJsonObject(value) || !('version' in value)) return false;
  if (!strict) return 'mappings' in value || 'sections' in value;
  return typeof value.version === 'number' && (typeof value.mappings === 'string' || Array.isArray(value.sections));
}

/** Check a parsed source map (regular or index map) against ECMA-426. */
export function validateSourceMap(map: unknown, depth = 0): MapValidity {
  if (!isJsonObject(map)) return invalid('the source map is not a JSON object');
  if (depth > MAX_INDEX_DEPTH) return invalid(`index maps nested deeper than ${MAX_INDEX_DEPTH} levels`);
  if (map.version !== 3) return invalid('"version" must be the number 3');
  if (map.file !== undefined && typeof map.file !== 'string') return invalid('"file" must be a string');
  return 'sections' in map ? validateIndexMap(map, depth) : validateRegularMap(map);
}

function invalid(error: string): MapValidity {
  return { error, lastLine: -1, lastColumn: 0 };
}

function validateRegularMap(map: JsonObject): MapValidity {
  const fieldError = checkRegularFields(map);
  if (fieldError) return invalid(fieldError);
  const sources = map.sources as unknown[];
  const names = (map.names as unknown[] | undefined) ?? [];
  return validateMappings(map.mappings as string, sources.length, names.length);
}

/** The non-mappings fields of a regular map; returns the first problem found. */
function checkRegularFields(map: JsonObject): string | undefined {
  if (typeof map.mappings !== 'string') return '"mappings" must be a string';
  if (map.sourceRoot !== undefined && typeof map.sourceRoot !== 'string') return '"sourceRoot" must be a string';
  if (!isListOf(map.sources, isStringOrNull)) return '"sources" must be a list of strings or nulls';
  if (map.sourcesContent !== undefined && !isListOf(map.sourcesContent, isStringOrNull)) {
    return '"sourcesContent" must be a list of strings or nulls';
  }
  if (map.names !== undefined && !isListOf(map.names, (n) => typeof n === 'string')) return '"names" must be a list of strings';
  const count = map.sources.length;
  if (map.ignoreList !== undefined && !isListOf(map.ignoreList, (i) => isIndex(i, count))) {
    return '"ignoreList" must be a list of indices into "sources"';
  }
  return undefined;
}

function validateIndexMap(map: JsonObject, depth: number): MapValidity {
  if ('mappings' in map) return invalid('an index map must not have "mappings"');
  if (!Array.isArray(map.sections)) return invalid('"sections" must be a list');
  // Sections must be sorted and must not overlap: each starts after the previous one's last mapping.
  let endLine = -1,
    endColumn = -1;
  let lastLine = -1,
    lastColumn = 0;
  for (const [index, section] of map.sections.entries()) {
    const where = `section ${index}`;
    if (!isJsonObject(section)) return invalid(`${where} is not an object`);
    const offset = section.offset;
    if (!isJsonObject(offset)) return invalid(`${where} has no "offset" object`);
    const { line, column } = offset;
    if (!isNonNegativeInteger(line) || !isNonNegativeInteger(column)) {
      return invalid(`${where} "offset" needs non-negative integer "line" and "column"`);
    }
    if (line < endLine || (line === endLine && column <= endColumn)) {
      return invalid(`${where} overlaps or precedes the previous section`);
    }
    if (!isJsonObject(section.map)) return invalid(`${where} has no "map" object`);
    const inner = validateSourceMap(section.map, depth + 1);
    if (inner.error) return invalid(`${where}: ${inner.error}`);
    [endLine, endColumn] =
      inner.lastLine < 0
        ? [line, column]
        : inner.lastLine === 0
          ? [line, column + inner.lastColumn]
          : [line + inner.lastLine, inner.lastColumn];
    if (inner.lastLine >= 0) [lastLine, lastColumn] = [endLine, endColumn];
  }
  return { lastLine, lastColumn };
}

function isListOf(value: unknown, test: (item: unknown) => boolean): value is unknown[] {
  return Array.isArray(value) && value.every(test);
}

function isStringOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isIndex(value: unknown, count: number): boolean {
  return isNonNegativeInteger(value) && value < count;
}
