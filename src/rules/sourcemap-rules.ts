/**
 * The `sourcemap/` rule family: judges the facts the source-map analysis gathered once per
 * package (sourcemaps/analyse-source-maps.ts, shared with the secret scanner, which reads the
 * recovered sources). Severities come from the rule table; the manifest's allow entries
 * (`sourceMaps.allowMaps`, `allowEmbeddedSources`) silence the findings they name, matched like
 * every leakproof.json glob (policy/match.ts) against the map's path (for an inline map, the file
 * that holds it).
 */
import { formatSize, plural } from '../format-size.js';
import { createAnyTest, type PathTest } from '../policy/match.js';
import type { AllowEntry, Policy } from '../policy/policy.js';
import { redactUrl } from '../redact.js';
import { analyseSourceMaps } from '../sourcemaps/analyse-source-maps.js';
import type { MapFacts, OutsideReferences, RecoveredSource, SourceMapAnalysis } from '../sourcemaps/types.js';
import type { Finding, FindingDetails, PackageContents, SourceMapSummary } from '../types.js';
import { finding } from './finding.js';
import type { RuleContext, RuleFamily } from './rule.js';

/** How many recovered paths a finding lists in `sample`. */
const SAMPLE_SIZE = 5;

/**
 * `sourcemap/embedded-sources`, `readable-sources`, `shipped`, `local-path`, `invalid`,
 * `remote-url`, `dangling-reference`: per map in the order the maps were found, then per
 * reference that leads outside the package.
 */
export const sourceMapRules: RuleFamily = {
  family: 'sourcemap',
  check({ policy, sourceMaps }: RuleContext): Finding[] {
    const allow = compileAllowances(policy);
    return [...sourceMaps.inspected.flatMap((map) => findingsForMap(map, allow)), ...findingsForReferences(sourceMaps.references)];
  },
};

/**
 * The source-map analysis under a manifest: its `sourceMaps` provenance settings compiled once.
 * `dependencies` names packages beyond those package.json declares whose code a bundle may embed.
 */
export function analyseWithPolicy(contents: PackageContents, policy: Policy, dependencies: readonly string[] = []): SourceMapAnalysis {
  const { thirdPartyGlobs, workspacePackages } = policy.sourceMaps;
  return analyseSourceMaps(contents, {
    ...(thirdPartyGlobs.length > 0 ? { isThirdPartyPath: createAnyTest(thirdPartyGlobs) } : {}),
    workspacePackagesAreThirdParty: workspacePackages === 'third-party',
    dependencies,
  });
}

/** Matchers for the policy's allow lists. */
interface MapAllowances {
  readonly maps: PathTest;
  readonly embeddedSources: PathTest;
}

function compileAllowances(policy: Policy): MapAllowances {
  const compile = (entries: readonly AllowEntry[]): PathTest =>
    entries.length === 0 ? () => false : createAnyTest(entries.map((entry) => entry.glob));
  return { maps: compile(policy.sourceMaps.allowMaps), embeddedSources: compile(policy.sourceMaps.allowEmbeddedSources) };
}

/** Findings about one map: invalid, embedded (exposed or readable) sources or shipped, local paths. */
function findingsForMap(map: MapFacts, allow: MapAllowances): Finding[] {
  const { summary } = map;
  const path = summary.path;
  const where = summary.origin === 'inline' ? `The inline source map in ${path}` : `The source map ${path}`;
  const out: Finding[] = [];
  if (!summary.valid) {
    out.push(
      finding('sourcemap/invalid', path, `${where} is invalid: ${summary.invalidReason ?? 'unknown reason'}.`, {
        reason: summary.invalidReason,
      }),
    );
  }
  const exposed = map.sources.filter((source) => source.classification === 'first-party' && source.size > 0);
  const readable = map.sources.filter((source) => source.classification === 'readable' && source.size > 0);
  const embeddedAllowed = allow.embeddedSources(path);
  const mapAllowed = embeddedAllowed || allow.maps(path);
  if (exposed.length > 0 && !embeddedAllowed) out.push(embeddedFinding(map, exposed, where));
  if (readable.length > 0 && !mapAllowed) out.push(readableFinding(summary, readable, where));
  if (exposed.length === 0 && readable.length === 0 && !mapAllowed) {
    out.push(
      finding('sourcemap/shipped', path, `${where} ships without recoverable first-party sources${classNote(map.sources)}.`, {
        count: summary.sources,
      }),
    );
  }
  if (map.localPaths.length > 0) {
    out.push(
      finding('sourcemap/local-path', path, `${where} names ${plural(map.localPaths.length, 'absolute path')} of the build machine.`, {
        count: map.localPaths.length,
        sample: map.localPaths.slice(0, SAMPLE_SIZE).map(redactUrl),
      }),
    );
  }
  return out;
}

function embeddedFinding(map: MapFacts, exposed: readonly RecoveredSource[], where: string): Finding {
  const { summary } = map;
  return finding(
    'sourcemap/embedded-sources',
    summary.path,
    `${where} embeds ${plural(exposed.length, 'first-party source')} (${formatSize(summary.recoverableBytes)}) whose code the package ships nowhere else in readable form${exposureNote(exposed, map.generatedFiles)}; anyone who installs the package can recover them${orphanNote(summary)}.`,
    { count: exposed.length, size: summary.recoverableBytes, sample: sampleOf(exposed) },
  );
}

function readableFinding(summary: SourceMapSummary, readable: readonly RecoveredSource[], where: string): Finding {
  return finding(
    'sourcemap/readable-sources',
    summary.path,
    `${where} embeds ${plural(readable.length, 'first-party source')} (${formatSize(summary.readableBytes ?? 0)}) whose code the package also ships readable, at least in part: ${readableNote(readable)}; the map adds types, comments, layout and whatever a bundler left out of a module.`,
    { count: readable.length, size: summary.readableBytes ?? 0, sample: sampleOf(readable) },
  );
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
  if (shown > 0)
    parts.push(
      `${shown} ship readable in ${shownIn.slice(0, 2).join(', ')}${shownIn.length > 2 ? ` and ${shownIn.length - 2} more files` : ''}`,
    );
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
  const parts = [
    thirdParty > 0 ? `${thirdParty} third-party` : '',
    shipped > 0 ? `${shipped} identical to shipped files` : '',
    empty > 0 ? `${empty} without content` : '',
  ].filter(Boolean);
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/** Up to SAMPLE_SIZE resolved paths, URL credentials masked. */
function sampleOf(sources: readonly RecoveredSource[]): string[] {
  return sources.slice(0, SAMPLE_SIZE).map((source) => redactUrl(source.resolved));
}

/** Findings about sourceMappingURL comments that lead outside the package. */
function findingsForReferences({ remote, dangling, localPaths }: OutsideReferences): Finding[] {
  const out: Finding[] = [];
  // The analysis masked credentials in these URLs already.
  for (const { from, url } of remote) {
    out.push(finding('sourcemap/remote-url', from, `${from} points at a source map on a remote server (${url}).`, { url }));
  }
  for (const { from, url, target } of dangling) {
    const details: FindingDetails = target === undefined ? { url } : { url, target };
    out.push(
      finding('sourcemap/dangling-reference', from, `${from} points at a source map the package does not contain (${url}).`, details),
    );
  }
  for (const { from, url } of localPaths) {
    out.push(
      finding('sourcemap/local-path', from, `${from} points at a source map on the build machine (${url}).`, {
        url,
        count: 1,
        sample: [url],
      }),
    );
  }
  return out;
}
