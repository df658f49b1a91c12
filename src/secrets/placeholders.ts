/**
 * Values that look like a credential's format but are documentation, templates or filler.
 * Random tokens contain none of these by chance (a 36-character base62 token holds a given
 * 4-letter word with odds near 1 in 30,000), so rejecting them costs no recall worth having.
 */

/** Words that mark an example or a template value (matched case-insensitively). */
const PLACEHOLDER_WORDS = [
  'example', 'placeholder', 'changeme', 'change_me', 'change-me', 'your', 'redacted', 'dummy',
  'sample', 'xxxx', 'fake', 'insert', 'replace', 'secret_here', 'token_here', 'key_here',
];

/** Template and environment syntax: `${VAR}`, `{{ var }}`, `<YOUR_KEY>`, `%s`, `$VAR`. */
const TEMPLATE_SYNTAX = /\$\{|\{\{|<[^>]*>|%s|%\(|^\$[A-Za-z_]|^process\.env|\*\*\*|\.\.\.|…/;

/** Passwords that are placeholders when found in a URL (`user:password@host`). */
export const PLACEHOLDER_PASSWORDS = new Set([
  'password', 'pass', 'passwd', 'pwd', 'pw', 'secret', 'changeme', 'admin', 'root', 'test',
  'user', 'username', 'guest', 'anonymous', 'foo', 'bar', 'baz', 'demo', 'token', 'apikey', 'x',
  'mypassword', 'yourpassword', 'p@ssw0rd', 'password123', 'letmein', 'postgres', 'mysql',
]);

/** True when `value` is an example, a placeholder or filler rather than a credential. */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  for (const word of PLACEHOLDER_WORDS) if (lower.includes(word)) return true;
  if (TEMPLATE_SYNTAX.test(value)) return true;
  return hasFillerRun(value);
}

/**
 * Six identical characters in a row (`xxxxxx`, `000000`) or six consecutive ascending ones
 * (`abcdef`, `123456`): filler typed by a person. Long values (key bodies) are exempt, since
 * DER structure legitimately holds runs of `A`.
 */
function hasFillerRun(value: string): boolean {
  if (value.length > 200) return false;
  let same = 1;
  let ascending = 1;
  for (let i = 1; i < value.length; i++) {
    const delta = value.charCodeAt(i) - value.charCodeAt(i - 1);
    same = delta === 0 ? same + 1 : 1;
    ascending = delta === 1 ? ascending + 1 : 1;
    if (same >= 6 || ascending >= 6) return true;
  }
  return false;
}
