/**
 * Which files hold no text: the credential patterns skip them, and so does the search for inline
 * source maps. Only files that both carry a binary format's name AND start with that format's
 * magic number (images, fonts, archives, WebAssembly, native executables): their bytes are not
 * text by construction, so scanning them costs time and risks noise for nothing. Everything else is scanned, whatever its name and whatever bytes it holds:
 * an extensionless `bin/` script with a NUL byte, `secrets.dat`, a `.png` that is really an env
 * file. The `file/` rules still judge every file by name and type.
 *
 * Known limit (docs/security.md): text appended after a real image or font (a polyglot) is
 * skipped with the file.
 */

type Magic = (data: Uint8Array) => boolean;

const at =
  (offset: number, ...bytes: number[]): Magic =>
  (data) =>
    bytes.every((byte, i) => data[offset + i] === byte);
const ascii = (offset: number, text: string): Magic => at(offset, ...[...text].map((char) => char.charCodeAt(0)));
const any =
  (...magics: Magic[]): Magic =>
  (data) =>
    magics.some((magic) => magic(data));

const ELF = at(0, 0x7f, 0x45, 0x4c, 0x46);
const MACH_O = any(
  at(0, 0xfe, 0xed, 0xfa, 0xce),
  at(0, 0xfe, 0xed, 0xfa, 0xcf),
  at(0, 0xce, 0xfa, 0xed, 0xfe),
  at(0, 0xcf, 0xfa, 0xed, 0xfe),
  at(0, 0xca, 0xfe, 0xba, 0xbe),
);
const PE = ascii(0, 'MZ');
const ISO_MEDIA = ascii(4, 'ftyp');
const RIFF =
  (kind: string): Magic =>
  (data) =>
    ascii(0, 'RIFF')(data) && ascii(8, kind)(data);

/** Extension (lower case, no dot) to the magic numbers its format starts with. */
const FORMATS: Readonly<Record<string, Magic>> = {
  png: at(0, 0x89, 0x50, 0x4e, 0x47),
  jpg: at(0, 0xff, 0xd8, 0xff),
  jpeg: at(0, 0xff, 0xd8, 0xff),
  gif: ascii(0, 'GIF8'),
  webp: RIFF('WEBP'),
  avif: ISO_MEDIA,
  heic: ISO_MEDIA,
  ico: any(at(0, 0, 0, 1, 0), at(0, 0, 0, 2, 0)),
  cur: at(0, 0, 0, 2, 0),
  bmp: ascii(0, 'BM'),
  tif: any(ascii(0, 'II*\0'), ascii(0, 'MM\0*')),
  tiff: any(ascii(0, 'II*\0'), ascii(0, 'MM\0*')),
  psd: ascii(0, '8BPS'),
  icns: ascii(0, 'icns'),
  woff: ascii(0, 'wOFF'),
  woff2: ascii(0, 'wOF2'),
  ttf: any(at(0, 0, 1, 0, 0), ascii(0, 'true')),
  otf: ascii(0, 'OTTO'),
  eot: ascii(34, 'LP'),
  zip: any(ascii(0, 'PK\u0003\u0004'), ascii(0, 'PK\u0005\u0006')),
  jar: ascii(0, 'PK\u0003\u0004'),
  gz: at(0, 0x1f, 0x8b),
  tgz: at(0, 0x1f, 0x8b),
  bz2: ascii(0, 'BZh'),
  xz: at(0, 0xfd, 0x37, 0x7a, 0x58, 0x5a),
  zst: at(0, 0x28, 0xb5, 0x2f, 0xfd),
  '7z': at(0, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c),
  rar: ascii(0, 'Rar!'),
  tar: ascii(257, 'ustar'),
  wasm: at(0, 0, 0x61, 0x73, 0x6d),
  node: any(ELF, MACH_O, PE),
  so: ELF,
  dylib: MACH_O,
  dll: PE,
  exe: PE,
  o: any(ELF, MACH_O),
  a: ascii(0, '!<arch>\n'),
  pdf: ascii(0, '%PDF'),
  mp3: any(ascii(0, 'ID3'), at(0, 0xff, 0xfb), at(0, 0xff, 0xf3), at(0, 0xff, 0xf2)),
  mp4: ISO_MEDIA,
  m4a: ISO_MEDIA,
  mov: ISO_MEDIA,
  ogg: ascii(0, 'OggS'),
  oga: ascii(0, 'OggS'),
  wav: RIFF('WAVE'),
  avi: RIFF('AVI '),
  flac: ascii(0, 'fLaC'),
  webm: at(0, 0x1a, 0x45, 0xdf, 0xa3),
  mkv: at(0, 0x1a, 0x45, 0xdf, 0xa3),
  sqlite: ascii(0, 'SQLite format 3\0'),
  db: ascii(0, 'SQLite format 3\0'),
  class: at(0, 0xca, 0xfe, 0xba, 0xbe),
  glb: ascii(0, 'glTF'),
  pack: ascii(0, 'PACK'),
  idx: at(0, 0xff, 0x74, 0x4f, 0x63),
};

/** True when `path` names a binary format and `data` starts with that format's magic number. */
export function isBinary(path: string, data: Uint8Array): boolean {
  const dot = path.lastIndexOf('.');
  const extension = dot > path.lastIndexOf('/') ? path.slice(dot + 1).toLowerCase() : '';
  return FORMATS[extension]?.(data) ?? false;
}
