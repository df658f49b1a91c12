import { IN_CODE, placementOfPath } from '../secrets/context.js';
import { keywordHitOffsets, scanText } from '../secrets/scan-text.js';
import { type ContentRef, hasEscapedAsciiAround } from '../sourcemaps/lazy-content.js';
import type { RecoveredSource, SourceMapAnalysis } from '../sourcemaps/types.js';
import { decodeText } from '../tarball/contents.js';
import { isBinary } from '../tarball/is-binary.js';
import { normaliseNewlines } from '../text.js';
import type { Finding, PackageContents, PackageFile } from '../types.js';
import { createCommentLocator } from './comment-placement.js';
import { credentialFinding } from './credential-finding.js';
import { linkOccurrences } from './link-occurrences.js';
import { scanMapOutsideSources } from './map-text-secrets.js';
import type { RuleContext, RuleFamily } from './rule.js';
import { findSensitiveKind } from './sensitive-files.js';
import { createSourcePlacer } from './source-placement.js';

/**
 * `secret`: credentials in every shipped text file and in every source recovered from a map's
 * `sourcesContent` (a key in a third-party source embedded in the map still ships). A map's
 * sources are scanned one by one, so findings point at the original file and line; the map's own
 * text outside them (`sources`, `names`, extra fields) is scanned too. A recovered source
 * identical to a shipped file is left to the shipped file's scan. Severity depends on where the
 * credential sits (test, docs, comment, template, dependency: see credential-finding.ts), and
 * each credential is one finding per file, linked to its other occurrences. See docs/secrets.md.
 */
export const secretRules: RuleFamily = {
  family: 'secret',
  check({ contents, policy, sourceMaps }: RuleContext): Finding[] {
    if (!policy.secrets.enabled) return [];
    const { findings, wholeMaps } = scanShippedFiles(contents, sourceMaps);
    findings.push(...scanRecoveredSources(contents, sourceMaps));
    // A map scanned whole also shows its sources' credentials: keep those found at their source.
    const fromSources = new Set(
      findings.filter((finding) => finding.source !== undefined).map((finding) => `${finding.path}\0${finding.hash}`),
    );
    return linkOccurrences([...findings, ...wholeMaps.filter((finding) => !fromSources.has(`${finding.path}\0${finding.hash}`))]);
  },
};

/**
 * Every shipped text file. A map whose sources were recovered is scanned outside them (they are
 * scanned one by one); one that yielded none (no sourcesContent, or JSON too broken to read) is
 * scanned as text like any file, and one the walker could not split is scanned whole
 * (`wholeMaps`, de-duplicated against its sources by the caller).
 */
function scanShippedFiles(contents: PackageContents, sourceMaps: SourceMapAnalysis): { findings: Finding[]; wholeMaps: Finding[] } {
  const analysedMaps = new Set(sourceMaps.maps.filter((map) => map.origin === 'file' && map.withContent > 0).map((map) => map.path));
  const findings: Finding[] = [];
  const wholeMaps: Finding[] = [];
  for (const file of contents.files) {
    if (isBinary(file.path, file.data)) continue;
    const outside = analysedMaps.has(file.path) ? scanMapOutsideSources(file.data) : undefined;
    const text = outside ? undefined : decodeText(file.data);
    const matches = outside ?? scanText(text!);
    if (matches.length === 0) continue;
    const into = outside === null ? wholeMaps : findings;
    const skipped = kindsReportedAsFile(file);
    const placement = placementOfPath(file.path);
    const inComment = placement || text === undefined ? undefined : createCommentLocator(file.path, text);
    for (const match of matches) {
      if (skipped?.has(match.kind)) continue;
      const where = placement ?? inComment?.(match.offset) ?? IN_CODE;
      into.push(credentialFinding(match, { path: file.path, placement: where }));
    }
  }
  return { findings, wholeMaps };
}

