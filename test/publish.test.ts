/**
 * Pack once, check it, publish exactly that file: `leakproof check --pack` and `leakproof
 * publish` against a real Verdaccio on 127.0.0.1, with a `prepack` build like the one that let
 * a stale prepublishOnly check approve the 2026 incident's map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { leakingMap } from './helpers/leaking-source.js';
import { hermeticNpmEnv, startRegistry, type TestRegistry } from './helpers/registry.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

const MAP = leakingMap('../src/secret-sauce.ts');
/** A build step, as a package's `prepack` runs it: writes dist/ (and, when asked, a map). */
const BUILD = (withMap: boolean) =>
  `node -e "const fs=require('fs');fs.mkdirSync('dist',{recursive:true});fs.writeFileSync('dist/index.js','module.exports=1;\\n'${withMap ? `);fs.writeFileSync('dist/index.js.map',process.env.LP_MAP` : ''})"`;

let registry: TestRegistry;
let root: string;

beforeAll(async () => {
  registry = await startRegistry();
  root = await writeTree({ npmrc: `${registry.authLine}\n` });
});
afterAll(async () => {
  await registry.stop();
  await removeTree(root);
});

/** A hermetic npm pointed at the local registry, with PATH so npm itself can be run. */
function env(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { PATH: process.env.PATH, LP_MAP: MAP, ...hermeticNpmEnv(registry, root, extra) };
}

function builtPackage(name: string, options: { withMap: boolean; prepublishOnly?: string }): Promise<string> {
  const scripts = { prepack: BUILD(options.withMap), ...(options.prepublishOnly ? { prepublishOnly: options.prepublishOnly } : {}) };
  return writeTree({
    'package.json': JSON.stringify({ name, version: '1.0.0', main: 'dist/index.js', files: ['dist'], scripts }, null, 2),
    'README.md': `# ${name}\n`,
  });
}

async function publishedVersions(name: string): Promise<Record<string, { dist: { integrity: string } }>> {
  const response = await fetch(`${registry.url}${name}`);
  if (response.status === 404) return {};
  return ((await response.json()) as { versions: Record<string, { dist: { integrity: string } }> }).versions;
}

describe('leakproof check --pack', () => {
  it('checks what the prepack build produced, which a plain folder check cannot see', async () => {
    const dir = await builtPackage('lp-pack-map', { withMap: true });
    const plain = await runCli(['check', dir, '--format', 'json'], { cwd: root, env: env() });
    expect(JSON.parse(plain.stdout).files.map((file: { path: string }) => file.path)).toEqual(['README.md', 'package.json']);
    const packed = await runCli(['check', dir, '--pack', '--format', 'json'], { cwd: root, env: env() });
    expect(packed.code).toBe(1);
    const report = JSON.parse(packed.stdout) as Report;
    expect(report.target).toMatchObject({ kind: 'packed', name: 'lp-pack-map', integrity: expect.stringMatching(/^sha512-/) });
    expect(report.findings.map((finding) => `${finding.rule}:${finding.path}`)).toContain('sourcemap/embedded-sources:dist/index.js.map');
    await removeTree(dir);
  });
});

describe('leakproof publish', () => {
  it('blocks a prepack build that adds a map with sources, even as a dry run, and publishes nothing', async () => {
    const dir = await builtPackage('lp-publish-leak', { withMap: true });
    const result = await runCli(['publish', dir, '--dry-run'], { cwd: root, env: env() });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('sourcemap/embedded-sources');
    expect(result.stderr).toContain('leakproof: not published: lp-publish-leak@1.0.0 fails at --fail-on error');
    expect(await publishedVersions('lp-publish-leak')).toEqual({});
    await removeTree(dir);
  });

  it('publishes exactly the tarball it checked: the registry integrity is the checked one', async () => {
    const dir = await builtPackage('lp-publish-clean', { withMap: false, prepublishOnly: 'leakproof check' });
    const result = await runCli(['publish', dir, '--format', 'json', '--tag', 'next'], { cwd: root, env: env() });
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.files.map((file) => file.path)).toEqual(['README.md', 'dist/index.js', 'package.json']);
    const checked = report.target.integrity!;
    expect(result.stderr).toContain('leakproof: skipped prepublishOnly (leakproof check): this run checks the packed tarball instead');
    expect(result.stderr).toContain(
      `leakproof: published lp-publish-clean@1.0.0: the tarball that was checked, integrity ${checked} (npm reports the same)`,
    );
    const versions = await publishedVersions('lp-publish-clean');
    expect(versions['1.0.0']!.dist.integrity).toBe(checked);
    const tags = (await (await fetch(`${registry.url}lp-publish-clean`)).json()) as { 'dist-tags': Record<string, string> };
    expect(tags['dist-tags'].next).toBe('1.0.0');
    await removeTree(dir);
  });

  it('a dry run checks and hands the tarball to npm publish --dry-run without publishing', async () => {
    const dir = await builtPackage('lp-publish-dry', { withMap: false });
    // npm publish arguments after `--` are handed over as they are.
    const result = await runCli(['publish', dir, '--', '--dry-run'], { cwd: root, env: env() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(
      /leakproof: npm publish --dry-run accepted lp-publish-dry@1\.0\.0: the tarball that was checked, integrity sha512-\S+ \(npm reports the same\)/,
    );
    expect(await publishedVersions('lp-publish-dry')).toEqual({});
    await removeTree(dir);
  });
});

describe('prepublishOnly: leakproof check', () => {
  it('warns that a prepack build runs after the check, and points at leakproof publish', async () => {
    const dir = await builtPackage('lp-stale-gate', { withMap: true, prepublishOnly: 'leakproof check' });
    const result = await runCli(['check'], { cwd: dir, env: env({ npm_lifecycle_event: 'prepublishOnly' }) });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      'leakproof: warning: this check runs as prepublishOnly, before prepack: it sees the files before that build, not what will be published.\n' +
        'leakproof: use `leakproof publish` instead (pack once, check that tarball, publish exactly it).\n',
    );
    const quiet = await runCli(['check'], { cwd: dir, env: env() });
    expect(quiet.stderr).toBe('');
    await removeTree(dir);
  });
});
