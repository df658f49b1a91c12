import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, fakeCredentials } from '../fixtures/build-fixtures.js';
import { buildTarball } from '../fixtures/lib/tar-writer.js';
import type { Report } from '../src/types.js';
import { runCli } from './helpers/cli.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

const CLEAN = {
  'package.json': JSON.stringify({ name: 'clean-pkg', version: '1.0.0', main: 'index.js', files: ['index.js'] }),
  'index.js': 'module.exports = 1;\n',
  'README.md': '# clean\n',
};

let root: string;
beforeAll(async () => {
  root = await writeTree({
    'clean/package.json': CLEAN['package.json'],
    'clean/index.js': CLEAN['index.js'],
    'clean/README.md': CLEAN['README.md'],
  });
});
afterAll(() => removeTree(root));

describe('leakproof check', () => {
  it('passes a clean package with exit 0 and a one-line verdict', async () => {
    const result = await runCli(['check', 'clean'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('clean-pkg@1.0.0');
    expect(result.stdout).toMatch(/✔ 0 errors, 0 warnings in 3 files/);
    expect(result.stdout).toContain('leakproof init');
    expect(result.stderr).toBe('');
  });

  it('fails the demo (the 2026 incident in miniature) with exit 1', async () => {
    const demo = buildDemo(join(root, 'demo'));
    const result = await runCli(['check', demo, '--format', 'json'], { cwd: root });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    const rules = report.findings.map((finding) => `${finding.rule}:${finding.path}`);
    expect(rules).toContain('file/sensitive:.env');
    expect(rules).toContain('sourcemap/embedded-sources:cli.js.map');
    expect(report.schemaVersion).toBe(1);
    expect(report.target).toMatchObject({ kind: 'directory', name: 'incident-cli', version: '2.1.88', integrity: null });
    expect(report.files.map((file) => file.path)).toEqual(['.env', 'README.md', 'cli.js', 'cli.js.map', 'package.json']);
    expect(report.ok).toBe(false);
  });

  it('reads a .tgz and reports paths without the package/ prefix', async () => {
    const tgz = join(root, 'pkg.tgz');
    await writeFile(
      tgz,
      buildTarball([
        { path: 'package.json', data: CLEAN['package.json'] },
        { path: 'index.js', data: '1' },
        { path: 'npm-debug.log', data: 'x' },
      ]),
    );
    const json = await runCli(['check', 'pkg.tgz', '--format', 'json'], { cwd: root });
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as Report;
    expect(report.target.kind).toBe('tarball');
    expect(report.target.integrity).toMatch(/^sha512-/);
    expect(report.findings.map((finding) => [finding.rule, finding.path, finding.severity])).toEqual([
      ['file/sensitive', 'npm-debug.log', 'warning'],
    ]);
    const strict = await runCli(['check', 'pkg.tgz', '--fail-on', 'warning'], { cwd: root });
    expect(strict.code).toBe(1);
  });

  it('exits 3 on a corrupt tarball, a missing path and a tarball past the limits', async () => {
    await writeFile(join(root, 'corrupt.tgz'), Buffer.from('not a tarball'.repeat(100)));
    const corrupt = await runCli(['check', 'corrupt.tgz'], { cwd: root });
    expect(corrupt.code).toBe(3);
    expect(corrupt.stdout).toContain('not a readable npm tarball');
    expect(corrupt.stdout).toContain('incomplete');
    const rxjsLike = buildTarball([
      { path: 'package.json', data: CLEAN['package.json'] },
      { path: 'a.js', data: `x;\n//# ${'source'}MappingURL=a.js.map\n` },
      { path: 'a.js.map', data: randomBytes(50_000) },
    ]);
    await writeFile(join(root, 'truncated.tgz'), rxjsLike.subarray(0, Math.floor(rxjsLike.length * 0.6)));
    const truncated = await runCli(['check', 'truncated.tgz', '--format', 'json'], { cwd: root });
    expect(truncated.code).toBe(3);
    // The map sits in the part that was not read: an incomplete read claims nothing is missing.
    expect((JSON.parse(truncated.stdout) as Report).findings.map((finding) => finding.rule)).not.toContain('sourcemap/dangling-reference');
    const missing = await runCli(['check', './nope.tgz'], { cwd: root });
    expect([missing.code, missing.stderr]).toEqual([3, 'leakproof: ./nope.tgz: no such file or folder; check the path\n']);
    const many = Array.from({ length: 20 }, (_, index) => ({ path: `f${index}.js`, data: '1' }));
    await writeFile(join(root, 'many.tgz'), buildTarball(many));
    const limited = await runCli(['check', 'many.tgz', '--max-entries', '5', '--format', 'json'], { cwd: root });
    expect(limited.code).toBe(3);
    expect(JSON.parse(limited.stdout)).toMatchObject({ complete: false, ok: false, gaps: [{ code: 'entry-limit' }] });
  });

  it('reports hostile entries as findings without following them', async () => {
    await writeFile(
      join(root, 'hostile.tgz'),
      buildTarball(
        [
          { path: 'package/package.json', data: CLEAN['package.json'] },
          { path: 'package/../../escape.js', data: 'x' },
          { path: 'package/l', type: 'symlink', linkpath: '/etc/passwd' },
        ],
        { raw: true },
      ),
    );
    const result = await runCli(['check', 'hostile.tgz', '--format', 'json'], { cwd: root });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(
      report.findings
        .filter((finding) => finding.rule === 'tarball/unsafe-entry')
        .map((finding) => finding.kind)
        .sort(),
    ).toEqual(['path-traversal', 'symlink']);
  });

  it('exits 2 with one line on usage mistakes', async () => {
    const flag = await runCli(['check', '--frobnicate'], { cwd: root });
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^leakproof: Unknown argument: frobnicate\nRun `leakproof --help` for usage.\n$/);
    const format = await runCli(['check', '--format', 'yaml'], { cwd: root });
    expect(format.code).toBe(2);
    const notTarget = await runCli(['check', 'clean/README.md'], { cwd: root });
    expect([notTarget.code, notTarget.stderr]).toEqual([
      2,
      'leakproof: clean/README.md is a file but not a .tgz; give a package folder, a .tgz or a registry spec like name@1.2.3\n',
    ]);
  });

  it('exits 2 naming the exact key of a bad manifest', async () => {
    const dir = await writeTree({ ...CLEAN, 'leakproof.json': JSON.stringify({ files: ['index.js'], sourceMap: {} }) });
    const result = await runCli(['check', dir], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/sourceMap/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    await removeTree(dir);
  });

  it('writes the chosen format to --output while the terminal gets the human summary', async () => {
    const result = await runCli(['check', 'clean', '--format', 'json', '--output', 'out.json'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✔');
    expect(JSON.parse(await readFile(join(root, 'out.json'), 'utf8'))).toMatchObject({ schemaVersion: 1, ok: true });
  });

  it('colours per NO_COLOR and FORCE_COLOR', async () => {
    const plain = await runCli(['check', 'clean'], { cwd: root });
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await runCli(['check', 'clean'], { cwd: root, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[');
  });

  it('prints help and version with exit 0', async () => {
    const help = await runCli(['--help'], { cwd: root });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('leakproof init');
    const version = await runCli(['--version'], { cwd: root });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('leakproof init and check --update', () => {
  it('snapshots what ships, fails on a new file, and --update accepts it', async () => {
    const dir = await writeTree({ ...CLEAN, 'package.json': JSON.stringify({ name: 'grow', version: '1.0.0' }) });
    const init = await runCli(['init', dir], { cwd: root });
    expect(init.code).toBe(0);
    const manifest = JSON.parse(await readFile(join(dir, 'leakproof.json'), 'utf8')) as { $schema: string; files: string[] };
    expect(manifest.$schema).toContain('leakproof.schema.json');
    expect(await runCli(['check', dir], { cwd: root })).toMatchObject({ code: 0 });
    const again = await runCli(['init', dir], { cwd: root });
    expect(again.code).toBe(2);

    await writeFile(join(dir, 'extra.js'), 'x');
    const grown = await runCli(['check', dir, '--format', 'json'], { cwd: root });
    expect(grown.code).toBe(1);
    expect((JSON.parse(grown.stdout) as Report).findings.map((finding) => `${finding.rule}:${finding.path}`)).toContain(
      'file/unlisted:extra.js',
    );

    const update = await runCli(['check', dir, '--update'], { cwd: root });
    expect(update.code).toBe(0);
    expect(update.stderr).toContain('+ extra.js');
    expect(await runCli(['check', dir], { cwd: root })).toMatchObject({ code: 0 });
    await removeTree(dir);
  });
});

describe('leakproof extract', () => {
  it('writes the recovered sources of the demo and an index', async () => {
    const demo = buildDemo(join(root, 'demo-extract'));
    const out = join(root, 'recovered');
    const result = await runCli(['extract', demo, '--out', out], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('wrote 4 files');
    expect(result.stdout).toContain('(3 first-party)');
    const index = JSON.parse(await readFile(join(out, 'leakproof-extract.json'), 'utf8')) as { files: { path: string; source: string }[] };
    expect(index.files.map((file) => file.source).sort()).toEqual([
      '../node_modules/tiny-args/index.js',
      '../src/config.ts',
      '../src/index.ts',
      '../src/session.ts',
    ]);
    const again = await runCli(['extract', demo, '--out', out], { cwd: root });
    expect(again.code).toBe(2);
  });
});

describe('directory targets obey the same limits as tarballs', () => {
  it('exits 3 naming a file over --max-file-size, without reading it', async () => {
    const dir = await writeTree({ ...CLEAN, 'index.js': 'x'.repeat(5000) });
    const result = await runCli(['check', dir, '--max-file-size', '1000', '--format', 'json'], { cwd: root });
    expect(result.code).toBe(3);
    expect(JSON.parse(result.stdout)).toMatchObject({ complete: false, gaps: [{ code: 'file-size-limit', path: 'index.js' }] });
    await removeTree(dir);
  });
});

describe('ignore entries', () => {
  it('suppress a finding only with a reason, and stale ones are named on stderr', async () => {
    const manifest = {
      ignore: [
        { rule: 'file/sensitive', path: '.env', reason: 'fake values for the demo' },
        { rule: 'file/sensitive', path: 'gone.log', reason: 'was here once' },
      ],
    };
    const dir = await writeTree({ ...CLEAN, '.env': 'A=1\n', 'leakproof.json': JSON.stringify(manifest) });
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'ign', version: '1.0.0' }));
    const result = await runCli(['check', dir, '--format', 'json'], { cwd: root });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.findings).toMatchObject([{ rule: 'file/sensitive', path: '.env', suppressed: { reason: 'fake values for the demo' } }]);
    expect(report.summary).toMatchObject({ errors: 0, suppressed: 1 });
    expect(result.stderr).toContain('ignore entry for file/sensitive at "gone.log" matched nothing');
    await writeFile(join(dir, 'leakproof.json'), JSON.stringify({ ignore: [{ rule: 'file/sensitive', path: '.env' }] }));
    expect((await runCli(['check', dir], { cwd: root })).code).toBe(2);
    await removeTree(dir);
  });
});

describe('SARIF from the CLI', () => {
  it('leaves out findings accepted with a reason, which GitHub would otherwise open as alerts', async () => {
    const dir = await writeTree({
      ...CLEAN,
      '.env': 'A=1\n',
      'tsconfig.tsbuildinfo': '{}',
      'leakproof.json': JSON.stringify({ ignore: [{ rule: 'file/sensitive', path: '.env', reason: 'demo values' }] }),
    });
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'sarif-ign', version: '1.0.0' }));
    const result = await runCli(['check', dir, '--format', 'sarif'], { cwd: root });
    const results = (
      JSON.parse(result.stdout) as {
        runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
      }
    ).runs[0]!.results;
    expect(results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['tsconfig.tsbuildinfo']);
    await removeTree(dir);
  });
});

describe('writing the allowlist needs a complete read', () => {
  it('refuses init and --update past a limit, writing nothing, and rejects a non-numeric limit', async () => {
    const dir = await writeTree({
      ...CLEAN,
      'package.json': JSON.stringify({ name: 'partial', version: '1.0.0' }),
      'big.js': 'x'.repeat(5000),
    });
    const init = await runCli(['init', dir, '--max-file-size', '1000'], { cwd: root });
    expect(init.code).toBe(3);
    expect(init.stderr).toMatch(/cannot write leakproof.json from a partial read .*nothing was written/);
    expect(await readFile(join(dir, 'leakproof.json'), 'utf8').catch(() => 'absent')).toBe('absent');
    expect((await runCli(['init', dir], { cwd: root })).code).toBe(0);
    const before = await readFile(join(dir, 'leakproof.json'), 'utf8');
    const update = await runCli(['check', dir, '--update', '--max-file-size', '1000'], { cwd: root });
    expect(update.code).toBe(3);
    expect(await readFile(join(dir, 'leakproof.json'), 'utf8')).toBe(before);
    const nan = await runCli(['check', dir, '--max-entries', 'abc'], { cwd: root });
    expect([nan.code, nan.stderr]).toEqual([2, 'leakproof: --max-entries takes a whole number of entries, got NaN\n']);
    await removeTree(dir);
  });
});

describe('hostile text in reports', () => {
  /** Lines GitHub would run as workflow commands: those outside our stop-commands block. */
  function liveCommands(stdout: string): string[] {
    const lines = stdout.split('\n').map((line) => line.trimStart());
    const live: string[] = [];
    let resume: string | undefined;
    for (const line of lines) {
      if (resume) {
        if (line === resume) resume = undefined;
        continue;
      }
      const stop = /^::stop-commands::([0-9a-f-]{36})$/.exec(line);
      if (stop) resume = `::${stop[1]}::`;
      else if (line.startsWith('::')) live.push(line);
    }
    return live;
  }

  it('cannot run workflow commands or terminal escapes through paths and names', async () => {
    const evil = 'src/a.ts\n::stop-commands::abc\n\u001b[2K\r✔ 0 errors, passes';
    const map = JSON.stringify({ version: 3, sources: [evil], sourcesContent: ['export const a = 1;\n'], mappings: 'AAAA' });
    await writeFile(
      join(root, 'inject.tgz'),
      buildTarball([
        { path: 'package.json', data: JSON.stringify({ name: '::stop-commands::tok', version: '1.0.0' }) },
        { path: 'a.js.map', data: map },
        { path: '::error file=README.md,line=1::Fake finding/.env', data: 'A=1' },
      ]),
    );
    const result = await runCli(['check', 'inject.tgz'], { cwd: root, env: { GITHUB_ACTIONS: 'true' } });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    expect(result.stdout).toContain('\\x0a::stop-commands::abc\\x0a\\x1b[2K\\x0d');
    // Only our own annotations are live, and each points at a real finding.
    const live = liveCommands(result.stdout);
    expect(live.length).toBeGreaterThan(0);
    expect(live.every((line) => /^::(error|warning|notice) /.test(line))).toBe(true);
    expect(live.some((line) => line.includes('Fake finding') && !line.includes('%3A'))).toBe(false);
    const diff = await runCli(['diff', 'inject.tgz', 'inject.tgz'], { cwd: root, env: { GITHUB_ACTIONS: 'true' } });
    expect(liveCommands(diff.stdout)).toEqual([]);
  });
});

describe('package.json with a byte order mark, and manifests that do not apply', () => {
  it('reads the name through a BOM, so the manifest and baseline still apply', async () => {
    const bom = `\ufeff${JSON.stringify({ name: 'bom-pkg', version: '1.0.0' })}`;
    const dir = await writeTree({ 'package.json': bom, 'index.js': '1', 'leakproof.json': JSON.stringify({ files: ['package.json'] }) });
    const folder = await runCli(['check', dir, '--format', 'json'], { cwd: root });
    const report = JSON.parse(folder.stdout) as Report;
    expect(report.target.name).toBe('bom-pkg');
    expect(report.findings.map((finding) => `${finding.rule}:${finding.path}`)).toContain('file/unlisted:index.js');
    await writeFile(
      join(dir, 'bom.tgz'),
      buildTarball([
        { path: 'package.json', data: bom },
        { path: 'index.js', data: '1' },
      ]),
    );
    const tarball = await runCli(['check', 'bom.tgz', '--format', 'json'], { cwd: dir });
    expect((JSON.parse(tarball.stdout) as Report).manifest.path).toBe(join(dir, 'leakproof.json'));
    await removeTree(dir);
  });

  it('says why a leakproof.json in the current folder was not applied to another package', async () => {
    const dir = await writeTree({ 'package.json': JSON.stringify({ name: 'mine', version: '1.0.0' }), 'leakproof.json': '{}' });
    await writeFile(
      join(dir, 'theirs.tgz'),
      buildTarball([{ path: 'package.json', data: JSON.stringify({ name: 'theirs', version: '2.0.0' }) }]),
    );
    const result = await runCli(['check', 'theirs.tgz'], { cwd: dir });
    expect(result.stderr).toContain("was not applied: it belongs to this folder's package, not to theirs; pass --manifest to apply it");
    await removeTree(dir);
  });

  it('does not call an ignore entry stale when its rule did not run', async () => {
    const manifest = {
      ignore: [
        { rule: 'secret', path: 'a.js', reason: 'test key' },
        { rule: 'baseline/new-file', path: 'b.js', reason: 'planned' },
      ],
    };
    const dir = await writeTree({ ...CLEAN, 'leakproof.json': JSON.stringify(manifest) });
    const result = await runCli(['check', dir, '--no-secrets'], { cwd: root });
    expect(result.stderr).toBe('');
    await removeTree(dir);
  });
});

describe('targets on disk', () => {
  it('does not fetch a registry package when a path of that name exists but cannot be read', async () => {
    const dir = await writeTree({ 'is-number': { symlink: '/nonexistent/is-number' } });
    const result = await runCli(['check', 'is-number'], {
      cwd: dir,
      env: { npm_config_registry: 'http://127.0.0.1:9/', npm_config_fetch_retries: '0' },
    });
    expect([result.code, result.stderr]).toEqual([3, 'leakproof: is-number: cannot read it (ENOENT); check the path\n']);
    await removeTree(dir);
  });
});

describe('check --update keeps the run options', () => {
  it('does not scan for credentials after rewriting the manifest when --no-secrets is given', async () => {
    const key = fakeCredentials().github;
    const dir = await writeTree({ 'package.json': JSON.stringify({ name: 'upd', version: '1.0.0' }), 'a.js': `const t = '${key}';\n` });
    expect((await runCli(['init', dir], { cwd: root })).code).toBe(0);
    await writeFile(join(dir, 'b.js'), '1');
    const scanned = await runCli(['check', dir, '--format', 'json'], { cwd: root });
    expect((JSON.parse(scanned.stdout) as Report).findings.map((finding) => finding.rule)).toContain('secret');
    const result = await runCli(['check', dir, '--update', '--no-secrets', '--format', 'json'], { cwd: root });
    expect((JSON.parse(result.stdout) as Report).findings.map((finding) => finding.rule)).not.toContain('secret');
    expect(result.code).toBe(0);
    await removeTree(dir);
  });
});
