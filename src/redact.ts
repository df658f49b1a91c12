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

/** A URL with its password (or a lone user name, often a token) and query values masked. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactUserinfo(url);
  }
  if (!parsed.username && !parsed.password && !parsed.search) return url;
  if (parsed.password) parsed.password = MASK;
  else if (parsed.username) parsed.username = MASK;
  for (const key of [...parsed.searchParams.keys()]) parsed.searchParams.set(key, MASK);
  // URLSearchParams percent-encodes the mask; keep it readable.
  return parsed.toString().replaceAll('%2A%2A%2A', MASK);
}

/** Every `scheme://...` URL inside free text (an error message) and every npm token, redacted. */
export function redactUrlsIn(text: string): string {
  return redactNpmTokens(text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (url) => redactUrl(url)));
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
