import { describePlacement, placementOfPath } from '../secrets/context.js';
import type { PackageFile, Severity } from '../types.js';

/** The `kind` of a `file/sensitive` finding. */
export type SensitiveKind =
  | 'env-file'
  | 'npmrc-auth'
  | 'private-key'
  | 'key-store'
  | 'credentials-file'
  | 'git'
  | 'nested-archive'
  | 'tsbuildinfo'
  | 'coverage'
  | 'debug-log'
  | 'leftover';

/** How one kind is recognised, how bad it is, and why it matters (one sentence). */
interface SensitiveCheck {
  readonly kind: SensitiveKind;
  readonly severity: Severity;
  /**
   * Severity in tests, fixtures, docs, examples, templates and dependency code, for kinds those
   * places legitimately hold (keys made for tests, example keys in a README).
   */
  readonly outsideCode?: Severity;
  readonly why: string;
  /** Matches a file; `folder` kinds are reported once per folder (e.g. `.git/`). */
  readonly test: (file: PackageFile, base: string, lowerPath: string) => boolean;
  /** For folder kinds: the folder a file belongs to. */
  readonly folder?: (path: string) => string | undefined;
}

/** Template env files carry names, not values (dotenv's documented convention). */
const ENV_TEMPLATES = new Set(['.env.example', '.env.sample', '.env.template', '.env.dist', '.env.defaults.example']);
const ARCHIVE = /\.(tgz|tar|zip|7z|rar|tar\.gz|tar\.xz|tar\.bz2|tar\.zst)$/i;
const KEY_STORE = /\.(p12|pfx|jks|keystore|kdbx)$/i;
const CREDENTIAL_FILES = new Set(['.netrc', '_netrc', '.git-credentials', '.pgpass', '.htpasswd', '.pypirc', '.s3cfg', '.boto']);
const CREDENTIAL_PATHS = /(^|\/)(\.aws\/credentials|\.docker\/config\.json|[^/]*\.tfstate(\.backup)?)$/i;
const NPMRC_AUTH = /(_authToken|_auth|_password|npmAuthToken|npmAuthIdent)\s*[=:]\s*\S/;
const DEBUG_LOG = /^(npm-debug\.log.*|yarn-(error|debug)\.log|pnpm-debug\.log|lerna-debug\.log)$/i;
const LEFTOVER_NAMES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini', '.directory']);
const LEFTOVER = /(\.sw[op]|~|\.orig|\.rej|\.bak)$|^\.#/i;
const LEFTOVER_FOLDER = /(^|\/)(\.idea|\.vscode|\.vs)\//;
const COVERAGE_FOLDER = /(^|\/)(coverage|\.nyc_output)\//;
const COVERAGE_FILE = /^(lcov\.info|coverage-final\.json|coverage-summary\.json|clover\.xml)$/i;

/**
 * A private key block with a body (RFC 7468 PEM, OpenSSH, PuTTY). The body requirement keeps a
 * bare header string compared in code (`line === '-----BEGIN RSA PRIVATE KEY-----'`) from
 * counting. Only the first 64 KiB are read: key files are small.
 */
const PEM_KEY =
  /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |ANY )?PRIVATE KEY-----\r?\n(?:[A-Za-z0-9+/=:, -]*\r?\n)*?[A-Za-z0-9+/=]{40,}/;
const PUTTY_KEY = /^PuTTY-User-Key-File-\d+: .+\r?\n[\s\S]{0,400}Private-Lines: \d+/m;

function hasPrivateKey(file: PackageFile): boolean {
  const head = file.data.subarray(0, 65_536);
  if (head.includes(0)) return false;
  const text = head.toString('latin1');
  if (!text.includes('PRIVATE KEY-----') && !text.includes('PuTTY-User-Key-File-')) return false;
  return PEM_KEY.test(text) || PUTTY_KEY.test(text);
}

/** The folder that ends with the matched segment, e.g. `a/.git/HEAD` -> `a/.git/`. */
function folderOf(pattern: RegExp): (path: string) => string | undefined {
  return (path) => {
    const match = pattern.exec(path);
    return match ? path.slice(0, match.index + match[0].length) : undefined;
  };
}

