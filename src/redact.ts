/**
 * Keep credentials out of messages: URLs can carry them in the userinfo part
 * (`https://user:token@host`) and in query parameters (`?access_token=...`). Credentials are
 * never printed whole in any format; the `secret` rule reports real ones, masked.
 */

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

/** Every `scheme://...` URL inside free text (an error message), redacted. */
export function redactUrlsIn(text: string): string {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (url) => redactUrl(url));
}

/** Fallback for strings `URL` rejects: mask everything between `//` and the last `@` of the authority. */
function redactUserinfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#\s]*)@/i, (_match, scheme: string) => `${scheme}${MASK}@`);
}
