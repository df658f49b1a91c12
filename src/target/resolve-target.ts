import { createReadStream } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LeakproofError } from '../errors.js';
import { createContents, readPackageJson } from '../tarball/contents.js';
import { DEFAULT_LIMITS, readTarball } from '../tarball/read-tarball.js';
import type { PackageContents, TarballLimits, TargetInfo } from '../types.js';
import type { fetchRegistryTarball as FetchRegistryTarball } from './fetch-registry.js';
import { packDirectory } from './pack-directory.js';

/** Where and how to resolve a target. */
export interface ResolveOptions {
  readonly cwd: string;
  readonly env: Record<string, string | undefined>;
  readonly limits?: TarballLimits;
}

/** A target read into memory. */
export interface ResolvedTarget {
  readonly info: TargetInfo;
  readonly contents: PackageContents;
  /** For a directory target: its absolute path (where leakproof.json is looked up). */
  readonly directory: string | null;
}

const TARBALL_NAME = /\.(tgz|tar\.gz|tar)$/i;

/**
 * Decide what the argument is and read it. Something on disk wins: a folder is packed the way
 * `npm pack` would, a `.tgz` is streamed; anything else must parse as a registry spec
 * (`name`, `name@1.2.3`, `name@^1`, `@scope/name@tag`) and is fetched like npm would.
 */
export async function resolveTarget(input: string, options: ResolveOptions): Promise<ResolvedTarget> {
  const path = resolve(options.cwd, input);
  const stats = await stat(path).catch(async (error: NodeJS.ErrnoException) => {
    // Only "nothing there" may fall through to the registry: a dangling symlink or an unreadable
    // path named `is-number` must not turn into a fetch of someone else's package.
    const onDisk = await lstat(path).then(() => true, () => false);
    if (error.code !== 'ENOENT' || onDisk) {
      throw new LeakproofError('target', `${input}: cannot read it (${error.code ?? error.message}); check the path`, { cause: error });
    }
    return undefined;
  });
  if (stats?.isDirectory()) return readDirectory(input, path, options.limits ?? DEFAULT_LIMITS);
  if (stats?.isFile()) {
    if (!TARBALL_NAME.test(path)) {
      throw new LeakproofError('usage', `${input} is a file but not a .tgz; give a package folder, a .tgz or a registry spec like name@1.2.3`);
    }
    return readTarballFile(input, path, options.limits ?? DEFAULT_LIMITS);
  }
  if (TARBALL_NAME.test(input) || input.startsWith('.') || input.startsWith('/')) {
    throw new LeakproofError('target', `${input}: no such file or folder; check the path`);
  }
  // pacote takes ~150 ms to load: only pay for it when a registry spec is actually used.
  const registry = await import('./fetch-registry.js');
  if (!registry.isRegistrySpec(input)) {
    throw new LeakproofError('usage', `${input} is not a folder, a .tgz or a registry spec; try name, name@1.2.3 or @scope/name@tag`);
  }
  return readRegistry(input, options, registry.fetchRegistryTarball);
}

async function readDirectory(input: string, path: string, limits: TarballLimits): Promise<ResolvedTarget> {
  const packed = await packDirectory(path, limits);
  const contents = createContents(packed.files, [], packed.gaps);
  return { info: identify(input, 'directory', packed.packageJson, null), contents, directory: path };
}

async function readTarballFile(input: string, path: string, limits: TarballLimits): Promise<ResolvedTarget> {
  try {
    const { contents, integrity } = await readTarball(createReadStream(path, { highWaterMark: 1024 * 1024 }), limits);
    return { info: identify(input, 'tarball', readPackageJson(contents), integrity), contents, directory: null };
  } catch (error) {
    throw new LeakproofError('target', `${input}: cannot read the file (${(error as Error).message})`, { cause: error });
  }
}

async function readRegistry(input: string, options: ResolveOptions, fetchRegistryTarball: typeof FetchRegistryTarball): Promise<ResolvedTarget> {
  const fetched = await fetchRegistryTarball(input, { cwd: options.cwd, env: options.env }, (stream) =>
    readTarball(stream, options.limits ?? DEFAULT_LIMITS),
  );
  const { contents, integrity } = fetched.result;
  const info: TargetInfo = {
    input,
    kind: 'registry',
    name: fetched.name,
    version: fetched.version,
    integrity: fetched.integrity ?? integrity,
  };
  return { info, contents, directory: null };
}

function identify(input: string, kind: TargetInfo['kind'], pkg: Record<string, unknown> | undefined, integrity: string | null): TargetInfo {
  const name = typeof pkg?.name === 'string' ? pkg.name : null;
  const version = typeof pkg?.version === 'string' ? pkg.version : null;
  return { input, kind, name, version, integrity };
}
