import { isAscii } from 'node:buffer';
import type { InspectionGap, PackageContents, PackageFile, UnsafeEntry } from '../types.js';
import { parseJsonText } from '../json-text.js';

/** A file to put into {@link createContents}; size defaults to the data length. */
export interface FileInput {
  readonly path: string;
  readonly data: Buffer | string;
  readonly mode?: number;
}

/**
 * Build the read-only {@link PackageContents} every rule works on. A packed directory, a
 * downloaded tarball and a package built in memory by a test all go through here.
 */
export function createContents(
  inputs: readonly FileInput[],
  unsafeEntries: readonly UnsafeEntry[] = [],
  gaps: readonly InspectionGap[] = [],
): PackageContents {
  const byPath = new Map<string, PackageFile>();
  for (const input of inputs) {
    const data = typeof input.data === 'string' ? Buffer.from(input.data) : input.data;
    // A later entry with the same path replaces the earlier one, as extraction would.
    byPath.set(input.path, { path: input.path, size: data.length, mode: input.mode ?? 0o644, data });
  }
  const files = [...byPath.values()].sort((a, b) => comparePaths(a.path, b.path));
  return { files, byPath, unsafeEntries: [...unsafeEntries], gaps: [...gaps] };
}

/** Byte-wise path order, stable across locales. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Parse the package's own package.json, or undefined when absent or not JSON. */
export function readPackageJson(contents: PackageContents): Record<string, unknown> | undefined {
  const file = contents.byPath.get('package.json');
  if (!file) return undefined;
  try {
    const value: unknown = parseJsonText(file.data.toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Decode file content as UTF-8, taking the Latin-1 fast path when every byte is ASCII (the two
 * agree there). Measured on a 60 MB source map: isAscii 3 ms + latin1 29 ms, against 41+ ms
 * for utf8 (and up to 130 ms under load); most minified JS and maps are pure ASCII.
 */
export function decodeText(data: Buffer): string {
  return isAscii(data) ? data.toString('latin1') : data.toString('utf8');
}
