import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix, relative, win32 } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LeakproofError } from '../src/errors.js';
import { decodeContent, measureContent } from '../src/sourcemaps/lazy-content.js';
import { MAX_PATH_BYTES, MAX_SEGMENT_BYTES, toSafeRelativePath } from '../src/sourcemaps/safe-path.js';
import type { RecoveredSource, SourceClass } from '../src/sourcemaps/types.js';
import { INDEX_FILE_NAME, planExtraction, writeExtraction } from '../src/sourcemaps/write-extraction.js';

const HOSTILE = [
  '../../etc/passwd',
  '/etc/passwd',
  'C:\\Windows\\x.js',
  '\\\\server\\share\\x',
  '\\\\?\\C:\\x',
  '\\\\.\\COM1',
  'webpack:///./src/a.ts',
  'webpack://pkg/../../x',
  'webpack://../x',
  'https://example.com/a.js',
  'https://example.com/%2e%2e/%2e%2e/%2fetc%2fpasswd',
  'file:///home/me/a.ts',
  'file:///C:/x/../../../y',
  'a\0b.js',
  '\0',
  '\n../\r\x1b[31m.js',
  'con.js',
  'CON .txt',
  'LPT¹',
  'src/nul',
  '.git/config',
  '.GIT/hooks/post-checkout',
  '.g\u200cit/config',
  'HEAD',
  'sub/head',
  '.hg/hgrc',
  'a/b',
  'a',
  'A.ts',
  'a.ts',
  'trailing. ',
  '.. /x',
  '...',
  'x'.repeat(300),
  `${'é'.repeat(150)}.ts`,
  `${'a/'.repeat(600)}deep.js`,
  `${'y'.repeat(199)}/${'z'.repeat(199)}/${'w'.repeat(199)}/${'v'.repeat(199)}/end.js`,
  '',
  '.',
  '..',
  '/',
  '//',
  'a:b<c>d|e?f*g"h',
  'foo/bar/',
];

let nextId = 0;
function recovered(
  source: string,
  content = `content of ${JSON.stringify(source)}`,
  classification: SourceClass = 'first-party',
): RecoveredSource {
  return {
    map: 'dist/cli.js.map',
    source,
    resolved: source,
    index: String(nextId++),
    content,
    size: Buffer.byteLength(content),
    ignored: false,
    classification,
    reason: 'test',
  };
}

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'leakproof-extract-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Every entry under `dir`, relative, with whether it is a symlink. */
async function walk(dir: string): Promise<{ path: string; isFile: boolean; isLink: boolean }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => ({
    path: relative(dir, join(e.parentPath, e.name)),
    isFile: e.isFile(),
    isLink: e.isSymbolicLink(),
  }));
}

function expectSafe(path: string): void {
  expect(path).not.toBe('');
  expect(Buffer.byteLength(path)).toBeLessThanOrEqual(MAX_PATH_BYTES);
  expect(posix.isAbsolute(path) || win32.isAbsolute(path)).toBe(false);
  expect(posix.normalize(path)).toBe(path);
  expect(path).not.toMatch(/\\/);
  for (const segment of path.split('/')) {
    expect(segment).not.toMatch(/^\.{1,2}$/);
    expect(segment).not.toBe('');
    expect(segment).not.toMatch(/[\u0000-\u001f\u007f<>:"|?*]/);
    expect(segment).not.toMatch(/[. ]$/);
    expect(segment.split('.')[0]!.trimEnd()).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d|com[¹²³]|lpt[¹²³])$/i);
    expect(segment.replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g, '')).not.toMatch(
      /^(\.git|\.hg|\.svn|\.jj|head)$/i,
    );
    expect(Buffer.byteLength(segment)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
  }
  expect(win32.resolve('C:\\out', path).startsWith('C:\\out\\')).toBe(true);
  expect(posix.resolve('/out', path).startsWith('/out/')).toBe(true);
}

