import { type Finding, SEVERITIES } from '../types.js';

/** Where else a credential occurs, as listed in a finding's `alsoIn`. */
export interface Occurrence {
  path: string;
  source?: string;
  line?: number;
}

/** `alsoIn` lists at most this many places; `occurrences` counts them all. */
const MAX_ALSO_IN = 20;

/**
 * One finding per credential per file (or per source inside a map): repeats of the same value
 * in the same place fold into the most severe one (a key used in code outranks the same key in
 * a comment above it), then every finding lists the credential's other places in `alsoIn`, and
 * `occurrences` counts them all when there are several. The same credential in a bundle and in
 * its map's source carries the same `hash`, so the two findings point at each other.
 */
export function linkOccurrences(findings: readonly Finding[]): Finding[] {
  const kept = new Map<string, Finding>();
  const places = new Map<string, Occurrence[]>();
  const unhashed: Finding[] = [];
  for (const finding of findings) {
    if (finding.hash === undefined) {
      unhashed.push(finding);
      continue;
    }
    const occurrence: Occurrence = {
      path: finding.path,
      ...(finding.source !== undefined ? { source: finding.source } : {}),
      ...(finding.line !== undefined ? { line: finding.line } : {}),
    };
    const list = places.get(finding.hash) ?? [];
    list.push(occurrence);
    places.set(finding.hash, list);
    const key = `${finding.path}\0${finding.source ?? ''}\0${finding.hash}`;
    const previous = kept.get(key);
    if (!previous || isWorse(finding, previous)) kept.set(key, finding);
  }
  const linked = [...kept.values()].map((finding) => {
    const all = places.get(finding.hash!)!;
    if (all.length < 2) return finding;
    const others = all.filter((place) => !(place.path === finding.path && place.source === finding.source && place.line === finding.line));
    return { ...finding, alsoIn: others.slice(0, MAX_ALSO_IN), occurrences: all.length };
  });
  return [...linked, ...unhashed];
}

function isWorse(a: Finding, b: Finding): boolean {
  const rank = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  return rank < 0 || (rank === 0 && (a.line ?? 0) < (b.line ?? 0));
}
