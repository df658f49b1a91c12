/**
 * A real npm registry for tests: Verdaccio 6 running in-process on 127.0.0.1 with a throwaway
 * storage folder and no uplinks, so nothing ever leaves the machine. Packages are published
 * with the real `npm publish`, exactly as a user would.
 *
 * Access rules: everything is readable anonymously except `@private/*`, which needs a token
 * (used to test 401 versus a token from `.npmrc`). Publishing needs a token; one user is
 * created at start through the CouchDB-style `PUT /-/user/org.couchdb.user:<name>` API that
 * `npm adduser` uses (https://verdaccio.org/docs/cli-registry#adduser).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runServer } from 'verdaccio';

const execFileAsync = promisify(execFile);

/** The scope whose packages need authentication to read. */
export const PRIVATE_SCOPE = '@private';

/** A running local registry. */
export interface TestRegistry {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  readonly url: string;
  /** A token valid for reading and publishing (for `//host:port/:_authToken`). */
  readonly token: string;
  /** Verdaccio's storage folder (`<storage>/<name>/<name>-<version>.tgz`), to tamper with in tests. */
  readonly storage: string;
  /** The `.npmrc` line that authenticates against this registry. */
  readonly authLine: string;
  /** Runs the real `npm publish` in `dir` (no lifecycle scripts), optionally under a dist-tag. */
  publish(dir: string, options?: { tag?: string }): Promise<void>;
  /** Closes the server and deletes its storage. */
  stop(): Promise<void>;
}

/**
 * A hermetic npm environment pointed at `registry`, for a run whose home is `home`: the user
 * config is `home/npmrc` (write `registry.authLine` there to publish), no global config, a
 * cache of its own, no retries and no update notices.
 */
export function hermeticNpmEnv(registry: TestRegistry, home: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    HOME: home,
    NO_COLOR: '1',
    npm_config_registry: registry.url,
    npm_config_userconfig: join(home, 'npmrc'),
    npm_config_globalconfig: join(home, 'no-global'),
    npm_config_cache: join(home, 'cache'),
    npm_config_fetch_retries: '0',
    npm_config_update_notifier: 'false',
    ...extra,
  };
}

/** Starts Verdaccio on a random free port of 127.0.0.1 and creates a publishing user. */
export async function startRegistry(): Promise<TestRegistry> {
  const root = await mkdtemp(join(tmpdir(), 'leakproof-registry-'));
  const server = (await runServer(verdaccioConfig(root) as never)) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/`;
  try {
    const token = await createUser(url);
    const authLine = `//127.0.0.1:${port}/:_authToken=${token}`;
    const userconfig = join(root, 'publisher.npmrc');
    await writeFile(userconfig, `${authLine}\n`);
    return {
      url,
      token,
      storage: join(root, 'storage'),
      authLine,
      publish: (dir, options) => publishWithNpm(dir, { url, userconfig, root, tag: options?.tag }),
      stop: () => stopServer(server, root),
    };
  } catch (error) {
    await stopServer(server, root);
    throw error;
  }
}

/** The configuration object `runServer` takes (same keys as Verdaccio's config.yaml). */
function verdaccioConfig(root: string): Record<string, unknown> {
  return {
    // runServer refuses an object without self_path; storage paths are absolute anyway.
    self_path: join(root, 'config.yaml'),
    storage: join(root, 'storage'),
    auth: { htpasswd: { file: join(root, 'htpasswd'), max_users: 10 } },
    uplinks: {},
    packages: {
      [`${PRIVATE_SCOPE}/*`]: { access: '$authenticated', publish: '$authenticated' },
      '**': { access: '$all', publish: '$authenticated' },
    },
    // The programmatic API reads `logs` (not `log`); fatal keeps test output clean.
    logs: { type: 'stdout', format: 'pretty', level: 'fatal' },
    web: { enable: false },
  };
}

/** Registers a user and returns its token, as `npm adduser` would. */
async function createUser(url: string): Promise<string> {
  const name = 'leakproof-tester';
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: `pw-${Date.now()}`, type: 'user', roles: [] }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || typeof body.token !== 'string') {
    throw new Error(`could not create a Verdaccio user: HTTP ${response.status}`);
  }
  return body.token;
}

interface PublishOptions {
  url: string;
  userconfig: string;
  root: string;
  tag: string | undefined;
}

/** `npm publish` with an environment cleared of the caller's npm settings. */
async function publishWithNpm(dir: string, options: PublishOptions): Promise<void> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // `npx vitest` exports npm_config_* for the outer npm; they must not leak into this one.
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  Object.assign(env, {
    npm_config_userconfig: options.userconfig,
    npm_config_globalconfig: join(options.root, 'no-global.npmrc'),
    npm_config_cache: join(options.root, 'npm-cache'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  });
  const args = ['publish', '--registry', options.url, '--ignore-scripts', '--loglevel', 'error'];
  if (options.tag !== undefined) args.push('--tag', options.tag);
  try {
    await execFileAsync('npm', args, { cwd: dir, env });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`npm publish failed in ${dir}: ${stderr.trim()}`, { cause: error });
  }
}

async function stopServer(server: Server, root: string): Promise<void> {
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    // Keep-alive sockets from npm/pacote would otherwise hold close() open.
    server.closeAllConnections();
  });
  await rm(root, { recursive: true, force: true });
}
