import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReleasePair } from '../fixtures/build-fixtures.js';
import type { Report } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

let root: string;
let releases: { before: string; after: string };
let registry: TestRegistry;

beforeAll(async () => {
  root = await writeTree({ 'README.md': 'work dir' });
  releases = buildReleasePair(root);
  registry = await startRegistry();
});
afterAll(async () => {
  await registry.stop();
  await removeTree(root);
});

function registryEnv(): Record<string, string> {
  return {
    npm_config_registry: registry.url,
    npm_config_cache: join(root, 'cache'),
    npm_config_fetch_retries: '0',
    npm_config_globalconfig: join(root, 'none'),
  };
}

describe('check --baseline', () => {
  it('fails 2.1.88 against 2.1.87 on the new map, in one line', async () => {
    const result = await runCli(['check', releases.after, '--baseline', releases.before, '--format', 'json'], { cwd: root });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    const baseline = report.findings.filter((finding) => finding.rule.startsWith('baseline/'));
    expect(baseline.map((finding) => [finding.rule, finding.path, finding.severity])).toEqual([
      ['baseline/new-file', 'cli.js.map', 'info'],
      ['baseline/new-source-map', 'cli.js.map', 'error'],
    ]);
    expect(report.baseline).toMatchObject({ firstRelease: false, newSourceMaps: ['cli.js.map'], added: [{ path: 'cli.js.map' }] });
    expect(report.baseline?.target).toMatchObject({ name: 'incident-cli', version: '2.1.87' });
  });

  it('resolves --baseline latest from the registry, skipping the version being checked', async () => {
    const pkg = await writeTree({ 'package.json': JSON.stringify({ name: 'lp-baseline', version: '1.0.0' }), 'index.js': '1' });
    await registry.publish(pkg);
    await writeFile(join(pkg, 'package.json'), JSON.stringify({ name: 'lp-baseline', version: '1.1.0' }));
    await writeFile(join(pkg, 'index.js.map'), JSON.stringify({ version: 3, sources: ['a.ts'], mappings: 'AAAA' }));
    const result = await runCli(['check', pkg, '--baseline', 'latest', '--format', 'json'], { cwd: root, env: registryEnv() });
    const report = JSON.parse(result.stdout) as Report;
    expect(report.baseline?.target).toMatchObject({ kind: 'registry', version: '1.0.0' });
    expect(report.findings.map((finding) => finding.rule)).toContain('baseline/new-source-map');
    expect(result.code).toBe(1);
    await registry.publish(pkg);
    const republished = await runCli(['check', pkg, '--baseline', 'latest', '--format', 'json'], { cwd: root, env: registryEnv() });
    expect((JSON.parse(republished.stdout) as Report).baseline?.target?.version).toBe('1.0.0');
    await removeTree(pkg);
  });

  it('compares an audited older version with the one before it, not with a newer latest', async () => {
    const pkg = await writeTree({ 'package.json': JSON.stringify({ name: 'lp-audit-old', version: '1.0.0' }), 'a.js': '1' });
    await registry.publish(pkg);
    for (const version of ['1.1.0', '2.0.0']) {
      await writeFile(join(pkg, 'package.json'), JSON.stringify({ name: 'lp-audit-old', version }));
      await registry.publish(pkg);
    }
    const latest = await runCli(['check', 'lp-audit-old@1.1.0', '--baseline', 'latest', '--format', 'json'], {
      cwd: root,
      env: registryEnv(),
    });
    expect((JSON.parse(latest.stdout) as Report).baseline?.target?.version).toBe('1.0.0');
    const previous = await runCli(['check', 'lp-audit-old@2.0.0', '--baseline', 'previous', '--format', 'json'], {
      cwd: root,
      env: registryEnv(),
    });
    expect((JSON.parse(previous.stdout) as Report).baseline?.target?.version).toBe('1.1.0');
    const oldest = await runCli(['check', 'lp-audit-old@1.0.0', '--baseline', 'previous', '--format', 'json'], {
      cwd: root,
      env: registryEnv(),
    });
    expect((JSON.parse(oldest.stdout) as Report).baseline).toMatchObject({ firstRelease: true });
    await removeTree(pkg);
  });

  it('never compares a private package with a published package of the same name', async () => {
    const theirs = await writeTree({ 'package.json': JSON.stringify({ name: 'lp-private-name', version: '0.3.1' }), 'x.js': '1' });
    await registry.publish(theirs);
    const mine = await writeTree({
      'package.json': JSON.stringify({ name: 'lp-private-name', version: '99.0.0', private: true }),
      'a.js': '1',
    });
    const result = await runCli(['check', mine, '--baseline', 'latest', '--format', 'json'], { cwd: root, env: registryEnv() });
    const report = JSON.parse(result.stdout) as Report;
    expect(report.baseline).toMatchObject({ firstRelease: true, target: null });
    expect(report.findings.filter((finding) => finding.rule.startsWith('baseline/'))).toEqual([]);
    await Promise.all([removeTree(theirs), removeTree(mine)]);
  });

  it('treats a first release as nothing to compare with, not an error', async () => {
    const dir = join(root, 'first');
    await mkdir(dir);
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'lp-never-published', version: '0.1.0' }));
    const result = await runCli(['check', dir, '--baseline', 'latest', '--format', 'json'], { cwd: root, env: registryEnv() });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Report).baseline).toMatchObject({ firstRelease: true, target: null });
  });
});

describe('leakproof diff', () => {
  it('shows added, grown and new maps with sizes, and exits 0', async () => {
    const result = await runCli(['diff', releases.before, releases.after], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('incident-cli@2.1.87 -> incident-cli@2.1.88');
    expect(result.stdout).toMatch(/Added \(1\)\n {2}\+ cli\.js\.map {2}\d/);
    expect(result.stdout).toMatch(/Grown \(\d\)\n {2}↑ cli\.js {2}700 B -> /);
    expect(result.stdout).toContain('New source maps (1)\n  ! cli.js.map');
    expect(result.stdout).toMatch(/Total: 4 files, .* -> 5 files/);
    const json = await runCli(['diff', releases.before, releases.after, '--format', 'json'], { cwd: root });
    expect(JSON.parse(json.stdout)).toMatchObject({ schemaVersion: 1, newSourceMaps: ['cli.js.map'] });
  });
});