describe('toSafeRelativePath', () => {
  it('maps every documented example exactly', async () => {
    const doc = await readFile(new URL('../docs/extract.md', import.meta.url), 'utf8');
    const table = /<!-- safe-path-examples:start -->([\s\S]*)<!-- safe-path-examples:end -->/.exec(doc)![1]!;
    const rows = [...table.matchAll(/^\| (`(.*)`|\(empty string\)) \| `(.*)` \|$/gm)];
    expect(rows.length).toBeGreaterThan(20);
    for (const [, , input, output] of rows) expect([input ?? '', toSafeRelativePath(input ?? '')]).toEqual([input ?? '', output]);
  });

  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 60), s]))('neutralises %s', (_, source) => {
    expectSafe(toSafeRelativePath(source));
  });

  it('neutralises generated junk and is deterministic', () => {
    const alphabet = ['a', '.', '..', '/', '\\', ':', '\0', ' ', 'C:', '%2e', '//', 'con', 'é', '\u0301', '?', 'webpack://', 'file:///'];
    let seed = 7;
    for (let n = 0; n < 1000; n++) {
      let input = '';
      for (let k = 0; k < 12; k++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        input += alphabet[seed % alphabet.length];
      }
      const output = toSafeRelativePath(input);
      expectSafe(output);
      expect(toSafeRelativePath(input)).toBe(output);
    }
  });

  it('encodes control bytes instead of dropping them', () => {
    expect(toSafeRelativePath('a\0b.js')).toBe('a%00b.js');
    expect(toSafeRelativePath('a\nb')).toBe('a%0Ab');
  });

  it('keeps traversal information so different sources stay apart', () => {
    const outputs = ['x', '../x', '../../x', '/x', 'C:/x', 'D:/x', '\\\\x\\y', 'https://x/y'].map(toSafeRelativePath);
    expect(new Set(outputs).size).toBe(outputs.length);
  });

  it('cuts overlong names on a character boundary, keeping extension and distinctness', () => {
    const a = toSafeRelativePath(`${'x'.repeat(300)}a.ts`);
    const b = toSafeRelativePath(`${'x'.repeat(300)}b.ts`);
    expect(a).not.toBe(b);
    expect(a.endsWith('.ts')).toBe(true);
    expect(Buffer.byteLength(a)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
    const emoji = toSafeRelativePath('😀'.repeat(100));
    expect(emoji).not.toContain('\ufffd');
    expect(Buffer.from(emoji).toString()).toBe(emoji);
    expect(Buffer.byteLength(emoji)).toBeLessThanOrEqual(MAX_SEGMENT_BYTES);
  });

  it('shortens overlong paths but keeps the file name', () => {
    const output = toSafeRelativePath(`${'dir/'.repeat(400)}file.js`);
    expect(Buffer.byteLength(output)).toBeLessThanOrEqual(MAX_PATH_BYTES);
    expect(output).toMatch(/^dir\/.*\/_long~[0-9a-f]{10}\/file\.js$/);
  });
});

