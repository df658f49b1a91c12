import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cacache from 'cacache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTarball } from '../fixtures/lib/tar-writer.js';
import { DEFAULT_LIMITS, readTarballFile } from '../src/tarball/read-tarball.js';
import { cachedVersionTarball } from '../src/target/npm-cache.js';
import { loadNpmConfig, type NpmFlatOptions } from '../src/target/npm-config.js';
import { resolveTarget } from '../src/target/resolve-target.js';

/*
 * npm's cache filled by hand, the way npm fills it (make-fetch-happen's keys, content by its
 * integrity), for the public registry: nothing here may reach the network, so a lookup that
 * missed the cache would fail instead of passing.
 */

const REGISTRY = 'https://registry.npmjs.org/';
let root: string;
let cache: string;
let config: NpmFlatOptions;
let env: Record<string, string | undefined>;

const integrityOf = (data: Buffer): string => `sha512-${createHash('sha512').update(data).digest('base64')}`;

async function cachePackage(name: string, version: string, files: Record<string, string>): Promise<Buffer> {
  const tarball = buildTarball(Object.entries(files).map(([path, data]) => ({ path, data })));
  const escaped = name.replace('/', '%2f');
  const base = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
  const url = `${REGISTRY}${name}/-/${base}-${version}.tgz`;
  const packument = { name, versions: { [version]: { name, version, dist: { integrity: integrityOf(tarball), tarball: url } } } };
  await cacache.put(cache, `make-fetch-happen:request-cache:${REGISTRY}${escaped}`, JSON.stringify(packument));
  await cacache.put(cache, `make-fetch-happen:request-cache:${url}`, tarball);
  return tarball;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'leakproof-npm-cache-'));
  env = {
    HOME: join(root, 'home'),
    npm_config_globalconfig: join(root, 'no-global-npmrc'),
    npm_config_cache: join(root, 'npm-cache'),
    npm_config_registry: REGISTRY,
    npm_config_fetch_retries: '0',
  };
  config = await loadNpmConfig({ cwd: root, env });
  cache = config.cache;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('an exact version of the public registry from npm cache', () => {
  it('is read without pacote or the network, with the integrity the packument lists', async () => {
    const tarball = await cachePackage('lp-cached', '1.2.3', { 'package.json': '{"name":"lp-cached","version":"1.2.3"}', 'index.js': '1' });
    const resolved = await resolveTarget('lp-cached@1.2.3', { cwd: root, env });
    expect(resolved.info).toEqual({
      input: 'lp-cached@1.2.3',
      kind: 'registry',
      name: 'lp-cached',
      version: '1.2.3',
      integrity: integrityOf(tarball),
    });
    expect(resolved.contents.files.map((file) => file.path).sort()).toEqual(['index.js', 'package.json']);
  });

  it('reads scoped names under their escaped key', async () => {
    await cachePackage('@lp/scoped', '2.0.0', { 'package.json': '{"name":"@lp/scoped","version":"2.0.0"}' });
    const resolved = await resolveTarget('@lp/scoped@2.0.0', { cwd: root, env });
    expect([resolved.info.name, resolved.info.version]).toEqual(['@lp/scoped', '2.0.0']);
  });

  it('answers nothing for what it cannot vouch for, so the spec goes through pacote', async () => {
    const read = (spec: string, options: NpmFlatOptions = config) =>
      cachedVersionTarball(spec, options, (path) => readTarballFile(path, DEFAULT_LIMITS));
    await cachePackage('lp-other', '1.0.0', { 'package.json': '{}' });
    expect(await read('lp-other@1.0.1')).toBeUndefined(); // a version the cached packument lacks
    expect(await read('lp-never-cached@1.0.0')).toBeUndefined();
    expect(await read('lp-other@^1')).toBeUndefined(); // ranges and tags ask the registry
    expect(await read('lp-other@1.0.0', { ...config, preferOnline: true })).toBeUndefined();
    expect(await read('lp-other@1.0.0', { ...config, registry: 'http://127.0.0.1:9/' })).toBeUndefined(); // a private registry
    expect((await read('lp-other@1.0.0'))?.version).toBe('1.0.0');
    // Read as cacache writes it: an entry it deletes is gone here too.
    await cacache.rm.entry(cache, `make-fetch-happen:request-cache:${REGISTRY}lp-other`);
    expect(await read('lp-other@1.0.0')).toBeUndefined();
  });

  it('reports the sha512 of a list of hashes, and leaves --before and unreadable content to pacote', async () => {
    const tarball = buildTarball([{ path: 'package.json', data: '{}' }]);
    const url = `${REGISTRY}lp-hashes/-/lp-hashes-1.0.0.tgz`;
    const sha1 = `sha1-${createHash('sha1').update(tarball).digest('base64')}`;
    const dist = { integrity: `${integrityOf(tarball)} ${sha1}`, tarball: url };
    await cacache.put(
      cache,
      `make-fetch-happen:request-cache:${REGISTRY}lp-hashes`,
      JSON.stringify({ name: 'lp-hashes', versions: { '1.0.0': { name: 'lp-hashes', version: '1.0.0', dist } } }),
    );
    await cacache.put(cache, `make-fetch-happen:request-cache:${url}`, tarball);
    const read = (options: NpmFlatOptions) =>
      cachedVersionTarball('lp-hashes@1.0.0', options, (path) => readTarballFile(path, DEFAULT_LIMITS));
    expect((await read(config))?.integrity).toBe(integrityOf(tarball));
    expect(await read({ ...config, before: new Date('2000-01-01') })).toBeUndefined();
    // A folder where the content file should be (or a file another user owns): pacote's turn.
    const hex = createHash('sha512').update(tarball).digest('hex');
    const path = join(cache, 'content-v2', 'sha512', hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
    await rm(path);
    await mkdir(path);
    expect(await read(config)).toBeUndefined();
    // A FIFO would block a read forever.
    await rm(path, { recursive: true });
    if (spawnSync('mkfifo', [path]).status === 0) expect(await read(config)).toBeUndefined();
  });

  it('never hands over bytes that do not match the integrity: corrupt content is read again by pacote', async () => {
    const tarball = await cachePackage('lp-corrupt', '1.0.0', { 'package.json': '{}', '.env': 'A=1' });
    const bucket = join(cache, 'content-v2', 'sha512');
    const hex = createHash('sha512').update(tarball).digest('hex');
    const path = join(bucket, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
    expect(await readdir(join(bucket, hex.slice(0, 2), hex.slice(2, 4)))).toContain(hex.slice(4));
    await writeFile(path, buildTarball([{ path: 'package.json', data: '{}' }]));
    const read = await cachedVersionTarball('lp-corrupt@1.0.0', config, (path) => readTarballFile(path, DEFAULT_LIMITS));
    expect(read).toBeUndefined();
  });
});
