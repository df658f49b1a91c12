import { readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leakingMap } from './helpers/leaking-source.js';
import { actionInputDefaults, actionScript, actionStepEnv, recipe, runBash, shims } from './helpers/recipes.js';
import { hermeticNpmEnv, startRegistry, type TestRegistry } from './helpers/registry.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

const BIN = fileURLToPath(new URL('../dist/cli/bin.js', import.meta.url));
const SHIMS = shims(BIN);
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

/** A hermetic npm environment pointed at the local registry. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  return hermeticNpmEnv(registry, root, extra);
}

function cleanPackage(name: string, version = '1.0.0'): Promise<string> {
  return writeTree({
    'package.json': JSON.stringify({ name, version, main: 'index.js' }, null, 2),
    'index.js': 'module.exports = 42;\n',
    'README.md': `# ${name}\n`,
  });
}

const MAP = leakingMap('../src/secret-sauce.ts');

describe('docs/recipes.md, run as written', () => {
  it('1. leakproof publish: snapshot the build, dry-run, publish the checked tarball', async () => {
    const build = `node -e "require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/index.js','module.exports=1;\\n')"`;
    const dir = await writeTree({
      'package.json': JSON.stringify(
        { name: 'recipe-publish', version: '1.0.0', main: 'dist/index.js', files: ['dist'], scripts: { prepack: build } },
        null,
        2,
      ),
      'README.md': '# recipe-publish\n',
    });
    const result = await runBash(`${SHIMS}\nset -e\n${recipe('publish')}`, dir, env());
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'leakproof.json'), 'utf8')).files).toEqual(['README.md', 'dist/index.js', 'package.json']);
    const checked =
      /leakproof: published recipe-publish@1\.0\.0: the tarball that was checked, integrity (\S+) \(npm reports the same\)/.exec(
        result.stderr,
      )?.[1];
    const published = (await fetch(`${registry.url}recipe-publish`).then((response) => response.json())) as {
      versions: Record<string, { dist: { integrity: string } }>;
    };
    expect(published.versions['1.0.0']!.dist.integrity).toBe(checked);
    // The build starts writing a map with sources: the same commands now stop before npm.
    const leaky = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
    leaky.version = '1.0.1';
    leaky.scripts.prepack = build.replace(
      '"',
      `"require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/index.js.map',process.env.LP_MAP);`,
    );
    await writeFile(join(dir, 'package.json'), JSON.stringify(leaky));
    const blocked = await runBash(`${SHIMS}\n${recipe('publish').split('\n')[2]}`, dir, env({ LP_MAP: MAP }));
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('sourcemap/embedded-sources');
    expect(blocked.stderr).toContain('leakproof: not published');
    const update = await runBash(`${SHIMS}\n${recipe('update')}`, dir, env({ LP_MAP: MAP }));
    expect(update.stderr).toContain('+ dist/index.js.map');
    await removeTree(dir);
  });

  it('2. pack once, check the .tgz with the project manifest and a registry baseline, publish it', async () => {
    const dir = await cleanPackage('recipe-pack-once');
    await runBash(`${SHIMS}\nnpx leakproof init`, dir, env());
    const result = await runBash(`${SHIMS}\nset -e\n${recipe('pack-once')}`, dir, env());
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(await readFile(join(dir, 'leakproof.json.report'), 'utf8'));
    expect(report).toMatchObject({ ok: true, target: { kind: 'tarball', name: 'recipe-pack-once' }, baseline: { firstRelease: true } });
    expect(report.manifest.path).toBe(join(dir, 'leakproof.json'));
    const published = (await fetch(`${registry.url}recipe-pack-once`).then((response) => response.json())) as {
      versions: Record<string, unknown>;
    };
    expect(Object.keys(published.versions)).toEqual(['1.0.0']);
    await removeTree(dir);
  });

  it('3. prepublishOnly stops npm publish --dry-run when a map with sources appears', async () => {
    const dir = await cleanPackage('recipe-prepublish');
    const first = await runBash(`${SHIMS}\nset -e\n${recipe('prepublish')}`, dir, env());
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')).scripts.prepublishOnly).toBe('leakproof check');
    await writeFile(join(dir, 'index.js.map'), MAP);
    const blocked = await runBash(`${SHIMS}\nnpm publish --dry-run`, dir, env());
    expect(blocked.code).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('sourcemap/embedded-sources');
    await removeTree(dir);
  });

  it('4. a monorepo: every workspace in one report', async () => {
    const dir = await writeTree({
      'package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
      'packages/a/package.json': JSON.stringify({ name: '@mono/a', version: '1.0.0' }),
      'packages/a/index.js': '1;\n',
      'packages/b/package.json': JSON.stringify({ name: '@mono/b', version: '1.0.0' }),
      'packages/b/index.js.map': MAP,
    });
    const result = await runBash(`${SHIMS}\n${recipe('workspaces')}`, dir, env());
    expect(result.code).toBe(1);
    const report = await readFile(join(dir, 'leakproof.md'), 'utf8');
    expect(report).toMatch(/^### ❌ leakproof: 1 of 2 packages fails/);
    expect(report).toContain('| `@mono/b@1.0.0` | ❌ fails | 1 |');
    await removeTree(dir);
  });

  it('5. GitHub: the action step and the plain command write SARIF, a job summary and annotations', async () => {
    const dir = await cleanPackage('recipe-github');
    await writeFile(join(dir, '.env'), 'DEBUG=1\n');
    const summary = join(dir, 'summary.md');
    const github = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary };
    const plain = await runBash(`${SHIMS}\n${recipe('github')}`, dir, env(github));
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('::error file=.env');
    expect(JSON.parse(await readFile(join(dir, 'leakproof.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(await readFile(summary, 'utf8')).toContain('file/sensitive');

    // The step exactly as GitHub runs it with the inputs' defaults from action.yml.
    const defaults = actionInputDefaults();
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(defaults).toEqual({
      target: '.',
      manifest: '',
      baseline: 'latest',
      'fail-on': 'error',
      'sarif-file': 'leakproof.sarif',
      'sarif-category': '',
      'upload-sarif': 'true',
      'working-directory': '.',
      workspaces: 'false',
      args: '',
      version,
    });
    expect(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')).toContain(
      "category: ${{ inputs.sarif-category || format('leakproof/{0}', inputs.target) }}",
    );
    const stepEnv = Object.fromEntries(Object.entries(actionStepEnv()).map(([name, input]) => [name, defaults[input]!]));
    expect(Object.keys(stepEnv).sort()).toEqual([
      'LEAKPROOF_ARGS',
      'LEAKPROOF_BASELINE',
      'LEAKPROOF_FAIL_ON',
      'LEAKPROOF_MANIFEST',
      'LEAKPROOF_SARIF',
      'LEAKPROOF_TARGET',
      'LEAKPROOF_VERSION',
      'LEAKPROOF_WORKING_DIRECTORY',
      'LEAKPROOF_WORKSPACES',
    ]);
    await rm(join(dir, 'leakproof.sarif'));
    const action = await runBash(
      actionScript(),
      dir,
      env({ ...github, ...stepEnv, LEAKPROOF_CMD: `node ${BIN}`, GITHUB_OUTPUT: join(dir, 'output') }),
    );
    expect(action.code).toBe(1);
    expect(await readFile(join(dir, 'output'), 'utf8')).toBe('exit-code=1\n');
    expect(JSON.parse(await readFile(join(dir, 'leakproof.sarif'), 'utf8')).runs[0].results.length).toBeGreaterThan(0);
    expect(action.stdout).toContain('::error file=.env');
    await removeTree(dir);
  });

  it('5b. the action in a monorepo: working-directory, workspaces and args', async () => {
    const dir = await writeTree({
      'repo/mono/package.json': JSON.stringify({ name: 'mono', private: true, workspaces: ['packages/*'] }),
      'repo/mono/packages/a/package.json': JSON.stringify({ name: '@m/a', version: '1.0.0' }),
      'repo/mono/packages/a/index.js': '1;\n',
      'repo/mono/packages/b/package.json': JSON.stringify({ name: '@m/b', version: '1.0.0' }),
      'repo/mono/packages/b/.env': 'DEBUG=1\n',
    });
    const workspace = join(dir, 'repo');
    const inputs: Record<string, string> = {
      ...actionInputDefaults(),
      'working-directory': 'mono',
      workspaces: 'true',
      args: '--no-secrets --pack-manager npm',
      baseline: '',
    };
    const stepEnv = Object.fromEntries(Object.entries(actionStepEnv()).map(([name, input]) => [name, inputs[input]!]));
    const action = await runBash(
      actionScript(),
      workspace,
      env({ ...stepEnv, GITHUB_ACTIONS: 'true', LEAKPROOF_CMD: `node ${BIN}`, GITHUB_OUTPUT: join(dir, 'output') }),
    );
    expect(action.code, action.stderr).toBe(1);
    const sarif = JSON.parse(await readFile(join(workspace, 'leakproof.sarif'), 'utf8')) as {
      runs: { automationDetails: { id: string }; invocations: unknown[] }[];
    };
    expect(sarif.runs.map((run) => run.automationDetails.id)).toEqual(['leakproof/@m/a@1.0.0/', 'leakproof/@m/b@1.0.0/']);
    expect(action.stdout).toContain('::error file=packages/b/.env');
    await removeTree(dir);
  });

  it('6. GitLab: JUnit XML for the junit report', async () => {
    const dir = await cleanPackage('recipe-gitlab');
    const result = await runBash(`${SHIMS}\n${recipe('gitlab')}`, dir, env());
    expect(result.code).toBe(0);
    expect(await readFile(join(dir, 'leakproof-junit.xml'), 'utf8')).toMatch(/^<\?xml[^>]*\?>\s*<testsuites/);
    await removeTree(dir);
  });

  it('7. audit a third-party package: check, extract and diff from the registry', async () => {
    const v122 = await cleanPackage('some-package', '1.2.2');
    await registry.publish(v122);
    const v123 = await cleanPackage('some-package', '1.2.3');
    await writeFile(join(v123, 'index.js.map'), MAP);
    await registry.publish(v123);
    const work = await writeTree({});
    const lines = recipe('audit').trim().split('\n');
    const check = await runBash(`${SHIMS}\n${lines[0]}`, work, env());
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('sourcemap/embedded-sources');
    const extract = await runBash(`${SHIMS}\n${lines[1]}`, work, env());
    expect(extract.code, extract.stderr).toBe(0);
    expect((await readdir(join(work, 'recovered'), { recursive: true })).sort()).toContain('leakproof-extract.json');
    const diff = await runBash(`${SHIMS}\n${lines[2]}`, work, env());
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('+ index.js.map');
    await Promise.all([removeTree(v122), removeTree(v123), removeTree(work)]);
  });
  it('8. audit a lockfile in two shards and merge them into the unsharded report', async () => {
    const one = await cleanPackage('recipe-dep-one');
    const two = await cleanPackage('recipe-dep-two');
    await writeFile(join(two, 'index.js.map'), MAP);
    await Promise.all([registry.publish(one), registry.publish(two)]);
    const project = await writeTree({
      'package.json': JSON.stringify({
        name: 'recipe-app',
        version: '1.0.0',
        dependencies: { 'recipe-dep-one': '1.0.0', 'recipe-dep-two': '1.0.0' },
      }),
    });
    // The real npm writes the lockfile, from the local registry.
    const install = await runBash('npm install --package-lock-only --ignore-scripts', project, env());
    expect(install.code, install.stderr).toBe(0);
    const shards = await runBash(`${SHIMS}\n${recipe('shards')}`, project, env());
    expect(shards.code, shards.stderr).toBe(1);
    const merged = JSON.parse(await readFile(join(project, 'audit.json'), 'utf8')) as {
      reports: { target: { input: string }; ok: boolean }[];
    };
    const whole = await runBash(`${SHIMS}\nnpx leakproof audit . --format json`, project, env());
    expect(merged).toEqual(JSON.parse(whole.stdout));
    expect(merged.reports.map((report) => [report.target.input, report.ok])).toEqual([
      ['recipe-dep-one@1.0.0', true],
      ['recipe-dep-two@1.0.0', false],
    ]);
    await Promise.all([removeTree(one), removeTree(two), removeTree(project)]);
  });
});
