/**
 * Every class of hostile package from issue 9, built by fixtures/build-hostile.js, ends in a
 * finding (exit 1) or a gap (exit 3), never a pass; and leakproof's own output never becomes
 * the weapon: no format prints a credential whole or forges a CI workflow command, `--debug`
 * redacts, and `extract` never writes a repository.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostileTarballs } from '../fixtures/build-hostile.js';
import { buildTar } from '../fixtures/lib/tar-writer.js';
import { MAX_TEXT_BYTES } from '../src/tarball/contents.js';
import { DEFAULT_LIMITS, readTarball } from '../src/tarball/read-tarball.js';
import type { Report } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

const TARBALLS = hostileTarballs();

/** The rule (and kind) each fixture must raise, at least. */
const EXPECTED: Record<string, string> = {
  'dot-slash-git': 'file/sensitive:git',
  'drive-prefix-env': 'file/sensitive:env-file',
  'unc-root-env': 'file/sensitive:env-file',
  'absolute-entry': 'file/sensitive:env-file',
  'duplicate-hides-key': 'tarball/unsafe-entry:duplicate-path',
  'duplicate-installs-key': 'secret:github-pat',
  'pax-long-name-env': 'file/sensitive:env-file',
  'nul-in-bin-script': 'secret:github-pat',
  'unusual-extension': 'secret:github-pat',
  'mixed-case-aws-name': 'secret:aws-secret-access-key',
  'dotted-twilio-name': 'secret:twilio-auth-token',
  'password-in-map-sources': 'sourcemap/embedded-sources',
  'newline-in-name': 'secret:github-pat',
  'extract-bare-repo': 'sourcemap/embedded-sources',
};

let root: string;
beforeAll(async () => {
  root = await writeTree({ 'README.md': 'hostile fixtures\n' });
  await Promise.all(Object.entries(TARBALLS).map(([name, bytes]) => writeFile(join(root, `${name}.tgz`), bytes)));
});
afterAll(() => removeTree(root));

const check = (name: string, ...args: string[]) => runCli(['check', `${name}.tgz`, ...args], { cwd: root });

describe('hostile packages never pass', () => {
  it.each(Object.keys(TARBALLS))('%s', async (name) => {
    const { code, stdout } = await check(name, '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as Report;
    const rules = report.findings.map((finding) => (finding.kind ? `${finding.rule}:${finding.kind}` : finding.rule));
    expect(rules).toContain(EXPECTED[name] ?? 'sourcemap/embedded-sources');
  });
});

describe('leakproof output is never the weapon', () => {
  const formats = ['human', 'json', 'sarif', 'markdown', 'junit'];

  it.each(formats)('--format %s prints no URL password and forges no workflow command', async (format) => {
    for (const name of ['password-in-map-sources', 'newline-in-name']) {
      const { stdout, stderr } = await check(name, '--format', format);
      expect(stdout + stderr).not.toContain('hunter2-Rq8vX3');
      expect(stdout.split('\n').filter((line) => /^\s*(::|##\[|##vso\[)/.test(line))).toEqual([]);
      expect(stdout).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u2028\u2029]/);
    }
  });

  it('GitHub annotations carry no raw line break or password either', async () => {
    const env = { GITHUB_ACTIONS: 'true' };
    for (const name of ['password-in-map-sources', 'newline-in-name']) {
      // With a machine format on stdout, the annotations go to stderr.
      const { stderr } = await runCli(['check', `${name}.tgz`, '--format', 'json'], { cwd: root, env });
      expect(stderr).not.toContain('hunter2-Rq8vX3');
      expect(stderr.split('\n').filter((line) => line.startsWith('::error file=package.json::forged'))).toEqual([]);
    }
  });

  it('--debug redacts a registry password from the error and its causes', async () => {
    const env = { npm_config_registry: 'http://deploy:Rq8vX3-registry-pass@127.0.0.1:9/', npm_config_fetch_retries: '0' };
    const { code, stdout, stderr } = await runCli(['check', 'some-package@1.0.0', '--debug'], { cwd: root, env });
    expect(code).toBe(3);
    expect(stderr.length).toBeGreaterThan(0);
    expect(stdout + stderr).not.toContain('Rq8vX3-registry-pass');
  });

  it('extract writes no tree git takes for a repository', async () => {
    const out = join(root, 'extracted');
    const { code } = await runCli(['extract', 'extract-bare-repo.tgz', '--out', 'extracted'], { cwd: root });
    expect(code).toBe(0);
    const env = { ...process.env, GIT_CEILING_DIRECTORIES: root };
    expect(() => execFileSync('git', ['rev-parse', '--git-dir'], { cwd: out, env, stdio: 'pipe' })).toThrow(/not a git repository/);
  });
});

describe('cost limits are gaps, not crashes', () => {
  it('reports a file longer than the longest string V8 can hold as a gap', async () => {
    const header = buildTar([{ path: 'package/huge.js', data: 'x', size: MAX_TEXT_BYTES + 1 }]).subarray(0, 1024);
    const { contents } = await readTarball(Readable.from([header]), { ...DEFAULT_LIMITS, maxFileBytes: 2 ** 31 });
    expect(contents.gaps.map((gap) => [gap.code, gap.path])).toContainEqual(['file-size-limit', 'huge.js']);
  });
});
