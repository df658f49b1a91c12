/**
 * The source-map analysis leakproof runs once per package, before the rules: find every map,
 * recover every embedded source, classify each by provenance, split the first-party ones into
 * readable elsewhere and exposed only through the map. Pure: package contents in, facts out; the
 * `sourcemap/` rules (rules/sourcemap-rules.ts) judge them. See docs/sourcemaps.md.
 */

import { redactUrl } from '../redact.js';
import { comparePaths } from '../tarball/contents.js';
import type { InspectionGap, PackageContents, SourceMapSummary } from '../types.js';
import { type ClassifyOptions, createClassifier } from './classify-source.js';
import { judgeExposure } from './exposure.js';
import { findSourceMaps, type MapDiscovery, type OutsideReference } from './find-maps.js';
import { type InspectedMap, inspectMap, summarizeMap } from './inspect-map.js';
import { contentHash, createShippedContentLookup } from './shipped-index.js';
import type { MapFacts, OutsideReferences, RecoveredSource, SourceMapAnalysis } from './types.js';
import { MAX_INDEX_DEPTH } from './validate-map.js';

/**
 * Analyse every source map in `contents`. Each map is JSON.parsed exactly once and its
 * `sourcesContent` strings are referenced, never copied; the work is linear in the package size.
 * `options` say which sources count as third-party beyond what their paths and package.json show.
 */
export function analyseSourceMaps(contents: PackageContents, options: ClassifyOptions = {}): SourceMapAnalysis {
  const discovery = findSourceMaps(contents);
  const mapFiles = new Set(discovery.candidates.filter((c) => c.origin === 'file').map((c) => c.path));
  const classifier = createClassifier(contents, options, createShippedContentLookup(contents, mapFiles));
  const shipped = new Set(contents.byPath.keys());

  const inspectedMaps: InspectedMap[] = [];
  const gaps: InspectionGap[] = [...discovery.gaps];
  for (const candidate of discovery.candidates) {
    const inspected = inspectMap(candidate, classifier, shipped);
    if (!inspected) continue;
    if (inspected.truncated) {
      gaps.push({
        code: 'unreadable',
        path: candidate.path,
        message: `${candidate.path} nests index maps deeper than ${MAX_INDEX_DEPTH} levels; the deeper sections were not read`,
      });
    }
    inspectedMaps.push(inspected);
  }
  applyExposure(contents, inspectedMaps);

  const inspected: MapFacts[] = inspectedMaps.map((map) => ({
    summary: summarizeMap(map),
    sources: map.sources,
    generatedFiles: map.generatedFiles,
    localPaths: map.localPaths,
  }));
  const maps = inspected.map((map) => map.summary);
  const sources = inspectedMaps.flatMap((map) => map.sources);
  const references = redactReferences(discovery);
  for (const { from, url } of references.remote) maps.push(remoteSummary(from, url));
  maps.sort((a, b) => comparePaths(a.path, b.path) || comparePaths(a.origin, b.origin));
  const unique = { recoverable: countUnique(sources, 'first-party'), readable: countUnique(sources, 'readable') };
  const analysis = { maps, sources, inspected, references, unique };
  return gaps.length > 0 ? { ...analysis, gaps } : analysis;
}

/**
 * Distinct sources of a class: same resolved path and same content count once. Sources are
 * grouped by path and size first, and only a group of several is told apart by content hash, so
 * a large map's sources are not decoded to be counted.
 */
function countUnique(sources: readonly RecoveredSource[], classification: RecoveredSource['classification']): number {
  const groups = new Map<string, RecoveredSource[]>();
  for (const source of sources) {
    if (source.classification !== classification || source.size === 0) continue;
    const key = `${source.resolved}\0${source.size}`;
    const group = groups.get(key);
    if (group) group.push(source);
    else groups.set(key, [source]);
  }
  let count = 0;
  for (const group of groups.values()) count += group.length === 1 ? 1 : new Set(group.map((source) => contentHash(source.content))).size;
  return count;
}

/** Split first-party sources into `readable` (shown elsewhere) and `first-party` (exposed). */
function applyExposure(contents: PackageContents, inspectedMaps: readonly InspectedMap[]): void {
  const verdicts = judgeExposure(
    contents,
    inspectedMaps.map((map) => ({ generatedFiles: map.generatedFiles, sources: map.sources })),
  );
  for (const [source, verdict] of verdicts) {
    source.classification = verdict.readable ? 'readable' : 'first-party';
    source.reason = verdict.reason;
    if (verdict.shownIn !== undefined) source.shownIn = verdict.shownIn;
  }
}

/** A map that lives at a remote URL: listed so reports show it, but never fetched. */
function remoteSummary(from: string, url: string): SourceMapSummary {
  return {
    path: from,
    origin: 'remote',
    generated: [from],
    valid: true,
    sources: 0,
    withContent: 0,
    firstParty: 0,
    recoverable: 0,
    recoverableBytes: 0,
    url,
  };
}

/** URLs can carry a password or token: the facts keep them masked, as every output does. */
function redactReferences({ remote, dangling, localPaths }: MapDiscovery): OutsideReferences {
  const redact = (list: readonly OutsideReference[]): OutsideReference[] =>
    list.map((reference) => ({ ...reference, url: redactUrl(reference.url) }));
  return { remote: redact(remote), dangling: redact(dangling), localPaths: redact(localPaths) };
}
