import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tarballUrl } from '../src/audit/fetch-locked.js';
import { readLockfile } from '../src/audit/lockfile/read-lockfile.js';
import { planAudit, unitId } from '../src/audit/plan.js';
import { inShard, parseShard } from '../src/audit/shard.js';
import { LOCKFILE_FORMATS, type LockEntry, writeLockfile } from './helpers/lockfiles.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

const SHA = (n: number) => `sha512-${Buffer.alloc(64, n).toString('base64')}`;
const entry = (name: string, n: number): LockEntry => ({
  name,
  version: '1.2.3',
  integrity: SHA(n),
  shasum: String(n).repeat(40).slice(0, 40),
  tarball: `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-1.2.3.tgz`,
});
const ENTRIES = [entry('alpha', 1), entry('@scope/beta', 2)];
let root: string;

beforeAll(async () => {
  root = await writeTree({});
});
afterAll(() => removeTree(root));

describe('lockfile readers', () => {
  for (const format of LOCKFILE_FORMATS) {
    it(`${format}: registry packages with name, version and integrity; the rest skipped with a reason`, async () => {
      const dir = join(root, format);
      await writeLockfile(dir, format, ENTRIES);
      const lockfile = await readLockfile(dir, root);
      const plan = planAudit(lockfile);
      expect(plan.units.map((unit) => [unit.spec, unit.integrity])).toEqual([
        ['@scope/beta@1.2.3', format === 'yarn-berry' ? null : SHA(2)],
        ['alpha@1.2.3', format === 'yarn-berry' ? null : SHA(1)],
      ]);
      const reasons = plan.skipped.map((skip) => skip.reason.replace(/ \(.*$/, ''));
      expect(reasons.filter((reason) => reason.startsWith('git dependency'))).toHaveLength(1);
      expect(reasons.length).toBeGreaterThanOrEqual(2);
    });
  }

  it('package-lock v1 keeps the resolved URL and aliases by their real name', async () => {
    const dir = join(root, 'v1-alias');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'package-lock.json'),
      JSON.stringify({
        lockfileVersion: 1,
        dependencies: {
          'my-alias': { version: 'npm:alpha@1.2.3', resolved: ENTRIES[0]!.tarball, integrity: SHA(1) },
          bundler: { version: '1.0.0', integrity: SHA(3), dependencies: { inner: { version: '2.0.0', bundled: true } } },
        },
      }),
    );
    const lockfile = await readLockfile(dir, root);
    expect(lockfile.packages).toEqual([
      { name: 'alpha', version: '1.2.3', integrity: SHA(1), resolved: ENTRIES[0]!.tarball, path: 'node_modules/my-alias' },
      { name: 'bundler', version: '1.0.0', integrity: SHA(3), resolved: null, path: 'node_modules/bundler' },
    ]);
    expect(lockfile.skipped).toEqual([
      {
        input: 'inner@2.0.0',
        path: 'node_modules/bundler/node_modules/inner',
        reason: "bundled in its parent's tarball, and inspected with it",
      },
    ]);
  });

  it('yarn classic without an integrity line uses the sha1 in the resolved URL', async () => {
    const dir = join(root, 'yarn-sha1');
    await mkdir(dir, { recursive: true });
    await writeFile(
      join(dir, 'yarn.lock'),
      `# yarn lockfile v1\n\n\nalpha@^1.0.0:\n  version "1.2.3"\n  resolved "${ENTRIES[0]!.tarball}#${'ab'.repeat(20)}"\n`,
    );
    const [pkg] = (await readLockfile(dir, root)).packages;
    expect(pkg!.integrity).toBe(`sha1-${Buffer.from('ab'.repeat(20), 'hex').toString('base64')}`);
  });

  it('names the lockfile it cannot parse', async () => {
    const dir = join(root, 'broken');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'bun.lock'), '{ "lockfileVersion": 1, "packages": { "a": [ }');
    await expect(readLockfile(dir, root)).rejects.toMatchObject({
      code: 'target',
      message: expect.stringMatching(/bun\.lock is not a readable bun lockfile: /),
    });
  });
});

