import type { Severity } from '../types.js';
import { maskSecret, previewSecret } from './mask.js';
import { describeMatch } from './match-facts.js';
import { isPlaceholder } from './placeholders.js';
import { buildKeywordIndex, findKeywordHits, type KeywordIndex } from './prefilter.js';
import { SECRET_RULES } from './rules.js';
import { type MatchFacts, type SecretRule, shannonEntropy } from './secret-rule.js';

/** One credential found in a text. The value itself is never kept. */
export interface SecretMatch {
  /** The rule's kind, e.g. `github-pat`. */
  readonly kind: string;
  readonly severity: Severity;
  /** 1-based line of the credential (or of the key's BEGIN line). */
  readonly line: number;
  /** 1-based column, in UTF-16 code units as source maps count them. */
  readonly column: number;
  readonly preview: string;
  readonly length: number;
  readonly hash: string;
  /** Offset of the reported position in the scanned text (UTF-16 code units). */
  readonly offset: number;
  /** Non-secret context: host, key type, checksum verdict, known public value. */
  readonly facts?: MatchFacts;
}

/** Options of {@link scanText}. */
export interface ScanOptions {
  /** The rules to apply (default: {@link SECRET_RULES}). Compiled once per array. */
  readonly rules?: readonly SecretRule[];
  /**
   * Set false when only positions and previews are needed (redacting output): `hash` is then
   * empty, and no scrypt runs for weak values (src/secrets/mask.ts).
   */
  readonly hash?: boolean;
}

/** A match that passed every check, before masking. */
interface Candidate {
  readonly rule: number;
  /** Span of the whole match, for resolving overlaps. */
  readonly start: number;
  readonly end: number;
  /** Where the finding points. */
  readonly location: number;
  readonly value: string;
  readonly facts: MatchFacts | undefined;
}

/** Rules with their patterns compiled for window scanning, and their keyword index. */
interface CompiledRules {
  readonly rules: readonly SecretRule[];
  readonly patterns: readonly RegExp[];
  readonly index: KeywordIndex;
}

const DEFAULT_WINDOW = { before: 32, after: 512 };
const compiledCache = new WeakMap<readonly SecretRule[], CompiledRules>();

function compile(rules: readonly SecretRule[]): CompiledRules {
  let compiled = compiledCache.get(rules);
  if (!compiled) {
    const patterns = rules.map(({ pattern }) => {
      const flags = new Set([...pattern.flags, 'g', 'd']);
      return new RegExp(pattern.source, [...flags].join(''));
    });
    compiled = { rules, patterns, index: buildKeywordIndex(rules) };
    compiledCache.set(rules, compiled);
  }
  return compiled;
}

/**
 * Find credentials in `text`. Time is linear in the text's length: keywords first (one pass
 * per anchor character), then each rule's pattern only on the merged windows around its
 * keyword hits. Results are sorted by position; overlapping matches keep the one that starts
 * first (the earlier rule on a tie).
 */
export function scanText(text: string, options: ScanOptions = {}): SecretMatch[] {
  const compiled = compile(options.rules ?? SECRET_RULES);
  const candidates = findCandidates(text, compiled);
  if (candidates.length === 0) return [];
  return locate(text, candidates, compiled.rules, options.hash !== false);
}

/** Where a credential sits in a text, for masking text that is shown (the HTML report's sources). */
export interface SecretSpan extends Pick<SecretMatch, 'kind' | 'preview' | 'length'> {
  /**
   * Offsets covering the whole match (key name and value for `KEY=value` rules) and the value,
   * end exclusive. They differ for a PuTTY key, matched by its header line while the private
   * lines that follow are the credential.
   */
  readonly start: number;
  readonly end: number;
}

