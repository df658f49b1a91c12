import type { Finding, PackageContents } from '../types.js';
import type { RecoveredSource } from '../sourcemaps/types.js';
import { isBinary } from '../secrets/is-binary.js';
import { secretRuleByKind } from '../secrets/rules.js';
import { keywordHitOffsets, scanText, type SecretMatch } from '../secrets/scan-text.js';
import { hasEscapedAscii } from '../sourcemaps/lazy-content.js';
import { decodeText } from '../tarball/contents.js';
import { scanMapOutsideSources } from './map-text-secrets.js';
import type { RuleContext, RuleFamily } from './rule.js';

/**
 * Template files hold example values by design (`.env.example`, `config.json.sample`): they
 * are documentation, and `file/sensitive` still judges them by name.
 */
const TEMPLATE_FILE = /(?:^|\.)(?:example|sample|template|dist|tmpl)$|^\.env\.defaults?$/i;

/** True for template files such as `.env.example`, `.env.sample`, `secrets.json.template`. */
export function isTemplateFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return TEMPLATE_FILE.test(name) || /\.(?:example|sample|template)\.[a-z0-9]+$/i.test(name);
}

/**
 * `secret`: credentials in every shipped text file and in every source recovered from a map's
 * `sourcesContent` (a key in a third-party source embedded in the map still ships). A map's
 * sources are scanned one by one, so findings point at the original file and line; the map's own
 * text outside them (`sources`, `names`, extra fields) is scanned too. A recovered source
 * identical to a shipped file is left to the shipped file's scan. See docs/secrets.md.
 */
export const secretRules: RuleFamily = {
  family: 'secret',
  check({ contents, policy, sourceMaps }: RuleContext): Finding[] {
    if (!policy.secrets.enabled) return [];
    // A map whose sources were recovered is scanned source by source; one that yielded none
    // (no sourcesContent, or JSON too broken to read) is scanned as text like any file.
    const analysedMaps = new Set(sourceMaps.maps.filter((map) => map.origin === 'file' && map.withContent > 0).map((map) => map.path));
    const findings: Finding[] = [];
    const wholeMaps: Finding[] = [];
    for (const file of contents.files) {
      if (isTemplateFile(file.path) || isBinary(file.path, file.data)) continue;
      const outside = analysedMaps.has(file.path) ? scanMapOutsideSources(file.data) : undefined;
      // null: a map the walker could not split, scanned whole and de-duplicated below.
      const matches = outside ?? scanText(decodeText(file.data));
      const into = outside === null ? wholeMaps : findings;
      for (const match of matches) into.push(toFinding(match, file.path));
    }
    const mayHoldSecret = createRawPrefilter(sourceMaps.sources);
    for (const source of sourceMaps.sources) {
      if (!mayHoldSecret(source) || isShippedCopy(source, contents)) continue;
      for (const match of scanText(source.content)) findings.push(toFinding(match, source.map, source.source));
    }
    // A map scanned whole also shows its sources' credentials: keep those found at their source.
    const fromSources = new Set(findings.filter((finding) => finding.source !== undefined).map((finding) => `${finding.path}\0${finding.hash}`));
    return [...findings, ...wholeMaps.filter((finding) => !fromSources.has(`${finding.path}\0${finding.hash}`))];
  },
};

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
    const hits = hasEscapedAscii(data) ? null : keywordHitOffsets(data.toString('latin1', span.start, span.end));
    hitsByMap.set(data, hits && hits.map((offset) => offset + span.start));
  }
  return (source) => {
    if (!source.raw) return true;
    const hits = hitsByMap.get(source.raw.data);
    return hits === null || hits === undefined || hasOffsetWithin(hits, source.raw.start, source.raw.end);
  };
}

/** Per lazily read map, the byte span its sources' contents cover. */
function contentSpans(sources: readonly RecoveredSource[]): Map<Buffer, { start: number; end: number }> {
  const spans = new Map<Buffer, { start: number; end: number }>();
  for (const { raw } of sources) {
    if (!raw) continue;
    const span = spans.get(raw.data);
    if (!span) spans.set(raw.data, { start: raw.start, end: raw.end });
    else {
      span.start = Math.min(span.start, raw.start);
      span.end = Math.max(span.end, raw.end);
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

function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
}

/** A finding for one match; `source` is set for matches inside a recovered source. */
function toFinding(match: SecretMatch, path: string, source?: string): Finding {
  const name = secretRuleByKind(match.kind)?.description ?? match.kind;
  const where = source === undefined ? `${path}:${match.line}` : `${source}:${match.line}, recovered from ${path}`;
  const finding: Finding = {
    rule: 'secret',
    severity: match.severity,
    path,
    message: `${name} (${match.preview}, ${match.length} chars) in ${where}; revoke it and remove it from the package.`,
    kind: match.kind,
    line: match.line,
    column: match.column,
    preview: match.preview,
    length: match.length,
    hash: match.hash,
  };
  if (source !== undefined) finding.source = source;
  return finding;
}
