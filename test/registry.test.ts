import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLeakproofError, type LeakproofError } from '../src/errors.js';
import { fetchRegistryTarball, isRegistrySpec, registryManifestLookup, resolvePublishedVersion } from '../src/target/fetch-registry.js';
import { readsCachedVersion } from '../src/target/npm-cache.js';
import { loadNpmConfig, nerfDart, registryFor } from '../src/target/npm-config.js';
import { PRIVATE_SCOPE, startRegistry, type TestRegistry } from './helpers/registry.js';

const NAME = 'lp-fixture';
const SCOPED = '@lpscope/thing';
const PRIVATE = `${PRIVATE_SCOPE}/hidden`;

let registry: TestRegistry;
let root: string;

/** An env with nothing from the real machine: no user or global npmrc, a temp cache, no retries. */
function hermeticEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    HOME: join(root, 'home'),
    npm_config_globalconfig: join(root, 'no-global-npmrc'),
    npm_config_cache: join(root, 'cache'),
    npm_config_fetch_retries: '0',
    ...extra,
  };
}

async function writePackage(name: string, version: string): Promise<string> {
  const dir = join(root, 'src', `${name.replace('/', '+')}-${version}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name, version, main: 'index.js' }));
  await writeFile(join(dir, 'index.js'), `module.exports = ${JSON.stringify(version)};\n`);
  return dir;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function fetchError(spec: string, env: Record<string, string | undefined>, cwd = root): Promise<LeakproofError> {
  const error = await fetchRegistryTarball(spec, { cwd, env }, readAll).then(
    () => null,
    (e: unknown) => e,
  );
  if (!isLeakproofError(error)) throw new Error(`expected a LeakproofError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'leakproof-registry-test-'));
  await mkdir(join(root, 'home'));
  registry = await startRegistry();
  const dirs = await Promise.all([
    writePackage(NAME, '1.0.0'),
    writePackage(NAME, '2.0.0'),
    writePackage(SCOPED, '1.0.0'),
    writePackage(SCOPED, '2.0.0-beta.1'),
    writePackage(PRIVATE, '1.0.0'),
  ]);
  await Promise.all([
    registry.publish(dirs[0]!).then(() => registry.publish(dirs[1]!)),
    registry.publish(dirs[2]!).then(() => registry.publish(dirs[3]!, { tag: 'beta' })),
    registry.publish(dirs[4]!),
  ]);
});

