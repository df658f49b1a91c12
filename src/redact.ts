/**
 * Keep credentials out of messages: URLs can carry them in the userinfo part
 * (`https://user:token@host`) and in query parameters (`?access_token=...`). Credentials are
 * never printed whole in any format; the `secret` rule reports real ones, masked.
 *
 * npm's own `@npmcli/redact` masks only the password of http(s) URLs, so the URL masking below
 * stays ours (a lone user name that is a token, query values, any scheme such as git+https);
 * free text also goes through npm's, which masks npm tokens (`npm_...`) and legacy UUID tokens
 * wherever they appear.
 */
import { createRequire } from 'node:module';

const MASK = '***';

/** Query parameters whose names say they carry a credential (`access_token`, `X-Amz-Signature` ...). */
const SENSITIVE_QUERY = /token|key|secret|pass|pwd|auth|sig|credential|session|code/i;

/**
 * Which query values to mask: `all` (the default, for URLs a finding shows) or `sensitive`, only
 * those whose name says they carry a credential (for any URL in any output string, where
 * `?v=2` is a cache buster worth keeping).
 */
export type QueryRedaction = 'all' | 'sensitive';

/** A URL with its password (or a lone user name, often a token) and query values masked. */
export function redactUrl(url: string): string {
  return maskUrl(url, 'all');
}

function maskUrl(url: string, queries: QueryRedaction): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactUserinfo(url);
  }
  const masked = [...parsed.searchParams.keys()].filter((key) => queries === 'all' || SENSITIVE_QUERY.test(key));
  if (!parsed.username && !parsed.password && masked.length === 0) return url;
  if (parsed.password) parsed.password = MASK;
  else if (parsed.username) parsed.username = MASK;
  for (const key of masked) parsed.searchParams.set(key, MASK);
  // URLSearchParams percent-encodes the mask; keep it readable.
  return parsed.toString().replaceAll('%2A%2A%2A', MASK);
}

/** Every `scheme://...` URL inside free text (an error message) and every npm token, redacted. */
export function redactUrlsIn(text: string, queries: QueryRedaction = 'all'): string {
  return redactNpmTokens(text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (url) => maskUrl(url, queries)));
}

let npmRedact: ((text: string) => string) | undefined;

/** npm's redaction, loaded on the first error message rather than on every run. */
function redactNpmTokens(text: string): string {
  npmRedact ??= (createRequire(import.meta.url)('@npmcli/redact') as { redact(text: string): string }).redact;
  return npmRedact(text);
}

/** Fallback for strings `URL` rejects: mask everything between `//` and the last `@` of the authority. */
function redactUserinfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#\s]*)@/i, (_match, scheme: string) => `${scheme}${MASK}@`);
}
