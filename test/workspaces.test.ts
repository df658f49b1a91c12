/**
 * `check --workspaces`, `-w` and several targets: one combined report in every format, each
 * package with its own leakproof.json, private packages listed as skipped, the exit status the
 * worst of them. An npm workspace of three publishable packages and a pnpm workspace packed by
 * the real pnpm.
 */
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTarball } from '../fixtures/lib/tar-writer.js';
import type { Report, ReportSet } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { leakingMap } from './helpers/leaking-source.js';
import { hasManager, managerPath, runIn } from './helpers/managers.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

const MAP = leakingMap('../src/b.ts');
const pkg = (fields: Record<string, unknown>) => `${JSON.stringify({ version: '1.0.0', ...fields }, null, 2)}\n`;

let npmRoot: string;
beforeAll(async () => {
  npmRoot = await writeTree({
    'package.json': pkg({ name: 'mono', private: true, workspaces: ['packages/*', 'tools/*'] }),
    'packages/a/package.json': pkg({ name: '@mono/a' }),
    'packages/a/index.js': 'module.exports = "a";\n',
    'packages/b/package.json': pkg({ name: '@mono/b' }),
    'packages/b/index.js': 'module.exports = "b";\n',
    'packages/b/index.js.map': MAP,
    // c keeps its own allowlist, which does not allow extra.js.
    'packages/c/package.json': pkg({ name: '@mono/c' }),
    'packages/c/index.js': 'module.exports = "c";\n',
    'packages/c/extra.js': '1;\n',
    'packages/c/leakproof.json': JSON.stringify({ files: ['index.js', 'package.json', 'leakproof.json'] }),
    'tools/internal/package.json': pkg({ name: '@mono/internal', private: true }),
    'tools/internal/index.js': '1;\n',
  });
});
afterAll(() => removeTree(npmRoot));

describe('check --workspaces on an npm workspace', () => {
  it('gives one report, private packages skipped, exit 1 for the worst', async () => {
    const result = await runCli(['check', '--workspaces', '--format', 'json'], { cwd: npmRoot });
    expect(result.code).toBe(1);
    const set = JSON.parse(result.stdout) as ReportSet;
    expect(set.kind).toBe('set');
    expect(set.reports.map((report) => [report.target.input, report.ok])).toEqual([
      ['packages/a', true],
      ['packages/b', false],
      ['packages/c', false],
    ]);
    expect(set.skipped).toEqual([{ input: 'tools/internal', reason: '@mono/internal is private: true (never published)', gap: false }]);
    const rules = (report: Report) => report.findings.map((finding) => `${finding.rule}:${finding.path}`);
    expect(rules(set.reports[1]!)).toEqual(['sourcemap/embedded-sources:index.js.map']);
    expect(set.reports[2]!.manifest.path).toBe(join(npmRoot, 'packages/c/leakproof.json'));
    expect(rules(set.reports[2]!)).toEqual(['file/unlisted:extra.js']);
    expect(set.summary).toMatchObject({ packages: 3, failing: 2, errors: 2 });
  });

  it('every format is one document: one table, one SARIF run per package, one JUnit', async () => {
    const human = await runCli(['check', '--workspaces'], { cwd: npmRoot });
    expect(human.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 of 3 packages fail at --fail-on error; 2 errors, 0 warnings in 3 packages');
    const markdown = await runCli(['check', '--workspaces', '--format', 'markdown'], { cwd: npmRoot });
    expect(markdown.stdout.match(/^\| Package \|/gm)).toHaveLength(1);
    const sarif = JSON.parse((await runCli(['check', '--workspaces', '--format', 'sarif'], { cwd: npmRoot })).stdout) as {
      runs: {
        automationDetails: { id: string };
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    expect(sarif.runs.map((run) => run.automationDetails.id)).toEqual([
      'leakproof/@mono/a@1.0.0/',
      'leakproof/@mono/b@1.0.0/',
      'leakproof/@mono/c@1.0.0/',
    ]);
    expect(sarif.runs[1]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('packages/b/index.js.map');
    const junit = await runCli(['check', '--workspaces', '--format', 'junit'], { cwd: npmRoot });
    expect(junit.stdout.match(/<testsuites /g)).toHaveLength(1);
  });

  it('-w picks workspaces by name or folder; an unknown one is a usage error', async () => {
    const picked = await runCli(['check', '-w', '@mono/a', '-w', 'packages/c', '--format', 'json'], { cwd: npmRoot });
    expect((JSON.parse(picked.stdout) as ReportSet).reports.map((report) => report.target.name)).toEqual(['@mono/a', '@mono/c']);
    expect(picked.code).toBe(1);
    const onlyA = await runCli(['check', '-w', '@mono/a'], { cwd: npmRoot });
    expect(onlyA.code).toBe(0);
    const unknown = await runCli(['check', '-w', 'nope'], { cwd: npmRoot });
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      'leakproof: no workspace matches -w nope; the workspaces are: @mono/a, @mono/b, @mono/c, @mono/internal\n',
    ]);
    const notMono = await runCli(['check', '--workspaces', 'packages/a'], { cwd: npmRoot });
    expect(notMono.code).toBe(2);
    expect(notMono.stderr).toMatch(/declares no workspaces/);
  });
});

describe('init --workspaces', () => {
  it('writes one leakproof.json per publishable package and keeps those that exist', async () => {
    const result = await runCli(['init', '--workspaces'], { cwd: npmRoot });
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^leakproof: wrote .*leakproof\.json/gm)!.map((line) => line.split(' ')[2])).toEqual([
      join(npmRoot, 'packages/a/leakproof.json'),
      join(npmRoot, 'packages/b/leakproof.json'),
    ]);
    expect(result.stderr).toBe(
      `leakproof: ${join(npmRoot, 'packages/c/leakproof.json')} exists; kept it (\`leakproof check --update\` refreshes it, init --force starts over)\n`,
    );
    await Promise.all(['a', 'b'].map((name) => rm(join(npmRoot, `packages/${name}/leakproof.json`))));
  });
});

