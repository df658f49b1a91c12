/**
 * fast-check arbitraries for hostile tarballs: entry paths built from the pieces that make
 * extractors disagree (`./`, `/`, drive prefixes, UNC roots, `..`, backslashes, names over 255
 * bytes, case and Unicode twins, `.gitignore`/`.npmignore`), every tar type flag, duplicates,
 * PAX and GNU long names, gzip or plain tar, and raw byte damage.
 */
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { buildTar, type TarEntry } from '../../fixtures/lib/tar-writer.js';

const SEGMENTS = [
  'package',
  'package',
  'package',
  'node',
  '.',
  '..',
  '',
  'a',
  'b',
  'A',
  'dist',
  '.git',
  'HEAD',
  'config',
  '.gitignore',
  '.npmignore',
  '.env',
  'C:',
  'c:..',
  'C:.env',
  'x\\y',
  '\\',
  '..\\x',
  'CON',
  'a.',
  'a ',
  'é',
  'e\u0301',
  '?',
  ':',
  'L'.repeat(256),
  'm'.repeat(120),
  'index.js',
  'a.js.map',
];
const PREFIXES = ['', '', '', '', '/', './', '//', 'C:', 'C:/', 'c:\\', '\\\\srv\\share\\', '//?/C:/', '\\'];
const TYPE_FLAGS = ['0', '0', '0', '0', '0', '0', '', '7', '5', '1', '2', '3', '6', 'D', 'S', 'Z', 'L', 'x'];

/** A raw entry path: a prefix, one to four segments, sometimes a trailing slash. */
export const rawPath: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.array(fc.constantFrom(...SEGMENTS), { minLength: 1, maxLength: 4 }), fc.boolean(), fc.nat(20))
  .map(([prefix, segments, trailing, n]) => `${prefix}${segments.join('/')}${trailing && n === 0 ? '/' : ''}`);

const data: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constant(Buffer.alloc(0)),
  fc.string({ maxLength: 24 }).map((text) => Buffer.from(text)),
  fc.uint8Array({ maxLength: 700 }).map((bytes) => Buffer.from(bytes)),
);

/** `arbitrary` one time in `oneIn`, else null. */
function rarely<T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: oneIn - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary });
}

/** One entry, its path drawn from `paths` so that duplicates are frequent. */
function entry(paths: readonly string[]): fc.Arbitrary<TarEntry> {
  return fc
    .record({
      path: fc.constantFrom(...paths),
      typeflag: fc.constantFrom(...TYPE_FLAGS),
      data,
      longName: fc.constantFrom<TarEntry['longName']>(undefined, undefined, 'gnu', 'pax'),
      paxPath: rarely(fc.constantFrom(...paths), 6),
    })
    .map(({ path, typeflag, data: bytes, longName, paxPath }): TarEntry => {
      const link = typeflag === '1' || typeflag === '2';
      return {
        path,
        typeflag,
        data: typeflag === 'L' ? Buffer.from(`${paxPath ?? path}\0`) : bytes,
        ...(link ? { linkpath: 'package/a' } : {}),
        // A path too long for ustar needs one of the two long-name forms.
        longName: longName ?? 'gnu',
        ...(paxPath !== null && typeflag !== 'L' ? { pax: { path: paxPath } } : {}),
      };
    });
}

/** How the archive bytes are wrapped and damaged. */
const packaging = fc.record({
  gzip: fc.constantFrom<number | null>(6, 6, 6, 1, 9, 0, null),
  flip: rarely(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), 12),
  cut: rarely(fc.nat(), 30),
});

/** A whole hostile tarball: its entries and the bytes written. */
export const hostileTarball: fc.Arbitrary<{ entries: TarEntry[]; bytes: Buffer }> = fc
  .array(rawPath, { minLength: 1, maxLength: 5 })
  .chain((paths) => fc.tuple(fc.array(entry(paths), { minLength: 1, maxLength: 8 }), packaging))
  .map(([entries, { gzip, flip, cut }]) => {
    let tar: Buffer;
    try {
      tar = buildTar(entries);
    } catch {
      tar = buildTar([{ path: 'package/fallback.js', data: 'x' }]);
    }
    if (flip) tar[flip[0] % tar.length] = tar[flip[0] % tar.length]! ^ flip[1];
    let bytes = gzip === null ? tar : gzipSync(tar, { level: gzip });
    if (cut !== null) bytes = bytes.subarray(0, cut % bytes.length);
    return { entries, bytes };
  });
