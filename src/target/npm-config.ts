/**
 * The subset of npm's configuration that decides where and how a registry spec is fetched:
 * registries, auth, cache, proxies, TLS and retries. It mirrors `@npmcli/config` so that
 * `leakproof check name@1.2.3` sees the same registry and token as `npm install name@1.2.3`.
 *
 * Layers, lowest priority first (https://docs.npmjs.com/cli/v11/configuring-npm/npmrc):
 * global `$PREFIX/etc/npmrc`, user `~/.npmrc`, project `.npmrc`, then `npm_config_*` env vars.
 * Values are secrets-bearing: nothing here logs them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** Where npm fetches from when nothing else is configured. */
export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

/** Inputs of {@link loadNpmConfig}; `env` stands in for `process.env` so tests stay hermetic. */
export interface NpmConfigOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** Auth keys npm only honours when scoped to a registry (`//host/path/:key`). */
const UNSCOPED_AUTH_KEYS = ['_authToken', '_auth', 'username', '_password', 'certfile', 'keyfile'];

/**
 * Loads npm's configuration as flat npm keys with string values (`registry`, `@scope:registry`,
 * `//host/path/:_authToken`, `fetch-retries`...). Two keys are always present and final:
 * `registry` (ends with `/`) and `cache`, the cacache folder pacote wants (npm's `cache` + `/_cacache`).
 * Unscoped auth (`_auth`, `_authToken`, `username` + `_password`) is scoped to the default
 * registry, which is what `npm config fix` does (npm 9+ refuses it unscoped).
 */
export function loadNpmConfig(options: NpmConfigOptions): Record<string, string> {
  const { env } = options;
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  const fromEnv = readEnvConfig(env);
  const project = readNpmrc(join(findProjectRoot(options.cwd), '.npmrc'), env);
  const userPath = fromEnv.userconfig ?? project.userconfig ?? join(home, '.npmrc');
  const user = readNpmrc(expandPath(userPath, home, options.cwd), env);
  const globalPath = fromEnv.globalconfig ?? project.globalconfig ?? user.globalconfig
    ?? join(fromEnv.prefix ?? env.PREFIX ?? dirname(dirname(process.execPath)), 'etc', 'npmrc');
  const global = readNpmrc(expandPath(globalPath, home, options.cwd), env);

  const layers = [global, user, project, fromEnv];
  const registry = withTrailingSlash(
    fromEnv.registry ?? project.registry ?? user.registry ?? global.registry ?? DEFAULT_REGISTRY,
  );
  const merged: Record<string, string> = {};
  for (const layer of layers) Object.assign(merged, scopeBareAuth(layer, registry));
  merged.registry = registry;
  for (const key of Object.keys(merged)) {
    if (/^@[^/]+:registry$/.test(key)) merged[key] = withTrailingSlash(merged[key] ?? '');
  }
  const npmCache = merged.cache === undefined
    ? defaultCacheRoot(env, home)
    : expandPath(merged.cache, home, options.cwd);
  merged.cache = join(npmCache, '_cacache');
  return merged;
}

/**
 * Turns a {@link loadNpmConfig} result into the options object pacote and npm-registry-fetch
 * read (camelCase for defined settings, nerf-darted and scope keys as they are), like npm's
 * `flatOptions`.
 */
export function toFetchOptions(config: Readonly<Record<string, string>>): Record<string, unknown> {
  const options: Record<string, unknown> = { registry: config.registry, cache: config.cache };
  for (const [key, value] of Object.entries(config)) {
    if (key.startsWith('//') || /^@[^/]+:registry$/.test(key)) options[key] = value;
  }
  const copy = (from: string, to: string, parse: (v: string) => unknown = (v) => v): void => {
    const value = config[from];
    const parsed = value === undefined || value === '' ? undefined : parse(value);
    if (parsed !== undefined) options[to] = parsed;
  };
  const bool = (v: string): boolean => v !== 'false';
  copy('proxy', 'proxy');
  copy('https-proxy', 'httpsProxy');
  copy('noproxy', 'noProxy');
  copy('strict-ssl', 'strictSSL', bool);
  copy('ca', 'ca');
  copy('cafile', 'ca', readCaFile);
  copy('fetch-timeout', 'timeout', Number);
  copy('offline', 'offline', bool);
  copy('prefer-offline', 'preferOffline', bool);
  copy('prefer-online', 'preferOnline', bool);
  options.retry = {
    retries: Number(config['fetch-retries'] ?? 2),
    factor: Number(config['fetch-retry-factor'] ?? 10),
    minTimeout: Number(config['fetch-retry-mintimeout'] ?? 10_000),
    maxTimeout: Number(config['fetch-retry-maxtimeout'] ?? 60_000),
  };
  return options;
}