describe('several targets in one call', () => {
  it('checks folders and tarballs together; an unreadable one makes the run incomplete (exit 3)', async () => {
    await writeFile(
      join(npmRoot, 'a.tgz'),
      buildTarball([
        { path: 'package.json', data: pkg({ name: 'from-tgz' }) },
        { path: 'index.js', data: '1;\n' },
      ]),
    );
    const both = await runCli(['check', 'packages/a', 'a.tgz', '--format', 'json'], { cwd: npmRoot });
    expect(both.code).toBe(0);
    expect((JSON.parse(both.stdout) as ReportSet).reports.map((report) => report.target.kind)).toEqual(['directory', 'tarball']);
    const missing = await runCli(['check', 'packages/a', './missing.tgz'], { cwd: npmRoot });
    expect(missing.code).toBe(3);
    expect(missing.stdout).toContain('./missing.tgz  not inspected: ./missing.tgz: no such file or folder; check the path');
  });
});

describe.skipIf(!hasManager('pnpm'))('check --workspaces on a pnpm workspace', () => {
  let root: string;
  let env: Record<string, string | undefined>;
  beforeAll(async () => {
    root = await writeTree({
      'package.json': pkg({ name: 'pmono', private: true }),
      'pnpm-workspace.yaml': 'packages:\n  - "packages/*"\n  - "!packages/ignored"\n',
      'packages/app/package.json': pkg({ name: '@pmono/app', dependencies: { '@pmono/lib': 'workspace:^' } }),
      'packages/app/index.js': 'module.exports = require("@pmono/lib");\n',
      'packages/lib/package.json': pkg({ name: '@pmono/lib', version: '2.3.4' }),
      'packages/lib/index.js': 'module.exports = 1;\n',
      'packages/ignored/package.json': pkg({ name: '@pmono/ignored' }),
    });
    env = { PATH: await managerPath(root, 'yarn-classic'), HOME: root, npm_config_userconfig: '/dev/null', NO_COLOR: '1' };
    await runIn(root, 'pnpm', ['install', '--offline'], env);
  });
  afterAll(() => removeTree(root));

  it('packs each package the way pnpm does (workspace: ranges replaced) and passes', async () => {
    const result = await runCli(['check', '--workspaces', '--format', 'json'], { cwd: root, env });
    expect(result.code, result.stderr).toBe(0);
    const set = JSON.parse(result.stdout) as ReportSet;
    expect(set.reports.map((report) => report.target.name)).toEqual(['@pmono/app', '@pmono/lib']);
    // pnpm rewrites `workspace:^` to the version it stands for; npm would ship it as written.
    await runIn(join(root, 'packages/app'), 'pnpm', ['pack', '--ignore-scripts', '--out', join(root, 'app.tgz')], env);
    const packed = execFileSync('tar', ['-xzOf', join(root, 'app.tgz'), 'package/package.json']).toString();
    expect(JSON.parse(packed).dependencies).toEqual({ '@pmono/lib': '^2.3.4' });
    expect(set.reports[0]!.files.find((file) => file.path === 'package.json')!.size).toBe(Buffer.byteLength(packed));
  });

  it('fails with exit 1 when one package ships a map with sources', async () => {
    await writeFile(join(root, 'packages/lib/index.js.map'), MAP);
    const result = await runCli(['check', '--workspaces'], { cwd: root, env });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✖ @pmono/lib@2.3.4  1 error, 0 warnings');
  });
});
