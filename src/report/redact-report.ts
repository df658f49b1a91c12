/**
 * The one redaction choke point for everything leakproof writes: every report format, the
 * GitHub annotations, and every error message and `--debug` stack. A package's own strings
 * reach reports (paths, map `sources`, `sourceRoot`, URLs in comments, error messages from
 * registries) and may carry a credential: `https://user:token@git.internal/...` in a map's
 * sources, a registry password in a fetch error's cause. Reports go to CI logs, pull requests
 * and code-scanning uploads, so no string leaves unredacted:
 *
 * - URL userinfo and query values named like credentials are masked
 *   (`https://***@host/x?access_token=***`), on any scheme;
 * - anything the credential scanner recognises is replaced by its masked form
 *   (`ghp_…(40 chars)`), as a `secret` finding shows it.
 *
 * Redaction is deterministic and idempotent, so SARIF fingerprints stay stable.
 */
import { redactUrlsIn } from '../redact.js';
import { findSecretSpans, scanText } from '../secrets/scan-text.js';
import type { Report } from '../types.js';
import { printable } from './printable.js';

/** An HTTP `Authorization` value in a logged request or error (`Basic dXNlcjpwYXNz`, `Bearer ...`). */
const AUTHORIZATION = /(authorization["']?\s*[:=]\s*["']?(?:basic|bearer|token)\s+)[^\s"',}]+/gi;

/** `text` with URL credentials, authorization headers and recognisable credentials masked. */
export function redactText(text: string): string {
  const urls = text.includes('://') ? redactUrlsIn(text, 'sensitive') : text;
  return maskCredentials(urls.replace(AUTHORIZATION, '$1***'));
}

/** One line for a terminal or log: redacted, then every control character escaped. */
export function safeLine(text: string): string {
  return printable(redactText(text));
}

/** Several lines (a `--debug` stack): each one {@link safeLine}. */
export function safeLines(text: string): string {
  return text.split('\n').map(safeLine).join('\n');
}

/**
 * `value` with every string passed through {@link redactText} (object keys too): a deep copy
 * when anything was masked, `value` itself when nothing was.
 */
export function redactValue<T>(value: T): T {
  const memo = new Map<string, string>();
  const strings = new Set<string>();
  collectStrings(value, strings, 0);
  // One scan over all distinct strings finds the few that hold anything: most hold nothing.
  const suspicious = findSuspicious([...strings]);
  // Nothing to mask (the usual case): no copy.
  if (suspicious.size === 0) return value;
  const redact = (text: string): string => {
    if (!suspicious.has(text)) return text;
    let done = memo.get(text);
    if (done === undefined) memo.set(text, (done = redactText(text)));
    return done;
  };
  return mapStrings(value, redact, 0) as T;
}

/** The report with every string redacted; see the module comment. */
export function redactReport(report: Report): Report {
  return redactValue(report);
}

/** Nesting deeper than any report has: a cycle or a hostile object is cut, never followed. */
const MAX_DEPTH = 64;

function collectStrings(value: unknown, into: Set<string>, depth: number): void {
  if (typeof value === 'string') into.add(value);
  else if (depth < MAX_DEPTH && typeof value === 'object' && value !== null) {
    // An array's indexes are never redacted (mapStrings keeps them), so they are not collected.
    if (Array.isArray(value)) {
      for (const item of value) collectStrings(item, into, depth + 1);
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      into.add(key);
      collectStrings((value as Record<string, unknown>)[key], into, depth + 1);
    }
  }
}

function mapStrings(value: unknown, redact: (text: string) => string, depth: number): unknown {
  if (typeof value === 'string') return redact(value);
  if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, redact, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[redact(key)] = mapStrings(item, redact, depth + 1);
  return out;
}

/**
 * The strings that hold a URL or a credential, found with one scan of all of them joined
 * (linear in their total length) instead of one scan per string.
 */
/**
 * What the URL redaction would change: userinfo, or a query parameter named like a credential.
 * Most strings with `://` are bundler paths (`webpack://pkg/./src/a.ts`): thousands in a big
 * package, and each parsed as a URL and scanned on its own cost next.js 0.3 s.
 */
const URL_CREDENTIAL = /:\/\/[^\s/?#@]*@|[?&;][^=&#\s]*(?:token|key|secret|pass|pwd|auth|sig|credential|session|code)[^=&#\s]*=/i;

function findSuspicious(strings: readonly string[]): Set<string> {
  const suspicious = new Set<string>();
  for (const text of strings) if ((text.includes('://') && URL_CREDENTIAL.test(text)) || /authorization/i.test(text)) suspicious.add(text);
  const starts: number[] = [];
  let joined = '';
  for (const text of strings) {
    starts.push(joined.length);
    joined += `${text}\n`;
  }
  for (const match of scanText(joined, { hash: false })) suspicious.add(strings[indexAtOrBefore(starts, match.offset)]!);
  return suspicious;
}

/** Index of the last sorted value <= `offset`. */
function indexAtOrBefore(sorted: readonly number[], offset: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (sorted[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Replace each credential the scanner finds in `text` (the whole match: a key's every line) by its masked form. */
function maskCredentials(text: string): string {
  const spans = findSecretSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    out += `${text.slice(cursor, span.start)}${span.preview}(${span.length} chars)`;
    cursor = Math.min(text.length, span.end);
  }
  return out + text.slice(cursor);
}
