/**
 * The keyword prefilter: find every occurrence of every rule keyword with one `indexOf` pass
 * per "anchor" character, so the patterns only ever run on small windows.
 *
 * Why anchors. Measured on 30.3 MB of minified JS (a two-byte string; Node 20, one core) with
 * the ~100 keywords of the rule set:
 *   - one global regex alternation of all keywords ........ 241 ms (its first-character set
 *     holds the commonest letters, so irregexp cannot skip ahead and tries every position)
 *   - String#indexOf loop per keyword ....................... 802 ms (9 ms per keyword)
 *   - charCodeAt loop over a first-character table .......... 1045 ms (93 ms for the bare loop)
 *   - toLowerCase alone, for case-insensitive keywords ...... 788 ms (so the text is never
 *     lower-cased)
 *   - indexOf of one rare character ('K', 'J', '~') ......... 2-3 ms per pass, ~40 ns per hit
 * So each keyword is filed under one of a few rare characters it contains, chosen by a greedy
 * weighted set cover over the character frequencies below (cost of a character = one pass +
 * its hits). On a hit, the character next to the anchor picks the few keywords to confirm with
 * `startsWith`. The prefilter costs ~45 ms on those 30 MB; figures in docs/secrets.md.
 *
 * Keywords of a case-insensitive rule (`secret` for AWS secret keys, `twilio`) must match in any
 * case, as their pattern does (`AWS_Secret_Access_Key`). They hold only common letters, so an
 * anchor pass on both cases of one costs a JS-level hit per `c`/`C`: measured on the 47 MB of
 * sources of the benchmark map, 270 ms. One case-insensitive regex alternation of them, which
 * irregexp runs natively, costs ~0.6 ms per MB instead, so they get that.
 */

import type { SecretRule } from './secret-rule.js';

/** Printable ASCII in JS/TS source, most frequent first (43 MB of minified JS and TypeScript). */
const FREQUENCY_ORDER = ' etnroaislcd,u.pm:()fh"g=/y*_bv;1A{}0ExST`-wkC2DI3R[]|&PONMF>L4\'?B586j\\@!7U9zW<G+HVKqQJ$Y#XZ^%~';
/** Occurrences per 100,000 characters, in FREQUENCY_ORDER. */
const FREQUENCY = [
  11764, 8054, 5703, 4537, 4415, 4053, 3960, 3867, 3498, 2539, 2212, 2036, 2011, 1897, 1836, 1778, 1501, 1421, 1380, 1380, 1378, 1347, 1330,
  1117, 1027, 952, 933, 905, 803, 803, 705, 690, 575, 552, 547, 547, 532, 519, 506, 488, 477, 460, 439, 436, 427, 422, 394, 390, 361, 357,
  352, 323, 322, 318, 311, 306, 305, 302, 279, 266, 262, 256, 249, 247, 235, 235, 220, 213, 203, 199, 184, 175, 164, 164, 152, 151, 148,
  142, 135, 130, 125, 119, 114, 91, 90, 89, 70, 57, 57, 52, 40, 36, 11, 10, 3,
];
/** One indexOf pass over the text costs about as much as this many hits per 100,000 chars. */
const PASS_COST = 170;

/** One keyword, where its anchor character sits in it, and the rules it triggers. */
export interface KeywordEntry {
  readonly keyword: string;
  readonly offset: number;
  readonly rules: readonly number[];
}

/**
 * Keywords sharing an anchor character. `before[c]` lists the keywords whose character just
 * before the anchor is `c`, `after[c]` those keyed by the character just after; `always` holds
 * one-character keywords.
 */
export interface AnchorGroup {
  readonly anchor: string;
  readonly before: ReadonlyArray<readonly KeywordEntry[] | undefined>;
  readonly after: ReadonlyArray<readonly KeywordEntry[] | undefined>;
  readonly always: readonly KeywordEntry[];
}

/** The prefilter's lookup structure, built once per rule array. */
export interface KeywordIndex {
  readonly groups: readonly AnchorGroup[];
  /** Case-insensitive keywords: one regex over the text, and the entry of each lower-cased keyword. */
  readonly folded?: { readonly pattern: RegExp; readonly entries: ReadonlyMap<string, KeywordEntry> };
}

/** Expected hits per 100,000 characters. Characters not in the table are rare. */
function frequency(char: string): number {
  const rank = FREQUENCY_ORDER.indexOf(char);
  return rank === -1 ? 1 : FREQUENCY[rank]!;
}

/** Greedy weighted set cover: pick anchor characters until every keyword holds one. */
function chooseAnchors(keywords: readonly string[]): string[] {
  const chosen: string[] = [];
  let uncovered = [...keywords];
  while (uncovered.length > 0) {
    const gain = new Map<string, number>();
    for (const keyword of uncovered) for (const char of new Set(keyword)) gain.set(char, (gain.get(char) ?? 0) + 1);
    let best = '';
    let bestScore = -1;
    for (const [char, count] of gain) {
      const score = count / (PASS_COST + frequency(char));
      if (score > bestScore) [best, bestScore] = [char, score];
    }
    chosen.push(best);
    uncovered = uncovered.filter((keyword) => !keyword.includes(best));
  }
  return pruneAnchors(chosen, keywords);
}

