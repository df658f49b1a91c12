/**
 * Read one map candidate: parse it once, check it against ECMA-426, recover every source with
 * content and classify each by provenance; `summarizeMap` totals what an installer could
 * recover once exposure.ts has split the first-party sources.
 */
import { posix } from 'node:path';
import { isJsonObject } from '../json-text.js';
import { decodeText } from '../tarball/contents.js';
import type { RecoveredSourceSummary, SourceMapSummary } from '../types.js';
import type { Classifier } from './classify-source.js';
import type { MapCandidate } from './find-maps.js';
import { type ContentRef, decodeContent, measureContent, splitSourcesContent } from './lazy-content.js';
import { isBuildMachinePath } from './local-paths.js';
import { collectSourceRoots, collectSources, parseMapText, type RawSource } from './read-map.js';
import { resolveSourcePath } from './resolve-source.js';
import { type ContentProbe, probeOf } from './shipped-index.js';
import type { RecoveredSource } from './types.js';
import { looksLikeSourceMap, validateSourceMap } from './validate-map.js';

/** One map, read: its sources with content, classified by provenance, and what findings need. */
export interface InspectedMap {
  /** The summary without its counts, which {@link summarizeMap} adds once exposure is known. */
  readonly base: MapSummaryBase;
  /** Number of `sources` entries (with or without content). */
  readonly sourceCount: number;
  /** Entries without content that are not third-party (counted as first-party in the summary). */
  readonly firstPartyWithoutContent: number;
  readonly sources: RecoveredSource[];
  /** Shipped files this map describes: those that reference it, the file it is named after. */
  readonly generatedFiles: string[];
  /** Build-machine paths named in `sources` or `sourceRoot`. */
  readonly localPaths: string[];
  /** Index maps nested past the limit were not read in full. */
  readonly truncated?: boolean;
}

type MapSummaryBase = Omit<
  SourceMapSummary,
  'sources' | 'withContent' | 'firstParty' | 'recoverable' | 'recoverableBytes' | 'readable' | 'readableBytes' | 'recovered'
>;

/**
 * Inspect a candidate; undefined when it turns out not to be a source map at all (a `.map` or
 * sniffed file that is JSON but has neither `mappings` nor `sections`, and that no comment names).
 */
export function inspectMap(candidate: MapCandidate, classifier: Classifier, shipped: ReadonlySet<string>): InspectedMap | undefined {
  if (candidate.decodeError !== undefined) return invalidMap(candidate, `inline map: ${candidate.decodeError}`);
  const split =
    candidate.text === undefined && candidate.file && candidate.file.size >= LAZY_MAP_BYTES
      ? splitSourcesContent(candidate.file.data)
      : undefined;
  const parsed = parseMapText(split?.text ?? candidate.text ?? (candidate.file ? decodeText(candidate.file.data) : undefined) ?? '');
  // Text found by content alone that is not even damaged JSON was never a map.
  if ('error' in parsed) return candidate.sniffed ? undefined : invalidMap(candidate, parsed.error);
  const map = parsed.json;
  const isReferenced = candidate.generated.length > 0 || candidate.origin === 'inline';
  const isMap = looksLikeSourceMap(map, !candidate.path.endsWith('.map')) || hasSourcesContent(map);
  if (!isMap && !isReferenced) return undefined;
  const validity = validateSourceMap(map);

  const sources: RecoveredSource[] = [];
  const localPaths = collectSourceRoots(map).filter(isBuildMachinePath);
  let firstPartyWithoutContent = 0;
  let truncated = false;
  const raws = collectSources(map, split?.contents, () => (truncated = true));
  for (const raw of raws) {
    if (raw.source !== null && isBuildMachinePath(raw.source)) localPaths.push(raw.source);
    const resolved = resolveSourcePath(raw.source, raw.sourceRoot, candidate.path, raw.index);
    const content = contentOf(raw);
    if (content === undefined) {
      if (classifier.byPath(raw, resolved).classification !== 'third-party') firstPartyWithoutContent++;
      continue;
    }
    const verdict = classifier.withContent(raw, resolved, content.probe);
    // A content element without a `sources` entry still ships: name it by its place in the map.
    const label = raw.source ?? `sourcesContent[${raw.index}]`;
    sources.push(
      content.source({
        map: candidate.path,
        source: label,
        resolved,
        index: raw.index,
        size: content.bytes(),
        ignored: raw.ignored,
        ...verdict,
      }),
    );
  }
  // A map read leniently (not strict JSON) is invalid whatever its fields say.
  const base = baseSummary(candidate, parsed.lenient ?? validity.error);
  const generatedFiles = generatedFilesOf(candidate, map, shipped);
  const inspected = { base, sourceCount: raws.length, firstPartyWithoutContent, sources, generatedFiles, localPaths };
  return truncated ? { ...inspected, truncated } : inspected;
}

