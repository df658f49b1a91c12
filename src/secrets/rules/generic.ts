import { percentDecode } from '../../percent-decode.js';
import { classifyHost } from '../hosts.js';
import { isTemplatePassword, isWeakPassword } from '../placeholders.js';
import { decodeBase64, type MatchContext, type MatchFacts, type SecretRule } from '../secret-rule.js';

/**
 * Credentials without a vendor prefix: passwords in URLs (RFC 3986 §3.2.1 userinfo, which the
 * RFC itself deprecates) and JSON Web Tokens (RFC 7519; compact JWS, RFC 7515 §7.1).
 */

const DB_SCHEMES =
  'postgres|postgresql|mysql|mysqlx|mariadb|mongodb|mongodb\\+srv|redis|rediss|amqp|amqps|mssql|sqlserver|' +
  'cockroachdb|clickhouse|couchdb|neo4j|neo4j\\+s|bolt|cassandra|jdbc:[a-z]{2,12}|oracle|db2|snowflake|memcached';

/**
 * The scheme is matched in a lookbehind placed after the literal `://`: a pattern opening with
 * a lookbehind is evaluated at every position (232 ms against 7.6 ms on 12.8 MB of TypeScript),
 * one opening with a literal lets the engine skip between `://` occurrences. The user and
 * password classes leave out quotes, braces and whitespace, so code that builds a URL
 * (`"://" + user + ":" + pass + "@"`, template literals) never matches.
 */
function urlPattern(schemes: string): RegExp {
  return new RegExp(
    String.raw`:\/\/(?<=(?<![A-Za-z0-9+.-])(?<scheme>${schemes}):\/\/)(?<user>[^\s:@\/?#'"\x60<>{}()\[\]\\,;|]{0,128}):` +
      String.raw`(?<secret>[^\s:@\/?#'"\x60<>{}()\[\]\\,;|]{4,256})@(?<host>[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])`,
    'gdi',
  );
}

/**
 * Reject what is not a password at all (a variable such as `$PASS`, a mask such as `****`), and
 * every URL for a host reserved for documentation (RFC 2606): those are examples by
 * construction. A weak password (`pass`, `changeme`, the user name repeated) is an example for a
 * loopback host, and kept for any other: a real service can have it, and the finding is then at
 * most a warning. A loopback host with a strong password is kept too, as a note (docs/secrets.md).
 */
function isRealUrlPassword(value: string, context: MatchContext): boolean {
  const groups = context.match.groups ?? {};
  const password = percentDecode(value);
  if (isTemplatePassword(password)) return false;
  const host = classifyHost(groups.host ?? '');
  if (host === 'documentation') return false;
  return host !== 'loopback' || !isWeakPassword(password, groups.user ?? '');
}

/** The host a URL credential is for (the context a person needs, and not a secret), and whether its password is weak. */
function describeUrl(value: string, context: MatchContext): MatchFacts {
  const groups = context.match.groups ?? {};
  const facts: MatchFacts = { host: (groups.host ?? '').toLowerCase() };
  if (isWeakPassword(percentDecode(value), groups.user ?? '')) facts.weakPassword = true;
  return facts;
}

/** A JWT's header decodes to a JSON object naming its algorithm. */
function isJwt(value: string): boolean {
  const header = decodeBase64(value.slice(0, value.indexOf('.')));
  if (header === undefined) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    return typeof parsed === 'object' && parsed !== null && 'alg' in parsed;
  } catch {
    return false;
  }
}

/** URL passwords and JWTs. */
export const GENERIC_RULES: readonly SecretRule[] = [
  {
    kind: 'database-url',
    description: 'Database URL with a password',
    severity: 'error',
    keywords: ['://'],
    pattern: urlPattern(DB_SCHEMES),
    window: { before: 24, after: 660 },
    // Weak passwords are judged by `validate` and `describeUrl`, with the host in view.
    placeholders: false,
    validate: isRealUrlPassword,
    describe: describeUrl,
  },
  {
    kind: 'url-password',
    description: 'URL with an embedded password',
    severity: 'error',
    keywords: ['://'],
    pattern: urlPattern('[A-Za-z][A-Za-z0-9+.-]{1,30}'),
    window: { before: 40, after: 660 },
    // Weak passwords are judged by `validate` and `describeUrl`, with the host in view.
    placeholders: false,
    validate: isRealUrlPassword,
    describe: describeUrl,
  },
  {
    kind: 'jwt',
    description: 'JSON Web Token',
    severity: 'warning',
    keywords: ['eyJ'],
    pattern:
      /(?<secret>eyJ(?<!(?<!\\)[A-Za-z0-9_+/-]eyJ)[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{16,1024})(?![A-Za-z0-9_+/=-])/dg,
    window: { before: 8, after: 13_400 },
    entropy: 3.5,
    validate: isJwt,
  },
];
