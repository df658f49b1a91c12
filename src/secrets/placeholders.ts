/**
 * Values that look like a credential's format but are documentation, templates or filler.
 * Random tokens contain none of these by chance (a 36-character base62 token holds a given
 * 4-letter word with odds near 1 in 30,000), so rejecting them costs no recall worth having.
 */

/** Words that mark an example or a template value (matched case-insensitively). */
const PLACEHOLDER_WORDS = [
  'example',
  'placeholder',
  'changeme',
  'change_me',
  'change-me',
  'your',
  'redacted',
  'dummy',
  'sample',
  'xxxx',
  'fake',
  'insert',
  'replace',
  'secret_here',
  'token_here',
  'key_here',
];

/** Template and environment syntax: `${VAR}`, `{{ var }}`, `<YOUR_KEY>`, `%s`, `process.env`. */
const TEMPLATE_SYNTAX = /\$\{|\{\{|<[^>]*>|%s|%\(|^process\.env|\*\*\*|\.\.\.|…/;

/** Passwords that are weak or placeholders when found in a URL (`user:password@host`). */
export const PLACEHOLDER_PASSWORDS = new Set([
  'password',
  'pass',
  'passwd',
  'pwd',
  'pw',
  'secret',
  'changeme',
  'admin',
  'root',
  'test',
  'user',
  'username',
  'guest',
  'anonymous',
  'foo',
  'bar',
  'baz',
  'demo',
  'token',
  'apikey',
  'x',
  'mypassword',
  'yourpassword',
  'p@ssw0rd',
  'password123',
  'letmein',
  'postgres',
  'mysql',
]);

/**
 * Words that people type when they need a value for an example: `MYTOKEN1`, `key_1234`,
 * `randompassword`, `authpassword`, `supersecret`. A value made only of these words and short
 * or sequential digit runs is a placeholder (see {@link isWordsAndDigits}).
 */
const VOCABULARY: ReadonlySet<string> = new Set([
  'password',
  'passwd',
  'passphrase',
  'pass',
  'pwd',
  'pw',
  'secret',
  'secrets',
  'token',
  'tokens',
  'key',
  'keys',
  'api',
  'apikey',
  'auth',
  'access',
  'bearer',
  'session',
  'login',
  'pin',
  'code',
  'my',
  'your',
  'our',
  'the',
  'some',
  'any',
  'this',
  'that',
  'test',
  'tests',
  'testing',
  'dev',
  'local',
  'user',
  'username',
  'usr',
  'name',
  'admin',
  'root',
  'guest',
  'demo',
  'example',
  'sample',
  'dummy',
  'fake',
  'mock',
  'foo',
  'bar',
  'baz',
  'qux',
  'quux',
  'foobar',
  'abc',
  'xyz',
  'random',
  'super',
  'top',
  'very',
  'private',
  'public',
  'change',
  'me',
  'default',
  'hello',
  'world',
  'letmein',
  'qwerty',
  'db',
  'database',
  'app',
  'service',
  'client',
  'server',
  'temp',
  'tmp',
  'new',
  'old',
  'value',
  'string',
  'here',
  'todo',
  'xxx',
  'npm',
  'registry',
  'github',
  'git',
  'redis',
  'postgres',
  'mysql',
  'mongo',
  'id',
  'one',
  'two',
  'word',
  'hunter',
  'none',
]);
const LONGEST_WORD = Math.max(...[...VOCABULARY].map((word) => word.length));

/** Leetspeak a person types for a sample password (`p@ssw0rd`, `s3cr3t`), read as letters. */
const LEET: Readonly<Record<string, string>> = { '@': 'a', $: 's', '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/** True when `value` is an example, a placeholder or filler rather than a credential. */
export function isPlaceholder(value: string): boolean {
  const lower = value.toLowerCase();
  for (const word of PLACEHOLDER_WORDS) if (lower.includes(word)) return true;
  if (TEMPLATE_SYNTAX.test(value)) return true;
  return hasFillerRun(value) || isWordsAndDigits(value);
}

/**
 * A URL password that stands for one rather than being one: a whole variable (`$PASSWORD`,
 * `%PASSWORD%`, `${PASSWORD}`, `{{ password }}`, `<password>`, printf's `%s`) or a mask made of
 * `*`, `x`, `•`, dots. A value that merely starts with `$` or `%` is not a variable: both are
 * common password characters, so `$`/`%` must be followed by a variable's name (see
 * {@link isVariableName}). `password` is percent-decoded already.
 */
export function isTemplatePassword(password: string): boolean {
  if (/^(?:\$\{[^}]*\}|\{\{[^}]*\}\}|<[^>]*>|(?:%[sd]|%\(\w+\)s)+|[*xX•.…]+)$/.test(password)) return true;
  const variable = /^\$(\w+)$|^%(\w+)%$/.exec(password);
  return variable !== null && isVariableName(variable[1] ?? variable[2]!);
}

/**
 * A name people give a variable, not random characters: upper-case words (`DB_PASSWORD`,
 * `PGPASSWORD`) or lower-case vocabulary words (`password`, `db_pass`), with at most two digits
 * at the end. `$Kx9qB3ZT7m` is a password.
 */
function isVariableName(name: string): boolean {
  return /^[A-Z_]+\d{0,2}$/.test(name) || (/^[a-z_]+\d{0,2}$/.test(name) && isWordsAndDigits(name));
}

/**
 * A URL password a person types for an example, or as a weak real one: a vocabulary password
 * (`pass`, `changeme`), the user name repeated, or any {@link isPlaceholder} value. Such a
 * password on a real host is still reported, at most as a warning: docs are full of
 * `user:password@host`, and a real service can have exactly that password.
 */
export function isWeakPassword(password: string, user: string): boolean {
  const lower = password.toLowerCase();
  return PLACEHOLDER_PASSWORDS.has(lower) || lower === user.toLowerCase() || isPlaceholder(password);
}

/**
 * A value built only from {@link VOCABULARY} words (case aside, `_` `-` `.` between them,
 * leetspeak read as letters) and digit runs of at most four digits or in sequence (`1234`,
 * `0000`): `MYTOKEN1`, `key_1234`, `randompassword`, `p@ss`. Needs at least one word.
 */
export function isWordsAndDigits(value: string): boolean {
  if (value.length > 48) return false;
  let words = 0;
  for (const part of value.toLowerCase().split(/[_.-]/)) {
    if (part === '') continue;
    const match = /^([a-z@$]*?)(\d*)$/.exec(part);
    if (match && match[1] !== '' && isSimpleDigits(match[2]!) && isVocabulary(readLeet(match[1]!))) words++;
    else if (match && match[1] === '' && isSimpleDigits(match[2]!)) continue;
    else if (/^[a-z@$0-9]+$/.test(part) && /[a-z]/.test(part) && isVocabulary(readLeet(part))) words++;
    else return false;
  }
  return words > 0;
}

function readLeet(text: string): string {
  return text.replace(/[@$0134578]/g, (char) => LEET[char] ?? char);
}

/** Up to four digits, or a run of one repeated digit or of consecutive digits. */
function isSimpleDigits(digits: string): boolean {
  return digits.length <= 4 || /^(\d)\1*$/.test(digits) || '01234567890'.includes(digits) || '98765432109'.includes(digits);
}

/** Can `letters` be split into vocabulary words? (Dynamic programming over prefixes.) */
function isVocabulary(letters: string): boolean {
  if (!/^[a-z]+$/.test(letters)) return false;
  const reachable = [true];
  for (let end = 1; end <= letters.length; end++) {
    reachable[end] = false;
    for (let start = Math.max(0, end - LONGEST_WORD); start < end && !reachable[end]; start++) {
      if (reachable[start] && VOCABULARY.has(letters.slice(start, end))) reachable[end] = true;
    }
  }
  return reachable[letters.length] === true;
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
