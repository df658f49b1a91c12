/**
 * Parity of the directory target with the real `npm pack --dry-run --json --ignore-scripts`:
 * each fixture, written at test time from the specs below, exercises one group of npm's
 * file-list rules (https://docs.npmjs.com/cli/v11/configuring-npm/package-json#files).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLeakproofError } from '../src/errors.js';
import { type PackedDirectory, packDirectory } from '../src/target/pack-directory.js';
import { removeTree, type Tree, writeTree } from './helpers/write-tree.js';

const run = promisify(execFile);
const pkg = (fields: Record<string, unknown>): string => `${JSON.stringify({ name: 'fx', version: '1.0.0', ...fields }, null, 2)}\n`;
const dep = (name: string, fields: Record<string, unknown> = {}): string => pkg({ name, ...fields });

interface Fixture {
  readonly tree: Tree;
  /** Subfolder to pack (and run npm in), when not the tree's root. */
  readonly packDir?: string;
  /** Paths the rule group is about, checked on top of parity so the intent is visible. */
  readonly included: readonly string[];
  readonly excluded: readonly string[];
}

const FIXTURES: Record<string, Fixture> = {
  'files with negations': {
    tree: {
      'package.json': pkg({ files: ['dist', '!dist/**/*.map', 'types/index.d.ts', './lib/*', 'docs/*.md', '!docs/draft.md'] }),
      'dist/index.js': 'export {};\n',
      'dist/index.js.map': '{}',
      'dist/sub/util.js': '1;\n',
      'dist/sub/util.js.map': '{}',
      'types/index.d.ts': 'export {};\n',
      'types/other.d.ts': 'export {};\n',
      'lib/a.js': 'a\n',
      'lib/nested/b.js': 'b\n',
      'docs/guide.md': '# g\n',
      'docs/draft.md': '# d\n',
      'docs/img.png': 'png',
      'src/index.ts': 'export {};\n',
      '.env': 'KEY=1\n',
    },
    included: ['dist/index.js', 'dist/sub/util.js', 'types/index.d.ts', 'lib/nested/b.js', 'docs/guide.md'],
    excluded: ['dist/index.js.map', 'types/other.d.ts', 'docs/draft.md', 'docs/img.png', 'src/index.ts', '.env'],
  },
  '.npmignore': {
    tree: {
      'package.json': pkg({}),
      '.npmignore': 'src/\n*.log\n!keep.log\n/coverage\ntest/**/*.snap\n',
      '.gitignore': 'dist/\n',
      'dist/index.js': '1;\n',
      'src/x.ts': 'x\n',
      'debug.log': 'l\n',
      'keep.log': 'k\n',
      'coverage/lcov.info': 'c\n',
      'sub/coverage/a.txt': 'a\n',
      'test/a.test.js': 't\n',
      'test/__snapshots__/a.snap': 's\n',
    },
    included: ['dist/index.js', 'keep.log', 'sub/coverage/a.txt', 'test/a.test.js'],
    excluded: ['.npmignore', '.gitignore', 'src/x.ts', 'debug.log', 'coverage/lcov.info', 'test/__snapshots__/a.snap'],
  },
  '.gitignore fallback': {
    tree: {
      'package.json': pkg({}),
      '.gitignore': '*.tsbuildinfo\nbuild/\n.env*\n!.env.example\n',
      'index.js': '1;\n',
      'build/out.js': 'o\n',
      'tsconfig.tsbuildinfo': '{}',
      '.env': 'A=1\n',
      '.env.local': 'A=2\n',
      '.env.example': 'A=\n',
    },
    included: ['index.js', '.env.example'],
    excluded: ['.gitignore', 'build/out.js', 'tsconfig.tsbuildinfo', '.env', '.env.local'],
  },
  'nested ignore files': {
    tree: {
      'package.json': pkg({ files: ['lib', 'extra'] }),
      '.npmignore': '*.md\n',
      'lib/a.js': 'a\n',
      'lib/a.test.js': 't\n',
      'lib/notes.md': 'n\n',
      'lib/.npmignore': '*.test.js\n',
      'lib/deep/.gitignore': 'generated/\n',
      'lib/deep/generated/x.js': 'x\n',
      'lib/deep/keep.js': 'k\n',
      'lib/other/.npmignore': 'secret.txt\n',
      'lib/other/.gitignore': 'keep.txt\n',
      'lib/other/secret.txt': 's\n',
      'lib/other/keep.txt': 'k\n',
      'extra/sub/.npmignore': '*\n!wanted.js\n',
      'extra/sub/wanted.js': 'w\n',
      'extra/sub/unwanted.js': 'u\n',
    },
    included: ['lib/a.js', 'lib/notes.md', 'lib/deep/keep.js', 'lib/other/keep.txt', 'extra/sub/wanted.js'],
    excluded: ['lib/a.test.js', 'lib/deep/generated/x.js', 'lib/other/secret.txt', 'extra/sub/unwanted.js'],
  },
  'always included': {
    tree: {
      'package.json': pkg({ files: ['lib'] }),
      'lib/index.js': '1;\n',
      'README.md': '# r\n',
      'readme.txt': 'r\n',
      'README.md~': 'old\n',
      LICENSE: 'MIT\n',
      'LICENCE.md': 'MIT\n',
      COPYING: 'c\n',
      'CHANGELOG.md': '# c\n',
    },
    included: ['package.json', 'README.md', 'readme.txt', 'LICENSE', 'LICENCE.md', 'COPYING'],
    excluded: ['README.md~', 'CHANGELOG.md'],
  },
  'never included': {
    tree: {
      'package.json': pkg({}),
      'index.js': '1;\n',
      '.npmrc': 'save-exact=true\n',
      'package-lock.json': '{}',
      'yarn.lock': '#\n',
      'pnpm-lock.yaml': 'x\n',
      'npm-debug.log': 'l\n',
      '.DS_Store': 'd',
      '.git/HEAD': 'ref\n',
      'node_modules/left/package.json': dep('left'),
      'node_modules/left/index.js': '1;\n',
      'lib/.npmrc': 'x=1\n',
      'lib/.DS_Store': 'd',
      'lib/x.orig': 'o\n',
      'lib/.x.swp': 's',
      'lib/._x': 'm',
      'lib/CVS/Entries': 'e\n',
      'lib/.svn/entries': 'e\n',
      'lib/.hg/store': 'h\n',
      'lib/ok.js': '1;\n',
      'lib/package-lock.json': '{}',
      'lib/a*b.js': 'star\n',
    },
    included: ['index.js', 'lib/ok.js'],
    excluded: ['.npmrc', 'package-lock.json', 'yarn.lock', '.git/HEAD', 'node_modules/left/index.js', 'lib/.npmrc', 'lib/x.orig'],
  },
  'bundled dependency, main/bin/browser outside files': {
    tree: {
      'package.json': pkg({
        files: ['lib'],
        main: 'index.js',
        browser: 'browser.js',
        bin: { fx: './bin/fx.js' },
        dependencies: { dep: '1.0.0', other: '1.0.0', linked: 'file:linked-src' },
        devDependencies: { devdep: '1.0.0' },
        bundleDependencies: ['dep', 'devdep', 'linked'],
      }),
      'lib/a.js': 'a\n',
      'index.js': 'm\n',
      'browser.js': 'b\n',
      'bin/fx.js': '#!/usr/bin/env node\n',
      'bin/other.js': 'o\n',
      'node_modules/dep/package.json': dep('dep', { dependencies: { sub: '1.0.0' } }),
      'node_modules/dep/index.js': 'd\n',
      'node_modules/dep/.npmignore': 'index.js\n',
      'node_modules/dep/test/t.js': 't\n',
      'node_modules/sub/package.json': dep('sub'),
      'node_modules/sub/index.js': 's\n',
      'node_modules/other/package.json': dep('other'),
      'node_modules/other/index.js': 'o\n',
      'node_modules/devdep/package.json': dep('devdep'),
      'node_modules/devdep/index.js': 'v\n',
      // A linked bundled dependency is the one place npm follows a symlink (and obeys .npmignore).
      'linked-src/package.json': dep('linked'),
      'linked-src/index.js': 'k\n',
      'linked-src/.npmignore': 'skip.js\n',
      'linked-src/skip.js': 's\n',
      'node_modules/linked': { symlink: '../linked-src' },
    },
    included: [
      'index.js',
      'browser.js',
      'bin/fx.js',
      'node_modules/dep/index.js',
      'node_modules/sub/index.js',
      'node_modules/linked/index.js',
    ],
    excluded: ['bin/other.js', 'node_modules/other/index.js', 'node_modules/devdep/index.js', 'node_modules/linked/skip.js'],
  },
  'symlinks, modes and lifecycle scripts': {
    tree: {
      'package.json': pkg({
        main: 'lib/main.js',
        bin: { root: 'cli.js', nested: 'bin/nested.js' },
        scripts: Object.fromEntries(
          ['prepack', 'prepare', 'prepublishOnly'].map((s) => [s, `node -e "require('fs').writeFileSync('${s}.ran','')"`]),
        ),
      }),
      'cli.js': '#!/usr/bin/env node\n',
      'bin/nested.js': '#!/usr/bin/env node\n',
      'real.js': 'r\n',
      'realdir/x.js': 'x\n',
      'lib/link.js': { symlink: '../real.js' },
      'lib/dirlink': { symlink: '../realdir' },
      'lib/main.js': { symlink: '../real.js' },
      'private.js': { data: 'p\n', mode: 0o600 },
      'group.sh': { data: 'g\n', mode: 0o775 },
      'run.sh': { data: 'x\n', mode: 0o700 },
    },
    included: ['cli.js', 'real.js', 'realdir/x.js', 'private.js'],
    excluded: ['lib/link.js', 'lib/dirlink/x.js', 'lib/main.js', 'prepack.ran', 'prepare.ran'],
  },
  'workspace member: root and intermediate ignore files apply': {
    packDir: 'packages/a',
    tree: {
      'package.json': pkg({ name: 'root', private: true, workspaces: ['packages/*'] }),
      '.gitignore': 'dist\n*.log\n',
      'packages/.npmignore': 'secret.txt\n',
      'packages/a/package.json': dep('a'),
      'packages/a/index.js': '1;\n',
      'packages/a/dist/x.js': 'x\n',
      'packages/a/debug.log': 'l\n',
      'packages/a/secret.txt': 's\n',
      'packages/b/package.json': dep('b'),
    },
    included: ['index.js', 'package.json'],
    excluded: ['dist/x.js', 'debug.log', 'secret.txt'],
  },
};

