/**
 * The source-map analysis leakproof runs once per package, before the rules: find every map,
 * recover every embedded source, classify each, and produce the `sourcemap/` findings.
 * Pure: package contents and policy in, data out. See docs/sourcemaps.md.
 */
import type { Policy } from '../policy/policy.js';
import type { Finding, InspectionGap, PackageContents, SourceMapSummary } from '../types.js';
import { createClassifier } from './classify-source.js';
import { findSourceMaps } from './find-maps.js';
import { inspectMap } from './inspect-map.js';
import { redactUrl } from '../redact.js';
import { MAX_INDEX_DEPTH } from './validate-map.js';
import { compileAllowances, findingsForMap, findingsForReferences } from './map-findings.js';
import { createShippedContentLookup } from './shipped-index.js';
import type { RecoveredSource, SourceMapAnalysis } from './types.js';
import { comparePaths } from '../tarball/contents.js';

/**
 * Analyse every source map in `contents`. Each map is JSON.parsed exactly once and its
 * `sourcesContent` strings are referenced, never copied; the work is linear in the package size.
 */
export function analyseSourceMaps(contents: PackageContents, policy: Policy): SourceMapAnalysis {
  const discovery = findSourceMaps(contents);
  const mapFiles = new Set(discovery.candidates.filter((c) => c.origin === 'file').map((c) => c.path));
  const classifier = createClassifier(contents, policy, createShippedContentLookup(contents, mapFiles));
  const allow = compileAllowances(policy);

  const maps: SourceMapSummary[] = [];
  const sources: RecoveredSource[] = [];
  const findings: Finding[] = [];
  const gaps: InspectionGap[] = [...discovery.gaps];
  for (const candidate of discovery.candidates) {
    const inspected = inspectMap(candidate, classifier);
    if (!inspected) continue;
    if (inspected.truncated) {
      gaps.push({ code: 'unreadable', path: candidate.path, message: `${candidate.path} nests index maps deeper than ${MAX_INDEX_DEPTH} levels; the deeper sections were not read` });
    }
    maps.push(inspected.summary);
    for (const source of inspected.sources) sources.push(source);
    findings.push(...findingsForMap(inspected, allow));
  }
  for (const { from, url } of discovery.remote) maps.push(remoteSummary(from, url));
  findings.push(...findingsForReferences(discovery.remote, discovery.dangling, discovery.localPaths));
  maps.sort((a, b) => comparePaths(a.path, b.path) || comparePaths(a.origin, b.origin));
  return gaps.length > 0 ? { maps, sources, findings, gaps } : { maps, sources, findings };
}

/** A map that lives at a remote URL: listed so reports show it, but never fetched. */
function remoteSummary(from: string, url: string): SourceMapSummary {
  return { path: from, origin: 'remote', generated: [from], valid: true, sources: 0, withContent: 0, firstParty: 0, recoverable: 0, recoverableBytes: 0, url: redactUrl(url) };
}