describe('plan, shards and tarball URLs', () => {
  it('shards partition the units: each in exactly one of n', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `pkg-${i}@1.0.0 ${SHA(i % 250)}`);
    const counts = [1, 2, 3, 4].map((index) => ids.filter((id) => inShard(id, { index, total: 4 })).length);
    expect(counts.reduce((a, b) => a + b)).toBe(400);
    for (const count of counts) expect(count).toBeGreaterThan(70);
    expect(parseShard('2/4', {})).toEqual({ index: 2, total: 4 });
    expect(parseShard('auto', { LEAKPROOF_SHARD_INDEX: '0', LEAKPROOF_SHARD_TOTAL: '3' })).toEqual({ index: 1, total: 3 });
    expect(() => parseShard('auto', { JOB_COMPLETION_INDEX: '1' })).toThrow(/LEAKPROOF_SHARD_TOTAL/);
  });

  it('one unit per version, with every lockfile path', () => {
    const plan = planAudit({
      packages: [
        { name: 'a', version: '1.0.0', integrity: SHA(1), resolved: null, path: 'node_modules/a' },
        { name: 'a', version: '1.0.0', integrity: null, resolved: null, path: 'node_modules/b/node_modules/a' },
        { name: 'a', version: '1.0.0', integrity: SHA(2), resolved: null, path: 'node_modules/c/node_modules/a' },
      ],
      skipped: [],
    });
    expect(plan.units.map((unit) => [unitId(unit), unit.lockfilePaths])).toEqual([
      [`a@1.0.0 ${SHA(1)}`, ['node_modules/a', 'node_modules/b/node_modules/a']],
      [`a@1.0.0 ${SHA(2)}`, ['node_modules/c/node_modules/a']],
    ]);
  });

  it('fetches from the configured registry for the scope, replacing the public host as npm does', () => {
    const config = { registry: 'https://mirror.example/npm/', '@corp:registry': 'https://corp.example/' };
    expect(tarballUrl({ name: '@corp/x', version: '1.0.0', resolved: null }, config)).toBe('https://corp.example/@corp/x/-/x-1.0.0.tgz');
    expect(tarballUrl({ name: 'y', version: '2.0.0', resolved: 'https://registry.yarnpkg.com/y/-/y-2.0.0.tgz' }, config)).toBe(
      'https://mirror.example/npm/y/-/y-2.0.0.tgz',
    );
    expect(tarballUrl({ name: 'y', version: '2.0.0', resolved: 'https://other.example/y/-/y-2.0.0.tgz' }, config)).toBe(
      'https://other.example/y/-/y-2.0.0.tgz',
    );
    expect(
      tarballUrl(
        { name: 'y', version: '2.0.0', resolved: 'https://registry.npmjs.org/y/-/y-2.0.0.tgz' },
        { ...config, replaceRegistryHost: 'never' },
      ),
    ).toBe('https://registry.npmjs.org/y/-/y-2.0.0.tgz');
  });
});

describe('audit progress', () => {
  it('draws packages done, cache hits, failures and rate on a TTY only', async () => {
    const { createAuditProgress } = await import('../src/cli/audit-progress.js');
    let text = '';
    let clock = 0;
    const io = { stdout: { write: () => true }, stderr: { write: (chunk: string) => (text += chunk), isTTY: true }, env: {}, cwd: root };
    const progress = createAuditProgress(io, () => clock);
    const start = {
      lockfile: { path: 'package-lock.json', format: 'npm' as const, version: '3', sha256: '' },
      shard: null,
      total: { packages: 2, skipped: 1 },
      packages: 2,
      skipped: 1,
      failOn: 'error' as const,
      changedSince: null,
    };
    progress.onEvent({ type: 'start', start });
    clock = 2000;
    progress.onEvent({ type: 'report', cached: true, report: { ok: false, complete: true } as never });
    progress.onEvent({ type: 'skip', skip: { input: 'x@1.0.0', reason: 'gone', gap: true, lockfilePaths: [] } });
    clock = 4000;
    progress.onEvent({ type: 'report', cached: false, report: { ok: true, complete: true } as never });
    progress.done();
    expect(text.split('\r\u001b[2K').filter(Boolean)).toEqual([
      'leakproof audit: 0/3 packages · 0 cached · 0 failing · 0 not inspected · 0.0/s',
      'leakproof audit: 1/3 packages · 1 cached · 1 failing · 0 not inspected · 0.5/s',
      'leakproof audit: 3/3 packages · 1 cached · 1 failing · 1 not inspected · 0.8/s',
    ]);
    let quiet = '';
    const pipe = createAuditProgress({ ...io, stderr: { write: (chunk: string) => (quiet += chunk) } });
    pipe.onEvent({ type: 'start', start });
    pipe.done();
    expect(quiet).toBe('');
  });
});