/**
 * The summary of an inspected map once every source has its final class: first-party sources
 * are `recoverable` (exposed only through the map) or `readable` (shown elsewhere too).
 */
export function summarizeMap(inspected: InspectedMap): SourceMapSummary {
  let recoverable = 0,
    recoverableBytes = 0,
    readable = 0,
    readableBytes = 0;
  const recovered: RecoveredSourceSummary[] = [];
  for (const source of inspected.sources) {
    recovered.push({
      source: source.source,
      resolved: source.resolved,
      size: source.size,
      class: source.classification,
      reason: source.reason,
      ...(source.ignored ? { ignored: true } : {}),
    });
    if (source.size === 0) continue;
    if (source.classification === 'first-party') {
      recoverable++;
      recoverableBytes += source.size;
    } else if (source.classification === 'readable') {
      readable++;
      readableBytes += source.size;
    }
  }
  // Not third-party: the package's own code, whether exposed, readable or shipped as a file too.
  const firstParty =
    inspected.firstPartyWithoutContent + inspected.sources.filter((source) => source.classification !== 'third-party').length;
  return {
    ...inspected.base,
    sources: inspected.sourceCount,
    withContent: inspected.sources.length,
    firstParty,
    recoverable,
    recoverableBytes,
    readable,
    readableBytes,
    recovered,
  };
}

/**
 * The shipped files a map was generated for: those whose comment points at it (or, for an inline
 * map, the file holding it), else the file its name or `file` field names (`a.js.map` -> `a.js`).
 * The 2026 map had no comment pointing at it, so names count.
 */
function generatedFilesOf(candidate: MapCandidate, map: unknown, shipped: ReadonlySet<string>): string[] {
  if (candidate.generated.length > 0) return [...candidate.generated];
  const guesses: string[] = [];
  if (candidate.path.endsWith('.map')) guesses.push(candidate.path.slice(0, -'.map'.length));
  const file = isJsonObject(map) && typeof map.file === 'string' ? map.file : undefined;
  if (file !== undefined) guesses.push(posix.normalize(posix.join(posix.dirname(candidate.path), file)));
  return [...new Set(guesses)].filter((path) => shipped.has(path));
}

/**
 * Maps at least this large are read lazily (see lazy-content.ts); smaller ones are parsed whole.
 * Not only the huge ones: a package of 70 chunk maps of 300 KB each is checked 10% faster when
 * its 16 MB of sources are measured and prefiltered in their bytes rather than decoded.
 */
const LAZY_MAP_BYTES = 64 * 1024;

type SourceFields = Omit<RecoveredSource, 'content' | 'raw'>;

/** How a source's content is measured, probed and attached, for in-memory and lazy content alike. */
interface ContentAccess {
  readonly probe: ContentProbe;
  bytes(): number;
  source(fields: SourceFields): RecoveredSource;
}

function contentOf(raw: RawSource): ContentAccess | undefined {
  if (raw.lazy) {
    const ref = raw.lazy;
    let measured: { bytes: number; crlf: number } | undefined;
    const measure = (): { bytes: number; crlf: number } => (measured ??= measureContent(ref));
    return {
      probe: { normalisedLength: () => measure().bytes - measure().crlf, text: () => decodedContent(ref) },
      bytes: () => measure().bytes,
      // One getter for every lazy source: a getter per source would give each object its own
      // hidden class, and every later read or write of a source would miss V8's inline caches.
      source: (fields) => Object.defineProperty({ ...fields, raw: ref }, 'content', LAZY_CONTENT) as RecoveredSource,
    };
  }
  if (raw.content === null) return undefined;
  const content = raw.content;
  return { probe: probeOf(content), bytes: () => Buffer.byteLength(content, 'utf8'), source: (fields) => ({ ...fields, content }) };
}

/** Decoded on first read and kept: extract reads each source a few times. */
const decoded = new WeakMap<ContentRef, string>();

function decodedContent(ref: ContentRef): string {
  let text = decoded.get(ref);
  if (text === undefined) {
    text = decodeContent(ref);
    decoded.set(ref, text);
  }
  return text;
}

const LAZY_CONTENT: PropertyDescriptor = {
  get(this: { raw: ContentRef }): string {
    return decodedContent(this.raw);
  },
  enumerable: true,
};

function hasSourcesContent(map: unknown): boolean {
  return isJsonObject(map) && 'sourcesContent' in map;
}

function invalidMap(candidate: MapCandidate, reason: string): InspectedMap {
  return {
    base: baseSummary(candidate, reason),
    sourceCount: 0,
    firstPartyWithoutContent: 0,
    sources: [],
    generatedFiles: [...candidate.generated],
    localPaths: [],
  };
}

function baseSummary(candidate: MapCandidate, invalidReason: string | undefined): MapSummaryBase {
  const base = { path: candidate.path, origin: candidate.origin, generated: [...candidate.generated] };
  return invalidReason === undefined ? { ...base, valid: true } : { ...base, valid: false, invalidReason };
}
