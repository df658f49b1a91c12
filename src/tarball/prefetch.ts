/**
 * Start reading and inflating a tarball file before it is asked for. The CLI spends its first
 * 150-250 ms loading yargs and the command's modules on the main thread; a `.tgz` named on the
 * command line is meanwhile read and gunzipped on libuv's thread pool, and {@link takePrefetched}
 * hands the result to the reader (read-tarball.ts) when the command gets there. Measured on this
 * repository's benchmarks: the many-maps package (7 MB, 170 ms of gunzip) and the incident-sized
 * one (40 MB, ~450 ms) are checked that much sooner. Nothing here decides anything: a file that
 * cannot be read, damaged gzip or an output past the limit leaves the reader to read it the
 * usual way, with its usual errors and gaps. Only Node built-ins, so the CLI loads it at once.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gunzip } from 'node:zlib';

/** What a tarball file's name ends with for leakproof to read it as one. */
export const TARBALL_NAME = /\.(tgz|tar\.gz|tar)$/i;

/** Largest tarball file read whole; a larger one is streamed. */
export const WHOLE_FILE_MAX = 256 * 1024 * 1024;
/**
 * Largest tar inflated in one piece, ahead or by the reader: a tar announced larger (or a
 * decompression bomb that outgrows the announcement) is the reader's, in stream-sized chunks,
 * under `--max-size`.
 */
const ONE_PIECE_MAX = 256 * 1024 * 1024;
/** Output chunk of a tar announced larger than {@link ONE_PIECE_MAX}, as for a stream. */
const MIN_CHUNK = 256 * 1024;

/** A tarball file read whole: its bytes, and when gzipped and intact, what they inflated to. */
export interface WholeTarball {
  readonly bytes: Buffer;
  readonly inflated?: {
    readonly tar: Buffer;
    /** `sha512-<base64>` of `bytes`. */
    readonly integrity: string;
  };
}

const started = new Map<string, Promise<WholeTarball | undefined>>();

/** Begin reading (and inflating) the tarball at `path`, if it is a regular file of at most 256 MB. */
export function prefetchTarball(path: string): void {
  const key = resolve(path);
  if (started.has(key)) return;
  started.set(
    key,
    readWhole(key).then(
      async (bytes) => {
        if (!bytes) return undefined;
        const done = await inflated(bytes);
        return done ? { bytes, inflated: done } : { bytes };
      },
      () => undefined,
    ),
  );
}

/** Prefetch the arguments of a `check`, `extract` or `diff` command line that name tarball files. */
export function prefetchTarballArguments(args: readonly string[], cwd: string): void {
  const command = args[0];
  if (command !== undefined && /^[a-z]+$/.test(command) && !['check', 'extract', 'diff'].includes(command)) return;
  // A run that sets its own limits reads under them from the first byte.
  if (args.some((arg) => arg.startsWith('--max-'))) return;
  for (const arg of args) if (!arg.startsWith('-') && TARBALL_NAME.test(arg)) prefetchTarball(resolve(cwd, arg));
}

/** The prefetched read of `path`, once: undefined when none was started or it came to nothing. */
export function takePrefetched(path: string): Promise<WholeTarball | undefined> | undefined {
  const key = resolve(path);
  const read = started.get(key);
  started.delete(key);
  return read;
}

/** The bytes of a regular file of at most {@link WHOLE_FILE_MAX}; undefined for anything else, or a file that changed size while read. */
export async function readWhole(path: string): Promise<Buffer | undefined> {
  // Opened without blocking, and read only when a regular file: a FIFO named x.tgz, opened the
  // usual way, would hold a thread of the pool, and the process, forever.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile() || info.size > WHOLE_FILE_MAX) return undefined;
    // One read for the whole file where it can: readFile goes in 512 KB reads, each waiting for
    // this thread, which is busy compiling modules while a prefetch runs.
    const bytes = Buffer.allocUnsafe(info.size);
    let filled = 0;
    for (let got = -1; got !== 0 && filled < bytes.length; filled += got) {
      ({ bytesRead: got } = await handle.read(bytes, filled, bytes.length - filled, filled));
    }
    // A file that changed size meanwhile is left to a streamed read.
    return filled === bytes.length && (await handle.stat()).size === info.size ? bytes : undefined;
  } finally {
    await handle.close();
  }
}

/**
 * The output chunk for gzip `bytes`: the size the trailer announces (ISIZE, the uncompressed
 * size modulo 2^32), so the whole inflate is one job on the thread pool. The trailer only sizes
 * the chunk: a false one costs more chunks, never a byte of the read.
 */
export function inflateChunk(bytes: Buffer): number {
  // A tar announced larger than one chunk may hold (a decompression bomb among them) is read in
  // stream-sized chunks: 256 MB chunks of filler made a 2 MB bomb cost 2 GB of memory and 11 s.
  return announcesLarge(bytes) ? MIN_CHUNK : Math.max(announcedSize(bytes) + 1, MIN_CHUNK);
}

function announcedSize(bytes: Buffer): number {
  return bytes.length > 18 ? bytes.readUInt32LE(bytes.length - 4) : 0;
}

function announcesLarge(bytes: Buffer): boolean {
  return announcedSize(bytes) + 1 > ONE_PIECE_MAX;
}

export function isGzip(bytes: Buffer): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The tar gzip `bytes` inflate to, on the thread pool, and their sha512, hashed here meanwhile
 * (~45 ms for 40 MB; webcrypto's digest spent 160 ms of this thread copying its input).
 */
async function inflated(bytes: Buffer): Promise<WholeTarball['inflated']> {
  if (!isGzip(bytes) || announcesLarge(bytes)) return undefined;
  const tar = new Promise<Buffer | undefined>((done) => {
    gunzip(bytes, { chunkSize: inflateChunk(bytes), maxOutputLength: ONE_PIECE_MAX }, (error, out) => done(error ? undefined : out));
  });
  const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
  const out = await tar;
  return out && { tar: out, integrity };
}
