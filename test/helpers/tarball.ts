import { Readable } from 'node:stream';
import { buildTarball, type TarEntry } from '../../fixtures/lib/tar-writer.js';
import { DEFAULT_LIMITS, readTarball } from '../../src/tarball/read-tarball.js';
import type { TarballLimits } from '../../src/types.js';

/** Read an in-memory tarball through the real streaming reader, in small chunks. */
export function readBuffer(buffer: Buffer, limits: Partial<TarballLimits> = {}) {
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < buffer.length; offset += 4096) chunks.push(buffer.subarray(offset, offset + 4096));
  return readTarball(Readable.from(chunks), { ...DEFAULT_LIMITS, ...limits });
}

/** Build an npm-style tarball and read it back. */
export function readEntries(entries: TarEntry[], limits: Partial<TarballLimits> = {}) {
  return readBuffer(buildTarball(entries), limits);
}

export const PACKAGE_JSON: TarEntry = { path: 'package.json', data: JSON.stringify({ name: 'fixture', version: '1.0.0' }) };
