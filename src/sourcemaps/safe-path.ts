/**
 * Turn a hostile `sources` entry of a source map into a relative path that can only land inside
 * the extraction folder, on Linux, macOS and Windows alike. The mapping is documented, with
 * examples, in docs/extract.md; it is deterministic and keeps as much of the original path as is
 * safe so that two different sources rarely end up with the same name (the planner in
 * write-extraction.ts resolves the collisions that remain).
 *
 * Source entries are URLs or paths (ECMA-426 §"sources"): bundlers write `webpack://ns/./x`,
 * `file:///abs/x`, `../src/x` or plain absolute paths, and a hostile map can write anything.
 */
import { createHash } from 'node:crypto';
import { percentDecode } from '../percent-decode.js';

/** Longest segment we emit, in UTF-8 bytes; leaves room for a `~N` suffix under the usual 255. */
export const MAX_SEGMENT_BYTES = 200;

/** Longest relative path we emit, in UTF-8 bytes; leaves room for the output folder under macOS's 1024. */
export const MAX_PATH_BYTES = 768;

/** Schemes whose host is a remote machine: kept as a folder under `_remote/`. */
const REMOTE_SCHEMES = new Set(['http', 'https', 'ftp', 'ws', 'wss']);

/** Device names Windows reserves in any directory and with any extension. */
const RESERVED_NAMES = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|(com|lpt)[0-9¹²³])$/i;

/**
 * Names a version-control tool reads configuration, hooks or a repository from. Git, Mercurial
 * and Jujutsu run commands named in that configuration (`core.fsmonitor`, hooks, extensions), so
 * an extracted tree must never hold one: a later `git status` in the folder would run the
 * package's command. `HEAD` is what makes a folder a bare Git repository (setup.c
 * `is_git_directory` needs `HEAD` beside `objects/` and `refs/`), so no folder of the tree may
 * have one, whatever else it holds.
 */
const VCS_NAMES = new Set(['.git', '.hg', '.svn', '.bzr', '_darcs', '.jj', '.pijul', '.sl', '.fslckout', '_fossil_', 'head']);

/**
 * Code points HFS+ ignores in names (Git's `core.protectHFS` list) and others that render as
 * nothing: `.g\u200cit` is `.git` on a Mac.
 */
const IGNORABLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;

/** True when a file system may resolve `name` to a VCS name (case, normalisation and ignorables folded). */
function isVcsName(name: string): boolean {
  return VCS_NAMES.has(name.replace(IGNORABLE, '').normalize('NFC').toLowerCase());
}

