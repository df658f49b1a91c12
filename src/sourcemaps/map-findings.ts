/**
 * Turn inspected maps and outside references into `sourcemap/` findings. Severities come from
 * the rule table; policy allow entries (`sourceMaps.allowMaps`, `allowEmbeddedSources`) silence
 * the findings they name, matched with picomatch `{ dot: true }` against the map's path (for an
 * inline map, the file that holds it).
 */
import picomatch from 'picomatch';
import type { AllowEntry, Policy } from '../policy/policy.js';
import { RULES, type RuleId } from '../rules/meta.js';
import type { Finding, FindingDetails, SourceMapSummary } from '../types.js';
import type { RecoveredSource } from './types.js';
import type { OutsideReference } from './find-maps.js';
import type { InspectedMap } from './inspect-map.js';
import { formatSize, plural } from '../format-size.js';
import { redactUrl } from '../redact.js';

/** How many recovered paths a finding lists in `sample`. */
const SAMPLE_SIZE = 5;

/** Matchers for the policy's allow lists. */
export interface MapAllowances {
  readonly maps: (path: string) => boolean;
  readonly embeddedSources: (path: string) => boolean;
}

/** Compile the policy's `sourceMaps` allow lists once. */
export function compileAllowances(policy: Policy): MapAllowances {
  return { maps: compile(policy.sourceMaps.allowMaps), embeddedSources: compile(policy.sourceMaps.allowEmbeddedSources) };
}

function compile(entries: readonly AllowEntry[]): (path: string) => boolean {
  if (entries.length === 0) return () => false;
  return picomatch(entries.map((entry) => entry.glob), { dot: true });
}

/** Build a finding with the rule's default severity. */
export function finding(rule: RuleId, path: string, message: string, details: FindingDetails = {}): Finding {
  return { rule, severity: RULES[rule].defaultSeverity, path, message, ...details };
}

/** The 2026 map had no comment pointing at it: say so, since nobody looking at the bundle would see it. */
function orphanNote(summary: SourceMapSummary): string {
  return summary.origin === 'file' && summary.generated.length === 0 ? '; no file references this map' : '';
}

/** Why the exposed sources are not readable elsewhere, in words, from the exposure reasons. */
function exposureNote(exposed: readonly RecoveredSource[], generatedFiles: readonly string[]): string {
  const reasons = new Set(exposed.map((source) => source.reason));
  const files = generatedFiles.length > 0 ? generatedFiles.slice(0, 2).join(', ') : '';
  if (reasons.size === 1 && reasons.has('minified')) return ` (${files} is minified)`;
  if (reasons.size === 1 && reasons.has('no-generated-file')) return ' (the package ships no file built from them)';
  if (reasons.size === 1 && reasons.has('absent')) return ` (${files} does not show their code in readable form)`;
  return '';
}

/**
 * Why readable sources expose nothing new, in words: `24 ship readable in a.js, 4 hold no code
 * beyond types, imports and stubs`.
 */
function readableNote(readable: readonly RecoveredSource[]): string {
  const shownIn = [...new Set(readable.map((source) => source.shownIn).filter((file): file is string => file !== undefined))];
  const shown = readable.filter((source) => source.shownIn !== undefined).length;
  const noCode = readable.filter((source) => source.reason === 'no-code').length;
  const markup = readable.length - shown - noCode;
  const parts: string[] = [];
  if (shown > 0) parts.push(`${shown} ship readable in ${shownIn.slice(0, 2).join(', ')}${shownIn.length > 2 ? ` and ${shownIn.length - 2} more files` : ''}`);
  if (noCode > 0) parts.push(`${noCode} hold no code beyond types, imports and stubs`);
  if (markup > 0) parts.push(`${markup} are stylesheets or templates, which ship in some form`);
  return parts.join(', ');
}

