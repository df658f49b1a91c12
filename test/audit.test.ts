import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditSet } from '../src/audit/audit-set.js';
import { inspect } from '../src/inspect.js';
import { runCli } from './helpers/cli.js';
import { leakingMap } from './helpers/leaking-source.js';
import { LOCKFILE_FORMATS, type LockEntry, writeLockfile } from './helpers/lockfiles.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

const execFileAsync = promisify(execFile);
const MAP = leakingMap('../src/secret-sauce.ts');

let registry: TestRegistry;
let root: string;
let clean: LockEntry;
let leaky: LockEntry;
let scoped: LockEntry;
let tampered: LockEntry;
let missing: LockEntry;

/** A hermetic npm environment pointed at the local registry, with its own npm cache. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  return { npm_config_registry: registry.url, npm_config_cache: join(root, 'npm-cache'), npm_config_fetch_retries: '0', ...extra };
}

async function publish(name: string, files: Record<string, string>): Promise<LockEntry> {
  const dir = await writeTree({ 'package.json': JSON.stringify({ name, version: '1.0.0', main: 'index.js' }), ...files });
  await registry.publish(dir);
  await removeTree(dir);
  const packument = (await (await fetch(new URL(name.replace('/', '%2f'), registry.url))).json()) as {
    versions: Record<string, { dist: { integrity: string; shasum: string; tarball: string } }>;
  };
  const { dist } = packument.versions['1.0.0']!;
  return { name, version: '1.0.0', integrity: dist.integrity, shasum: dist.shasum, tarball: dist.tarball };
}

async function audit(args: string[], extra: Record<string, string> = {}) {
  const result = await runCli(['audit', ...args], { cwd: root, env: env(extra) });
  return { ...result, set: args.includes('json') ? (JSON.parse(result.stdout) as AuditSet) : null };
}

beforeAll(async () => {
  registry = await startRegistry();
  root = await writeTree({});
  [clean, leaky, scoped] = await Promise.all([
    publish('lp-audit-clean', { 'index.js': 'module.exports = 1;\n' }),
    publish('lp-audit-leaky', { 'index.js': 'module.exports = 1;\n//# sourceMappingURL=index.js.map\n', 'index.js.map': MAP }),
    publish('@lpaudit/scoped', { 'index.js': 'module.exports = 2;\n' }),
  ]);
  const other = await publish('lp-audit-tampered', { 'index.js': 'module.exports = 3;\n' });
  // The lockfile pins other bytes than the registry serves. (Not another package's integrity:
  // npm's cache is addressed by integrity, and would hand over that package's bytes.)
  const elsewhere = {
    integrity: `sha512-${createHash('sha512').update('other bytes').digest('base64')}`,
    shasum: createHash('sha1').update('other bytes').digest('hex'),
  };
  tampered = { ...other, ...elsewhere };
  missing = {
    name: 'lp-audit-missing',
    version: '1.0.0',
    ...elsewhere,
    tarball: `${registry.url}lp-audit-missing/-/lp-audit-missing-1.0.0.tgz`,
  };
}, 60_000);

afterAll(async () => {
  await registry?.stop();
  if (root) await removeTree(root);
});

describe('leakproof audit against a registry', () => {
  for (const format of LOCKFILE_FORMATS) {
    it(`reads ${format}: passes, leaks, integrity failures, missing packages and skipped entries`, async () => {
      const dir = join(root, format);
      // yarn berry records no tarball integrity (its checksum hashes yarn's zip): no tamper case.
      const entries = format === 'yarn-berry' ? [clean, leaky, scoped, missing] : [clean, leaky, scoped, tampered, missing];
      await writeLockfile(dir, format, entries);
      const { code, set, stderr } = await audit([dir, '--format', 'json', '--no-cache']);
      expect(stderr).toBe('');
      expect(code).toBe(3);
      const byInput = new Map(set!.reports.map((report) => [report.target.input, report]));
      expect([...byInput.keys()]).toEqual(['@lpaudit/scoped@1.0.0', 'lp-audit-clean@1.0.0', 'lp-audit-leaky@1.0.0']);
      expect(byInput.get('lp-audit-clean@1.0.0')!.ok).toBe(true);
      expect(byInput.get('@lpaudit/scoped@1.0.0')!.ok).toBe(true);
      expect(byInput.get('lp-audit-leaky@1.0.0')!.findings.map((finding) => finding.rule)).toContain('sourcemap/embedded-sources');
      const gaps = set!.skipped.filter((entry) => entry.gap);
      expect(gaps.map((entry) => entry.input)).toEqual(
        format === 'yarn-berry' ? ['lp-audit-missing@1.0.0'] : ['lp-audit-missing@1.0.0', 'lp-audit-tampered@1.0.0'],
      );
      expect(gaps[0]!.reason).toMatch(/^lp-audit-missing is not published on http:\/\/127\.0\.0\.1:\d+\//);
      if (format !== 'yarn-berry') expect(gaps[1]!.reason).toContain("does not match the lockfile's integrity");
      const skipped = set!.skipped.filter((entry) => !entry.gap).map((entry) => entry.reason.split(' (')[0]);
      expect(skipped.some((reason) => reason?.startsWith('git dependency'))).toBe(true);
      expect(set!.summary).toMatchObject({ packages: 3, failing: 1, incomplete: gaps.length });
      expect(set!.complete).toBe(false);
    });
  }

  it('lists every place a version appears, and fetches it once', async () => {
    const dir = join(root, 'paths');
    await writeLockfile(dir, 'package-lock-v3', [clean, leaky]);
    const { set } = await audit([dir, '--format', 'json', '--no-cache']);
    expect(set!.reports.find((report) => report.target.input === 'lp-audit-clean@1.0.0')!.lockfilePaths).toEqual([
      'node_modules/lp-audit-clean',
      'node_modules/lp-audit-leaky/node_modules/lp-audit-clean',
    ]);
    expect(set!.skipped.map((entry) => [entry.input, entry.gap])).toEqual([
      [`git-dep@${'git+https://github.com/example/git-dep.git#0123456789abcdef0123456789abcdef01234567'}`, false],
      ['local-lib', false],
      ['ws-pkg', false],
    ]);
  });

  it('produces exactly the report `leakproof check name@version` produces', async () => {
    const dir = join(root, 'same');
    await writeLockfile(dir, 'package-lock-v3', [leaky, clean]);
    const { set } = await audit([dir, '--format', 'json', '--no-cache']);
    for (const spec of ['lp-audit-leaky@1.0.0', 'lp-audit-clean@1.0.0']) {
      const { lockfilePaths: _paths, ...fromAudit } = set!.reports.find((report) => report.target.input === spec)!;
      expect(fromAudit).toEqual(await inspect(spec, { cwd: root, env: { HOME: root, npm_config_userconfig: '/dev/null', ...env() } }));
    }
  });

  it('answers a second run from the result cache, with the same reports', async () => {
    const dir = join(root, 'cache');
    await writeLockfile(dir, 'package-lock-v3', [clean, leaky]);
    const cacheDir = join(root, 'results');
    const first = await audit([dir, '--format', 'jsonl', '--cache-dir', cacheDir]);
    const second = await audit([dir, '--format', 'jsonl', '--cache-dir', cacheDir]);
    const reports = (text: string) =>
      text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { kind: string; cached?: boolean })
        .filter((line) => line.kind === 'report');
    expect(reports(first.stdout).map((line) => line.cached)).toEqual([false, false]);
    expect(reports(second.stdout).map((line) => line.cached)).toEqual([true, true]);
    const strip = (lines: { kind: string; cached?: boolean }[]) =>
      lines.map(({ cached: _c, ...rest }) => rest).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(strip(reports(second.stdout))).toEqual(strip(reports(first.stdout)));
    // yarn berry records no tarball integrity: its packages are keyed by the registry's.
    await writeLockfile(join(root, 'cache-berry'), 'yarn-berry', [clean, leaky]);
    await audit([join(root, 'cache-berry'), '--format', 'jsonl', '--cache-dir', join(root, 'results-berry')]);
    const berry = await audit([join(root, 'cache-berry'), '--format', 'jsonl', '--cache-dir', join(root, 'results-berry')]);
    expect(reports(berry.stdout).map((line) => line.cached)).toEqual([true, true]);
    // Another --fail-on is another key: nothing cached for it yet.
    const other = await audit([dir, '--format', 'jsonl', '--cache-dir', cacheDir, '--fail-on', 'warning']);
    expect(reports(other.stdout).map((line) => line.cached)).toEqual([false, false]);
  });

  it('streams JSONL: a header, one line per package or skipped entry, an end line', async () => {
    const dir = join(root, 'jsonl');
    await writeLockfile(dir, 'bun', [clean, leaky]);
    const { stdout, code } = await audit([dir, '--format', 'jsonl', '--no-cache']);
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({
      kind: 'audit',
      lockfile: { path: 'jsonl/bun.lock', format: 'bun' },
      packages: 2,
      skipped: 3,
      shard: null,
    });
    expect(
      lines
        .slice(1, -1)
        .map((line) => line.kind)
        .sort(),
    ).toEqual(['report', 'report', 'skipped', 'skipped', 'skipped']);
    expect(lines.at(-1)).toEqual({ kind: 'end', packages: 2, skipped: 3 });
    const report = lines.find((line) => line.kind === 'report' && (line.target as { input: string }).input === 'lp-audit-leaky@1.0.0')!;
    expect(report).toMatchObject({ schemaVersion: 1, ok: false, lockfilePaths: ['lp-audit-leaky'] });
  });

  it('runs 4 shards whose merge equals the unsharded audit; a missing or repeated shard fails the merge', async () => {
    const dir = join(root, 'shards');
    await writeLockfile(dir, 'package-lock-v3', [clean, leaky, scoped, tampered, missing]);
    const whole = await audit([dir, '--format', 'json', '--no-cache']);
    const files: string[] = [];
    for (let k = 1; k <= 4; k++) {
      const file = join(root, `shard-${k}.jsonl`);
      await audit([dir, '--format', 'jsonl', '--no-cache', '--shard', `${k}/4`, '--output', file]);
      files.push(file);
    }
    const merged = await runCli(['merge', ...files, '--format', 'json'], { cwd: root });
    expect(merged.code).toBe(whole.code);
    expect(JSON.parse(merged.stdout)).toEqual(whole.set);
    const fromEnv = await audit([dir, '--format', 'jsonl', '--no-cache', '--shard', 'auto'], {
      JOB_COMPLETION_INDEX: '2',
      LEAKPROOF_SHARD_TOTAL: '4',
    });
    expect(fromEnv.stdout.split('\n').slice(1)).toEqual((await readFile(files[2]!, 'utf8')).split('\n').slice(1));
    const lacking = await runCli(['merge', ...files.slice(1)], { cwd: root });
    expect([lacking.code, lacking.stderr]).toEqual([
      3,
      'leakproof: shard 1/4 missing: the merge would leave packages unaudited; add the output of every shard\n',
    ]);
    const twice = await runCli(['merge', ...files, files[0]!], { cwd: root });
    expect([twice.code, twice.stderr]).toEqual([
      2,
      `leakproof: shard 1/4 is given twice (${files[0]} and ${files[0]}); give each shard's output once\n`,
    ]);
    await writeFile(files[1]!, (await readFile(files[1]!, 'utf8')).split('\n').slice(0, -2).join('\n'));
    const cut = await runCli(['merge', ...files], { cwd: root });
    expect([cut.code, cut.stderr]).toEqual([
      3,
      `leakproof: ${files[1]} is cut short (no complete end line): its shard did not finish; run it again\n`,
    ]);
  });

  it('--changed-since audits only what a lockfile or a git revision did not have', async () => {
    const dir = join(root, 'changed');
    const old = await writeLockfile(join(root, 'changed-old'), 'package-lock-v3', [clean, scoped]);
    await writeLockfile(dir, 'package-lock-v3', [clean, scoped, leaky]);
    const fromFile = await audit([dir, '--format', 'json', '--no-cache', '--changed-since', old]);
    expect(fromFile.set!.reports.map((report) => report.target.input)).toEqual(['lp-audit-leaky@1.0.0']);
    expect(fromFile.set!.skipped).toEqual([]);

    const repo = join(root, 'repo');
    await writeLockfile(repo, 'pnpm', [clean, scoped]);
    const git = (...args: string[]) =>
      execFileAsync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    await git('init', '-q');
    await git('add', '.');
    await git('commit', '-qm', 'old');
    await writeLockfile(repo, 'pnpm', [clean, scoped, leaky]);
    const fromGit = await audit([repo, '--format', 'json', '--no-cache', '--changed-since', 'HEAD']);
    expect(fromGit.set!.reports.map((report) => report.target.input)).toEqual(['lp-audit-leaky@1.0.0']);
    const bad = await audit([repo, '--changed-since', 'no-such-ref']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^leakproof: --changed-since no-such-ref is neither a lockfile nor a git revision of pnpm-lock\.yaml/);
  });

  it('applies a --manifest to every package, and keys the cache by it', async () => {
    const dir = join(root, 'manifest');
    await writeLockfile(dir, 'package-lock-v3', [clean, leaky]);
    await writeFile(join(root, 'audit-policy.json'), JSON.stringify({ severity: { 'sourcemap/embedded-sources': 'warning' } }));
    const cacheDir = join(root, 'results-manifest');
    const strict = await audit([dir, '--format', 'json', '--cache-dir', cacheDir]);
    const relaxed = await audit([dir, '--format', 'json', '--cache-dir', cacheDir, '--manifest', 'audit-policy.json']);
    expect([strict.code, relaxed.code]).toEqual([1, 0]);
    expect(relaxed.set!.reports.every((report) => report.manifest.path === join(root, 'audit-policy.json'))).toBe(true);
    await writeFile(join(root, 'bad-policy.json'), '{ "severity": { "sourcemap/embedded-sources": "loud" } }');
    const bad = await audit([dir, '--manifest', 'bad-policy.json']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad-policy.json');
  });

  it('says what to do for a folder without a lockfile and for a bad --shard', async () => {
    await mkdir(join(root, 'empty'), { recursive: true });
    expect(await runCli(['audit', 'empty'], { cwd: root })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "leakproof: empty has no lockfile (npm-shrinkwrap.json, package-lock.json, pnpm-lock.yaml, yarn.lock, bun.lock); run your package manager's install, or give the lockfile's path\n",
    });
    await writeLockfile(join(root, 'shard-bad'), 'package-lock-v3', [clean, leaky]);
    const bad = await runCli(['audit', 'shard-bad', '--shard', '5/4'], { cwd: root });
    expect([bad.code, bad.stderr]).toEqual([2, 'leakproof: --shard takes k/n with 1 <= k <= n (e.g. 2/4), or "auto"; got 5/4\n']);
    await rm(join(root, 'shard-bad'), { recursive: true });
  });
});
