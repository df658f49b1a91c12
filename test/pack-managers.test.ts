/**
 * Parity of folder targets with the real `pnpm pack` and `yarn pack` (classic and berry), as
 * test/pack-directory.test.ts does for npm: a folder whose project uses pnpm or yarn is checked
 * as that manager packs it, file list and package.json bytes, without running its scripts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquire } from '../src/acquire.js';
import { runCli } from './helpers/cli.js';
import { hasManager, managerPath, runIn } from './helpers/managers.js';
import { removeTree, type Tree, writeTree } from './helpers/write-tree.js';

/** Scripts that leave a mark when they run: a folder target must never run them. */
const MARKING_SCRIPTS = Object.fromEntries(
  ['prepack', 'prepare', 'postpack'].map((name) => [name, `node -e "require('fs').writeFileSync('${name}.ran','')"`]),
);

/** One package exercising the rules that differ between managers. */
function fixture(fields: Record<string, unknown>): Tree {
  return {
    'package.json': `${JSON.stringify({ name: 'fx', version: '1.0.0', main: 'lib/index.js', files: ['lib', '!lib/**/*.test.js'], publishConfig: { access: 'public' }, ...fields }, null, 2)}\n`,
    'lib/index.js': 'module.exports = 1;\n',
    'lib/index.test.js': 't\n',
    'lib/util/helper.js': 'h\n',
    'lib/.npmrc': 'x=1\n',
    'src/index.ts': 'export {};\n',
    'README.md': '# fx\n',
    LICENSE: 'MIT\n',
    'CHANGELOG.md': '# c\n',
    '.env': 'A=1\n',
  };
}

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join((await import('node:os')).tmpdir(), 'leakproof-managers-'));
});
afterAll(() => removeTree(root));

/** Files and package.json of the tarball a manager really wrote. */
function readTarball(file: string): { paths: string[]; packageJson: string } {
  // Regular files only: yarn 1 also writes folder entries.
  const listing = execFileSync('tar', ['-tzvf', file])
    .toString()
    .split('\n')
    .filter((line) => line.startsWith('-'));
  const paths = listing.map((line) => line.slice(line.indexOf(' package/') + ' package/'.length)).sort();
  return { paths, packageJson: execFileSync('tar', ['-xzOf', file, 'package/package.json']).toString() };
}

async function leakproofView(dir: string, env: Record<string, string | undefined>) {
  const notes: string[] = [];
  const { target } = await acquire(dir, { cwd: dir, env, manifest: false, onNote: (note) => notes.push(note) });
  return {
    paths: target.contents.files.map((file) => file.path).sort(),
    packageJson: target.contents.byPath.get('package.json')!.data.toString(),
    notes,
    kind: target.info.kind,
  };
}

describe.skipIf(!hasManager('pnpm'))('pnpm pack parity', () => {
  it('lists what pnpm pack packs, with the package.json pnpm writes, and runs no script', async () => {
    const dir = await writeTree(fixture({ packageManager: 'pnpm@12.4.2', scripts: MARKING_SCRIPTS }));
    const env = { PATH: await managerPath(root, 'yarn-classic'), HOME: root };
    const view = await leakproofView(dir, env);
    expect(['prepack.ran', 'prepare.ran', 'postpack.ran'].filter((mark) => existsSync(join(dir, mark)))).toEqual([]);
    await runIn(dir, 'pnpm', ['pack', '--ignore-scripts', '--out', join(dir, '..', 'pnpm-fx.tgz')], env);
    const real = readTarball(join(dir, '..', 'pnpm-fx.tgz'));
    expect(view).toEqual({ ...real, notes: [], kind: 'directory' });
    // What makes pnpm's view differ from npm's: it strips publish-lifecycle scripts.
    expect(JSON.parse(real.packageJson).scripts).toEqual({});
    await removeTree(dir);
  });
});

describe.skipIf(!hasManager('yarn-classic'))('yarn pack parity (yarn 1)', () => {
  it('lists what yarn pack packs, and runs no script', async () => {
    const dir = await writeTree({ ...fixture({ scripts: MARKING_SCRIPTS }), 'yarn.lock': '' });
    const env = { PATH: await managerPath(root, 'yarn-classic'), HOME: root, YARN_CACHE_FOLDER: join(root, 'yarn-cache') };
    const view = await leakproofView(dir, env);
    expect(['prepack.ran', 'postpack.ran'].filter((mark) => existsSync(join(dir, mark)))).toEqual([]);
    await runIn(dir, 'yarn', ['pack', '--ignore-scripts', '--filename', join(root, 'yarn1-fx.tgz')], env);
    expect(view).toEqual({ ...readTarball(join(root, 'yarn1-fx.tgz')), notes: [], kind: 'directory' });
    // yarn 1 gives up on "files" when it holds a negation and ships the whole folder: .env and
    // src/ included, where npm would ship neither. Checked as npm packs it, this would pass.
    expect(view.paths).toEqual(expect.arrayContaining(['.env', 'src/index.ts']));
    const asNpm = await acquire(dir, { cwd: dir, env, manifest: false, packManager: 'npm' });
    expect(asNpm.target.contents.files.map((file) => file.path)).not.toContain('.env');
    await removeTree(dir);
  });
});

describe.skipIf(!hasManager('yarn-berry'))('yarn pack parity (yarn 4)', () => {
  const berryEnv = async () => ({
    PATH: await managerPath(root, 'yarn-berry'),
    HOME: root,
    YARN_ENABLE_TELEMETRY: '0',
    YARN_ENABLE_GLOBAL_CACHE: '0',
    YARN_NODE_LINKER: 'node-modules',
  });

  it('lists what yarn pack packs, with the package.json yarn writes', async () => {
    const dir = await writeTree(fixture({}));
    const env = await berryEnv();
    await runIn(dir, 'yarn', ['install'], env);
    const view = await leakproofView(dir, env);
    await runIn(dir, 'yarn', ['pack', '--out', join(root, 'berry-fx.tgz')], env);
    expect(view).toEqual({ ...readTarball(join(root, 'berry-fx.tgz')), notes: [], kind: 'directory' });
    await removeTree(dir);
  });

  it('yarn 2+ cannot skip prepack: npm lists the files then, and says so in one line', async () => {
    const dir = await writeTree(fixture({ scripts: MARKING_SCRIPTS }));
    const env = await berryEnv();
    await runIn(dir, 'yarn', ['install'], env);
    const view = await leakproofView(dir, env);
    expect(existsSync(join(dir, 'prepack.ran'))).toBe(false);
    expect(view.notes).toEqual([
      expect.stringMatching(
        /: yarn 4\.\d+\.\d+ has no switch to skip prepack and postpack, so the files are listed the way npm packs them; --pack runs the scripts and packs with yarn$/,
      ),
    ]);
    await removeTree(dir);
  });
});

describe('a package manager that is not installed', () => {
  it('says so in one line: a note when detected, an error when asked for', async () => {
    const dir = await writeTree({ ...fixture({}), 'bun.lock': '{}' });
    const env = { PATH: '/nonexistent', HOME: root };
    const view = await leakproofView(dir, env);
    expect(view.notes).toEqual([`${dir} is packed by bun, which is not installed here; the files are listed the way npm packs them`]);
    const asked = await runCli(['check', dir, '--pack-manager', 'bun'], { cwd: root, env });
    expect([asked.code, asked.stderr]).toEqual([
      3,
      'leakproof: bun is not installed here (not on PATH); install it, or choose another with --pack-manager\n',
    ]);
    await removeTree(dir);
  });
});
