import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip, type Gunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import type { InspectionGap, PackageContents, TarballLimits } from '../types.js';
import { createContents, type FileInput, MAX_TEXT_BYTES } from './contents.js';
import { InstallTree } from './install-tree.js';
import { inflateChunk, isGzip, readWhole, takePrefetched } from './prefetch.js';

/** Defaults sized for real packages: the 2026 incident tarball unpacked to about 95 MB. */
export const DEFAULT_LIMITS: TarballLimits = {
  maxEntries: 100_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxFileBytes: 512 * 1024 * 1024,
};

/** The contents of a tarball plus the integrity of the bytes read. */
export interface TarballRead {
  readonly contents: PackageContents;
  /** `sha512-<base64>` of the (compressed) tarball bytes, as npm records it. */
  readonly integrity: string;
}

/**
 * Stream a (gzipped) tarball into memory entry by entry: the stream is decompressed and parsed
 * as it arrives, nothing is extracted to disk, links are recorded and never followed, and the
 * limits stop a hostile archive from exhausting memory. Anything that prevents a full read
 * becomes an {@link InspectionGap} rather than an exception, so the report can say what was
 * inspected; only I/O failures of the source stream reject.
 */
export function readTarball(source: Readable, limits: TarballLimits = DEFAULT_LIMITS): Promise<TarballRead> {
  return readStream(source, limits, { chunkSize: STREAM_CHUNK });
}

/** Output chunk of the decompressor when the tarball arrives as a stream. */
const STREAM_CHUNK = 256 * 1024;

/**
 * {@link readTarball} of a tarball held in memory. The whole input goes to the decompressor at
 * once, with an output chunk of the size the gzip trailer announces (prefetch.ts), so it
 * inflates in one job on libuv's thread pool while this thread does other work (compiling the
 * rules' modules), and the parser meets each entry whole and keeps a view of it instead of a
 * copy; the limits apply as on a stream. Measured on the incident-sized benchmark (40 MB
 * tarball, 115 MB unpacked): the per-chunk copies cost ~190 ms of this thread, and the
 * many-maps package's ~170 ms of gunzip ran after the module compilation instead of beside it.
 */
export async function readTarballBytes(bytes: Buffer, limits: TarballLimits = DEFAULT_LIMITS): Promise<TarballRead> {
  const gzipped = isGzip(bytes);
  const read = await readStream(Readable.from([bytes]), limits, { chunkSize: gzipped ? inflateChunk(bytes) : STREAM_CHUNK });
  // zlib drops the output of a job that ends in an error (a bad checksum or size in the trailer,
  // a truncated stream), here the whole tarball: read damaged bytes again in small pieces, so
  // that only the last piece's output is lost, as when a damaged file was streamed.
  const damaged = gzipped && read.contents.gaps.some((gap) => gap.code === 'corrupt-tarball');
  return damaged ? readStream(Readable.from(pieces(bytes, DAMAGED_PIECE)), limits, { chunkSize: STREAM_CHUNK }) : read;
}

/** Input piece for a damaged tarball held whole (a file used to be streamed in 1 MB pieces). */
const DAMAGED_PIECE = 16 * 1024;

function* pieces(bytes: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/**
 * {@link readTarball} of a file: read whole ({@link readTarballBytes}) when it is a regular file
 * of at most 256 MB, streamed otherwise; a read the CLI began early (prefetch.ts) is taken over.
 * Rejects with the file system's error when it cannot be read.
 */
export async function readTarballFile(path: string, limits: TarballLimits = DEFAULT_LIMITS): Promise<TarballRead> {
  const early = await takePrefetched(path);
  if (early?.inflated) {
    return readStream(Readable.from([early.inflated.tar]), limits, { chunkSize: STREAM_CHUNK, inflated: early.inflated.integrity });
  }
  const bytes = early?.bytes ?? (await readWhole(path));
  return bytes ? readTarballBytes(bytes, limits) : readTarball(createReadStream(path, { highWaterMark: 1024 * 1024 }), limits);
}

interface StreamOptions {
  /** Output chunk of the decompressor. */
  readonly chunkSize: number;
  /** The source is a tar already inflated (prefetch.ts), and this the integrity of its gzip bytes. */
  readonly inflated?: string;
}

function readStream(source: Readable, limits: TarballLimits, { chunkSize, inflated }: StreamOptions): Promise<TarballRead> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha512');
    const state = { entries: 0, bytes: 0, stopped: false };
    const tree = new InstallTree();
    const gaps: InspectionGap[] = [];
    const parser = new Parser({ maxDecompressionRatio: Number.POSITIVE_INFINITY });

    let gunzip: Gunzip | undefined;
    const stop = (gap: InspectionGap): void => {
      gaps.push(gap);
      if (state.stopped) return;
      state.stopped = true;
      source.unpipe();
      source.destroy();
      gunzip?.destroy();
      finish();
    };
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      const { files, unsafe } = tree.result();
      resolve({ contents: createContents(compactViews(files), unsafe, gaps), integrity: inflated ?? `sha512-${hash.digest('base64')}` });
    };

    parser.on('warn', (code: string, message: string | Error) => {
      // Informational notes are not damage; every other warning means entries were lost.
      if (code !== 'TAR_ENTRY_INFO') stop(corrupt(code, message));
    });
    parser.on('error', (error: Error & { code?: string }) => stop(corrupt(error.code ?? 'TAR_ERROR', error)));
    parser.on('entry', (entry: ReadEntry) => {
      if (state.stopped) return void entry.resume();
      state.entries += 1;
      if (state.entries > limits.maxEntries) {
        entry.resume();
        return stop({ code: 'entry-limit', message: `more than ${limits.maxEntries} entries; raise --max-entries to inspect it` });
      }
      collectEntry(entry, limits, state, { tree, gaps, stop });
    });
    // Entries of a type node-tar does not know (sparse files, tape labels ...): npm skips them,
    // other extractors write some of them as files. Never silent.
    parser.on('ignoredEntry', (entry: ReadEntry) => {
      if (!state.stopped && !entry.meta) tree.admit(entry.path, entry.type);
    });
    parser.on('end', finish);
    source.on('error', (error) => (state.stopped ? undefined : reject(error)));
    let started = false;
    const start = (first: Buffer): void => {
      // Node's zlib streams decompress on the libuv thread pool, so gunzip runs on another core
      // while this thread parses tar headers and copies entries (tar's own gunzip is synchronous
      // on this thread). Measured on the incident-sized benchmark: about 150 ms less wall time.
      // The first chunk is hashed after it is handed to gunzip: a tarball read whole is one
      // chunk, and its ~100 ms of hashing then runs beside the decompression, not before it.
      if (!inflated && isGzip(first)) {
        gunzip = createGunzip({ chunkSize });
        gunzip.on('error', (error: Error & { code?: string }) => stop(corrupt(error.code ?? 'Z_ERROR', error)));
        gunzip.write(first);
        hash.update(first);
        source.pipe(gunzip).pipe(parser);
      } else {
        if (!inflated) hash.update(first);
        parser.write(first);
        source.pipe(parser);
      }
    };
    source.on('data', (chunk: Buffer) => {
      if (!started) {
        started = true;
        start(chunk);
      } else if (!finished && !inflated) {
        // After a stop the source may still deliver chunks it had queued: the hash is final by then.
        hash.update(chunk);
      }
    });
    // An empty source never emits data: end the parser so it reports a bad archive.
    source.once('end', () => (started || state.stopped ? undefined : parser.end()));
  });
}

