/**
 * The placement a recovered source's path gives the credentials in it. Every part of that path is
 * the publisher's word, and much of it is not the project's: `sourceRoot` and bundler namespaces
 * (`webpack://example-utils/`) are build settings, and absolute paths (`/home/u/tests/pkg/src/`)
 * name the build machine's folders. A folder called `tests` or `examples` there says nothing
 * about the file. So context is read from the entry as written, without `sourceRoot`:
 * - an entry that resolves inside the package (`../src/a.ts` from `dist/`) is read as a
 *   package path, like a shipped file's;
 * - any other (absolute, `file:`, a bundler URL, climbing above the package) is read from below
 *   the deepest folder that all such entries of its map share: `test/fixtures/key.ts` beside
 *   `src/index.ts` keeps its context; a lone entry keeps only its file name.
 * A path context only ever lowers a finding to a warning (credential-finding.ts), so what a
 * publisher names a source can never drop a credential.
 */
import { posix } from 'node:path';
import { dependencyOf, type Placement, placementOfPath } from '../secrets/context.js';
import { resolveSourcePath } from '../sourcemaps/resolve-source.js';
import type { RecoveredSource } from '../sourcemaps/types.js';

/** The placement of a recovered source's credentials, or undefined for code. */
export type SourcePlacer = (source: RecoveredSource) => Placement | undefined;

/** A placer for the sources of one analysis; each map's shared folder is computed once. */
export function createSourcePlacer(sources: readonly RecoveredSource[]): SourcePlacer {
  let sharedByMap: Map<string, readonly string[]> | undefined;
  return (source) => {
    if (source.classification === 'third-party') {
      const dependency = dependencyOf(source.resolved) ?? dependencyOf(source.source);
      return dependency ? { context: 'dependency', dependency } : { context: 'dependency' };
    }
    const entry = readEntry(source);
    if (entry.inPackage) return placementOfPath(entry.path);
    sharedByMap ??= sharedFolders(sources);
    const shared = sharedByMap.get(source.map) ?? [];
    return placementOfPath(entry.segments.slice(shared.length).join('/'));
  };
}

interface Entry {
  /** The entry resolved against the map's folder, without `sourceRoot`. */
  readonly path: string;
  readonly inPackage: boolean;
  /** For an entry outside the package: its path segments, roots, schemes and `..` dropped. */
  readonly segments: readonly string[];
}

const SCHEME = /^[a-z][\w+.-]*:\/\//i;

function readEntry(source: RecoveredSource): Entry {
  const path = resolveSourcePath(source.source, undefined, source.map, source.index);
  const outside = SCHEME.test(source.source) || SCHEME.test(path) || /^(?:\/|[A-Za-z]:\/|\.\.\/|\.\.$)/.test(path);
  if (!outside) return { path, inPackage: true, segments: [] };
  const bare = path.replace(SCHEME, '').replace(/^[A-Za-z]:\//, '');
  return {
    path,
    inPackage: false,
    segments: posix
      .normalize(`/${bare}`)
      .split('/')
      .filter((segment) => segment !== '' && segment !== '..'),
  };
}

/** Per map, the folders (as segments) that all its entries outside the package share. */
function sharedFolders(sources: readonly RecoveredSource[]): Map<string, readonly string[]> {
  const shared = new Map<string, string[]>();
  for (const source of sources) {
    if (source.classification === 'third-party') continue;
    const entry = readEntry(source);
    if (entry.inPackage) continue;
    const folders = entry.segments.slice(0, -1);
    const known = shared.get(source.map);
    if (!known) shared.set(source.map, folders);
    else known.splice(commonLength(known, folders));
  }
  return shared;
}

function commonLength(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