/** Every kind, checked in this order; a file gets at most one kind (the first that matches). */
export const SENSITIVE_CHECKS: readonly SensitiveCheck[] = [
  {
    kind: 'git',
    severity: 'error',
    why: 'a .git folder can hold the whole repository history, remotes and credentials',
    test: (_f, _b, p) => /(^|\/)\.git\//.test(p),
    folder: folderOf(/(^|\/)\.git\//),
  },
  {
    kind: 'env-file',
    severity: 'error',
    why: 'env files hold the secrets an app reads at run time',
    test: (_f, base) => (base === '.env' || base.startsWith('.env.')) && !ENV_TEMPLATES.has(base),
  },
  {
    kind: 'npmrc-auth',
    severity: 'error',
    why: 'it holds a registry auth token that lets anyone publish as you',
    test: (f, base) => (base === '.npmrc' || base === '.yarnrc.yml' || base === '.yarnrc') && NPMRC_AUTH.test(f.data.toString('utf8')),
  },
  {
    kind: 'private-key',
    severity: 'error',
    outsideCode: 'warning',
    why: 'it holds a private key; anyone who installs the package has it',
    test: (f) => hasPrivateKey(f),
  },
  {
    kind: 'key-store',
    severity: 'error',
    outsideCode: 'warning',
    why: 'key stores and password databases hold private keys and secrets',
    test: (_f, base) => KEY_STORE.test(base),
  },
  {
    kind: 'credentials-file',
    severity: 'error',
    why: 'this kind of file stores logins, tokens or infrastructure secrets',
    test: (_f, base, p) => CREDENTIAL_FILES.has(base) || CREDENTIAL_PATHS.test(p),
  },
  {
    kind: 'nested-archive',
    severity: 'error',
    why: 'a nested archive was not inspected and often holds a whole stale build or source tree',
    test: (_f, base) => ARCHIVE.test(base),
  },
  {
    kind: 'coverage',
    severity: 'warning',
    why: 'coverage reports embed your source code and add weight',
    test: (_f, base, p) => COVERAGE_FOLDER.test(p) || COVERAGE_FILE.test(base),
    folder: folderOf(COVERAGE_FOLDER),
  },
  {
    kind: 'tsbuildinfo',
    severity: 'warning',
    why: 'TypeScript build caches name every source file and are useless to consumers',
    test: (_f, base) => base.endsWith('.tsbuildinfo'),
  },
  {
    kind: 'debug-log',
    severity: 'warning',
    why: 'debug logs can hold environment details, paths and tokens',
    test: (_f, base) => DEBUG_LOG.test(base),
  },
  {
    kind: 'leftover',
    severity: 'warning',
    why: 'editor and OS leftovers reveal local details and are never meant to ship',
    test: (_f, base, p) => LEFTOVER_NAMES.has(base.toLowerCase()) || LEFTOVER.test(base) || LEFTOVER_FOLDER.test(p),
    folder: folderOf(LEFTOVER_FOLDER),
  },
];

/**
 * A check's severity for one path, and what the message adds: a key under a test or fixture
 * folder is a key made for tests, one in documentation an example (../shared/PRECISION.md); a
 * warning that names the place. The placement is the one `secret` findings get (context.ts).
 */
export function sensitiveSeverity(check: SensitiveCheck, path: string): { severity: Severity; note: string } {
  const placement = check.outsideCode ? placementOfPath(path) : undefined;
  if (!placement) return { severity: check.severity, note: '' };
  return {
    severity: check.outsideCode!,
    note: ` It is in ${describePlacement(placement)}, so most likely a sample or made for tests: check that it is not a real one.`,
  };
}

/** The first sensitive kind a file matches, if any. */
export function findSensitiveKind(file: PackageFile): SensitiveCheck | undefined {
  const base = file.path.slice(file.path.lastIndexOf('/') + 1);
  return SENSITIVE_CHECKS.find((check) => check.test(file, base, file.path));
}