afterAll(async () => {
  await registry?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('fetchRegistryTarball against Verdaccio', () => {
  it.each([
    [NAME, NAME, '2.0.0'],
    [`${NAME}@1.0.0`, NAME, '1.0.0'],
    [`${NAME}@^1`, NAME, '1.0.0'],
    [`${SCOPED}@beta`, SCOPED, '2.0.0-beta.1'],
  ])('fetches %s', async (spec, name, version) => {
    const env = hermeticEnv({ npm_config_registry: registry.url });
    const fetched = await fetchRegistryTarball(spec, { cwd: root, env }, readAll);
    expect(fetched.name).toBe(name);
    expect(fetched.version).toBe(version);
    expect(fetched.resolved.startsWith(registry.url)).toBe(true);
    expect(fetched.integrity).toBe(`sha512-${createHash('sha512').update(fetched.result).digest('base64')}`);
    const tar = gunzipSync(fetched.result);
    expect(tar.subarray(0, 8).toString()).toBe('package/');
    expect(tar.includes(Buffer.from(`"version":"${version}"`))).toBe(true);
  });

  it('revalidates an exact version on a private registry, which may publish a version twice', async () => {
    const env = hermeticEnv({ npm_config_registry: registry.url });
    await registry.publish(await writePackage('lp-later', '1.0.0'));
    expect((await fetchRegistryTarball('lp-later@1.0.0', { cwd: root, env }, readAll)).version).toBe('1.0.0');
    // Published after the packument was cached: the registry is asked again, and has it.
    await registry.publish(await writePackage('lp-later', '1.0.1'));
    const later = await fetchRegistryTarball('lp-later@1.0.1', { cwd: root, env }, readAll);
    expect(later.version).toBe('1.0.1');
    expect(gunzipSync(later.result).includes(Buffer.from('"1.0.1"'))).toBe(true);
    expect((await fetchRegistryTarball('lp-later@^1', { cwd: root, env }, readAll)).version).toBe('1.0.1');
  });

  it('reads an exact version from the cache only on the public registry, and only when npm is not told otherwise', async () => {
    const config = await loadNpmConfig({ cwd: root, env: hermeticEnv({ npm_config_registry: 'https://registry.npmjs.org/' }) });
    expect(readsCachedVersion('is-number@7.0.0', config)).toBe(true);
    expect(readsCachedVersion('@scope/thing@1.2.3', config)).toBe(true);
    expect(readsCachedVersion('is-number@^7', config)).toBe(false);
    expect(readsCachedVersion('is-number', config)).toBe(false);
    expect(readsCachedVersion('is-number@latest', config)).toBe(false);
    expect(readsCachedVersion('is-number@7.0.0', { ...config, preferOnline: true })).toBe(false);
    expect(readsCachedVersion('is-number@7.0.0', { ...config, offline: true })).toBe(false);
    // A scope served by a private registry (`@corp:registry=` in .npmrc).
    expect(readsCachedVersion('@corp/thing@1.2.3', { ...config, '@corp:registry': registry.url })).toBe(false);
    const verdaccio = await loadNpmConfig({ cwd: root, env: hermeticEnv({ npm_config_registry: registry.url }) });
    expect(readsCachedVersion(`${NAME}@1.0.0`, verdaccio)).toBe(false);
  });

  it('looks same-scope manifests up in the cache first, asks again for what it lacks, and retries failures', async () => {
    const env = hermeticEnv({ npm_config_registry: registry.url });
    const lookup = registryManifestLookup({ cwd: root, env });
    expect(await lookup('@lpscope/sibling', '^1.0.0')).toBeUndefined(); // not published yet
    await registry.publish(await writePackage('@lpscope/sibling', '1.0.0'));
    expect((await lookup('@lpscope/sibling', '^1.0.0'))?.version).toBe('1.0.0'); // a failure is not remembered
    await registry.publish(await writePackage('@lpscope/sibling', '1.1.0'));
    // The cached packument predates 1.1.0: a fresh lookup object asks the registry again.
    const fresh = registryManifestLookup({ cwd: root, env });
    expect((await fresh('@lpscope/sibling', '^1.1.0'))?.version).toBe('1.1.0');
  });

  it('lets the consumer stop early without hanging', async () => {
    const env = hermeticEnv({ npm_config_registry: registry.url });
    const fetched = await fetchRegistryTarball(NAME, { cwd: root, env }, async (stream) => {
      stream.destroy();
      return 'stopped';
    });
    expect(fetched.result).toBe('stopped');
    expect(fetched.integrity).toMatch(/^sha512-/);
  });

  it('maps a missing package, a missing version and an unreachable registry to target errors', async () => {
    const env = hermeticEnv({ npm_config_registry: registry.url });
    const missing = await fetchError('lp-never-published', env);
    expect([missing.code, (missing.cause as { code?: string }).code]).toEqual(['target', 'E404']);
    expect(missing.message).toContain(registry.url);
    const noVersion = await fetchError(`${NAME}@^9`, env);
    expect([noVersion.code, (noVersion.cause as { code?: string }).code]).toEqual(['target', 'ETARGET']);
    const port = await closedPort();
    const down = await fetchError(NAME, hermeticEnv({ npm_config_registry: `http://127.0.0.1:${port}/` }));
    expect([down.code, (down.cause as { code?: string }).code]).toEqual(['target', 'ECONNREFUSED']);
    expect(down.message).toContain(`127.0.0.1:${port}`);
  });

  it('refuses a tarball that does not match the integrity the registry lists', async () => {
    const dir = await writePackage('lp-tampered', '1.0.0');
    await registry.publish(dir);
    const storage = join(registry.storage, 'lp-tampered');
    const original = await readFile(join(storage, 'lp-tampered-1.0.0.tgz'));
    const tampered = gzipSync(Buffer.concat([gunzipSync(original), Buffer.alloc(512)]));
    await writeFile(join(storage, 'lp-tampered-1.0.0.tgz'), tampered);
    const error = await fetchError('lp-tampered', hermeticEnv({ npm_config_registry: registry.url }));
    expect([error.code, (error.cause as { code?: string }).code]).toEqual(['target', 'EINTEGRITY']);
  });

  it('honours a project .npmrc, and npm_config_registry over it', async () => {
    const project = join(root, 'project');
    await mkdir(join(project, 'sub'), { recursive: true });
    await writeFile(join(project, 'package.json'), '{}');
    await writeFile(join(project, '.npmrc'), `registry=${registry.url}\n`);
    const fromProject = await fetchRegistryTarball(`${NAME}@1.0.0`, { cwd: join(project, 'sub'), env: hermeticEnv() }, readAll);
    expect(fromProject.version).toBe('1.0.0');

    await writeFile(join(project, '.npmrc'), `registry=http://127.0.0.1:${await closedPort()}/\n`);
    const env = hermeticEnv({ NPM_CONFIG_REGISTRY: registry.url });
    const fromEnv = await fetchRegistryTarball(`${NAME}@1.0.0`, { cwd: project, env }, readAll);
    expect(fromEnv.version).toBe('1.0.0');
  });

  it('sends the token from .npmrc to a registry that requires auth', async () => {
    const env = hermeticEnv({ npm_config_registry: registry.url });
    const denied = await fetchError(PRIVATE, env);
    expect(denied.code).toBe('target');
    expect(['E401', 'E403']).toContain((denied.cause as { code?: string }).code);
    expect(denied.message).not.toContain(registry.token);
    expect(denied.message).toContain(`${nerfDart(registry.url)}:_authToken`);

    const project = join(root, 'authed');
    await mkdir(project, { recursive: true });
    await writeFile(join(project, 'package.json'), '{}');
    // The token comes through ${ENV} substitution, as CI setups usually do it.
    await writeFile(join(project, '.npmrc'), `${nerfDart(registry.url)}:_authToken=\${LP_TEST_TOKEN}\n`);
    const fetched = await fetchRegistryTarball(PRIVATE, { cwd: project, env: { ...env, LP_TEST_TOKEN: registry.token } }, readAll);
    expect([fetched.name, fetched.version]).toEqual([PRIVATE, '1.0.0']);
  });
});

describe('resolvePublishedVersion', () => {
  it('resolves latest, and returns null for a package never published', async () => {
    const env = hermeticEnv({ npm_config_registry: registry.url });
    const latest = await resolvePublishedVersion(NAME, { cwd: root, env });
    expect(latest?.version).toBe('2.0.0');
    expect(latest?.integrity).toMatch(/^sha512-/);
    expect(await resolvePublishedVersion('lp-never-published', { cwd: root, env })).toBeNull();
  });
});

describe('isRegistrySpec', () => {
  it.each(['name', 'name@1.2.3', 'name@^1', '@scope/name@beta', '@scope/name'])('accepts %s', (spec) => {
    expect(isRegistrySpec(spec)).toBe(true);
  });
  it.each([
    './dir',
    '/abs/path',
    'file:foo.tgz',
    'foo.tgz',
    'user/repo',
    'git+https://example.com/x.git',
    'https://example.com/x.tgz',
    'Bad Name',
    'alias@npm:other@1',
  ])('rejects %s', (spec) => {
    expect(isRegistrySpec(spec)).toBe(false);
  });
});

describe('npm configuration', () => {
  it('reads npmrc as npm does: comments, quotes, trailing comments, bare keys, ${VAR} and ${VAR?}', async () => {
    const dir = await mkdtemp(join(root, 'npmrc-'));
    await writeFile(join(dir, 'package.json'), '{}');
    await writeFile(
      join(dir, '.npmrc'),
      [
        '; comment',
        '# comment',
        'registry = "https://quoted.example/npm/"',
        '@corp:registry=https://corp.example/${CORP_PATH}',
        '//corp.example/:_authToken=${CORP_TOKEN}',
        '//other.example/:_authToken=${UNSET}-${UNSET?}-\\${CORP_TOKEN}',
        'fetch-timeout = 1234 ; trailing',
        'offline',
        '//host.example/:_authToken=abc=def',
      ].join('\n'),
    );
    const config = await loadNpmConfig({ cwd: dir, env: hermeticEnv({ CORP_PATH: 'npm', CORP_TOKEN: 'tok' }) });
    expect(config).toMatchObject({
      registry: 'https://quoted.example/npm/',
      '@corp:registry': 'https://corp.example/npm',
      '//corp.example/:_authToken': 'tok',
      '//other.example/:_authToken': '${UNSET}--${CORP_TOKEN}',
      '//host.example/:_authToken': 'abc=def',
      timeout: 1234,
      offline: true,
    });
    expect(registryFor('@corp/x', config)).toBe('https://corp.example/npm/');
    expect(registryFor('plain', config)).toBe('https://quoted.example/npm/');
  });

  it('layers builtin < global < user < project < env, normalises env keys and scopes bare auth', async () => {
    const dir = await mkdtemp(join(root, 'layers-'));
    const npm = join(dir, 'npm');
    await mkdir(join(npm, 'bin'), { recursive: true });
    await writeFile(join(npm, 'npmrc'), 'registry=https://builtin.example/\nfetch-retries=7\n');
    await writeFile(join(dir, 'global'), 'registry=https://global.example/\nfetch-timeout=1\nstrict-ssl=false\n');
    await writeFile(join(dir, 'user'), 'registry=https://user.example\n_auth=dXNlcjpwYXNz\ncache=~/custom-cache\n');
    await writeFile(join(dir, 'package.json'), '{}');
    await writeFile(join(dir, '.npmrc'), '@corp:registry=https://corp.example\nfetch-timeout=2\n');
    const config = await loadNpmConfig({
      cwd: dir,
      env: {
        HOME: join(root, 'home'),
        npm_execpath: join(npm, 'bin', 'npm-cli.js'),
        npm_config_globalconfig: join(dir, 'global'),
        npm_config_userconfig: join(dir, 'user'),
        npm_config_FETCH_TIMEOUT: '3',
        'npm_config_//env.example/:_authToken': 'tok',
      },
    });
    expect(config).toMatchObject({
      registry: 'https://user.example/',
      '//user.example/:_auth': 'dXNlcjpwYXNz',
      '//env.example/:_authToken': 'tok',
      timeout: 3,
      strictSSL: false,
      retry: { retries: 7 },
      cache: join(root, 'home', 'custom-cache', '_cacache'),
    });
    expect(registryFor('@corp/x', config)).toBe('https://corp.example/');
    expect(registryFor('x', config)).toBe('https://user.example/');
    expect(config._auth ?? undefined).toBeUndefined();
  });

  it("reads a workspace's .npmrc from the workspace root, as npm does", async () => {
    const dir = await mkdtemp(join(root, 'monorepo-'));
    await mkdir(join(dir, 'packages', 'a', 'src'), { recursive: true });
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }));
    await writeFile(join(dir, '.npmrc'), '@corp:registry=https://root.example/\n');
    await writeFile(join(dir, 'packages', 'a', 'package.json'), JSON.stringify({ name: 'a', version: '1.0.0' }));
    await writeFile(join(dir, 'packages', 'a', '.npmrc'), '@corp:registry=https://ignored.example/\n');
    const config = await loadNpmConfig({ cwd: join(dir, 'packages', 'a', 'src'), env: hermeticEnv() });
    expect(registryFor('@corp/x', config)).toBe('https://root.example/');
  });

  it('reads certificates: cafile, cert and key, strict-ssl', async () => {
    const dir = await mkdtemp(join(root, 'tls-'));
    const pem = (label: string, body: string) => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
    await writeFile(join(dir, 'ca.pem'), `${pem('CERTIFICATE', 'AAAA')}\n${pem('CERTIFICATE', 'BBBB')}\n`);
    await writeFile(join(dir, 'package.json'), '{}');
    await writeFile(
      join(dir, '.npmrc'),
      `cafile=${join(dir, 'ca.pem')}\ncert="${pem('CERTIFICATE', 'CCCC').replaceAll('\n', '\\n')}"\nkey="${pem('PRIVATE KEY', 'DDDD').replaceAll('\n', '\\n')}"\nstrict-ssl=true\n`,
    );
    const config = await loadNpmConfig({ cwd: dir, env: hermeticEnv() });
    expect(config.ca).toEqual([pem('CERTIFICATE', 'AAAA'), pem('CERTIFICATE', 'BBBB')]);
    expect(config.cert).toBe(pem('CERTIFICATE', 'CCCC'));
    expect(config.key).toBe(pem('PRIVATE KEY', 'DDDD'));
    expect(config.strictSSL).toBe(true);
  });

  it('defaults the registry and the cache like npm', async () => {
    const home = join(root, 'home');
    const config = await loadNpmConfig({ cwd: root, env: { HOME: home, npm_config_globalconfig: join(root, 'none') } });
    expect(config.registry).toBe('https://registry.npmjs.org/');
    expect(config.cache).toBe(join(home, '.npm', '_cacache'));
  });
});

describe('registry errors never print credentials', () => {
  it('redacts a password in the registry URL from an unexpected HTTP failure', async () => {
    const server = createHttpServer((_request, response) => response.writeHead(500).end('boom'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const secret = ['sec', 'ret', 'pass', '42'].join('');
    try {
      const error = await fetchError('lp-any@1.0.0', hermeticEnv({ npm_config_registry: `http://deploy:${secret}@127.0.0.1:${port}/` }));
      expect(error.message).not.toContain(secret);
      expect(error.message).toContain('deploy:***@127.0.0.1');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
