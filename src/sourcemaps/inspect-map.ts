/**
 * Read one map candidate: parse it once, check it against ECMA-426, recover every source with
 * content, classify each, and total what an installer could recover.
 */
import { decodeText } from '../tarball/contents.js';
import type { RecoveredSourceSummary, SourceMapSummary } from '../types.js';
import type { Classifier } from './classify-source.js';
import type { MapCandidate } from './find-maps.js';
import { isBuildMachinePath } from './local-paths.js';
import { decodeContent, measureContent, splitSourcesContent } from './lazy-content.js';
import { collectSourceRoots, collectSources, parseMapText, type RawSource } from './read-map.js';
import { probeOf, type ContentProbe } from './shipped-index.js';
import { resolveSourcePath } from './resolve-source.js';
import type { RecoveredSource } from './types.js';
import { looksLikeSourceMap, validateSourceMap } from './validate-map.js';

/** One map, read: its summary, its sources with content, and what the findings need. */
export interface InspectedMap {
  readonly summary: SourceMapSummary;
  readonly sources: RecoveredSource[];
  /** First-party, not shipped, non-empty: what `sourcemap/embedded-sources` reports. */
  readonly recoverable: RecoveredSource[];
  /** Build-machine paths named in `sources` or `sourceRoot`. */
  readonly localPaths: string[];
  /** Index maps nested past the limit were not read in full. */
  readonly truncated?: boolean;
}

/**
 * Inspect a candidate; undefined when it turns out not to be a source map at all (a `.map` or
 * sniffed file that is JSON but has neither `mappings` nor `sections`, and that no comment names).
 */
export function inspectMap(candidate: MapCandidate, classifier: Classifier): InspectedMap | undefined {
  if (candidate.decodeError !== undefined) return invalidMap(candidate, `inline map: ${candidate.decodeError}`);
  const split = candidate.text === undefined && candidate.file && candidate.file.size >= LAZY_MAP_BYTES ? splitSourcesContent(candidate.file.data) : undefined;
  const parsed = parseMapText(split?.text ?? candidate.text ?? (candidate.file ? decodeText(candidate.file.data) : undefined) ?? '');
  // Text found by content alone that is not even damaged JSON was never a map.
  if ('error' in parsed) return candidate.sniffed ? undefined : invalidMap(candidate, parsed.error);
  const map = parsed.json;
  const isReferenced = candidate.generated.length > 0 || candidate.origin === 'inline';
  const isMap = looksLikeSourceMap(map, !candidate.path.endsWith('.map')) || hasSourcesContent(map);
  if (!isMap && !isReferenced) return undefined;
  const validity = validateSourceMap(map);
  const invalidReason = parsed.lenient ?? validity.error;

  const sources: RecoveredSource[] = [];
  const list: RecoveredSourceSummary[] = [];
  const recoverable: RecoveredSource[] = [];
  const localPaths = collectSourceRoots(map).filter(isBuildMachinePath);
  let firstParty = 0, recoverableBytes = 0;
  let truncated = false;
  const raws = collectSources(map, split?.contents, () => (truncated = true));
  for (const raw of raws) {
    if (raw.source !== null && isBuildMachinePath(raw.source)) localPaths.push(raw.source);
    const resolved = resolveSourcePath(raw.source, raw.sourceRoot, candidate.path, raw.index);
    const content = contentOf(raw);
    const verdict = content === undefined ? classifier.byPath(raw, resolved) : classifier.withContent(raw, resolved, content.probe, candidate.path);
    if (verdict.classification !== 'third-party') firstParty++;
    if (content === undefined) continue;
    // A content element without a `sources` entry still ships: name it by its place in the map.
    const label = raw.source ?? `sourcesContent[${raw.index}]`;
    const recovered = content.source({ map: candidate.path, source: label, resolved, index: raw.index, ...verdict });
    sources.push(recovered);
    const size = content.bytes();
    list.push({ source: label, resolved, size, class: verdict.classification, ...(raw.ignored ? { ignored: true } : {}) });
    if (verdict.classification === 'first-party' && size > 0) {
      recoverable.push(recovered);
      recoverableBytes += size;
    }
  }
  const summary: SourceMapSummary = {
    ...baseSummary(candidate, invalidReason),
    sources: raws.length,
    withContent: sources.length,
    firstParty,
    recoverable: recoverable.length,
    recoverableBytes,
    recovered: list,
  };
  return truncated ? { summary, sources, recoverable, localPaths, truncated } : { summary, sources, recoverable, localPaths };
}

/** Maps at least this large are read lazily (see lazy-content.ts); smaller ones are parsed whole. */
const LAZY_MAP_BYTES = 1024 * 1024;

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
    let text: string | undefined;
    const decode = (): string => (text ??= decodeContent(ref));
    return {
      probe: { normalisedLength: () => measure().bytes - measure().crlf, text: decode },
      bytes: () => measure().bytes,
      // Decoded on first read and kept: extract reads each source a few times.
      source: (fields) => Object.defineProperty({ ...fields, raw: ref }, 'content', { get: decode, enumerable: true }) as RecoveredSource,
    };
  }
  if (raw.content === null) return undefined;
  const content = raw.content;
  return { probe: probeOf(content), bytes: () => Buffer.byteLength(content, 'utf8'), source: (fields) => ({ ...fields, content }) };
}

function hasSourcesContent(map: unknown): boolean {
  return typeof map === 'object' && map !== null && 'sourcesContent' in map;
}

function invalidMap(candidate: MapCandidate, reason: string): InspectedMap {
  const summary = { ...baseSummary(candidate, reason), sources: 0, withContent: 0, firstParty: 0, recoverable: 0, recoverableBytes: 0 };
  return { summary, sources: [], recoverable: [], localPaths: [] };
}

function baseSummary(candidate: MapCandidate, invalidReason: string | undefined): Omit<SourceMapSummary, 'sources' | 'withContent' | 'firstParty' | 'recoverable' | 'recoverableBytes'> {
  const base = { path: candidate.path, origin: candidate.origin, generated: [...candidate.generated] };
  return invalidReason === undefined ? { ...base, valid: true } : { ...base, valid: false, invalidReason };
}
