/**
 * The bytes the source-map finder reads for each shipped file: the file itself, re-encoded as
 * UTF-8 when it is UTF-16, and for a compressed file its decompressed content too. Build tools
 * write `*.map.gz`, `*.map.br` and `*.js.gz` beside every asset by default (compression plugins
 * for webpack and vite), and whoever installs the package can decompress them.
 */
import { brotliDecompressSync, constants, gunzipSync, inflateRawSync } from 'node:zlib';
import { decodeText, MAX_TEXT_BYTES, utf16Order } from '../tarball/contents.js';
import type { InspectionGap, PackageContents, PackageFile } from '../types.js';

/** One way of reading a shipped file. */
export interface FileView {
  /** The shipped file (findings point at its path). */
  readonly file: PackageFile;
  /** The name the content goes by: the path, minus `.gz`/`.br` for a decompressed view. */
  readonly name: string;
  /** UTF-8 (or binary) bytes: `file.data` itself unless decompressed or re-encoded. */
  readonly data: Buffer;
}

/**
 * Most a compressed file may expand to before it is reported as not inspected: a decompression
 * bomb must not exhaust memory. The 2026 incident's map was 60 MB.
 */
export const MAX_DECOMPRESSED_BYTES = Math.min(256 * 1024 * 1024, MAX_TEXT_BYTES);

/** Nested archives are reported by `file/sensitive` and hold tar streams, not maps. */
const NESTED_ARCHIVE = /\.(?:tgz|tar\.gz|tar\.br)$/i;
const COMPRESSED_NAME = /\.(?:gz|br)$/i;

/** Every view of every file, in file order; damage and bombs become gaps in `gaps`. */
export function fileViews(contents: PackageContents, gaps: InspectionGap[]): FileView[] {
  const views: FileView[] = [];
  for (const file of contents.files) {
    views.push(view(file, file.path, file.data));
    const expanded = decompress(file, gaps);
    if (expanded) views.push(view(file, file.path.replace(COMPRESSED_NAME, ''), expanded));
  }
  return views;
}

/** A view whose data is the file's own when possible, else a synthetic file with the new bytes. */
function view(file: PackageFile, name: string, data: Buffer): FileView {
  const utf8 = utf16Order(data) ? Buffer.from(decodeText(data), 'utf8') : data;
  return { file: utf8 === file.data ? file : { ...file, size: utf8.length, data: utf8 }, name, data: utf8 };
}

/** The decompressed bytes of a gzip (by magic number) or brotli (by `.br` name) file. */
function decompress(file: PackageFile, gaps: InspectionGap[]): Buffer | undefined {
  const isGzip = file.data[0] === 0x1f && file.data[1] === 0x8b;
  const isBrotli = !isGzip && /\.br$/i.test(file.path);
  if ((!isGzip && !isBrotli) || NESTED_ARCHIVE.test(file.path)) return undefined;
  try {
    // A truncated stream still yields what it holds, as a streaming reader would show it.
    return isGzip
      ? gunzipLeniently(file.data)
      : brotliDecompressSync(file.data, { maxOutputLength: MAX_DECOMPRESSED_BYTES, finishFlush: constants.BROTLI_OPERATION_FLUSH });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      gaps.push({
        code: 'file-size-limit',
        path: file.path,
        message: `${file.path} decompresses to more than ${MAX_DECOMPRESSED_BYTES} bytes; its content was not inspected`,
      });
    } else if (isGzip) {
      gaps.push({ code: 'unreadable', path: file.path, message: `${file.path} is damaged gzip data; its content could not be inspected` });
    }
    // A `.br` name on bytes that are not brotli is just a name.
    return undefined;
  }
}

/**
 * gunzip, and when Node refuses the stream (bytes after the member, as `gzip -d` tolerates with a
 * warning), inflate the first member's deflate body on its own (RFC 1952 header skipped).
 */
function gunzipLeniently(data: Buffer): Buffer {
  const options = { maxOutputLength: MAX_DECOMPRESSED_BYTES, finishFlush: constants.Z_SYNC_FLUSH };
  try {
    return gunzipSync(data, options);
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw error;
    return inflateRawSync(data.subarray(gzipHeaderLength(data)), options);
  }
}

/** Length of a gzip member header: 10 bytes plus the optional extra field, name, comment and CRC. */
function gzipHeaderLength(data: Buffer): number {
  const flags = data[3] ?? 0;
  let at = 10;
  if (flags & 4) at += 2 + (data.readUInt16LE(at) || 0);
  if (flags & 8) at = data.indexOf(0, at) + 1;
  if (flags & 16) at = data.indexOf(0, at) + 1;
  if (flags & 2) at += 2;
  return at;
}
