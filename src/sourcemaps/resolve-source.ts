/**
 * Resolve a `sources` entry to a package-relative path, following ECMA-426 §"Resolving sources"
 * (https://tc39.es/ecma426/#sec-resolving-sources): prefix `sourceRoot`, then resolve against
 * the map's location. Bundler pseudo-URLs are mapped onto the package root rather than kept as
 * URLs, so they can be compared with shipped files (see docs/sourcemaps.md):
 *
 * - `webpack://<namespace>/./src/a.ts` -> `src/a.ts` (webpack's resource path is relative to
 *   its context, normally the package root; the namespace segment is dropped);
 * - `turbopack://[project]/src/a.ts`, `rollup://...`, `vite://...` likewise drop scheme + first segment;
 * - `file:///home/me/a.ts` -> `/home/me/a.ts` (absolute: outside the package);
 * - `http(s)://...` stays a URL;
 * - relative paths climbing above the package keep their leading `../` (`../other/src/a.ts`).
 *
 * Query strings (`?5f3a`, `?vue&type=script`) are dropped; backslashes become slashes.
 */
import { posix } from 'node:path';
import { percentDecode } from '../percent-decode.js';

const SCHEME = /^([a-z][\w+.-]*):\/\//i;

/** The resolved path of a source entry; `(unnamed source <index>)` for a null entry. */
export function resolveSourcePath(source: string | null, sourceRoot: string | undefined, mapPath: string, index: string): string {
  if (source === null) return `(unnamed source ${index})`;
  const joined =
    sourceRoot !== undefined && !SCHEME.test(source) && !isAbsolute(source)
      ? `${sourceRoot}${sourceRoot.endsWith('/') ? '' : '/'}${source}`
      : source;
  const scheme = SCHEME.exec(joined)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') return joined;
  if (scheme === 'file') return normaliseAbsolute(percentDecode(joined.replace(/^file:\/\/[^/]*/i, '')));
  if (scheme !== undefined) return normaliseRelative(stripBundlerPrefix(joined));
  const path = stripQuery(joined).replace(/\\/g, '/');
  if (isAbsolute(path)) return normaliseAbsolute(path);
  return normaliseRelative(posix.join(posix.dirname(mapPath), path));
}

/**
 * The part of a bundler pseudo-URL after `scheme://namespace/`, query removed:
 * `webpack://lib/./src/a.ts?x` -> `./src/a.ts`, `webpack:///webpack/bootstrap` -> `webpack/bootstrap`.
 * A source without a scheme is returned without its query.
 */
export function stripBundlerPrefix(source: string): string {
  const match = SCHEME.exec(source);
  if (!match) return stripQuery(source);
  const rest = source.slice(match[0].length);
  // A scoped package's name is the namespace whole: `webpack://@scope/name/./src/a.ts`.
  const first = rest.indexOf('/');
  const slash = rest.startsWith('@') && first >= 0 ? rest.indexOf('/', first + 1) : first;
  return stripQuery(slash < 0 ? rest : rest.slice(slash + 1)).replace(/\\/g, '/');
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

function stripQuery(path: string): string {
  const query = path.indexOf('?');
  return query < 0 ? path : path.slice(0, query);
}

function normaliseAbsolute(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return /^[A-Za-z]:\//.test(slashed) ? slashed.slice(0, 3) + posix.normalize(slashed.slice(3)) : posix.normalize(slashed);
}

/** Normalise a package-relative path; `./x` -> `x`, `a/../../x` -> `../x`. */
function normaliseRelative(path: string): string {
  const normalised = posix.normalize(path.replace(/^\/+/, ''));
  return normalised === '.' ? '' : normalised.replace(/^\.\//, '');
}
