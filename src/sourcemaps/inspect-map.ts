/**
 * Read one map candidate: parse it once, check it against ECMA-426, recover every source with
 * content, classify each, and total what an installer could recover.
 */
import type { SourceMapSummary } from '../types.js';
import type { Classifier } from './classify-source.js';
import type { MapCandidate } from './find-maps.js';
import { isBuildMachinePath } from './local-paths.js';
import { collectSourceRoots, collectSources, parseMapText } from './read-map.js';
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
}

/**
 * Inspect a candidate; undefined when it turns out not to be a source map at all (a `.map` or
 * sniffed file that is JSON but has neither `mappings` nor `sections`, and that no comment names).
 */
export function inspectMap(candidate: MapCandidate, classifier: Classifier): InspectedMap | undefined {
  if (candidate.decodeError !== undefined) return invalidMap(candidate, `inline map: ${candidate.decodeError}`);
  const parsed = parseMapText(candidate.text ?? candidate.file?.data.toString('utf8') ?? '');
  if ('error' in parsed) return invalidMap(candidate, parsed.error);
  const map = parsed.json;
  const isReferenced = candidate.generated.length > 0 || candidate.origin === 'inline';
  const isMap = looksLikeSourceMap(map, !candidate.path.endsWith('.map')) || hasSourcesContent(map);
  if (!isMap && !isReferenced) return undefined;
  const validity = validateSourceMap(map);

  const sources: RecoveredSource[] = [];
  const recoverable: RecoveredSource[] = [];
  const localPaths = collectSourceRoots(map).filter(isBuildMachinePath);
  let firstParty = 0, recoverableBytes = 0;
  const raws = collectSources(map);
  for (const raw of raws) {
    if (raw.source !== null && isBuildMachinePath(raw.source)) localPaths.push(raw.source);
    const resolved = resolveSourcePath(raw.source, raw.sourceRoot, candidate.path, raw.index);
    const { content } = raw;
    const verdict = content === null ? classifier.byPath(raw, resolved) : classifier.withContent(raw, resolved, content, candidate.path);
    if (verdict.classification !== 'third-party') firstParty++;
    if (content === null) continue;
    const recovered: RecoveredSource = { map: candidate.path, source: raw.source ?? '', resolved, index: raw.index, content, ...verdict };
    sources.push(recovered);
    if (verdict.classification === 'first-party' && content.length > 0) {
      recoverable.push(recovered);
      recoverableBytes += Buffer.byteLength(content, 'utf8');
    }
  }
  const summary: SourceMapSummary = {
    ...baseSummary(candidate, validity.error),
    sources: raws.length,
    withContent: sources.length,
    firstParty,
    recoverable: recoverable.length,
    recoverableBytes,
  };
  return { summary, sources, recoverable, localPaths };
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
