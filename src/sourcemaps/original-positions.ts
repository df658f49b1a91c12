/**
 * Map positions in generated files back to their original sources through the files' source
 * maps, with Mozilla's `source-map` (its WASM `SourceMapConsumer`, ECMA-426 mappings). Loaded
 * lazily: the module is imported and a map decoded only for generated files that something asks
 * about (a finding with a line), so a package whose bundles hold no finding never pays for
 * parsing its mappings (the 60 MB incident map included). Maps with or without `sourcesContent`
 * both work: only `sources` and `mappings` are needed, and a large map's `sourcesContent` is cut
 * out before parsing (lazy-content.ts).
 */
import type { BasicSourceMapConsumer, IndexedSourceMapConsumer } from 'source-map';
import { isJsonObject } from '../json-text.js';
import { decodeText } from '../tarball/contents.js';
import type { PackageContents, SourceMapSummary } from '../types.js';
import { decodeDataUrl, isDataUrl } from './data-url.js';
import { extractSourceMappingUrl } from './extract-url.js';
import { splitSourcesContent } from './lazy-content.js';
import { parseMapText } from './read-map.js';
import type { RecoveredSource, SourceMapAnalysis } from './types.js';

/** A 1-based line and column in a generated file (columns in UTF-16 code units). */
export interface GeneratedPosition {
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

/** Where a generated position comes from. */
export interface OriginalPosition {
  /** The map that says so. */
  readonly map: string;
  /** The `sources` entry as written in the map. */
  readonly source: string;
  /** 1-based line and column in the original source. */
  readonly line: number;
  readonly column: number;
  /** The recovered source, when the map embeds its content (with its classification). */
  readonly recovered?: RecoveredSource;
}

/** Maps at least this large are read without their `sourcesContent` (as inspect-map.ts does). */
const LAZY_MAP_BYTES = 1024 * 1024;

/**
 * The map of each generated file: the files a map's `sourceMappingURL` names, the file holding an
 * inline map, and for a map nobody references (`x.js.map`) the file it is named after (`x.js`).
 */
export function mapsOfGeneratedFiles(contents: PackageContents, maps: readonly SourceMapSummary[]): Map<string, SourceMapSummary> {
  const byGenerated = new Map<string, SourceMapSummary>();
  for (const map of maps) {
    if (map.origin === 'remote') continue;
    const generated = map.origin === 'inline' ? [map.path] : map.generated;
    for (const path of generated) if (!byGenerated.has(path)) byGenerated.set(path, map);
  }
  for (const map of maps) {
    if (map.origin !== 'file' || map.generated.length > 0 || !map.path.endsWith('.map')) continue;
    const owner = map.path.slice(0, -'.map'.length);
    if (contents.byPath.has(owner) && !byGenerated.has(owner)) byGenerated.set(owner, map);
  }
  return byGenerated;
}

/**
 * Original positions of `positions`, in the same order; undefined where the file has no map, the
 * map has no mapping there, or `source-map` cannot read the map (an invalid map is reported by
 * the `sourcemap/` rules, never here).
 */
export async function lookupOriginalPositions(
  contents: PackageContents,
  analysis: SourceMapAnalysis,
  positions: readonly GeneratedPosition[],
): Promise<Array<OriginalPosition | undefined>> {
  const results: Array<OriginalPosition | undefined> = new Array(positions.length).fill(undefined);
  const byGenerated = mapsOfGeneratedFiles(contents, analysis.maps);
  const wanted = new Map<SourceMapSummary, number[]>();
  positions.forEach((position, i) => {
    const map = byGenerated.get(position.path);
    if (map) wanted.set(map, [...(wanted.get(map) ?? []), i]);
  });
  if (wanted.size === 0) return results;
  const { SourceMapConsumer } = await import('source-map');
  for (const [map, indices] of wanted) {
    const raw = readRawMap(contents, map);
    if (!raw || Array.isArray(raw.sections)) continue;
    const recovered = analysis.sources.filter((source) => source.map === map.path);
    try {
      await SourceMapConsumer.with(raw as never, null, (consumer) => {
        for (const i of indices)
          results[i] = locate(consumer, SourceMapConsumer.LEAST_UPPER_BOUND, positions[i]!, { path: map.path, raw, recovered });
      });
    } catch {
      // source-map rejects what ECMA-426 tolerates less strictly (bad VLQ, versions): no original.
    }
  }
  return results;
}

/** One map being read: its path, its JSON and the sources recovered from it. */
interface OpenMap {
  readonly path: string;
  readonly raw: Record<string, unknown>;
  readonly recovered: readonly RecoveredSource[];
}

/** `source-map` columns are 0-based, ours 1-based; lines are 1-based in both. */
function locate(
  consumer: BasicSourceMapConsumer | IndexedSourceMapConsumer,
  leastUpperBound: number,
  position: GeneratedPosition,
  map: OpenMap,
): OriginalPosition | undefined {
  const generated = { line: position.line, column: position.column - 1 };
  let found = consumer.originalPositionFor(generated);
  // Nothing maps at or before the column: take the first mapping after it on the same line.
  if (found.source === null) found = consumer.originalPositionFor({ ...generated, bias: leastUpperBound });
  if (found.source === null || found.line === null || found.column === null) return undefined;
  const index = consumer.sources.indexOf(found.source);
  const sources = Array.isArray(map.raw.sources) ? map.raw.sources : [];
  const written = typeof sources[index] === 'string' ? (sources[index] as string) : found.source;
  const recovered = map.recovered.find((candidate) => candidate.index === String(index));
  return { map: map.path, source: written, line: found.line, column: found.column + 1, ...(recovered ? { recovered } : {}) };
}

/** The map's JSON (without `sourcesContent` when large), or undefined when it cannot be read. */
function readRawMap(contents: PackageContents, map: SourceMapSummary): Record<string, unknown> | undefined {
  const text = map.origin === 'inline' ? inlineMapText(contents, map.path) : fileMapText(contents, map.path);
  if (text === undefined) return undefined;
  const parsed = parseMapText(text);
  return 'json' in parsed && isJsonObject(parsed.json) ? parsed.json : undefined;
}

function fileMapText(contents: PackageContents, path: string): string | undefined {
  const file = contents.byPath.get(path);
  if (!file) return undefined;
  return (file.size >= LAZY_MAP_BYTES ? splitSourcesContent(file.data)?.text : undefined) ?? decodeText(file.data);
}

function inlineMapText(contents: PackageContents, path: string): string | undefined {
  const file = contents.byPath.get(path);
  const url = file ? extractSourceMappingUrl(file.data, path.toLowerCase().endsWith('.css') ? 'css' : 'js') : null;
  if (!url || !isDataUrl(url)) return undefined;
  const decoded = decodeDataUrl(url);
  return 'text' in decoded ? decoded.text : undefined;
}