describe('planExtraction', () => {
  const paths = (sources: RecoveredSource[]) => planExtraction(sources, { firstPartyOnly: false }).files.map((f) => f.path);

  it('renames a file that collides with a folder, in either order', () => {
    expect(paths([recovered('a'), recovered('a/b')])).toEqual(['a~2', 'a/b']);
    expect(paths([recovered('a/b'), recovered('a')])).toEqual(['a/b', 'a~2']);
    expect(paths([recovered('lib/A.js'), recovered('lib/a.js/x.js')])).toEqual(['lib/A~2.js', 'lib/a.js/x.js']);
  });

  it('treats names that differ only in case or normalisation as colliding', () => {
    expect(paths([recovered('A.ts'), recovered('a.ts')])).toEqual(['A.ts', 'a~2.ts']);
    expect(paths([recovered('caf\u00e9.ts'), recovered('cafe\u0301.ts')])).toEqual(['caf\u00e9.ts', 'cafe\u0301~2.ts']);
    expect(paths([recovered('Src/a.ts'), recovered('src/b.ts')])).toEqual(['Src/a.ts', 'Src/b.ts']);
  });

  it('suffixes different content at one path and writes identical content once', () => {
    const plan = planExtraction(
      [
        recovered('src/a.ts', 'one'),
        recovered('webpack:///./src/a.ts', 'two'),
        recovered('./src/a.ts', 'one'),
        recovered('src/a.ts', 'two'),
        recovered('src/a.ts', 'three'),
      ],
      { firstPartyOnly: false },
    );
    expect(plan.files.map((f) => [f.path, f.write])).toEqual([
      ['src/a.ts', true],
      ['src/a~2.ts', true],
      ['src/a.ts', false],
      ['src/a~2.ts', false],
      ['src/a~3.ts', true],
    ]);
  });

  it('keeps the index name clear of every source', () => {
    const clash = planExtraction([recovered(INDEX_FILE_NAME), recovered('LEAKPROOF-EXTRACT.JSON')], { firstPartyOnly: false });
    expect(clash.indexPath).toBe(INDEX_FILE_NAME);
    expect(clash.files.map((f) => f.path)).toEqual(['leakproof-extract~2.json', 'LEAKPROOF-EXTRACT~3.JSON']);
    const folder = planExtraction([recovered(`${INDEX_FILE_NAME}/x`)], { firstPartyOnly: false });
    expect(folder.indexPath).toBe('leakproof-extract~2.json');
  });

  it('keeps only first-party sources when asked, and counts the rest', () => {
    const plan = planExtraction(
      [recovered('a.ts'), recovered('node_modules/x/i.js', 'x', 'third-party'), recovered('dist/i.js', 'y', 'shipped')],
      { firstPartyOnly: true },
    );
    expect(plan.files.map((f) => f.path)).toEqual(['a.ts']);
    expect(plan.skipped).toBe(2);
  });

  it('never plans two written files, or a file and a folder, under one name', () => {
    const plan = planExtraction(
      HOSTILE.flatMap((s) => [recovered(s), recovered(s.toUpperCase()), recovered(s)]),
      { firstPartyOnly: false },
    );
    const key = (p: string) => p.normalize('NFC').toLowerCase();
    const files = plan.files.filter((f) => f.write).map((f) => key(f.path));
    const folders = new Set(
      plan.files.flatMap((f) =>
        f.path
          .split('/')
          .slice(0, -1)
          .map((_, i, a) => key(a.slice(0, i + 1).join('/'))),
      ),
    );
    expect(new Set(files).size).toBe(files.length);
    expect(files.filter((f) => folders.has(f))).toEqual([]);
    expect(files).not.toContain(key(plan.indexPath));
    expect(plan.files).toHaveLength(HOSTILE.length * 3);
  });
});

