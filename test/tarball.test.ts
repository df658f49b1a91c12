import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildTar, buildTarball } from '../fixtures/lib/tar-writer.js';
import { prefetchTarball, prefetchTarballArguments, takePrefetched } from '../src/tarball/prefetch.js';
import { DEFAULT_LIMITS, readTarball, readTarballBytes, readTarballFile } from '../src/tarball/read-tarball.js';
import { PACKAGE_JSON, readBuffer, readEntries } from './helpers/tarball.js';

describe('readTarball', () => {
  it('streams regular files into memory with the package/ prefix stripped', async () => {
    const { contents, integrity } = await readEntries([PACKAGE_JSON, { path: 'dist/a.js', data: 'x'.repeat(10_000) }]);
    expect(contents.files.map((file) => [file.path, file.size])).toEqual([
      ['dist/a.js', 10_000],
      ['package.json', PACKAGE_JSON.data!.length],
    ]);
    expect(contents.gaps).toEqual([]);
    expect(integrity).toMatch(/^sha512-[A-Za-z0-9+/]+=*$/);
  });

  it('strips whatever the root folder is called, as npm does', async () => {
    const tgz = buildTarball([{ path: 'node/index.js', data: '1' }], { raw: true });
    const { contents } = await readBuffer(tgz);
    expect(contents.files.map((file) => file.path)).toEqual(['index.js']);
  });

  it('reads an uncompressed tar too', async () => {
    const { contents } = await readBuffer(buildTar([{ path: 'package/a.js', data: 'a' }]));
    expect(contents.files.map((file) => file.path)).toEqual(['a.js']);
  });

  it.each([
    ['path-traversal', { path: 'package/../../etc/cron.d/x', data: 'evil' }],
    ['path-traversal', { path: 'package/C:../x', data: 'evil' }],
    ['path-traversal', { path: 'package/a\\..\\..\\x', data: 'evil' }],
    ['symlink', { path: 'package/link', type: 'symlink' as const, linkpath: '/etc/passwd' }],
    ['hardlink', { path: 'package/hard', type: 'hardlink' as const, linkpath: 'package/package.json' }],
    ['special-file', { path: 'package/dev', type: 'char' as const }],
    ['special-file', { path: 'package/pipe', type: 'fifo' as const }],
  ])('refuses a %s entry and keeps reading', async (reason, entry) => {
    const tgz = buildTarball([{ ...PACKAGE_JSON, path: `package/${PACKAGE_JSON.path}` }, entry, { path: 'package/after.js', data: 'ok' }], {
      raw: true,
    });
    const { contents } = await readBuffer(tgz);
    expect(contents.unsafeEntries.map((unsafe) => unsafe.reason)).toEqual([reason]);
    expect(contents.files.map((file) => file.path)).toEqual(['after.js', 'package.json']);
    expect(contents.gaps).toEqual([]);
  });

  it.each([
    ['an ordinary `tar -C pkg .` archive', './.git/config', '.git/config', undefined],
    ['a drive prefix', 'package/C:.env', '.env', 'absolute-path'],
    ['a drive root', 'package/C:/x/.env', 'x/.env', 'absolute-path'],
    ['a UNC root', 'package/\\\\srv\\share\\.env', '.env', 'absolute-path'],
    ['an absolute path', '/etc/passwd', 'etc/passwd', 'absolute-path'],
    ['a doubled slash', 'package//.env', '.env', 'absolute-path'],
    ['dot segments', 'package/./a/./.env', 'a/.env', undefined],
  ])('inspects %s where npm installs it', async (_name, raw, installed, reason) => {
    const { contents } = await readBuffer(buildTarball([{ path: raw, data: 'secret' }], { raw: true }));
    expect(contents.files.map((file) => file.path)).toEqual([installed]);
    expect(contents.unsafeEntries.map((entry) => entry.reason)).toEqual(reason ? [reason] : []);
    expect(contents.gaps).toEqual([]);
  });

  it('renames .gitignore to .npmignore as pacote does, unless a .npmignore came first', async () => {
    const renamed = await readEntries([{ path: '.gitignore', data: 'a' }]);
    expect(renamed.contents.files.map((file) => file.path)).toEqual(['.npmignore']);
    const dropped = await readEntries([
      { path: '.npmignore', data: 'n' },
      { path: '.gitignore', data: 'g' },
    ]);
    expect(dropped.contents.byPath.get('.npmignore')!.data.toString()).toBe('n');
    expect(dropped.contents.unsafeEntries.map((entry) => entry.reason)).toEqual(['not-installed']);
  });

  it('reports what node-tar refuses to write: a file under a file, a file over a folder, the root, deep paths', async () => {
    const { contents } = await readBuffer(
      buildTarball(
        [
          { path: 'package/a', data: 'file' },
          { path: 'package/a/b.js', data: 'under a file' },
          { path: 'package/d/e.js', data: 'in a folder' },
          { path: 'package/d', data: 'over a folder' },
          { path: 'index.js', data: 'no folder' },
          { path: `package/${'x/'.repeat(1100)}deep.js`, data: 'deep', longName: 'pax' },
        ],
        { raw: true },
      ),
    );
    expect(contents.files.map((file) => file.path)).toEqual(['a', 'd/e.js']);
    expect(contents.unsafeEntries.map((entry) => [entry.path.slice(0, 8), entry.reason])).toEqual([
      ['a/b.js', 'not-installed'],
      ['d', 'not-installed'],
      ['index.js', 'not-installed'],
      ['x/x/x/x/', 'not-installed'],
    ]);
  });

  it('inspects names whose meaning depends on the platform, and reports them', async () => {
    const { contents } = await readEntries([
      { path: 'a\\.env', data: '1' },
      { path: 'README.md', data: '2' },
      { path: 'readme.md', data: '3' },
      { path: `${'n'.repeat(300)}.js`, data: '4', longName: 'gnu' },
      { path: 'aux.js', data: '5' },
    ]);
    expect(contents.files).toHaveLength(5);
    expect(contents.unsafeEntries.map((entry) => entry.reason)).toEqual(Array(4).fill('platform-dependent'));
  });

  it('models the folders npm creates before it fails on a name over 255 bytes', async () => {
    // node-tar makes `dir/sub/` on the way to the long name: a later file `dir` lands on a
    // non-empty folder and is skipped, while `x`, whose folder stayed empty, replaces it.
    const { contents } = await readBuffer(
      buildTarball(
        [
          { path: `package/dir/sub/${'L'.repeat(300)}`, data: 'long', longName: 'gnu' },
          { path: 'package/dir', data: 'after' },
          { path: `package/x/${'L'.repeat(300)}`, data: 'long', longName: 'gnu' },
          { path: 'package/x', data: 'after' },
        ],
        { raw: true },
      ),
    );
    expect(contents.files.map((file) => file.path.slice(0, 12))).toEqual(['dir/sub/LLLL', 'x', 'x/LLLLLLLLLL']);
    expect(contents.unsafeEntries.map((entry) => [entry.path.slice(0, 5), entry.reason])).toEqual([
      ['dir/s', 'platform-dependent'],
      ['dir', 'not-installed'],
      ['x/LLL', 'platform-dependent'],
    ]);
  });

  it('reports entry types npm skips (sparse files, unknown types) and reads PAX and GNU long names', async () => {
    const { contents } = await readBuffer(
      buildTarball(
        [
          { path: 'package/sparse', typeflag: 'S', data: 'x' },
          { path: 'package/odd', typeflag: 'Z', data: 'x' },
          { path: `package/${'p'.repeat(200)}/a.js`, longName: 'pax', data: 'pax' },
          { path: `package/${'g'.repeat(200)}/b.js`, longName: 'gnu', data: 'gnu' },
          { path: 'package/short', pax: { path: 'package/renamed.js' }, data: 'renamed' },
        ],
        { raw: true },
      ),
    );
    expect(contents.files.map((file) => file.path.slice(0, 3))).toEqual(['ggg', 'ppp', 'ren']);
    expect(contents.unsafeEntries.map((entry) => entry.reason)).toEqual(['special-file', 'special-file']);
  });

  it('reports a path that appears twice, keeping the last copy as npm would', async () => {
    const { contents } = await readEntries([PACKAGE_JSON, { path: 'a.js', data: 'hidden' }, { path: 'a.js', data: 'shown' }]);
    expect(contents.unsafeEntries).toEqual([{ path: 'a.js', reason: 'duplicate-path', detail: 'copies differ', identicalCopies: false }]);
    expect(contents.byPath.get('a.js')!.data.toString()).toBe('shown');
  });

  it('tells a path written twice with the same bytes (webpack-cli 5.1.4 ships ./lib/index.js and lib/index.js)', async () => {
    const { contents } = await readEntries([
      PACKAGE_JSON,
      { path: './lib/index.js', data: 'same' },
      { path: 'lib/index.js', data: 'same' },
    ]);
    expect(contents.unsafeEntries).toEqual([
      { path: 'lib/index.js', reason: 'duplicate-path', detail: 'identical copies', identicalCopies: true },
    ]);
  });

  it('stops at the entry limit and records a gap', async () => {
    const entries = Array.from({ length: 50 }, (_, index) => ({ path: `f${index}.js`, data: 'x' }));
    const { contents } = await readEntries(entries, { maxEntries: 10 });
    expect(contents.gaps.map((gap) => gap.code)).toEqual(['entry-limit']);
    expect(contents.files.length).toBeLessThanOrEqual(10);
  });

  it('stops a decompression bomb at the total size limit without reading it all', async () => {
    const bomb = buildTarball([{ path: 'zeros.bin', data: Buffer.alloc(64 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(200_000);
    const { contents } = await readBuffer(bomb, { maxTotalBytes: 1024 * 1024 });
    expect(contents.gaps.map((gap) => gap.code)).toEqual(['size-limit']);
  });

  it('ignores chunks a source still delivers after a limit stopped the read', async () => {
    const bomb = buildTarball([{ path: 'zeros.bin', data: Buffer.alloc(8 * 1024 * 1024) }]);
    const chunks = Array.from({ length: Math.ceil(bomb.length / 512) }, (_, i) => bomb.subarray(i * 512, (i + 1) * 512));
    // A source that does not stop when destroyed (a slow disk, a proxy stream): it must not crash us.
    const source = new Readable({
      read() {
        this.push(chunks.shift() ?? null);
      },
    });
    source.destroy = () => source;
    const { contents } = await readTarball(source, { ...DEFAULT_LIMITS, maxTotalBytes: 64 * 1024 });
    expect(contents.gaps.map((gap) => gap.code)).toEqual(['size-limit']);
    // Let the source deliver everything it still had; a late chunk must not throw.
    if (!source.readableEnded) await new Promise((resolve) => source.once('end', resolve).resume());
  });

  it('skips a file over the per-file limit and records a gap naming it', async () => {
    const { contents } = await readEntries([PACKAGE_JSON, { path: 'big.bin', data: Buffer.alloc(5000) }], { maxFileBytes: 1000 });
    expect(contents.gaps).toMatchObject([{ code: 'file-size-limit', path: 'big.bin' }]);
    expect(contents.files.map((file) => file.path)).toEqual(['package.json']);
  });

  it.each([
    ['random bytes', Buffer.from('this is not a tarball at all, just some text that goes on '.repeat(30))],
    ['an empty file', Buffer.alloc(0)],
    ['gzip of garbage', gzipSync(Buffer.from('garbage '.repeat(200)))],
    ['a truncated gzip stream', truncatedHalf(buildTarball([PACKAGE_JSON, { path: 'a.bin', data: randomBytes(100_000) }]))],
    ['a truncated tar body', gzipSync(buildTar([{ path: 'package/a.js', data: 'x'.repeat(5000) }]).subarray(0, 2048))],
    ['a lying size header', gzipSync(buildTar([{ path: 'package/a.js', data: 'short', size: 10_000_000 }]))],
  ])('records %s as corrupt instead of throwing or hanging', async (_name, buffer) => {
    const { contents } = await readBuffer(buffer);
    expect(contents.gaps.length).toBeGreaterThan(0);
    expect(contents.gaps[0]!.code).toBe('corrupt-tarball');
  });
});

function truncatedHalf(buffer: Buffer): Buffer {
  return buffer.subarray(0, Math.floor(buffer.length / 2));
}

describe('readTarballBytes', () => {
  const entries = [
    { ...PACKAGE_JSON, path: `package/${PACKAGE_JSON.path}` },
    { path: 'package/dist/a.js', data: randomBytes(300_000).toString('base64') },
    { path: 'package/dist/b.js', data: 'b' },
  ];
  const summary = ({ contents, integrity }: Awaited<ReturnType<typeof readTarball>>) => ({
    files: contents.files.map((file) => [file.path, file.data.toString('base64')]),
    gaps: contents.gaps,
    integrity,
  });

  it.each([
    ['gzipped', buildTarball(entries, { raw: true })],
    ['plain', buildTar(entries)],
  ])('reads a %s tarball held whole as the stream reader does', async (_kind, bytes) => {
    expect(summary(await readTarballBytes(bytes))).toEqual(summary(await readBuffer(bytes)));
  });

  it.each([0, 1, 0xffff_ffff])('reads as much as the stream reader whatever size the gzip trailer claims (%d)', async (claimed) => {
    const bytes = Buffer.from(buildTarball(entries, { raw: true }));
    bytes.writeUInt32LE(claimed, bytes.length - 4);
    const read = summary(await readTarballBytes(bytes));
    // zlib checks the trailer once the data is out: a false size is damage, and said so; the
    // entries before the damage are kept at least as a file streamed in 1 MB pieces kept them.
    expect(read.gaps.map((gap) => gap.code)).toEqual(['corrupt-tarball']);
    const streamed = summary(await readTarball(Readable.from([bytes.subarray(0, 1 << 20), bytes.subarray(1 << 20)])));
    expect(read.files).toEqual(expect.arrayContaining(streamed.files));
    expect(read.files.length).toBeGreaterThan(0);
  });

  it('stops a decompression bomb held whole at the total size limit', async () => {
    const bomb = buildTarball([{ path: 'zeros.bin', data: Buffer.alloc(64 * 1024 * 1024) }]);
    const { contents } = await readTarballBytes(bomb, { ...DEFAULT_LIMITS, maxTotalBytes: 1024 * 1024 });
    expect(contents.gaps.map((gap) => gap.code)).toEqual(['size-limit']);
  });
});

describe('prefetchTarball', () => {
  const entries = [
    { ...PACKAGE_JSON, path: `package/${PACKAGE_JSON.path}` },
    { path: 'package/dist/a.js', data: 'a'.repeat(100_000) },
  ];
  const summary = ({ contents, integrity }: Awaited<ReturnType<typeof readTarball>>) => ({
    files: contents.files.map((file) => [file.path, file.data.toString('base64')]),
    gaps: contents.gaps,
    integrity,
  });
  const tempFile = async (name: string, bytes: Buffer) => {
    const path = join(await mkdtemp(join(tmpdir(), 'leakproof-prefetch-')), name);
    await writeFile(path, bytes);
    return path;
  };

  it.each([
    ['intact', buildTarball(entries, { raw: true })],
    ['plain', buildTar(entries)],
    ['damaged', buildTarball(entries, { raw: true }).subarray(0, -10)],
  ])('hands an %s tarball read early to the reader, which reads it as it would have', async (_kind, bytes) => {
    const path = await tempFile('p.tgz', bytes);
    const usual = summary(await readTarballFile(path));
    prefetchTarball(path);
    expect(summary(await readTarballFile(path))).toEqual(usual);
    // Taken once: a second read is the usual one.
    expect(takePrefetched(path)).toBeUndefined();
  });

  it('leaves a file that cannot be read to the reader and its usual error', async () => {
    const path = join(tmpdir(), 'leakproof-no-such-dir', 'missing.tgz');
    prefetchTarball(path);
    await expect(readTarballFile(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('never opens what is not a regular file, so a FIFO named x.tgz cannot hang the run', async () => {
    const { execFileSync } = await import('node:child_process');
    const fifo = join(await mkdtemp(join(tmpdir(), 'leakproof-prefetch-')), 'fifo.tgz');
    execFileSync('mkfifo', [fifo]);
    prefetchTarball(fifo);
    expect(await takePrefetched(fifo)).toBeUndefined();
  });

  it('does not keep a decompressor chunk alive for a small file among bytes npm does not install', async () => {
    // The path-traversal entry is dropped, as npm drops it; its megabytes share a chunk with index.js.
    const bytes = buildTarball(
      [
        { path: 'package/index.js', data: 'x=1' },
        { path: 'package/../evil', data: Buffer.alloc(8 * 1024 * 1024) },
      ],
      { raw: true },
    );
    const { contents } = await readTarballBytes(bytes);
    const kept = contents.files.find((file) => file.path === 'index.js')!;
    expect(kept.data.buffer.byteLength).toBeLessThan(1024 * 1024);
  });

  it('does not keep stream chunks alive for small files between entries npm does not install', async () => {
    const entries = Array.from({ length: 200 }, (_, i) => [
      { path: `package/f${i}.js`, data: 'x=1;' },
      { path: `package/../e${i}`, data: Buffer.alloc(200_000) },
    ]).flat();
    const { contents } = await readBuffer(buildTarball(entries, { raw: true }));
    const held = [...new Set(contents.files.map((file) => file.data.buffer))].reduce((sum, buffer) => sum + buffer.byteLength, 0);
    expect(contents.files).toHaveLength(200);
    expect(held).toBeLessThan(256 * 1024);
  });

  it('prefetches the tarballs of check, extract and diff command lines only', async () => {
    const path = await tempFile('a.tgz', buildTarball(entries, { raw: true }));
    for (const args of [
      ['init', path],
      ['audit', path],
      ['check', '--format', 'json', 'a.tar.gz.txt'],
      ['check', path, '--max-size', '9'],
    ]) {
      prefetchTarballArguments(args, '/');
      expect(takePrefetched(path)).toBeUndefined();
    }
    for (const args of [[path], ['check', path], ['extract', path, '--out', 'x'], ['diff', 'old.tgz', path]]) {
      prefetchTarballArguments(args, '/');
      expect(await takePrefetched(path)).toMatchObject({ inflated: { tar: expect.any(Buffer) } });
    }
  });
});