interface NpmFile {
  path: string;
  size: number;
  mode: number;
}

/** Run the real npm in `dir` with no user/global config and no npm_* variables from our parent. */
async function npmPackFiles(dir: string, configDir: string): Promise<NpmFile[]> {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key)) env[key] = value;
  Object.assign(env, {
    npm_config_userconfig: join(configDir, 'user-npmrc'),
    npm_config_globalconfig: join(configDir, 'global-npmrc'),
    npm_config_cache: join(configDir, 'cache'),
    npm_config_update_notifier: 'false',
    npm_config_offline: 'true',
  });
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, env, maxBuffer: 1 << 26 });
  const files = (JSON.parse(stdout) as [{ files: NpmFile[] }])[0].files;
  return files.map(({ path, size, mode }) => ({ path, size, mode })).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Fixtures must not sit in a git checkout, so nothing outside them can influence npm. */
function gitCheckoutAbove(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, '.git'))) return at;
    if (dirname(at) === at) return undefined;
  }
}

describe('packDirectory matches npm pack', () => {
  const dirs: Record<string, string> = {};
  const results: Record<string, { ours: PackedDirectory; npm: NpmFile[] }> = {};
  let configDir = '';

  beforeAll(async () => {
    configDir = await mkdtemp(join(tmpdir(), 'leakproof-npmrc-'));
    await Promise.all(['user-npmrc', 'global-npmrc'].map((file) => writeFile(join(configDir, file), '')));
    const checkout = gitCheckoutAbove(tmpdir());
    if (checkout) throw new Error(`temp dir is inside a git checkout (${checkout}); set TMPDIR elsewhere`);
    await Promise.all(
      Object.entries(FIXTURES).map(async ([name, fixture]) => {
        const root = (dirs[name] = await writeTree(fixture.tree, 'leakproof-pack-'));
        const dir = fixture.packDir ? join(root, fixture.packDir) : root;
        // Ours first: a lifecycle script run by us would otherwise be seen by npm as well.
        const ours = await packDirectory(dir);
        results[name] = { ours, npm: await npmPackFiles(dir, configDir) };
      }),
    );
  });

  afterAll(async () => {
    await Promise.all([...Object.values(dirs), configDir].filter(Boolean).map(removeTree));
  });

  it.each(Object.keys(FIXTURES))('%s', (name) => {
    const { ours, npm } = results[name]!;
    const fixture = FIXTURES[name]!;
    const listed = ours.files.map((file) => ({ path: file.path, size: file.data.length, mode: file.mode }));
    expect(listed).toEqual(npm);
    const paths = listed.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining([...fixture.included]));
    for (const path of fixture.excluded) expect(paths).not.toContain(path);
    const manifestPath = fixture.packDir ? `${fixture.packDir}/package.json` : 'package.json';
    expect(ours.packageJson).toEqual(JSON.parse(fixture.tree[manifestPath] as string));
  });

  it('runs no lifecycle script', () => {
    const dir = dirs['symlinks, modes and lifecycle scripts']!;
    for (const script of ['prepack', 'prepare', 'prepublishOnly']) expect(existsSync(join(dir, `${script}.ran`))).toBe(false);
  });

  it('keeps bytes as on disk, package.json included', () => {
    const { ours } = results['files with negations']!;
    const manifest = ours.files.find((file) => file.path === 'package.json')!;
    expect(manifest.data.toString('utf8')).toBe(FIXTURES['files with negations']!.tree['package.json']);
  });
});

describe('packDirectory errors', () => {
  const cases: Record<string, Tree> = {
    'no package.json': { 'index.js': '1;\n' },
    'invalid JSON': { 'package.json': '{ "name": ' },
    'JSON that is not an object': { 'package.json': '[]' },
    'package.json that is a folder': { 'package.json/x': '{}' },
  };

  it.each(Object.keys(cases))('%s is a one-line target error', async (name) => {
    const dir = await writeTree(cases[name]!);
    try {
      const error: unknown = await packDirectory(dir).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(isLeakproofError(error)).toBe(true);
      expect(isLeakproofError(error) && error.code).toBe('target');
      expect(String((error as Error).message)).not.toContain('\n');
      expect((error as Error).message).toContain(dir);
    } finally {
      await removeTree(dir);
    }
  });

  it('a missing folder is a target error', async () => {
    const error: unknown = await packDirectory(join(tmpdir(), 'leakproof-missing-folder')).catch((caught: unknown) => caught);
    expect(isLeakproofError(error) && error.code).toBe('target');
  });
});
