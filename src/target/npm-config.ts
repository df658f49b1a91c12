/**
 * npm's configuration, loaded by npm's own `@npmcli/config` with npm's own definitions, so that
 * `leakproof check name@1.2.3` sees the same registry, token, cache, proxy, certificates and
 * retries as `npm install name@1.2.3`: builtin, global, user and project `.npmrc` (the project
 * one from the workspace root when run inside a workspace), `npm_config_*` variables, `${VAR}`
 * substitution, scoped registries and nerf-darted auth (`//host/path/:_authToken`).
 * See https://docs.npmjs.com/cli/v11/configuring-npm/npmrc. Values bear secrets: nothing here
 * logs them.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where npm fetches from when nothing else is configured. */
export const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';

/**
 * Hosts of the public registry. It never lets a version be published twice (a private registry
 * may: Verdaccio, Artifactory or Nexus with redeploy), so what a cached packument says of an
 * exact version there stays true.
 */
export const PUBLIC_REGISTRY_HOSTS: ReadonlySet<string> = new Set(['registry.npmjs.org', 'registry.yarnpkg.com']);

/** Inputs of {@link loadNpmConfig}; `env` stands in for `process.env` so tests stay hermetic. */
export interface NpmConfigOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * npm's `flatOptions`: what npm passes to pacote and npm-registry-fetch. `registry` ends with
 * `/`, `cache` is the cacache folder (npm's `cache` + `/_cacache`); scoped registries
 * (`@scope:registry`) and nerf-darted keys (`//host/path/:_authToken`) are there verbatim.
 */
export interface NpmFlatOptions {
  readonly registry: string;
  readonly cache: string;
  readonly replaceRegistryHost?: string;
  readonly retry?: { readonly retries?: number; readonly factor?: number; readonly minTimeout?: number; readonly maxTimeout?: number };
  readonly [key: string]: unknown;
}

/** The part of the options that says where packages come from. */
export type RegistryConfig = Pick<NpmFlatOptions, 'registry' | 'replaceRegistryHost'> & Readonly<Record<string, unknown>>;

/** The slice of `@npmcli/config` used here (it ships no type declarations). */
interface NpmcliConfig {
  load(): Promise<void>;
  repair(): void;
  readonly flat: NpmFlatOptions;
}
type NpmcliConfigClass = new (options: Record<string, unknown>) => NpmcliConfig;

/**
 * Loads npm's configuration for a command run in `cwd` with `env`, as npm does before a fetch.
 * Unscoped auth (`_auth`, `_authToken`, `username` + `_password`), which npm 9+ ignores, is
 * scoped to the default registry, as `npm config fix` would (`Config#repair`).
 */
export async function loadNpmConfig(options: NpmConfigOptions): Promise<NpmFlatOptions> {
  const require = createRequire(import.meta.url);
  const Config = require('@npmcli/config') as NpmcliConfigClass;
  const { definitions, shorthands, flatten, nerfDarts } = require('@npmcli/config/lib/definitions') as Record<string, unknown>;
  const config = new Config({
    definitions,
    shorthands,
    flatten,
    nerfDarts,
    npmPath: npmInstallPath(options.env),
    // A copy: loading writes npm_config_* variables back into the environment it is given.
    env: { ...options.env },
    argv: [],
    cwd: options.cwd,
    warn: false,
  });
  await config.load();
  config.repair();
  return flatKeepingProcessEnv(config);
}

/** Variables npm's flattening sets on `process.env` for npm's own child processes. */
const FLATTEN_WRITES = ['NODE_ENV', 'npm_config_user_agent'] as const;

/**
 * `config.flat`, without the writes to `process.env` that come with it (`omit=dev` sets
 * NODE_ENV=production, `user-agent` sets npm_config_user_agent): leakproof is not npm, and a
 * package manager it starts later to pack a folder reads these.
 */
function flatKeepingProcessEnv(config: NpmcliConfig): NpmFlatOptions {
  const before = FLATTEN_WRITES.map((name) => process.env[name]);
  try {
    return config.flat;
  } finally {
    FLATTEN_WRITES.forEach((name, i) => {
      if (before[i] === undefined) delete process.env[name];
      else process.env[name] = before[i];
    });
  }
}

/** The registry that serves `name`: its scope's registry, else the default one (ends with `/`). */
export function registryFor(name: string, config: RegistryConfig): string {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : null;
  const scoped = scope === null ? undefined : config[`${scope}:registry`];
  return withTrailingSlash(typeof scoped === 'string' ? scoped : config.registry);
}

/** npm's "nerf dart" of a registry URL: `//host[:port]/path/`, the prefix of its auth keys. */
export function nerfDart(url: string): string {
  const parsed = new URL(url);
  const base = new URL('.', `${parsed.protocol}//${parsed.host}${parsed.pathname}`);
  return `//${base.host}${base.pathname}`;
}

/**
 * The folder of the npm that would run here, whose `npmrc` is npm's builtin config: the one
 * running us when npm started this process (`npm_execpath`), else the one installed with node.
 */
function npmInstallPath(env: Readonly<Record<string, string | undefined>>): string {
  const execPath = env.npm_execpath;
  if (execPath && /npm-cli\.[cm]?js$/.test(execPath)) return dirname(dirname(execPath));
  const nodeDir = dirname(process.execPath);
  return process.platform === 'win32' ? join(nodeDir, 'node_modules', 'npm') : join(dirname(nodeDir), 'lib', 'node_modules', 'npm');
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
