// dist/redact.js
import { createRequire } from "node:module";
var MASK = "***";
var SENSITIVE_QUERY = /token|key|secret|pass|pwd|auth|sig|credential|session|code/i;
function redactUrl(url) {
  return maskUrl(url, "all");
}
function maskUrl(url, queries) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return redactUserinfo(url);
  }
  const masked = [...parsed.searchParams.keys()].filter((key) => queries === "all" || SENSITIVE_QUERY.test(key));
  if (!parsed.username && !parsed.password && masked.length === 0)
    return url;
  if (parsed.password)
    parsed.password = MASK;
  else if (parsed.username)
    parsed.username = MASK;
  for (const key of masked)
    parsed.searchParams.set(key, MASK);
  return parsed.toString().replaceAll("%2A%2A%2A", MASK);
}
function redactUrlsIn(text, queries = "all") {
  return redactNpmTokens(text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (url) => maskUrl(url, queries)));
}
var npmRedact;
function redactNpmTokens(text) {
  npmRedact ??= createRequire(import.meta.url)("@npmcli/redact").redact;
  return npmRedact(text);
}
function redactUserinfo(url) {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/?#\s]*)@/i, (_match, scheme) => `${scheme}${MASK}@`);
}

export {
  redactUrl,
  redactUrlsIn
};