/**
 * Parses npmrc text (the `ini` format npm reads): `key = value` lines, `;`/`#` comment lines and
 * trailing comments, quoted values (`"..."` JSON, `'...'` literal). Sections are ignored, as npm
 * has no use for them; a key without `=` means `true`.
 */
export function parseNpmrc(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#') || line.startsWith('[')) continue;
    const eq = line.indexOf('=');
    const key = unquote(eq === -1 ? line : line.slice(0, eq)).replace(/\[\]$/, '');
    if (key === '') continue;
    result[key] = eq === -1 ? 'true' : unquote(line.slice(eq + 1));
  }
  return result;
}

/**
 * Replaces `${NAME}` with the environment variable (left as is when unset) and `${NAME?}` with
 * the variable or an empty string, honouring backslash escapes, as `@npmcli/config` does.
 */
export function replaceEnv(value: string, env: Readonly<Record<string, string | undefined>>): string {
  return value.replace(/(?<!\\)(\\*)\$\{([^${}?]+)(\?)?\}/g, (whole, escapes: string, name: string, optional?: string) => {
    // An odd number of backslashes escapes the expression: keep it literally, minus one level.
    if (escapes.length % 2 === 1) return whole.slice((escapes.length + 1) / 2);
    const fallback = optional === '?' ? '' : `\${${name}}`;
    return escapes.slice(escapes.length / 2) + (env[name] ?? fallback);
  });
}

/** npm's "nerf dart" of a registry URL: `//host[:port]/path/`, the prefix of its auth keys. */
export function nerfDart(url: string): string {
  const parsed = new URL(url);
  const base = new URL('.', `${parsed.protocol}//${parsed.host}${parsed.pathname}`);
  return `//${base.host}${base.pathname}`;
}

/** `npm_config_foo_bar` -> `foo-bar`, except keys starting with `//`, kept verbatim (npm's loadEnv). */
function readEnvConfig(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const config: Record<string, string> = {};
  for (const [envKey, value] of Object.entries(env)) {
    if (!/^npm_config_/i.test(envKey) || value === undefined || value === '') continue;
    let key = envKey.slice('npm_config_'.length);
    // Leading underscores stay (`npm_config__auth` is `_auth`); others become dashes.
    if (!key.startsWith('//')) key = key.replace(/(?!^)_/g, '-').toLowerCase();
    config[key] = value;
  }
  return config;
}

/** Reads and parses one npmrc; a missing or unreadable file is an empty layer, as in npm. */
function readNpmrc(file: string, env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return {};
  }
  const config: Record<string, string> = {};
  for (const [key, value] of Object.entries(parseNpmrc(text))) {
    config[replaceEnv(key, env)] = replaceEnv(value, env);
  }
  return config;
}

/** npm's localPrefix: the nearest ancestor with a package.json or node_modules, else cwd. */
function findProjectRoot(cwd: string): string {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) || existsSync(join(dir, 'node_modules'))) return dir;
    if (dirname(dir) === dir) return resolve(cwd);
  }
}

function scopeBareAuth(layer: Record<string, string>, registry: string): Record<string, string> {
  const scoped = { ...layer };
  const prefix = nerfDart(registry);
  for (const key of UNSCOPED_AUTH_KEYS) {
    const value = scoped[key];
    if (value === undefined) continue;
    delete scoped[key];
    scoped[`${prefix}:${key}`] = value;
  }
  return scoped;
}

function defaultCacheRoot(env: Readonly<Record<string, string | undefined>>, home: string): string {
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'npm-cache');
  return join(home, '.npm');
}

function expandPath(path: string, home: string, cwd: string): string {
  if (path === '~' || path.startsWith('~/')) return join(home, path.slice(1));
  return resolve(cwd, path);
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function readCaFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // npm ignores a missing cafile too and falls back to the system CAs
  }
}

/** Strips ini quoting; unquoted values lose a trailing `;`/`#` comment unless escaped. */
function unquote(raw: string): string {
  const value = raw.trim();
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1);
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      return String(JSON.parse(value));
    } catch {
      return value.slice(1, -1);
    }
  }
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const char = value[i] as string;
    if (char === '\\' && (value[i + 1] === ';' || value[i + 1] === '#' || value[i + 1] === '\\')) {
      out += value[++i];
    } else if (char === ';' || char === '#') {
      break;
    } else {
      out += char;
    }
  }
  return out.trim();
}
