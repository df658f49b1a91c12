import { createHash, scryptSync } from 'node:crypto';

/** How a credential is shown and stored: never whole. */
export interface MaskedSecret {
  /** A few leading characters and `…` for a strong value; only `…` for a weak one. */
  readonly preview: string;
  readonly length: number;
  /**
   * 12 hex digits identifying the value: the same value always gives the same hash, on every
   * machine and run (leakproof.json `ignore` entries can name it). SHA-256 for strong values,
   * scrypt for weak ones; see {@link maskSecret}.
   */
  readonly hash: string;
}

/**
 * Guessing space, in bits, under which a value counts as weak: 128 bits is out of reach of any
 * brute force, so a value above it may show a preview and use a fast hash.
 */
const STRONG_BITS = 128;

/**
 * scrypt cost for weak values (RFC 7914: N = 2^12, r = 8, p = 1, 4 MiB per guess, ~9 ms on
 * this project's 2-core machine). Every finding of a weak value pays it once per run. It turns "seconds" into years for a random 8-character password; a dictionary word
 * stays guessable by a determined attacker, which is why every finding says to revoke.
 */
const SCRYPT = { N: 2 ** 12, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
/** A fixed, public salt: the hash must be identical everywhere, so it cannot be secret. */
const SALT = 'leakproof secret hash v2';

const cache = new Map<string, MaskedSecret>();
const CACHE_LIMIT = 10_000;

/**
 * Mask a credential for reports. The threat is the report itself: it goes to CI logs, pull
 * requests and SARIF uploads, where anyone may read it. From a preview, the exact length and an
 * unsalted fast hash, a short password is brute-forced in seconds. So:
 *
 * - a strong value (its hidden part spans at least 2^128 guesses, estimated from its length and
 *   the character classes it uses: vendor tokens, keys) shows at most 4 leading characters and
 *   at most a quarter of itself, and is hashed with SHA-256;
 * - a weak value (URL passwords, short secrets) shows no character at all and is hashed with
 *   scrypt, so each guess costs memory and milliseconds instead of nanoseconds.
 */
export function maskSecret(value: string): MaskedSecret {
  const cached = cache.get(value);
  if (cached) return cached;
  const { preview, length, strong } = previewSecret(value);
  const masked: MaskedSecret = {
    preview,
    length,
    hash: strong ? createHash('sha256').update(value).digest('hex').slice(0, 12) : scryptSync(value, SALT, 6, SCRYPT).toString('hex'),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(value, masked);
  return masked;
}

/** The preview and length of {@link maskSecret} without the hash, and whether the value is strong. */
export function previewSecret(value: string): { preview: string; length: number; strong: boolean } {
  const shown = Math.min(4, Math.floor(value.length / 4));
  const strong = guessBits(value, value.length - shown) >= STRONG_BITS;
  return { preview: strong ? `${value.slice(0, shown)}…` : '…', length: value.length, strong };
}

/** log2 of the guesses needed for `hidden` characters drawn from the classes `value` uses. */
export function guessBits(value: string, hidden: number): number {
  let alphabet = 0;
  if (/[a-z]/.test(value)) alphabet += 26;
  if (/[A-Z]/.test(value)) alphabet += 26;
  if (/[0-9]/.test(value)) alphabet += 10;
  if (/[^A-Za-z0-9]/.test(value)) alphabet += 33;
  return hidden * Math.log2(Math.max(alphabet, 2));
}
