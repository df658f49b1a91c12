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
 *     lower-cased: a case-insensitive keyword is anchored on both cases of one letter and
 *     confirmed with an ASCII case fold)
 *   - indexOf of one rare character ('K', 'J', '~') ......... 2-3 ms per pass, ~40 ns per hit
 * So each keyword is filed under one of a few rare characters it contains, chosen by a greedy
 * weighted set cover over the character frequencies below (cost of a character = one pass +
 * its hits). On a hit, the character next to the anchor picks the few keywords to confirm with
 * `startsWith`. The prefilter costs ~45 ms on those 30 MB; figures in docs/secrets.md.
 */

import type { SecretRule } from './secret-rule.js';

/** Printable ASCII in JS/TS source, most frequent first (43 MB of minified JS and TypeScript). */
const FREQUENCY_ORDER =
  ' etnroaislcd,u.pm:()fh"g=/y*_bv;1A{}0ExST`-wkC2DI3R[]|&PONMF>L4\'?B586j\\@!7U9zW<G+HVKqQJ$Y#XZ^%~';
/** Occurrences per 100,000 characters, in FREQUENCY_ORDER. */
const FREQUENCY = [
  11764, 8054, 5703, 4537, 4415, 4053, 3960, 3867, 3498, 2539, 2212, 2036, 2011, 1897, 1836, 1778, 1501,
  1421, 1380, 1380, 1378, 1347, 1330, 1117, 1027, 952, 933, 905, 803, 803, 705, 690, 575, 552, 547, 547,
  532, 519, 506, 488, 477, 460, 439, 436, 427, 422, 394, 390, 361, 357, 352, 323, 322, 318, 311, 306, 305,
  302, 279, 266, 262, 256, 249, 247, 235, 235, 220, 213, 203, 199, 184, 175, 164, 164, 152, 151, 148, 142,
  135, 130, 125, 119, 114, 91, 90, 89, 70, 57, 57, 52, 40, 36, 11, 10, 3,
];
/** One indexOf pass over the text costs about as much as this many hits per 100,000 chars. */
const PASS_COST = 170;

/** One keyword, where its anchor character sits in it, and the rules it triggers. */
export interface KeywordEntry {
  /** Lower-cased when `caseInsensitive`. */
  readonly keyword: string;
  readonly offset: number;
  readonly rules: readonly number[];
  /** Matched in any case: the keyword of a rule whose pattern has the `i` flag. */
  readonly caseInsensitive: boolean;
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
}

/** Expected hits per 100,000 characters. Characters not in the table are rare. */
function frequency(char: string): number {
  const rank = FREQUENCY_ORDER.indexOf(char);
  return rank === -1 ? 1 : FREQUENCY[rank]!;
}

/** The characters a pass must look for: both cases of a letter of a case-insensitive keyword. */
function variants(char: string, caseInsensitive: boolean): string[] {
  if (!caseInsensitive) return [char];
  const upper = char.toUpperCase();
  return upper === char ? [char] : [char, upper];
}

/** What anchoring on `char` costs: one pass per variant, plus their hits. */
function anchorCost(char: string, caseInsensitive: boolean): number {
  return variants(char, caseInsensitive).reduce((sum, variant) => sum + PASS_COST + frequency(variant), 0);
}

/** A keyword as the cover sees it (lower-cased when case-insensitive). */
interface CoverKeyword {
  readonly keyword: string;
  readonly caseInsensitive: boolean;
}

/** True when `keyword[i]` can anchor the keyword given the characters scanned. */
function canAnchor(keyword: CoverKeyword, char: string, scanned: ReadonlySet<string>): boolean {
  return variants(char, keyword.caseInsensitive).every((variant) => scanned.has(variant));
}

function isCovered(keyword: CoverKeyword, scanned: ReadonlySet<string>): boolean {
  for (const char of keyword.keyword) if (canAnchor(keyword, char, scanned)) return true;
  return false;
}

/**
 * Greedy weighted set cover: pick the characters to scan (one `indexOf` pass each) until every
 * keyword holds one, counting only what a choice adds (a letter of a case-insensitive keyword
 * needs both of its cases scanned), then drop characters the others make redundant, the most
 * costly first.
 */
function chooseScannedChars(keywords: readonly CoverKeyword[]): Set<string> {
  const scanned = new Set<string>();
  let uncovered = [...keywords];
  while (uncovered.length > 0) {
    let best: string[] = [];
    let bestScore = -1;
    const tried = new Set<string>();
    for (const keyword of uncovered) {
      for (const char of new Set(keyword.keyword)) {
        const token = variants(char, keyword.caseInsensitive).filter((variant) => !scanned.has(variant));
        const key = token.join('');
        if (token.length === 0 || tried.has(key)) continue;
        tried.add(key);
        const next = new Set([...scanned, ...token]);
        const gain = uncovered.filter((k) => isCovered(k, next)).length;
        const score = gain / token.reduce((sum, variant) => sum + anchorCost(variant, false), 0);
        if (score > bestScore) [best, bestScore] = [token, score];
      }
    }
    for (const variant of best) scanned.add(variant);
    uncovered = uncovered.filter((keyword) => !isCovered(keyword, scanned));
  }
  for (const char of [...scanned].sort((a, b) => frequency(b) - frequency(a))) {
    scanned.delete(char);
    if (!keywords.every((keyword) => isCovered(keyword, scanned))) scanned.add(char);
  }
  return scanned;
}