/**
 * Greedy picks a character early for the many keywords it covers, even when rarer characters
 * picked later cover them too. Drop such anchors, the most frequent first.
 */
function pruneAnchors(chosen: string[], keywords: readonly string[]): string[] {
  const kept = [...chosen].sort((a, b) => frequency(b) - frequency(a));
  for (const anchor of [...kept]) {
    const others = kept.filter((char) => char !== anchor);
    if (keywords.every((keyword) => others.some((char) => keyword.includes(char)))) kept.splice(kept.indexOf(anchor), 1);
  }
  return kept;
}

/** The offset of the rarest chosen anchor in `keyword`. */
function anchorOffset(keyword: string, anchors: readonly string[]): number {
  let best = -1;
  for (let i = 0; i < keyword.length; i++) {
    if (anchors.includes(keyword[i]!) && (best === -1 || frequency(keyword[i]!) < frequency(keyword[best]!))) best = i;
  }
  return best;
}

const ASCII = 128;

/**
 * A dense table indexed by ASCII code. Filled up front: assigning index 95 of an empty array
 * turns it into a dictionary, and lookups in the hot loop then cost ~4x more.
 */
function asciiTable(): KeywordEntry[][] {
  return new Array<KeywordEntry[] | undefined>(ASCII).fill(undefined) as KeywordEntry[][];
}

/**
 * Group the keywords of `rules` by anchor character; rule numbers index into `rules`. Keywords
 * with letters of a rule whose pattern has the `i` flag go to the case-insensitive regex instead.
 */
export function buildKeywordIndex(rules: readonly SecretRule[]): KeywordIndex {
  const byKeyword = new Map<string, number[]>();
  const folded = new Map<string, number[]>();
  rules.forEach((rule, ruleIndex) => {
    const caseInsensitive = rule.pattern.flags.includes('i');
    for (const raw of rule.keywords) {
      const [map, keyword] = caseInsensitive && /[a-z]/i.test(raw) ? [folded, raw.toLowerCase()] : [byKeyword, raw];
      const list = map.get(keyword) ?? [];
      if (!list.includes(ruleIndex)) list.push(ruleIndex);
      map.set(keyword, list);
    }
  });
  const anchors = chooseAnchors([...byKeyword.keys()]);
  const groups = new Map<string, { before: KeywordEntry[][]; after: KeywordEntry[][]; always: KeywordEntry[] }>();
  for (const [keyword, ruleIndexes] of byKeyword) {
    const offset = anchorOffset(keyword, anchors);
    const anchor = keyword[offset]!;
    let group = groups.get(anchor);
    if (!group) groups.set(anchor, (group = { before: asciiTable(), after: asciiTable(), always: [] }));
    const entry: KeywordEntry = { keyword, offset, rules: ruleIndexes };
    const previous = keyword[offset - 1];
    const next = keyword[offset + 1];
    // Key each keyword by its rarer neighbour of the anchor: fewer keywords to confirm per hit.
    if (previous !== undefined && (next === undefined || frequency(previous) <= frequency(next))) {
      (group.before[previous.charCodeAt(0)] ??= []).push(entry);
    } else if (next !== undefined) (group.after[next.charCodeAt(0)] ??= []).push(entry);
    else group.always.push(entry);
  }
  const index = { groups: [...groups].map(([anchor, group]) => ({ anchor, ...group })) };
  if (folded.size === 0) return index;
  const entries = new Map([...folded].map(([keyword, ruleIndexes]) => [keyword, { keyword, offset: 0, rules: ruleIndexes }]));
  const pattern = new RegExp([...folded.keys()].map((keyword) => keyword.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  return { ...index, folded: { pattern, entries } };
}

/**
 * Call `onHit` for every occurrence of every keyword in `text`, with the keyword's entry and
 * its start offset. Hits arrive sorted within one anchor group, not across groups.
 */
export function findKeywordHits(text: string, index: KeywordIndex, onHit: (entry: KeywordEntry, start: number) => void): void {
  for (const group of index.groups) {
    const { anchor, before, after, always } = group;
    for (let at = text.indexOf(anchor); at !== -1; at = text.indexOf(anchor, at + 1)) {
      if (always.length > 0) confirm(text, at, always, onHit);
      const previous = at > 0 ? text.charCodeAt(at - 1) : ASCII;
      if (previous < ASCII && before[previous] !== undefined) confirm(text, at, before[previous], onHit);
      const next = at + 1 < text.length ? text.charCodeAt(at + 1) : ASCII;
      if (next < ASCII && after[next] !== undefined) confirm(text, at, after[next], onHit);
    }
  }
  if (index.folded) {
    const { pattern, entries } = index.folded;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text))
      onHit(entries.get(match[0].toLowerCase())!, match.index);
  }
}

function confirm(text: string, at: number, entries: readonly KeywordEntry[], onHit: (entry: KeywordEntry, start: number) => void): void {
  for (const entry of entries) {
    const start = at - entry.offset;
    if (start >= 0 && text.startsWith(entry.keyword, start)) onHit(entry, start);
  }
}
