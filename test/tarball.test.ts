import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { DEFAULT_LIMITS, readTarball } from '../src/tarball/read-tarball.js';
import { describe, expect, it } from 'vitest';
import { buildTar, buildTarball } from '../fixtures/lib/tar-writer.js';
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
    ['absolute-path', { path: '/etc/passwd', data: 'evil' }],
    ['symlink', { path: 'package/link', type: 'symlink' as const, linkpath: '/etc/passwd' }],
    ['hardlink', { path: 'package/hard', type: 'hardlink' as const, linkpath: 'package/package.json' }],
    ['special-file', { path: 'package/dev', type: 'char' as const }],
    ['special-file', { path: 'package/pipe', type: 'fifo' as const }],
  ])('refuses a %s entry and keeps reading', async (reason, entry) => {
    const tgz = buildTarball([{ ...PACKAGE_JSON, path: `package/${PACKAGE_JSON.path}` }, entry, { path: 'package/after.js', data: 'ok' }], { raw: true });
    const { contents } = await readBuffer(tgz);
    expect(contents.unsafeEntries.map((unsafe) => unsafe.reason)).toEqual([reason]);
    expect(contents.files.map((file) => file.path)).toEqual(['after.js', 'package.json']);
    expect(contents.gaps).toEqual([]);
  });

  it('reports a path that appears twice, keeping the last copy as npm would', async () => {
    const { contents } = await readEntries([PACKAGE_JSON, { path: 'a.js', data: 'hidden' }, { path: 'a.js', data: 'shown' }]);
    expect(contents.unsafeEntries).toEqual([{ path: 'a.js', reason: 'duplicate-path' }]);
    expect(contents.byPath.get('a.js')!.data.toString()).toBe('shown');
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
    const source = new Readable({ read() { this.push(chunks.shift() ?? null); } });
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
