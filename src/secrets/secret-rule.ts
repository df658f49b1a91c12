import type { Severity } from '../types.js';

/** What a rule's `validate` hook sees besides the candidate value. */
export interface MatchContext {
  /** The whole scanned text. */
  readonly text: string;
  /** The regex match (indices are relative to the window the pattern ran on). */
  readonly match: RegExpExecArray;
  /** Offset in `text` where the whole match starts. */
  readonly start: number;
  /** Offset in `text` just past the whole match. */
  readonly end: number;
}

/**
 * One credential format, as data. The scanner looks for the `keywords` first (literals, in any
 * case when the pattern is case-insensitive) and only runs `pattern` on a bounded window around each keyword hit, so the cost
 * stays linear in the input whatever the pattern.
 */
export interface SecretRule {
  /** Stable id, reported as the finding's `kind` (e.g. `aws-access-key-id`). */
  readonly kind: string;
  /** Human name used in messages, e.g. "AWS access key id". */
  readonly description: string;
  readonly severity: Severity;
  /**
   * Literals, at least one of which occurs in or next to every match. Case-sensitive, unless
   * `pattern` has the `i` flag: then they match in any case, as the pattern does (the prefilter
   * anchors on both cases of a letter; it never lower-cases the text).
   */
  readonly keywords: readonly string[];
  /**
   * Run with the `g` and `d` flags on each window. A named group `secret` is the credential
   * value (default: the whole match). Must be linear: no nested unbounded quantifiers.
   */
  readonly pattern: RegExp;
  /** Characters scanned before and after each keyword hit (defaults 32 and 512). */
  readonly window?: { readonly before: number; readonly after: number };
  /** Minimum Shannon entropy (bits per character) of the value. */
  readonly entropy?: number;
  /**
   * The value's prefix and shape belong to one vendor's issued credentials and to nothing else
   * (`sk_live_`, `xoxb-`, `glpat-`): a match is an error wherever it sits, docs, tests and
   * comments included, unless a checksum says it was never issued or it is a known public value.
   * Set for formats whose prefix is long or structured enough that code, prose and filler never
   * produce it; not for short or shared prefixes (`SK` + hex, `key-` + hex) nor for values their
   * owners publish by design (Google API keys).
   */
  readonly distinctive?: boolean;
  /** Reject example and placeholder values (`EXAMPLE`, `xxxx`, `<your-key>` ...). Default true. */
  readonly placeholders?: boolean;
  /** One of `words` must occur within `within` characters of the match. */
  readonly near?: { readonly words: readonly string[]; readonly within: number };
  /** Report the position of the whole match instead of the `secret` group. */
  readonly locateMatch?: boolean;
  /**
   * Final say on a candidate: false rejects it, a string replaces the value (a normalised form
   * used for the length, preview and hash), true keeps it.
   */
  readonly validate?: (value: string, context: MatchContext) => boolean | string;
  /**
   * Non-secret facts a person needs to judge a match (a URL's host, a key's type), taken from
   * the match after `validate` accepted it.
   */
  readonly describe?: (value: string, context: MatchContext) => MatchFacts;
}

/** What leakproof may say about a credential without showing it. */
export interface MatchFacts {
  /** For URL credentials: the host the credential is for. */
  host?: string;
  /** For URL credentials: the password is weak or a placeholder (`pass`, `changeme`, the user name). */
  weakPassword?: boolean;
  /** For AWS key ids and secret keys: the other half of the pair is beside it, so together they are a usable credential. */
  keyPair?: boolean;
  /** For private keys: the key's type (`RSA`, `EC`, `OPENSSH`, `PKCS#8`, `PuTTY ssh-ed25519` ...). */
  keyType?: string;
  /** For formats with a checksum (GitHub, npm): whether the value's checksum holds. */
  checksum?: boolean;
  /** For a value its owner publishes on purpose (an emulator key, a docs sample): what it is. */
  publicValue?: string;
}

/**
 * Characters that may not touch a token on the left: token characters and the `+`/`/` of
 * base64, so a prefix that happens to occur inside a base64 blob (an inline image, a source
 * map's data URI) is not taken for a token.
 */
const LEFT_EDGE = '[A-Za-z0-9_+/-]';
const RIGHT_EDGE = '(?![A-Za-z0-9_-])';
/**
 * Put before an edge class in a negative lookbehind: a letter right after a backslash is an
 * escape (`"...\\nghp_..."` in a bundled string literal), not part of a longer word.
 */
const ESCAPE_AWARE = '(?<!\\\\)';

/**
 * A token pattern with edges on both sides; the whole token is the secret. The left-edge test
 * is a lookbehind placed after `prefix`, not before it: a pattern that opens with a lookbehind
 * makes irregexp evaluate it at every position (30x slower on a URL pattern), one that opens
 * with a literal lets it skip ahead to candidates.
 */
export function tokenPattern(prefix: string, rest: string): RegExp {
  return new RegExp(`(?<secret>${prefix}(?<!${ESCAPE_AWARE}${LEFT_EDGE}(?:${prefix}))${rest})${RIGHT_EDGE}`, 'gd');
}

/** Shannon entropy of `value` in bits per character. */
export function shannonEntropy(value: string): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/** Decode base64 or base64url text; undefined when it is not valid. */
export function decodeBase64(value: string): string | undefined {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(value)) return undefined;
  return Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
}

/**
 * A rule for a token with a fixed vendor prefix and a known alphabet and length (most vendor
 * tokens): {@link SecretRule.distinctive} unless the caller says otherwise.
 */
export function prefixedToken(
  kind: string,
  description: string,
  keywords: string[],
  prefix: string,
  rest: string,
  entropy = 3,
): SecretRule {
  return { kind, description, severity: 'error', keywords, pattern: tokenPattern(prefix, rest), entropy, distinctive: true };
}