/** Every match {@link scanText} reports, as spans of `text`, sorted by start. */
export function findSecretSpans(text: string, options: ScanOptions = {}): SecretSpan[] {
  const compiled = compile(options.rules ?? SECRET_RULES);
  return findCandidates(text, compiled)
    .map((candidate) => {
      const { preview, length } = previewSecret(candidate.value);
      return { kind: compiled.rules[candidate.rule]!.kind, start: candidate.start, end: valueEnd(text, candidate), preview, length };
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * Where the value ends when a rule's check returned it from beyond the match (PuTTY's private
 * lines): the end of its last characters, found after the match starts. Values joined from
 * several lines keep their last line whole, so the tail is found verbatim.
 */
function valueEnd(text: string, candidate: Candidate): number {
  const tail = candidate.value.slice(-8);
  const at = tail.length === 0 ? -1 : text.indexOf(tail, candidate.start);
  return at === -1 ? candidate.end : Math.max(candidate.end, at + tail.length);
}

function findCandidates(text: string, compiled: CompiledRules): Candidate[] {
  const windows = collectWindows(text, compiled);
  const candidates: Candidate[] = [];
  windows.forEach((ruleWindows, ruleIndex) => {
    if (ruleWindows) scanWindows(text, compiled, ruleIndex, mergeWindows(ruleWindows), candidates);
  });
  return candidates.length === 0 ? candidates : dropOverlaps(candidates);
}

/** Per rule, the windows around its keyword hits as flat [start, end, start, end ...]. */
function collectWindows(text: string, compiled: CompiledRules): Array<number[] | undefined> {
  const windows: Array<number[] | undefined> = [];
  findKeywordHits(text, compiled.index, (entry, start) => {
    for (const ruleIndex of entry.rules) {
      const { before, after } = compiled.rules[ruleIndex]!.window ?? DEFAULT_WINDOW;
      const from = Math.max(0, start - before);
      const to = Math.min(text.length, start + entry.keyword.length + after);
      const list = (windows[ruleIndex] ??= []);
      // Hits of one anchor arrive in order: extend the last window instead of adding one,
      // so a text made of nothing but keywords still yields few windows.
      const last = list.length - 2;
      if (last >= 0 && from >= list[last]! && from <= list[last + 1]!) list[last + 1] = Math.max(list[last + 1]!, to);
      else list.push(from, to);
    }
  });
  return windows;
}

/** Sort and merge overlapping windows. */
function mergeWindows(flat: number[]): number[] {
  const order = Array.from({ length: flat.length / 2 }, (_, i) => i).sort((a, b) => flat[2 * a]! - flat[2 * b]!);
  const merged: number[] = [];
  for (const i of order) {
    const from = flat[2 * i]!;
    const to = flat[2 * i + 1]!;
    const last = merged.length - 1;
    if (last > 0 && from <= merged[last]!) merged[last] = Math.max(merged[last]!, to);
    else merged.push(from, to);
  }
  return merged;
}

/** Run one rule's pattern over its windows and keep the matches that pass its checks. */
function scanWindows(text: string, compiled: CompiledRules, ruleIndex: number, windows: number[], out: Candidate[]): void {
  const rule = compiled.rules[ruleIndex]!;
  const pattern = compiled.patterns[ruleIndex]!;
  for (let w = 0; w < windows.length; w += 2) {
    const offset = windows[w]!;
    const slice = text.slice(offset, windows[w + 1]);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
      if (match[0].length === 0) pattern.lastIndex++;
      else {
        const candidate = checkMatch(text, rule, ruleIndex, match, offset);
        if (candidate) out.push(candidate);
      }
    }
  }
}

/** Apply the placeholder, entropy, proximity and rule-specific checks to one match. */
function checkMatch(text: string, rule: SecretRule, ruleIndex: number, match: RegExpExecArray, offset: number): Candidate | undefined {
  const start = offset + match.index;
  const end = start + match[0].length;
  let value = match.groups?.secret ?? match[0];
  const valueStart = offset + (match.indices?.groups?.secret?.[0] ?? match.index);
  if (rule.placeholders !== false && isPlaceholder(value)) return undefined;
  if (rule.entropy !== undefined && shannonEntropy(value) < rule.entropy) return undefined;
  if (rule.near && !isNear(text, start, end, rule.near)) return undefined;
  if (rule.validate) {
    const verdict = rule.validate(value, { text, match, start, end });
    if (verdict === false) return undefined;
    if (typeof verdict === 'string') value = verdict;
  }
  const facts = describeMatch(rule, value, { text, match, start, end });
  return { rule: ruleIndex, start, end, location: rule.locateMatch ? start : valueStart, value, facts };
}

function isNear(text: string, start: number, end: number, near: NonNullable<SecretRule['near']>): boolean {
  const around = text.slice(Math.max(0, start - near.within), end + near.within);
  return near.words.some((word) => around.includes(word));
}

/**
 * Of overlapping matches keep the one whose reported position comes first, the earlier rule on
 * a tie: `_authToken=npm_…` is one `npm-token`, not also an `npmrc-auth`.
 */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.location - b.location || a.rule - b.rule);
  const kept: Candidate[] = [];
  let keptEnd = -1;
  for (const candidate of candidates) {
    if (candidate.start < keptEnd) continue;
    kept.push(candidate);
    keptEnd = candidate.end;
  }
  return kept;
}

/** Turn offsets into 1-based lines and columns in one forward pass, and mask the values. */
function locate(text: string, candidates: Candidate[], rules: readonly SecretRule[], hash: boolean): SecretMatch[] {
  let line = 1;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  return candidates.map((candidate) => {
    while (nextBreak !== -1 && nextBreak < candidate.location) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    const rule = rules[candidate.rule]!;
    const column = candidate.location - lineStart + 1;
    const masked = hash ? maskSecret(candidate.value) : { ...previewSecret(candidate.value), hash: '' };
    const match: SecretMatch = { kind: rule.kind, severity: rule.severity, line, column, ...masked, offset: candidate.location };
    return candidate.facts ? { ...match, facts: candidate.facts } : match;
  });
}

/**
 * Sorted offsets of every keyword of the default rules in `text`, or null when some rule has no
 * keyword (a keyword prefilter could then not rule any text out). Text with no hit cannot hold a
 * match: every pattern runs only in windows around keyword hits.
 */
export function keywordHitOffsets(text: string): number[] | null {
  const compiled = compile(SECRET_RULES);
  if (compiled.rules.some((rule) => rule.keywords.length === 0)) return null;
  const offsets: number[] = [];
  findKeywordHits(text, compiled.index, (_entry, start) => offsets.push(start));
  return offsets.sort((a, b) => a - b);
}
