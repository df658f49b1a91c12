/**
 * Token formats that carry their own checksum, so a scanner can tell an issued token from a
 * typed example without asking the vendor.
 *
 * GitHub ("Behind GitHub's new authentication token formats", GitHub blog, 2021-04-05) and npm
 * ("Announcing npm's new access token format", GitHub blog, 2021-09-23): `prefix_` + 30 random
 * base62 characters + 6 characters that are the CRC32 (IEEE 802.3, as zlib computes it) of those
 * 30 characters, written in base62 with the alphabet `0-9A-Za-z` and left-padded with `0`. The
 * prefix is not part of the checksummed text. Independent implementations agree: credsweeper's
 * `ValueGitHubCheck` and the Rust `GithubTokenChecksum` validator of the secrets-patterns
 * family; our tests assemble tokens at run time and check both outcomes.
 */
import { crc32 } from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** The kinds whose value is `prefix_` + body + 6-character CRC32 checksum. */
const CHECKSUMMED_KINDS: ReadonlySet<string> = new Set([
  'github-pat',
  'github-oauth-token',
  'github-app-token',
  'github-refresh-token',
  'npm-token',
]);

/** `n` (an unsigned 32-bit integer) in base62, left-padded to 6 characters. */
export function base62Checksum(n: number): string {
  let out = '';
  let rest = n >>> 0;
  do {
    out = BASE62[rest % 62]! + out;
    rest = Math.floor(rest / 62);
  } while (rest > 0);
  return out.padStart(6, '0');
}

/** The 6-character checksum GitHub and npm append to a token body. */
export function tokenChecksum(body: string): string {
  return base62Checksum(crc32(body));
}

/**
 * For a kind whose format has a checksum: whether `value` carries a valid one. Undefined for
 * kinds without a checksum (most formats).
 */
export function verifyTokenChecksum(kind: string, value: string): boolean | undefined {
  if (!CHECKSUMMED_KINDS.has(kind)) return undefined;
  const token = value.slice(value.indexOf('_') + 1);
  if (token.length <= 6 || !/^[A-Za-z0-9]+$/.test(token)) return false;
  return tokenChecksum(token.slice(0, -6)) === token.slice(-6);
}