interface Sinks {
  tree: InstallTree;
  gaps: InspectionGap[];
  stop: (gap: InspectionGap) => void;
}

/** Route one entry through the install model and buffer the bytes of the files npm writes, within limits. */
function collectEntry(entry: ReadEntry, limits: TarballLimits, state: { bytes: number; stopped: boolean }, sinks: Sinks): void {
  const path = sinks.tree.admit(entry.path, entry.type, entry.linkpath);
  if (path === undefined) return void entry.resume();
  const size = entry.size ?? 0;
  if (size > limits.maxFileBytes || size > MAX_TEXT_BYTES) {
    const why =
      size > limits.maxFileBytes
        ? `${path} is larger than ${limits.maxFileBytes} bytes; raise --max-file-size to inspect it`
        : `${path} is larger than the longest string Node can hold (${MAX_TEXT_BYTES} bytes); leakproof cannot scan it`;
    sinks.gaps.push({ code: 'file-size-limit', path, message: why });
    return void entry.resume();
  }
  // An entry that arrives in one chunk (every entry of a tarball read whole) is kept as a view of
  // it. Otherwise each chunk is copied, as it arrives, into one buffer of the size the header
  // declares: the decompressor's chunks become garbage at once instead of all living until a
  // final concat (that halves the peak for a 60 MB map). allocUnsafe is fine: every byte is
  // overwritten, and a short entry is cut to what arrived (the reader records the truncation as a gap).
  let data: Buffer | undefined;
  let filled = 0;
  entry.on('data', (chunk: Buffer) => {
    if (state.stopped) return;
    state.bytes += chunk.length;
    if (state.bytes > limits.maxTotalBytes) {
      sinks.stop({ code: 'size-limit', message: `more than ${limits.maxTotalBytes} bytes unpacked; raise --max-size to inspect it` });
      return;
    }
    if (data === undefined && chunk.length >= size) {
      data = chunk.subarray(0, size);
      filled = data.length;
      return;
    }
    data ??= Buffer.allocUnsafe(size);
    filled += chunk.copy(data, filled);
  });
  entry.on('end', () => {
    if (state.stopped) return;
    const bytes = data ?? Buffer.alloc(0);
    sinks.tree.write({ path, data: filled === bytes.length ? bytes : bytes.subarray(0, filled), mode: entry.mode ?? 0o644 });
  });
}

/**
 * Files kept as views of a decompressor chunk hold the whole chunk alive. Where the files kept
 * from a chunk fill less than half of it (the rest was tar headers, entries npm does not install,
 * or a decompression bomb's filler), they are copied out so the chunk can go: memory stays within
 * twice what is kept, whatever the archive, stream chunks of 256 KB included (a 557 KB tarball of
 * tiny files between skipped 200 KB entries held 403 MB when they were exempt). A tarball read
 * whole keeps its views.
 */
function compactViews(files: FileInput[]): FileInput[] {
  const kept = new Map<ArrayBufferLike, number>();
  for (const { data } of files) {
    if (typeof data !== 'string') kept.set(data.buffer, (kept.get(data.buffer) ?? 0) + data.length);
  }
  return files.map((file) => {
    const { data } = file;
    if (typeof data === 'string' || kept.get(data.buffer)! * 2 >= data.buffer.byteLength) return file;
    return { ...file, data: Buffer.from(data) };
  });
}

function corrupt(code: string, message: string | Error): InspectionGap {
  const text = typeof message === 'string' ? message : message.message;
  return { code: 'corrupt-tarball', message: `not a readable npm tarball (${code}: ${text})` };
}