describe('writeExtraction', () => {
  it('writes a lazily read source as its decoded text and indexes the bytes written, damaged elements too', async () => {
    const out = await tempDir();
    // Raw literals as a map holds them: valid escapes, a surrogate pair, a bad escape, a byte that is not UTF-8.
    const literals = [
      Buffer.from('"line\\n\\"quoted\\" \\u00e9 \\ud83d\\ude00 \\/"'),
      Buffer.from('"a\\x41b"'),
      Buffer.concat([Buffer.from('"a'), Buffer.from([0xff]), Buffer.from('b"')]),
    ];
    const data = Buffer.concat(literals);
    let start = 0;
    const sources = literals.map((literal, i): RecoveredSource => {
      const raw = { data, start, end: start + literal.length };
      start += literal.length;
      const text = decodeContent(raw);
      return { ...recovered(`src/f${i}.ts`, text), size: measureContent(raw).bytes, raw };
    });
    const result = await writeExtraction(planExtraction(sources, { firstPartyOnly: false }), out);
    const index = JSON.parse(await readFile(result.indexPath, 'utf8'));
    for (const [i, source] of sources.entries()) {
      const written = await readFile(join(out, 'src', `f${i}.ts`));
      expect(written.equals(Buffer.from(source.content))).toBe(true);
      expect(index.files[i].bytes).toBe(written.length);
    }
  });

  it('writes once two lazily read sources at one path whose literals differ but whose text is the same', async () => {
    const out = await tempDir();
    const data = Buffer.concat([Buffer.from('"a'), Buffer.from([0xff]), Buffer.from('b""a\\ufffdb"')]);
    const refs = [
      { data, start: 0, end: 5 },
      { data, start: 5, end: data.length },
    ];
    const sources = refs.map(
      (raw): RecoveredSource => ({ ...recovered('src/same.ts', decodeContent(raw)), size: measureContent(raw).bytes, raw }),
    );
    expect(sources[0]!.content).toBe(sources[1]!.content);
    const plan = planExtraction(sources, { firstPartyOnly: false });
    expect(plan.files.map((f) => [f.path, f.write])).toEqual([
      ['src/same.ts', true],
      ['src/same.ts', false],
    ]);
    await writeExtraction(plan, out);
  });

  it('writes every hostile source inside the folder and indexes all of them', async () => {
    const out = join(await tempDir(), 'nested', 'out');
    const sources = [...HOSTILE.map((s) => recovered(s)), recovered('a.ts', 'content of "a.ts"'), recovered('a.ts', 'other')];
    const plan = planExtraction(sources, { firstPartyOnly: false });
    const result = await writeExtraction(plan, out);

    const planned = plan.files.filter((f) => f.write);
    expect(result.written).toBe(planned.length);
    expect(result.bytes).toBe(planned.reduce((n, f) => n + f.bytes, 0));
    expect(result.indexPath).toBe(join(out, INDEX_FILE_NAME));

    const realOut = await realpath(out);
    const entries = await walk(out);
    expect(entries.filter((e) => e.isLink)).toEqual([]);
    const files = entries.filter((e) => e.isFile);
    expect(files).toHaveLength(planned.length + 1);
    for (const file of files) expect((await realpath(join(out, file.path))).startsWith(`${realOut}/`)).toBe(true);

    // Every source, deduplicated or not, can be read back from the path the index gives it.
    for (const f of plan.files) expect(await readFile(join(out, f.path), 'utf8')).toBe(f.source.content);

    const index = JSON.parse(await readFile(result.indexPath, 'utf8'));
    expect(index.schemaVersion).toBe(1);
    expect(index.files).toHaveLength(sources.length);
    expect(index.files.map((f: { source: string }) => f.source)).toEqual(sources.map((s) => s.source));
    expect(index.files[0]).toEqual({
      path: '_up/_up/etc/passwd',
      map: 'dist/cli.js.map',
      source: '../../etc/passwd',
      index: sources[0]!.index,
      classification: 'first-party',
      bytes: sources[0]!.content.length,
    });
  });

  it('accepts an existing empty folder', async () => {
    const out = await tempDir();
    const result = await writeExtraction(planExtraction([recovered('src/a.ts')], { firstPartyOnly: false }), out);
    expect(result.written).toBe(1);
  });

  it('refuses a non-empty folder, such as one holding a planted symlink, and touches nothing', async () => {
    const base = await tempDir();
    const out = join(base, 'out');
    const victim = join(base, 'victim');
    await mkdir(out);
    await mkdir(victim);
    await symlink(victim, join(out, 'src'));
    const plan = planExtraction([recovered('src/a.ts')], { firstPartyOnly: false });
    const error = await writeExtraction(plan, out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LeakproofError);
    expect((error as LeakproofError).code).toBe('usage');
    expect((error as LeakproofError).message).not.toContain('\n');
    expect(await readdir(victim)).toEqual([]);
    expect((await lstat(join(out, 'src'))).isSymbolicLink()).toBe(true);
  });

  it('refuses an output path that is a file', async () => {
    const file = join(await tempDir(), 'file');
    await writeFile(file, 'keep');
    const error = await writeExtraction(planExtraction([recovered('a')], { firstPartyOnly: false }), file).catch((e: unknown) => e);
    expect((error as LeakproofError).code).toBe('usage');
    expect(await readFile(file, 'utf8')).toBe('keep');
  });

  it('never overwrites, even when handed a plan with a duplicate path', async () => {
    const out = await tempDir();
    const first = { path: 'x.js', source: recovered('x.js', 'first'), bytes: 5, write: true };
    const second = { path: 'x.js', source: recovered('x.js', 'second'), bytes: 6, write: true };
    const error = await writeExtraction({ files: [first, second], indexPath: INDEX_FILE_NAME, skipped: 0 }, out).catch((e: unknown) => e);
    expect((error as LeakproofError).code).toBe('usage');
    expect(await readdir(out)).toEqual([]);
  });

  it('refuses a hand-made plan that points outside the folder', async () => {
    const base = await tempDir();
    const out = join(base, 'out');
    const climbing = { path: '../escaped.js', source: recovered('x'), bytes: 1, write: true };
    const error = await writeExtraction({ files: [climbing], indexPath: INDEX_FILE_NAME, skipped: 0 }, out).catch((e: unknown) => e);
    expect((error as LeakproofError).code).toBe('usage');
    expect(await readdir(base)).toEqual(['out']);
  });
});