/** Every source recovered from a map, except copies of shipped files (their scan covers them). */
function scanRecoveredSources(contents: PackageContents, sourceMaps: SourceMapAnalysis): Finding[] {
  const findings: Finding[] = [];
  const mayHoldSecret = createRawPrefilter(sourceMaps.sources);
  const placementOfSource = createSourcePlacer(sourceMaps.sources);
  for (const source of sourceMaps.sources) {
    if (!mayHoldSecret(source) || isShippedCopy(source, contents)) continue;
    const matches = scanText(source.content);
    if (matches.length === 0) continue;
    const placement = placementOfSource(source);
    const inComment = placement ? undefined : createCommentLocator(source.resolved, source.content);
    for (const match of matches) {
      const where = placement ?? inComment?.(match.offset) ?? IN_CODE;
      findings.push(credentialFinding(match, { path: source.map, source: source.source, placement: where }));
    }
  }
  return findings;
}

/** Private-key and `.npmrc` credentials of a file that `file/sensitive` reports whole: one finding, not two. */
const REPORTED_AS_FILE: Readonly<Record<string, ReadonlySet<string>>> = {
  'private-key': new Set(['private-key', 'putty-private-key']),
  'npmrc-auth': new Set(['npmrc-auth', 'npm-token']),
};

function kindsReportedAsFile(file: PackageFile): ReadonlySet<string> | undefined {
  const kind = findSensitiveKind(file)?.kind;
  return kind === undefined ? undefined : REPORTED_AS_FILE[kind];
}

/**
 * For sources of a large map read lazily, look for rule keywords in the map's raw bytes once
 * (one Latin-1 view, one prefilter pass) and decode only the sources with a hit. Keywords hold no
 * character JSON escapes, so a keyword in a decoded source is also in its raw bytes; a map that
 * escapes ASCII anyway (`\/`, `\u0041`) is scanned source by source instead.
 */
function createRawPrefilter(sources: readonly RecoveredSource[]): (source: RecoveredSource) => boolean {
  const hitsByMap = new Map<Buffer, number[] | null>();
  for (const [data, span] of contentSpans(sources)) {
    // Only the bytes between the first and last element: sources, names and mappings hold no content.
    const hits = hasEscapedAsciiAround(data, span.refs) ? null : keywordHitOffsets(data.toString('latin1', span.start, span.end));
    hitsByMap.set(data, hits ? hits.map((offset) => offset + span.start) : null);
  }
  return (source) => {
    if (!source.raw) return true;
    const hits = hitsByMap.get(source.raw.data);
    return hits === null || hits === undefined || hasOffsetWithin(hits, source.raw.start, source.raw.end);
  };
}

/** Per lazily read map, the byte span its sources' contents cover, and their elements. */
function contentSpans(sources: readonly RecoveredSource[]): Map<Buffer, { start: number; end: number; refs: ContentRef[] }> {
  const spans = new Map<Buffer, { start: number; end: number; refs: ContentRef[] }>();
  for (const { raw } of sources) {
    if (!raw) continue;
    const span = spans.get(raw.data);
    if (!span) spans.set(raw.data, { start: raw.start, end: raw.end, refs: [raw] });
    else {
      span.start = Math.min(span.start, raw.start);
      span.end = Math.max(span.end, raw.end);
      span.refs.push(raw);
    }
  }
  return spans;
}

/** Binary search: is any sorted offset in [start, end)? */
function hasOffsetWithin(sorted: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < start) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length && sorted[low]! < end;
}

/** A recovered source the shipped-file scan already covers: same content, CRLF aside. */
function isShippedCopy(source: RecoveredSource, contents: PackageContents): boolean {
  if (source.classification !== 'shipped') return false;
  if (source.reason === 'shipped-content') return true;
  const file = contents.byPath.get(source.resolved);
  return file !== undefined && normaliseNewlines(decodeText(file.data)) === normaliseNewlines(source.content);
}
