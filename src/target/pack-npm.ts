/**
 * The parts of npm that decide what `npm pack` puts in a tarball, loaded on demand. We call
 * npm's own modules (Arborist, npm-packlist, pacote's tar options) instead of re-implementing
 * the rules, so the file list cannot drift from what `npm publish` ships.
 *
 * Flow followed: pacote's DirFetcher (`pacote/lib/dir.js`): `new Arborist({ path }).loadActual()`,
 * then `packlist(tree, { path })`, then `tar.c(DirFetcher.tarCreateOptions(manifest), files)`.
 */
import { createRequire } from 'node:module';
import type Arborist from '@npmcli/arborist';

/** The loaded tree of a package folder, as Arborist reads it. */
export type PackTree = Arborist.Node;

/** The stat-like object pacote's tar filter adjusts in place. */
interface ModeHolder {
  mode: number;
}

/** The slice of pacote's tar-create options we use (its `filter` sets bin files executable). */
interface TarCreateOptions {
  filter(path: string, stat: ModeHolder): boolean;
}

/** What pacote's DirFetcher passes to npm-packlist. */
interface PacklistOptions {
  readonly path: string;
  readonly prefix?: string;
  readonly workspaces?: string[];
}

interface NpmModules {
  readonly Arborist: typeof Arborist;
  readonly packlist: (tree: PackTree, options: PacklistOptions) => Promise<string[]>;
  readonly tarCreateOptions: (manifest: object) => TarCreateOptions;
  readonly mapWorkspaces: (options: { cwd: string; pkg: object }) => Promise<Map<string, string>>;
}

let cached: NpmModules | undefined;

/**
 * Load Arborist, npm-packlist, pacote and map-workspaces lazily: they are heavy, and only the
 * directory target needs them. They ship no type declarations, hence the casts.
 */
function loadNpmModules(): NpmModules {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const pacote = require('pacote') as { DirFetcher: { tarCreateOptions(manifest: object): TarCreateOptions } };
  cached = {
    Arborist: require('@npmcli/arborist') as typeof Arborist,
    packlist: require('npm-packlist') as NpmModules['packlist'],
    tarCreateOptions: (manifest) => pacote.DirFetcher.tarCreateOptions(manifest),
    mapWorkspaces: require('@npmcli/map-workspaces') as NpmModules['mapWorkspaces'],
  };
  return cached;
}

/**
 * List the files `npm pack` would put in the tarball for `dir` (an absolute path),
 * package-relative and `/`-separated, in npm-packlist's order. Runs no lifecycle script (npm
 * runs `prepack` and `prepare` before this step; leakproof inspects the folder as it is).
 *
 * `workspaceRoot` is set when `dir` is a workspace of a project above it: npm then passes
 * `prefix` and `workspaces`, and npm-packlist also applies the ignore files of the root and of
 * the folders in between.
 */
export async function listPackedPaths(dir: string, workspaceRoot?: string): Promise<{ paths: string[]; tree: PackTree }> {
  const { Arborist: ArboristClass, packlist } = loadNpmModules();
  const tree = await new ArboristClass({ path: dir }).loadActual();
  const options = workspaceRoot ? { path: dir, prefix: workspaceRoot, workspaces: [dir] } : { path: dir };
  const paths = await packlist(tree, options);
  return { paths, tree };
}

/** The workspace paths (absolute) declared by the project whose package.json is `pkg`. */
export async function mapWorkspacePaths(root: string, pkg: object): Promise<string[]> {
  const workspaces = await loadNpmModules().mapWorkspaces({ cwd: root, pkg });
  return [...workspaces.values()];
}

/**
 * Build the function giving the mode a file gets in the tarball: pacote's filter adds the
 * executable bits to files it recognises as package bins, then node-tar's portable mode drops
 * group/other write and forces owner read/write (node-tar `mode-fix.js`). `manifest` is the
 * normalized package.json (Arborist's `tree.package`, the same `@npmcli/package-json`
 * normalize pacote uses).
 */
export function createPackedMode(manifest: object): (path: string, fsMode: number) => number {
  const { filter } = loadNpmModules().tarCreateOptions(manifest);
  return (path, fsMode) => {
    const stat: ModeHolder = { mode: fsMode };
    filter(path, stat);
    return ((stat.mode & 0o7777) | 0o600) & ~0o22;
  };
}
