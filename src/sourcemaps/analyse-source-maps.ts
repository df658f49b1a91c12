/**
 * The source-map analysis leakproof runs once per package, before the rules: find every map,
 * recover every embedded source, classify each by provenance, split the first-party ones into
 * readable elsewhere and exposed only through the map, and produce the `sourcemap/` findings.
 * Pure: package contents and policy in, data out. See docs/sourcemaps.md.
 */
import type { Policy } from '../policy/policy.js';
import type { Finding, InspectionGap, PackageContents, SourceMapSummary } from '../types.js';
import { createClassifier } from './classify-source.js';
import { judgeExposure } from './exposure.js';
import { findSourceMaps } from './find-maps.js';
import { inspectMap, summarizeMap, type InspectedMap } from './inspect-map.js';
import { redactUrl } from '../redact.js';
import { MAX_INDEX_DEPTH } from './validate-map.js';
import { compileAllowances, findingsForMap, findingsForReferences } from './map-findings.js';
import { contentHash, createShippedContentLookup } from './shipped-index.js';
import type { RecoveredSource, SourceMapAnalysis } from './types.js';
import { comparePaths } from '../tarball/contents.js';

/**
 * Analyse every source map in `contents`. Each map is JSON.parsed exactly once and its
 * `sourcesContent` strings are referenced, never copied; the work is linear in the package size.
 * `dependencies` names packages beyond those package.json declares whose code a bundle may
 * embed (the same-scope closure of target/dependency-closure.ts).
 */
export function analyseSourceMaps(contents: PackageContents, policy: Policy, dependencies: readonly string[] = []): SourceMapAnalysis {
  const discovery = findSourceMaps(contents);
  const mapFiles = new Set(discovery.candidates.filter((c) => c.origin === 'file').map((c) => c.path));
  const classifier = createClassifier(contents, policy, createShippedContentLookup(contents, mapFiles), dependencies);
  const shipped = new Set(contents.byPath.keys());

  const inspectedMaps: InspectedMap[] = [];
  const gaps: InspectionGap[] = [];
  for (const candidate of discovery.candidates) {
    const inspected = inspectMap(candidate, classifier, shipped);
    if (!inspected) continue;
    if (inspected.truncated) {
      gaps.push({ code: 'unreadable', path: candidate.path, message: `${candidate.path} nests index maps deeper than ${MAX_INDEX_DEPTH} levels; the deeper sections were not read` });
    }
    inspectedMaps.push(inspected);
  }
  applyExposure(contents, inspectedMaps);

  const allow = compileAllowances(policy);
  const maps: SourceMapSummary[] = [];
  const sources: RecoveredSource[] = [];
  const findings: Finding[] = [];
  for (const inspected of inspectedMaps) {
    const summary = summarizeMap(inspected);
    maps.push(summary);
    for (const source of inspected.sources) sources.push(source);
    findings.push(...findingsForMap(summary, inspected, allow));
  }
  for (const { from, url } of discovery.remote) maps.push(remoteSummary(from, url));
  findings.push(...findingsForReferences(discovery.remote, discovery.dangling, discovery.localPaths));
  maps.sort((a, b) => comparePaths(a.path, b.path) || comparePaths(a.origin, b.origin));
  const unique = { recoverable: countUnique(sources, 'first-party'), readable: countUnique(sources, 'readable') };
  return gaps.length > 0 ? { maps, sources, findings, unique, gaps } : { maps, sources, findings, unique };
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
  const verdicts = judgeExposure(contents, inspectedMaps.map((map) => ({ generatedFiles: map.generatedFiles, sources: map.sources })));
  for (const [source, verdict] of verdicts) {
    source.classification = verdict.readable ? 'readable' : 'first-party';
    source.reason = verdict.reason;
    if (verdict.shownIn !== undefined) source.shownIn = verdict.shownIn;
  }
}

/** A map that lives at a remote URL: listed so reports show it, but never fetched. */
function remoteSummary(from: string, url: string): SourceMapSummary {
  return { path: from, origin: 'remote', generated: [from], valid: true, sources: 0, withContent: 0, firstParty: 0, recoverable: 0, recoverableBytes: 0, url: redactUrl(url) };
}