/** The offset in `keyword` of the cheapest character that can anchor it. */
function anchorOffset(keyword: CoverKeyword, scanned: ReadonlySet<string>): number {
  let best = -1;
  let bestCost = Infinity;
  for (let i = 0; i < keyword.keyword.length; i++) {
    const char = keyword.keyword[i]!;
    if (!canAnchor(keyword, char, scanned)) continue;
    const cost = anchorCost(char, keyword.caseInsensitive);
    if (cost < bestCost) [best, bestCost] = [i, cost];
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

type MutableGroup = { before: KeywordEntry[][]; after: KeywordEntry[][]; always: KeywordEntry[] };

/**
 * Group the keywords of `rules` by anchor character; rule numbers index into `rules`. The
 * keywords of a rule whose pattern has the `i` flag match in any case, as the pattern does.
 */
export function buildKeywordIndex(rules: readonly SecretRule[]): KeywordIndex {
  const byKeyword = new Map<string, { keyword: string; caseInsensitive: boolean; rules: number[] }>();
  rules.forEach((rule, ruleIndex) => {
    const caseInsensitive = rule.pattern.flags.includes('i');
    for (const raw of rule.keywords) {
      const keyword = caseInsensitive ? raw.toLowerCase() : raw;
      const key = `${caseInsensitive ? 'i' : 's'}\0${keyword}`;
      const found = byKeyword.get(key) ?? { keyword, caseInsensitive, rules: [] };
      if (!found.rules.includes(ruleIndex)) found.rules.push(ruleIndex);
      byKeyword.set(key, found);
    }
  });
  const all = [...byKeyword.values()];
  const scanned = chooseScannedChars(all);
  const groups = new Map<string, MutableGroup>();
  for (const { keyword, caseInsensitive, rules: ruleIndexes } of all) {
    const offset = anchorOffset({ keyword, caseInsensitive }, scanned);
    const entry: KeywordEntry = { keyword, offset, rules: ruleIndexes, caseInsensitive };
    for (const anchor of variants(keyword[offset]!, caseInsensitive)) {
      let group = groups.get(anchor);
      if (!group) groups.set(anchor, (group = { before: asciiTable(), after: asciiTable(), always: [] }));
      fileEntry(group, entry);
    }
  }
  return { groups: [...groups].map(([anchor, group]) => ({ anchor, ...group })) };
}

/** Key an entry by its rarer neighbour of the anchor (both cases when case-insensitive): fewer keywords to confirm per hit. */
function fileEntry(group: MutableGroup, entry: KeywordEntry): void {
  const { keyword, offset, caseInsensitive } = entry;
  const previous = keyword[offset - 1];
  const next = keyword[offset + 1];
  const [table, neighbour] =
    previous !== undefined && (next === undefined || frequency(previous) <= frequency(next)) ? [group.before, previous]
      : next !== undefined ? [group.after, next] : [undefined, undefined];
  if (table === undefined || neighbour === undefined) {
    group.always.push(entry);
    return;
  }
  for (const variant of variants(neighbour, caseInsensitive)) {
    const code = variant.charCodeAt(0);
    if (code < ASCII) (table[code] ??= []).push(entry);
  }
}

/**
 * Call `onHit` for every occurrence of every keyword in `text`, with the keyword's entry and
 * its start offset. Hits arrive sorted within one anchor group, not across groups.
 */
export function findKeywordHits(
  text: string,
  index: KeywordIndex,
  onHit: (entry: KeywordEntry, start: number) => void,
): void {
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
}

function confirm(text: string, at: number, entries: readonly KeywordEntry[], onHit: (entry: KeywordEntry, start: number) => void): void {
  for (const entry of entries) {
    const start = at - entry.offset;
    if (start >= 0 && (entry.caseInsensitive ? startsWithFolded(text, start, entry.keyword) : text.startsWith(entry.keyword, start))) onHit(entry, start);
  }
}

/** `text` holds the lower-case `keyword` at `start`, ASCII letters compared in any case. */
function startsWithFolded(text: string, start: number, keyword: string): boolean {
  if (start + keyword.length > text.length) return false;
  for (let i = 0; i < keyword.length; i++) {
    const want = keyword.charCodeAt(i);
    const got = text.charCodeAt(start + i);
    if (got !== want && !(want >= 0x61 && want <= 0x7a && got === want - 0x20)) return false;
  }
  return true;
}
