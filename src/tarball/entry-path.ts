import { posix, win32 } from 'node:path';
import type { UnsafeEntry } from '../types.js';

/**
 * Where npm puts one tar entry, decided from its path and type alone, exactly as `npm install`
 * does on POSIX: pacote extracts with node-tar's `Unpack` and `strip: 1`
 * (pacote lib/fetcher.js `#tarxOptions`), whose `[CHECKPATH]` and `[STRIPABSOLUTEPATH]`
 * (node-tar src/unpack.ts) turn the entry path into a path under the package folder. node-tar
 * does not export those steps, so they are mirrored here line for line, and the differential
 * test (test/differential.test.ts, `npm run fuzz`) holds this file to pacote's real output.
 */
export type EntryVerdict =
  /** npm writes a regular file at `path` (package-relative, `/`-separated, normalised). */
  | { readonly kind: 'file'; readonly path: string; readonly stripped?: string }
  /** A directory or the package root: npm writes nothing for it (pacote filters directories out). */
  | { readonly kind: 'ignore' }
  /** npm does not write it; the tarball still carries it, so it is reported. */
  | { readonly kind: 'unsafe'; readonly entry: UnsafeEntry };

/** The types pacote's filter lets through as files (`/File$/` on the types node-tar parses). */
export const FILE_TYPES: ReadonlySet<string> = new Set(['File', 'OldFile', 'ContiguousFile']);
const LINK_REASONS: Readonly<Record<string, UnsafeEntry['reason']>> = { SymbolicLink: 'symlink', Link: 'hardlink' };
/** What win32 path rules can read as a root: a leading `/` or `\`, or a drive `:` anywhere. */
const MAY_HAVE_ROOT = /^[/\\]|:/;
/** node-tar's default `maxDepth` (src/unpack.ts DEFAULT_MAX_DEPTH). */
const MAX_DEPTH = 1024;

/**
 * Classify a tar entry by the path the parser reports (PAX and GNU long names applied) and its
 * type. Regular files (`File`, `OldFile`, `ContiguousFile`) get the path npm writes; links,
 * devices and FIFOs are refused as pacote's filter and node-tar refuse them; paths with a `..`
 * segment are skipped by node-tar (the class of bug behind CVE-2021-32804 and friends);
 * absolute and drive-prefixed paths are written under the package with the prefix stripped,
 * so they are inspected there and reported as well.
 */
export function classifyEntryPath(rawPath: string, type: string): EntryVerdict {
  const linkReason = LINK_REASONS[type];
  if (linkReason) return unsafe(stripFirst(rawPath), linkReason);
  if (type === 'Directory' || type === 'GNUDumpDir') return { kind: 'ignore' };
  if (!FILE_TYPES.has(type)) return unsafe(stripFirst(rawPath), 'special-file', `a ${type} entry`);
  const parts = rawPath.split('/');
  parts.splice(0, 1);
  const afterStrip = parts.join('/');
  if (parts.length > MAX_DEPTH) return unsafe(afterStrip, 'not-installed', `more than ${MAX_DEPTH} folders deep`);
  // Only a leading slash or backslash, or a `:` (drive), can make a root: skip win32.parse otherwise.
  const [root, stripped] = MAY_HAVE_ROOT.test(afterStrip) ? stripAbsolutePath(afterStrip) : ['', afterStrip];
  if (stripped.replaceAll('\\', '/').split('/').includes('..')) return unsafe(stripped, 'path-traversal');
  const path = normaliseSegments(stripped);
  // The entry names the package folder itself (a file at the archive root, `package/.`):
  // node-tar refuses to replace the folder it extracts into.
  if (path === '') return unsafe(rawPath, 'not-installed', 'it names the package folder itself');
  // `/etc/x` loses its empty first segment to `strip: 1` and lands at `etc/x`: still an archive
  // no packer writes, so it is reported like a root node-tar strips itself.
  const removed = root || (MAY_HAVE_ROOT.test(rawPath) ? stripAbsolutePath(rawPath)[0] : '');
  return removed === '' ? { kind: 'file', path } : { kind: 'file', path, stripped: removed };
}

/**
 * node-tar's `stripAbsolutePath` (src/strip-absolute-path.ts): win32 rules on every platform,
 * so `/x`, `C:x`, `C:/x`, `\\server\share\x` and `//?/C:/x` all lose their root, repeatedly.
 * Returns the root removed and what is left.
 */
export function stripAbsolutePath(input: string): [string, string] {
  let path = input;
  let removed = '';
  let parsed = win32.parse(path);
  while (win32.isAbsolute(path) || parsed.root) {
    const root = path.charAt(0) === '/' && path.slice(0, 4) !== '//?/' ? '/' : parsed.root;
    path = path.slice(root.length);
    removed += root;
    parsed = win32.parse(path);
  }
  return [removed, path];
}

/** The path after strip as `path.resolve` sees it on POSIX: empty and `.` segments and trailing slashes go. */
function normaliseSegments(path: string): string {
  return path
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

/** The entry path without its first segment, for reporting entries npm does not write. */
function stripFirst(rawPath: string): string {
  const slash = rawPath.indexOf('/');
  const rest = slash < 0 ? rawPath : rawPath.slice(slash + 1);
  return rest === '' ? rawPath : rest;
}

function unsafe(path: string, reason: UnsafeEntry['reason'], detail?: string): EntryVerdict {
  return { kind: 'unsafe', entry: detail === undefined ? { path, reason } : { path, reason, detail } };
}

/** True for the file name npm renames (pacote: `.gitignore` becomes `.npmignore`). */
export function isGitignore(rawPath: string): boolean {
  return posix.basename(rawPath) === '.gitignore';
}