/** What the map's sources are instead: ` (12 third-party, 3 identical to shipped files, 2 without content)`. */
function classNote(sources: readonly RecoveredSource[]): string {
  const withContent = sources.filter((source) => source.size > 0);
  const thirdParty = withContent.filter((source) => source.classification === 'third-party').length;
  const shipped = withContent.filter((source) => source.classification === 'shipped').length;
  const empty = sources.length - withContent.length;
  const parts = [thirdParty > 0 ? `${thirdParty} third-party` : '', shipped > 0 ? `${shipped} identical to shipped files` : '', empty > 0 ? `${empty} without content` : ''].filter(Boolean);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/** Up to SAMPLE_SIZE resolved paths, URL credentials masked. */
function sampleOf(sources: readonly RecoveredSource[]): string[] {
  return sources.slice(0, SAMPLE_SIZE).map((source) => redactUrl(source.resolved));
}

/** Findings about one map: invalid, embedded (exposed or readable) sources or shipped, local paths. */
export function findingsForMap(summary: SourceMapSummary, inspected: InspectedMap, allow: MapAllowances): Finding[] {
  const path = summary.path;
  const out: Finding[] = [];
  const where = summary.origin === 'inline' ? `The inline source map in ${path}` : `The source map ${path}`;
  if (!summary.valid) {
    out.push(finding('sourcemap/invalid', path, `${where} is invalid: ${summary.invalidReason ?? 'unknown reason'}.`, { reason: summary.invalidReason }));
  }
  const exposed = inspected.sources.filter((source) => source.classification === 'first-party' && source.size > 0);
  const readable = inspected.sources.filter((source) => source.classification === 'readable' && source.size > 0);
  const embeddedAllowed = allow.embeddedSources(path);
  if (exposed.length > 0 && !embeddedAllowed) {
    out.push(finding('sourcemap/embedded-sources', path,
      `${where} embeds ${plural(exposed.length, 'first-party source')} (${formatSize(summary.recoverableBytes)}) whose code the package ships nowhere else in readable form${exposureNote(exposed, inspected.generatedFiles)}; anyone who installs the package can recover them${orphanNote(summary)}.`,
      { count: exposed.length, size: summary.recoverableBytes, sample: sampleOf(exposed) }));
  }
  if (readable.length > 0 && !embeddedAllowed && !allow.maps(path)) {
    out.push(finding('sourcemap/readable-sources', path,
      `${where} embeds ${plural(readable.length, 'first-party source')} (${formatSize(summary.readableBytes ?? 0)}) whose code the package also ships readable, at least in part: ${readableNote(readable)}; the map adds types, comments, layout and whatever a bundler left out of a module.`,
      { count: readable.length, size: summary.readableBytes ?? 0, sample: sampleOf(readable) }));
  }
  if (exposed.length === 0 && readable.length === 0 && !embeddedAllowed && !allow.maps(path)) {
    out.push(finding('sourcemap/shipped', path, `${where} ships without recoverable first-party sources${classNote(inspected.sources)}.`, { count: summary.sources }));
  }
  const { localPaths } = inspected;
  if (localPaths.length > 0) {
    out.push(finding('sourcemap/local-path', path, `${where} names ${plural(localPaths.length, 'absolute path')} of the build machine.`,
      { count: localPaths.length, sample: localPaths.slice(0, SAMPLE_SIZE).map(redactUrl) }));
  }
  return out;
}

/** Findings about sourceMappingURL comments that lead outside the package. */
export function findingsForReferences(remote: readonly OutsideReference[], dangling: readonly OutsideReference[], local: readonly OutsideReference[]): Finding[] {
  const out: Finding[] = [];
  for (const { from, url: raw } of remote) {
    const url = redactUrl(raw);
    out.push(finding('sourcemap/remote-url', from, `${from} points at a source map on a remote server (${url}).`, { url }));
  }
  for (const { from, url: raw, target } of dangling) {
    const url = redactUrl(raw);
    const details: FindingDetails = target === undefined ? { url } : { url, target };
    out.push(finding('sourcemap/dangling-reference', from, `${from} points at a source map the package does not contain (${url}).`, details));
  }
  for (const { from, url: raw } of local) {
    const url = redactUrl(raw);
    out.push(finding('sourcemap/local-path', from, `${from} points at a source map on the build machine (${url}).`, { url, count: 1, sample: [url] }));
  }
  return out;
}
