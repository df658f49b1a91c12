/**
 * Recognise a recovered source that the package already ships byte for byte (after CRLF -> LF):
 * publishing it again inside a map exposes nothing new. Shipped files are indexed once by their
 * normalised UTF-8 length, so a source costs one length lookup, and content is compared only on
 * a length match.
 */
import type { PackageContents, PackageFile } from '../types.js';
import { decodeText } from '../tarball/contents.js';

/**
 * A source's content as classification sees it: its CRLF-normalised UTF-8 length (cheap, even
 * for a lazily read map) and the text itself, asked for only when a shipped file has that length.
 */
export interface ContentProbe {
  normalisedLength(): number;
  text(): string;
}

/** Returns the path of a shipped file with the same normalised content, if any. */
export type ShippedContentLookup = (content: ContentProbe) => string | undefined;

/** A probe over a string already in memory. */
export function probeOf(content: string): ContentProbe {
  const normalised = (): string => (content.includes('\r') ? content.replace(/\r\n/g, '\n') : content);
  return { normalisedLength: () => Buffer.byteLength(normalised(), 'utf8'), text: () => content };
}

const CRLF = Buffer.from('\r\n');

/** Build a lookup over the package's files, skipping `exclude` (the maps themselves). Lazy. */
export function createShippedContentLookup(contents: PackageContents, exclude: ReadonlySet<string>): ShippedContentLookup {
  let byLength: Map<number, PackageFile[]> | undefined;
  const texts = new Map<PackageFile, string>();
  return (probe) => {
    byLength ??= indexByLength(contents, exclude);
    const candidates = byLength.get(probe.normalisedLength());
    if (!candidates) return undefined;
    const content = probe.text();
    const normalised = content.includes('\r') ? content.replace(/\r\n/g, '\n') : content;
    for (const file of candidates) {
      let text = texts.get(file);
      if (text === undefined) {
        text = decodeText(file.data).replace(/\r\n/g, '\n');
        texts.set(file, text);
      }
      if (text === normalised) return file.path;
    }
    return undefined;
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
