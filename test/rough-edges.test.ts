/**
 * The rough edges a new user hit, one test each: typos, -v, sizes in limit flags, --help,
 * tarball URLs / file: / git specs, the baseline line, retry notices and require().
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/cli/run.js';
import { editDistance, suggestCommand } from '../src/cli/suggest-command.js';
import type { Report } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { startRegistry, type TestRegistry } from './helpers/registry.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

const COMMANDS = ['check', 'init', 'extract', 'diff', 'publish'];
let root: string;
let registry: TestRegistry;

beforeAll(async () => {
  registry = await startRegistry();
  root = await writeTree({
    'pkg/package.json': JSON.stringify({ name: 'rough-pkg', version: '1.1.0', private: true }),
    'pkg/index.js': `module.exports = "${'x'.repeat(2000)}";\n`,
    'pkg/extra.js': '2;\n',
    'old/package.json': JSON.stringify({ name: 'rough-pkg', version: '1.0.0', private: true }),
    'old/index.js': '1;\n',
    'pub/package.json': JSON.stringify({ name: 'rough-published', version: '1.0.0' }),
    'pub/index.js': '1;\n',
  });
  await registry.publish(join(root, 'pub'));
});
afterAll(async () => {
  await registry.stop();
  await removeTree(root);
});

const registryEnv = () => ({
  npm_config_registry: registry.url,
  npm_config_cache: join(root, 'cache'),
  npm_config_fetch_retries: '0',
  PATH: process.env.PATH,
});

describe('a typo in a command', () => {
  it('suggests the command instead of auditing a registry package of that name', async () => {
    const typo = await runCli(['chek', 'pkg'], { cwd: root });
    expect([typo.code, typo.stderr]).toEqual([
      2,
      'leakproof: chek is not a command; did you mean `leakproof check pkg`? To check the registry package named chek, run `leakproof check chek`\n',
    ]);
    // Said on purpose, it is a package name.
    const meant = await runCli(['check', 'chek'], { cwd: root, env: registryEnv() });
    expect(meant.code).toBe(3);
    expect(meant.stderr).toContain('chek is not published on');
  });

  it('leaves real package names, paths and far words alone', async () => {
    expect(editDistance('chek', 'check')).toBe(1);
    expect(editDistance('extarct', 'extract')).toBe(1);
    expect(await suggestCommand(['chalk'], COMMANDS, root)).toBeUndefined();
    expect(await suggestCommand(['react'], COMMANDS, root)).toBeUndefined();
    expect(await suggestCommand(['diff'], COMMANDS, root)).toBeUndefined();
    expect(await suggestCommand(['publsh'], COMMANDS, root)).toMatch(/^publsh is not a command; did you mean `leakproof publish`/);
    const folder = await writeTree({ 'int/package.json': '{}' });
    expect(await suggestCommand(['int'], COMMANDS, folder)).toBeUndefined();
    await removeTree(folder);
  });
});

describe('flags', () => {
  it('-v prints the version, --help names previous for --baseline', async () => {
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default as { version: string };
    expect(await runCli(['-v'], { cwd: root })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await runCli(['check', '--help'], { cwd: root })).stdout).toMatch(/--baseline[\s\S]*"previous"/);
  });

  it('--max-size and --max-file-size take the units leakproof.json takes', async () => {
    const limited = await runCli(['check', 'pkg', '--max-size', '1kB', '--format', 'json'], { cwd: root });
    expect(limited.code).toBe(3);
    expect((JSON.parse(limited.stdout) as Report).gaps).toEqual([
      expect.objectContaining({ code: 'size-limit', message: 'more than 1000 bytes unpacked; raise --max-size to inspect it' }),
    ]);
    expect((await runCli(['check', 'pkg', '--max-file-size', '1.5KiB'], { cwd: root })).code).toBe(3);
    expect((await runCli(['check', 'pkg', '--max-size', '1GB'], { cwd: root })).code).toBe(0);
    expect((await runCli(['check', 'pkg', '--max-size', '4096'], { cwd: root })).code).toBe(0);
    const bad = await runCli(['check', 'pkg', '--max-size', '1 zB'], { cwd: root });
    expect([bad.code, bad.stderr]).toEqual([2, 'leakproof: --max-size takes a number of bytes or a size like 500MB or 1GiB, got 1 zB\n']);
  });
});

describe('specs npm accepts', () => {
  it('a tarball URL, a file: spec and a git URL resolve as npm resolves them', async () => {
    const url = `${registry.url}rough-published/-/rough-published-1.0.0.tgz`;
    const remote = await runCli(['check', url, '--format', 'json'], { cwd: root, env: registryEnv() });
    expect(remote.code, remote.stderr).toBe(0);
    expect((JSON.parse(remote.stdout) as Report).target).toMatchObject({
      input: url,
      kind: 'remote',
      name: 'rough-published',
      version: '1.0.0',
      integrity: expect.stringMatching(/^sha512-/),
    });

    const file = await runCli(['check', 'file:pub', '--format', 'json'], { cwd: root });
    expect((JSON.parse(file.stdout) as Report).target).toMatchObject({ kind: 'directory', name: 'rough-published' });

    const repo = join(root, 'repo');
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
      });
    execFileSync('cp', ['-r', join(root, 'pub'), repo]);
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'init');
    const fromGit = await runCli(['check', `git+file://${repo}`, '--format', 'json'], { cwd: root, env: { ...registryEnv(), HOME: root } });
    expect(fromGit.code, fromGit.stderr).toBe(0);
    expect((JSON.parse(fromGit.stdout) as Report).target).toMatchObject({ kind: 'git', name: 'rough-published', version: '1.0.0' });
  });
});

describe('the human report and --baseline', () => {
  it('says which release it compared with, or that it is a first release', async () => {
    const compared = await runCli(['check', 'pkg', '--baseline', 'old'], { cwd: root });
    expect(compared.stdout.split('\n')[2]).toBe('Baseline: compared with rough-pkg@1.0.0 (directory old)');
    expect(compared.stdout).toContain('  baseline/new-file (1 finding)\n    ℹ extra.js');
    // A private package is never published: the comparison is a first release.
    const first = await runCli(['check', 'pkg', '--baseline', 'latest'], { cwd: root });
    expect(first.stdout.split('\n')[2]).toBe('Baseline: none, first release (nothing published before to compare with)');
  });
});

describe('an unreachable registry', () => {
  it('is reported on a TTY at the first failed attempt, with how long the retries will wait', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise<void>((resolve) => server.close(() => resolve()));
    let stderr = '';
    const env = {
      HOME: root,
      npm_config_userconfig: '/dev/null',
      npm_config_registry: `http://127.0.0.1:${port}/`,
      npm_config_cache: join(root, 'cache'),
      npm_config_fetch_retries: '1',
      npm_config_fetch_retry_mintimeout: '50',
      npm_config_fetch_retry_maxtimeout: '50',
    };
    const code = await run(['check', 'some-pkg@1.0.0'], {
      stdout: { write: () => true },
      stderr: { write: (text: string) => (stderr += text), isTTY: true },
      env,
      cwd: root,
    });
    expect(code, stderr).toBe(3);
    const lines = stderr.split(/\r\u001b\[2K|\n/);
    expect(lines).toContain(
      `leakproof: cannot reach 127.0.0.1:${port} (ECONNREFUSED): attempt 1 of 2 failed; retrying in 0.1 s (up to 0.1 s more, per npm's fetch-retries and fetch-retry-* settings)`,
    );
    expect(lines).toContain(`leakproof: cannot reach 127.0.0.1:${port} (ECONNREFUSED): attempt 2 of 2 failed; giving up`);
  });
});

describe('init in a monorepo', () => {
  it('writes a $schema that resolves: the hoisted install, else this version on the CDN', async () => {
    const mono = await writeTree({
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
      'node_modules/leakproof/schema/leakproof.schema.json': '{}',
      'packages/a/package.json': JSON.stringify({ name: '@m/a', version: '1.0.0' }),
    });
    expect((await runCli(['init', 'packages/a'], { cwd: mono })).code).toBe(0);
    const schema = (JSON.parse(await readFile(join(mono, 'packages/a/leakproof.json'), 'utf8')) as { $schema: string }).$schema;
    expect(schema).toBe('../../node_modules/leakproof/schema/leakproof.schema.json');
    expect(existsSync(join(mono, 'packages/a', schema))).toBe(true);
    await removeTree(join(mono, 'node_modules'));
    expect((await runCli(['init', 'packages/a', '--force'], { cwd: mono })).code).toBe(0);
    const { version } = (await import('../package.json', { with: { type: 'json' } })).default as { version: string };
    expect(JSON.parse(await readFile(join(mono, 'packages/a/leakproof.json'), 'utf8')).$schema).toBe(
      `https://unpkg.com/leakproof@${version}/schema/leakproof.schema.json`,
    );
    await removeTree(mono);
  });
});

describe('require() from CommonJS', () => {
  it('loads the package by name', () => {
    const repo = fileURLToPath(new URL('..', import.meta.url));
    const out = execFileSync(
      process.execPath,
      ['--no-warnings', '-e', 'const l = require("leakproof"); console.log(typeof l.inspect, typeof l.renderReportSet)'],
      { cwd: repo },
    ).toString();
    expect(out).toBe('function function\n');
  });
});