/** Characters Windows refuses in a name, plus separators that survived percent-decoding. */
const RESERVED_CHARS = /[<>:"|?*/\\]/g;

const CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;

/**
 * Map a source path or URL to a safe, `/`-separated relative path.
 *
 * Never returns an empty string, an absolute path, a `.` or `..` segment, an empty segment, a
 * control byte, a character or device name Windows reserves, a name ending in a dot or space,
 * a `.git`/`.hg`/`.svn` folder, a segment over {@link MAX_SEGMENT_BYTES} or a path over
 * {@link MAX_PATH_BYTES} bytes.
 *
 * @example toSafeRelativePath('webpack:///./src/a.ts') // 'src/a.ts'
 * @example toSafeRelativePath('../../etc/passwd')      // '_up/_up/etc/passwd'
 * @example toSafeRelativePath('C:\\Windows\\x.js')     // '_drive/C/Windows/x.js'
 */
export function toSafeRelativePath(sourcePath: string): string {
  const { prefix, rest, decode } = splitOrigin(sourcePath.replace(/\\/g, '/'), sourcePath);
  const segments = [...prefix, ...normaliseSegments(rest, decode)].map(sanitiseSegment);
  if (segments.length === prefix.length) segments.push('_empty');
  return limitPathLength(segments);
}

interface Origin {
  /** Folders that record where the path came from (`_abs`, `_drive/C`, `_remote/host`...). */
  readonly prefix: string[];
  /** The remaining path, `/`-separated, to be normalised. */
  readonly rest: string;
  /** Whether segments are percent-encoded (URLs) and should be decoded for readability. */
  readonly decode: boolean;
}

/** Recognise URLs, drive letters, UNC and absolute paths; everything else is relative. */
function splitOrigin(path: string, original: string): Origin {
  // Two characters at least: `C://x` is a drive letter followed by a doubled separator.
  const url = /^([a-z][a-z0-9+.-]+):\/\/([^/]*)\/?(.*)$/is.exec(path);
  if (url) {
    const scheme = url[1]!.toLowerCase();
    const host = url[2]!;
    const rest = url[3]!;
    if (scheme === 'file') {
      if (host !== '' && host.toLowerCase() !== 'localhost') return origin(['_unc', host], rest, true);
      const drive = /^([a-z])[:|](\/|$)(.*)$/is.exec(rest);
      if (drive) return origin(['_drive', drive[1]!.toUpperCase()], drive[3]!, true);
      return origin(['_abs'], rest, true);
    }
    if (REMOTE_SCHEMES.has(scheme)) return origin(['_remote', ...hostFolder(host)], rest, true);
    // Bundler namespaces (webpack://, turbopack://, ng://...): the host is a package name or
    // empty, and what follows is a path in the bundler's own terms.
    const inner = splitPlainPath(rest, rest);
    return origin([...hostFolder(host), ...inner.prefix], inner.rest, false);
  }
  return splitPlainPath(path, original);
}

/** Classify a path that has no `scheme://`. */
function splitPlainPath(path: string, original: string): Origin {
  const extended = /^\/\/[?.]\/(.*)$/s.exec(path); // Win32 `\\?\C:\x`, `\\.\device`
  if (extended) {
    const body = extended[1]!;
    const unc = /^unc\/(.*)$/is.exec(body);
    if (unc) return origin(['_unc'], unc[1]!, false);
    return splitPlainPath(body, body);
  }
  if (path.startsWith('//')) {
    // `\\server\share` is UNC; `//host/x` written with slashes is a protocol-relative URL.
    const isUnc = original.startsWith('\\\\') || original.startsWith('\\/') || original.startsWith('/\\');
    const body = path.replace(/^\/+/, '');
    const host = body.split('/')[0]!;
    const rest = body.slice(host.length);
    return isUnc ? origin(['_unc', ...hostFolder(host)], rest, false) : origin(['_remote', ...hostFolder(host)], rest, true);
  }
  const drive = /^([a-z]):\/?(.*)$/is.exec(path);
  if (drive) return origin(['_drive', drive[1]!.toUpperCase()], drive[2]!, false);
  if (path.startsWith('/')) return origin(['_abs'], path, false);
  return origin([], path, false);
}

function origin(prefix: string[], rest: string, decode: boolean): Origin {
  if (!decode) return { prefix, rest, decode };
  // A URL's fragment is not part of the resource; its query is, so keep it in the file name.
  const path = rest.replace(/#.*$/s, '').replace(/\?.*$/s, (query) => query.replace(/\//g, '%2F'));
  return { prefix, rest: path, decode };
}

/** A host as one folder; an empty host adds no folder. */
function hostFolder(host: string): string[] {
  return host === '' ? [] : [host];
}

/**
 * Resolve `.` and `..` lexically. A `..` that would climb above the start becomes `_up`, so
 * `../../x` stays distinct from `x` instead of escaping or silently collapsing.
 */
function normaliseSegments(path: string, decode: boolean): string[] {
  const kept: string[] = [];
  let ups = 0;
  for (const raw of path.split('/')) {
    const segment = decode ? percentDecode(raw) : raw;
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (kept.length > 0) kept.pop();
      else ups += 1;
      continue;
    }
    kept.push(segment);
  }
  return [...Array<string>(ups).fill('_up'), ...kept];
}

/** Make one segment legal and harmless on every common file system. */
function sanitiseSegment(segment: string): string {
  let name = segment
    .replace(CONTROL_CHARS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(RESERVED_CHARS, '_')
    // Windows drops trailing dots and spaces, which would merge `a.` into `a` (and `.. ` into `..`).
    .replace(/[. ]+$/, (tail) => '_'.repeat(tail.length));
  const stem = name.split('.')[0]!.replace(/ +$/, '');
  if (RESERVED_NAMES.test(stem) || isVcsName(name)) name = `_${name}`;
  return truncateSegment(name, segment);
}

/** Shorten an overlong segment, keeping its extension and a hash of the original for distinctness. */
function truncateSegment(name: string, original: string): string {
  if (Buffer.byteLength(name) <= MAX_SEGMENT_BYTES) return name;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 && Buffer.byteLength(name.slice(dot)) <= 16 ? name.slice(dot) : '';
  const tag = `~${shortHash(original)}`;
  const budget = MAX_SEGMENT_BYTES - Buffer.byteLength(tag + ext);
  return truncateToBytes(name.slice(0, name.length - ext.length), budget) + tag + ext;
}

/** Keep the longest prefix of whole code points that fits in `budget` UTF-8 bytes. */
function truncateToBytes(text: string, budget: number): string {
  let out = '';
  let used = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char);
    if (used + size > budget) break;
    out += char;
    used += size;
  }
  return out;
}

/**
 * Join segments; when the result is too long, keep the leading folders that fit, then a
 * `_long~hash` folder standing for the rest, then the file name.
 */
function limitPathLength(segments: string[]): string {
  const joined = segments.join('/');
  if (Buffer.byteLength(joined) <= MAX_PATH_BYTES) return joined;
  const file = segments[segments.length - 1]!;
  const tail = `_long~${shortHash(joined)}/${file}`;
  let budget = MAX_PATH_BYTES - Buffer.byteLength(tail);
  const kept: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    const size = Buffer.byteLength(segment) + 1;
    if (size > budget) break;
    kept.push(segment);
    budget -= size;
  }
  return [...kept, tail].join('/');
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}
