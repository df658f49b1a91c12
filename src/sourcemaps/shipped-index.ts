/**
 * Recognise content the package holds twice: a recovered source identical (CRLF aside) to a
 * shipped file, or to a well-known helper that builds copy verbatim (tslib, regenerator). Shipped
 * files are bucketed by their LF-normalised UTF-8 length, and a source whose length matches is
 * hashed once and looked up by hash, so the cost is linear in the bytes involved whatever the
 * number of same-sized files (comparing each pair would be quadratic).
 */
import { createHash } from 'node:crypto';
import { decodeText } from '../tarball/contents.js';
import { isBinary } from '../tarball/is-binary.js';
import { normaliseNewlines } from '../text.js';
import type { PackageContents, PackageFile } from '../types.js';
import { KNOWN_HELPER_HASHES } from './known-helper-hashes.js';

/**
 * A source's content as classification sees it: its CRLF-normalised UTF-8 length (cheap, even
 * for a lazily read map) and the text itself, asked for only when something has that length.
 */
export interface ContentProbe {
  normalisedLength(): number;
  text(): string;
}

/** Returns the path of a shipped file with the same normalised content, if any. */
export type ShippedContentLookup = (content: ContentProbe) => string | undefined;

/** A probe over a string already in memory. */
export function probeOf(content: string): ContentProbe {
  let length: number | undefined;
  return { normalisedLength: () => (length ??= Buffer.byteLength(normaliseNewlines(content), 'utf8')), text: () => content };
}

/** sha256 of the LF-normalised text, first 16 hex digits: equal contents, equal hashes. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseNewlines(text)).digest('hex').slice(0, 16);
}

/** The lengths of the known helpers, so a source of another length is never hashed for them. */
const HELPER_LENGTHS: ReadonlySet<number> = new Set([...KNOWN_HELPER_HASHES].map((key) => Number(key.slice(0, key.indexOf(':')))));

/** True when the content is a published tslib or regenerator-runtime file, byte for byte. */
export function isKnownHelper(probe: ContentProbe): boolean {
  const length = probe.normalisedLength();
  return HELPER_LENGTHS.has(length) && KNOWN_HELPER_HASHES.has(`${length}:${contentHash(probe.text())}`);
}

const CRLF = Buffer.from('\r\n');

/** Build a lookup over the package's files, skipping `exclude` (the maps themselves). Lazy. */
export function createShippedContentLookup(contents: PackageContents, exclude: ReadonlySet<string>): ShippedContentLookup {
  let byLength: Map<number, PackageFile[]> | undefined;
  // Per length bucket, the hash of each file in it, computed the first time a source has that length.
  const hashed = new Map<number, Map<string, string>>();
  return (probe) => {
    byLength ??= indexByLength(contents, exclude);
    const length = probe.normalisedLength();
    const candidates = byLength.get(length);
    if (!candidates) return undefined;
    let byHash = hashed.get(length);
    if (!byHash) {
      byHash = new Map();
      for (const file of candidates) {
        // Only a faithful decoding counts: an image or a file of invalid UTF-8 decodes with
        // replacement characters, which a forged source could copy without the file holding it
        // (a UTF-16 file is left out too: a map holds its text, not its bytes).
        if (isBinary(file.path, file.data)) continue;
        const text = decodeText(file.data);
        if (!Buffer.from(text, 'utf8').equals(file.data)) continue;
        const hash = contentHash(text);
        if (!byHash.has(hash)) byHash.set(hash, file.path);
      }
      hashed.set(length, byHash);
    }
    return byHash.get(contentHash(probe.text()));
  };
}

function indexByLength(contents: PackageContents, exclude: ReadonlySet<string>): Map<number, PackageFile[]> {
  const index = new Map<number, PackageFile[]>();
  for (const file of contents.files) {
    if (exclude.has(file.path)) continue;
    const length = file.data.length - countCrlf(file.data);
    const list = index.get(length);
    if (list) list.push(file);
    else index.set(length, [file]);
  }
  return index;
}

function countCrlf(data: Buffer): number {
  let count = 0;
  for (let i = data.indexOf(CRLF); i >= 0; i = data.indexOf(CRLF, i + 2)) count++;
  return count;
}
