/**
 * Find every source map in a package: `.map` files by name, any other file whose content is a
 * source map whatever its name, files named by a `sourceMappingURL` comment, and inline `data:`
 * maps. A map nobody references is found all the same (the 2026 incident's map had no comment).
 */
import { posix } from 'node:path';
import type { PackageContents, PackageFile } from '../types.js';
import { decodeDataUrl, isDataUrl } from './data-url.js';
import { extractSourceMappingUrl, type CommentSyntax } from './extract-url.js';
import { isBuildMachinePath } from './local-paths.js';
import { percentDecode } from '../percent-decode.js';
import { comparePaths } from '../tarball/contents.js';

/** A source map to read: a file in the package, or an inline map decoded from a comment. */
export interface MapCandidate {
  /** The map file, or for an inline map the file that holds it. */
  readonly path: string;
  readonly origin: 'file' | 'inline';
  /** Files whose sourceMappingURL comment points at this map. */
  readonly generated: string[];
  /** The map file itself (origin `file`). */
  readonly file?: PackageFile;
  /** The decoded text of an inline map. */
  readonly text?: string;
  /** Why an inline map's `data:` URL could not be decoded. */
  readonly decodeError?: string;
}

/** A sourceMappingURL comment that does not lead to a map inside the package. */
export interface OutsideReference {
  /** The file holding the comment. */
  readonly from: string;
  readonly url: string;
  /** For a dangling reference: the package path the URL resolves to, if any. */
  readonly target?: string;
}

/** Everything {@link findSourceMaps} learnt about where maps are. */
export interface MapDiscovery {
  readonly candidates: MapCandidate[];
  readonly remote: OutsideReference[];
  readonly dangling: OutsideReference[];
  /** Comments naming a build-machine path (`file:///...`, `/Users/...`). */
  readonly localPaths: OutsideReference[];
}

const SYNTAX_BY_EXTENSION: Readonly<Record<string, CommentSyntax>> = {
  '.js': 'js', '.mjs': 'js', '.cjs': 'js', '.jsx': 'js', '.ts': 'js', '.mts': 'js', '.cts': 'js', '.tsx': 'js',
  '.css': 'css',
};

/** Find every map candidate and every comment that points outside the package. */
export function findSourceMaps(contents: PackageContents): MapDiscovery {
  const discovery: MapDiscovery = { candidates: [], remote: [], dangling: [], localPaths: [] };
  const referencedBy = new Map<string, string[]>();
  for (const file of contents.files) {
    const syntax = SYNTAX_BY_EXTENSION[posix.extname(file.path).toLowerCase()];
    if (!syntax) continue;
    const url = extractSourceMappingUrl(file.data, syntax);
    if (url) routeReference(file.path, url, contents, discovery, referencedBy);
  }
  for (const file of contents.files) {
    const generated = referencedBy.get(file.path);
    if (generated || isMapFile(file)) discovery.candidates.push({ path: file.path, origin: 'file', generated: generated ?? [], file });
  }
  discovery.candidates.sort((a, b) => comparePaths(a.path, b.path));
  return discovery;
}

function routeReference(
  from: string,
  url: string,
  contents: PackageContents,
  discovery: MapDiscovery,
  referencedBy: Map<string, string[]>,
): void {
  if (isDataUrl(url)) {
    const decoded = decodeDataUrl(url);
    const base = { path: from, origin: 'inline' as const, generated: [from] };
    discovery.candidates.push('text' in decoded ? { ...base, text: decoded.text } : { ...base, decodeError: decoded.error });
  } else if (/^https?:\/\//i.test(url)) {
    discovery.remote.push({ from, url });
  } else if (isBuildMachinePath(url)) {
    discovery.localPaths.push({ from, url });
  } else {
    const target = resolveReference(from, url);
    const list = target === undefined ? undefined : contents.byPath.has(target) ? referencedBy.get(target) ?? [] : undefined;
    if (target === undefined || !list) {
      discovery.dangling.push(target === undefined ? { from, url } : { from, url, target });
      return;
    }
    list.push(from);
    referencedBy.set(target, list);
  }
}

/**
 * The package path a relative (or package-root absolute) URL names, without query or fragment;
 * undefined when it climbs out of the package or uses another scheme.
 */
export function resolveReference(from: string, url: string): string | undefined {
  if (/^[a-z][\w+.-]*:/i.test(url)) return undefined;
  const path = percentDecode(url.replace(/[?#].*$/s, ''));
  const joined = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(from), path);
  const normalised = posix.normalize(joined);
  return normalised.startsWith('../') || normalised === '..' ? undefined : normalised;
}

/** `.map` files that look like JSON, and other non-code files whose content is a source map. */
function isMapFile(file: PackageFile): boolean {
  const start = skipJsonPreamble(file.data);
  if (start < 0) return false;
  if (file.path.endsWith('.map')) return true;
  if (SYNTAX_BY_EXTENSION[posix.extname(file.path).toLowerCase()]) return false;
  return sniffSourceMap(file.data, start);
}

/** Index of the first `{` (or `)` of an XSSI `)]}'` prefix) after a BOM and whitespace, else -1. */
function skipJsonPreamble(data: Buffer): number {
  let i = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  const limit = Math.min(data.length, i + 256);
  while (i < limit && (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)) i++;
  return data[i] === 0x7b || data[i] === 0x29 ? i : -1;
}

/**
 * A cheap look before any JSON.parse: the head must name a source-map key, and the whole buffer
 * (searched natively, without decoding) must hold `"version"` and `"mappings"` or `"sections"`.
 * Bundlers disagree on key order (rollup writes `mappings` last), so the head alone is not enough.
 */
function sniffSourceMap(data: Buffer, start: number): boolean {
  const head = data.toString('latin1', start, Math.min(data.length, start + 1024));
  if (!/"(?:version|sources|mappings|sections|file|sourceRoot|names)"\s*:/.test(head)) return false;
  return data.includes('"version"') && (data.includes('"mappings"') || data.includes('"sections"'));
}
