/**
 * Find every source map in a package: `.map` files by name, any other file whose content is a
 * source map whatever its name (`*.map.js`, `.json`, no extension; UTF-16; escaped keys; no
 * `version`), files named by a `sourceMappingURL` comment, inline `data:` maps anywhere in any
 * file, and all of these inside gzip and brotli files. A map nobody references is found all the
 * same (the 2026 incident's map had no comment).
 */
import { posix } from 'node:path';
import { percentDecode } from '../percent-decode.js';
import { comparePaths } from '../tarball/contents.js';
import { isBinary } from '../tarball/is-binary.js';
import { utf8BomLength } from '../text.js';
import type { InspectionGap, PackageContents, PackageFile } from '../types.js';
import { decodeDataUrl, isDataUrl } from './data-url.js';
import { type CommentSyntax, extractSourceMappingUrl } from './extract-url.js';
import { type FileView, fileViews } from './file-views.js';
import { findInlineMapTexts } from './inline-maps.js';
import { hasEscapedAscii } from './lazy-content.js';
import { isBuildMachinePath } from './local-paths.js';

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
  /** Found by its content alone (no `.map` name, no reference): text that is not JSON is no map. */
  readonly sniffed?: true;
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
  /** Compressed files that could not be read in full. */
  readonly gaps: InspectionGap[];
}

const SYNTAX_BY_EXTENSION: Readonly<Record<string, CommentSyntax>> = {
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
  '.jsx': 'js',
  '.ts': 'js',
  '.mts': 'js',
  '.cts': 'js',
  '.tsx': 'js',
  // An extensionless file is a `bin/` script or the like: JavaScript when it has a comment at all.
  '': 'js',
  '.css': 'css',
};

/** Find every map candidate and every comment that points outside the package. */
export function findSourceMaps(contents: PackageContents): MapDiscovery {
  const discovery: MapDiscovery = { candidates: [], remote: [], dangling: [], localPaths: [], gaps: [] };
  const views = fileViews(contents, discovery.gaps);
  const referencedBy = new Map<string, string[]>();
  for (const view of views) {
    const syntax = SYNTAX_BY_EXTENSION[posix.extname(view.name).toLowerCase()];
    const url = syntax ? extractSourceMappingUrl(view.data, syntax) : null;
    if (url) routeReference(view.file.path, url, contents, discovery, referencedBy);
    // Images, fonts, archives and native code (by name and magic number) hold no readable text.
    if (!view.name.endsWith('.map') && !isBinary(view.name, view.data)) addInlineMaps(view, url, discovery);
  }
  for (const view of views) {
    const generated = view.name === view.file.path ? referencedBy.get(view.file.path) : undefined;
    const kind = generated ? 'referenced' : mapKind(view);
    if (!kind) continue;
    const candidate: MapCandidate = { path: view.file.path, origin: 'file', generated: generated ?? [], file: view.file };
    discovery.candidates.push(kind === 'sniffed' ? { ...candidate, sniffed: true } : candidate);
  }
  discovery.candidates.sort((a, b) => comparePaths(a.path, b.path));
  return discovery;
}

/** Inline maps anywhere in the view, except the one its final comment already named. */
function addInlineMaps(view: FileView, commentUrl: string | null, discovery: MapDiscovery): void {
  const named = commentUrl && isDataUrl(commentUrl) ? decodeDataUrl(commentUrl) : undefined;
  // The comment's URL is read by the ECMA-426 rules (to the end of the line); skip its offset
  // here, where a quote would cut it short and give a second, truncated copy.
  const skip = commentUrl && named ? view.data.lastIndexOf(commentUrl) : -1;
  for (const text of findInlineMapTexts(view.data, skip)) {
    if (named && 'text' in named && named.text === text) continue;
    discovery.candidates.push({ path: view.file.path, origin: 'inline', generated: [view.file.path], text });
  }
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
    const list = target === undefined ? undefined : contents.byPath.has(target) ? (referencedBy.get(target) ?? []) : undefined;
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

/**
 * `named` for `.map` files that look like JSON, `sniffed` for any other file whose content may be
 * a source map (read and confirmed by inspectMap), undefined for the rest.
 */
function mapKind(view: FileView): 'named' | 'sniffed' | undefined {
  const start = jsonStart(view.data);
  if (start < 0) return undefined;
  if (view.name.endsWith('.map')) return 'named';
  return mayHoldMap(view.data) ? 'sniffed' : undefined;
}

/**
 * Index of the first `{` (or `)` of an XSSI `)]}'` prefix) after a BOM and any amount of
 * whitespace, else -1. A long whitespace preamble must not hide a map.
 */
function jsonStart(data: Buffer): number {
  let i = utf8BomLength(data);
  while (i < data.length && (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)) i++;
  return data[i] === 0x7b || data[i] === 0x29 ? i : -1;
}

/**
 * A cheap look before any parse, searched natively without decoding: a map's own keys, or ASCII
 * spelled as escapes (`"sources\u0043ontent"`), which could hide them. Key order and a missing
 * `version` do not matter: inspectMap parses and decides.
 */
function mayHoldMap(data: Buffer): boolean {
  return data.includes('sourcesContent') || data.includes('"mappings"') || data.includes('"sections"') || hasEscapedAscii(data);
}