describe('version-control metadata', () => {
  it('never writes a tree that git takes for a repository, bare or not, at any level', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = join(await tempDir(), 'out');
    const head = 'ref: refs/heads/main\n';
    const config = '[core]\n\trepositoryformatversion = 0\n\tbare = true\n\tfsmonitor = touch PWNED\n';
    const bare = (prefix: string) => [
      recovered(`${prefix}HEAD`, head),
      recovered(`${prefix}config`, config),
      recovered(`${prefix}objects/info/packs`, '\n'),
      recovered(`${prefix}refs/heads/main`, '0'.repeat(40)),
    ];
    const sources = [
      ...bare(''),
      ...bare('nested/'),
      ...bare('.git/'),
      ...bare('.GIT/'),
      ...bare('.g\u200cit/'),
      recovered('gitfile/.git', 'gitdir: /tmp\n'),
    ];
    await writeExtraction(planExtraction(sources, { firstPartyOnly: false }), out);
    const env = { ...process.env, GIT_CEILING_DIRECTORIES: join(out, '..'), GIT_DIR: undefined, GIT_WORK_TREE: undefined };
    for (const folder of ['', 'nested', '_.git', '_.g\u200cit', 'gitfile']) {
      const cwd = join(out, folder);
      expect(() => execFileSync('git', ['rev-parse', '--git-dir'], { cwd, env, stdio: 'pipe' }), folder).toThrow(/not a git repository/);
    }
  });
});

describe('deep trees', () => {
  it('plans and writes sources nested hundreds of folders deep, each folder once', async () => {
    const deep = 'a/'.repeat(60);
    const sources = Array.from({ length: 300 }, (_, i) => recovered(`${deep}f${i}.ts`));
    sources.push(recovered(`${deep.toUpperCase()}f0.ts`, 'other content'));
    const plan = planExtraction(sources, { firstPartyOnly: false });
    expect(new Set(plan.files.map((file) => file.path)).size).toBe(301);
    expect(plan.files.at(-1)!.path).toBe(`${deep}f0~2.ts`);
    const out = await tempDir();
    const result = await writeExtraction(plan, join(out, 'x'));
    expect(result.written).toBe(301);
    expect(await readFile(join(out, 'x', ...`${deep}f0~2.ts`.split('/')), 'utf8')).toBe('other content');
  });
});
