import { lstat, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LeakproofError } from '../errors.js';
import { redactUrlsIn } from '../redact.js';
import { createContents, readPackageJson } from '../tarball/contents.js';
import { TARBALL_NAME } from '../tarball/prefetch.js';
import { DEFAULT_LIMITS, readTarball, readTarballFile } from '../tarball/read-tarball.js';
import type { PackageContents, TarballLimits, TargetInfo } from '../types.js';
import type { fetchRegistryTarball as FetchRegistryTarball } from './fetch-registry.js';
import { packDirectory } from './pack-directory.js';
import { packWithManager } from './pack-with-manager.js';
import { detectPackManager, type PackManager } from './package-manager.js';

/** Where and how to resolve a target. */
export interface ResolveOptions {
  readonly cwd: string;
  readonly env: Record<string, string | undefined>;
  readonly limits?: TarballLimits;
  /** Package manager that packs a folder; default: detected from `packageManager` or the lockfile. */
  readonly packManager?: PackManager;
  /**
   * Pack a folder with its package manager, lifecycle scripts included, and inspect that tarball
   * (kind `packed`): what `npm publish` would upload after its build. Folders are otherwise read
   * without running any script.
   */
  readonly pack?: boolean;
  /** With `pack`: keep the tarball in this (empty) folder instead of a temporary one. */
  readonly packDestination?: string;
  /** Told things the user should know that are not findings (a fallback taken, a manager missing). */
  readonly onNote?: (text: string) => void;
  /** With `pack`: receives the package manager's and the build scripts' output as it comes. */
  readonly onOutput?: (text: string) => void;
}

/** A target read into memory. */
export interface ResolvedTarget {
  readonly info: TargetInfo;
  readonly contents: PackageContents;
  /** For a directory or packed target: its absolute path (where leakproof.json is looked up). */
  readonly directory: string | null;
  /** For a packed target with `packDestination`: the tarball that was inspected. */
  readonly tarball?: string;
  /**
   * Packages of the target's scope it depends on through one another (dependency-closure.ts):
   * their code in a bundle is a dependency's, like the declared ones.
   */
  readonly dependencies?: readonly string[];
}

/**
 * Decide what the argument is and read it. Something on disk wins: a folder is packed the way
 * `npm pack` would, a `.tgz` is read (read-tarball.ts); anything else must parse as a registry spec
 * (`name`, `name@1.2.3`, `name@^1`, `@scope/name@tag`) and is fetched like npm would.
 */
export async function resolveTarget(input: string, options: ResolveOptions): Promise<ResolvedTarget> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  // `https://host/pkg-1.0.0.tgz`, `git+https://...`, `file:...`: npm's specs win over paths.
  if (/^[a-z][a-z0-9+.-]+:/i.test(input)) return resolveSpec(input, options);
  const path = resolve(options.cwd, input);
  const stats = await stat(path).catch(async (error: NodeJS.ErrnoException) => {
    // Only "nothing there" may fall through to the registry: a dangling symlink or an unreadable
    // path named `is-number` must not turn into a fetch of someone else's package.
    const onDisk = await lstat(path).then(
      () => true,
      () => false,
    );
    if (error.code !== 'ENOENT' || onDisk) {
      throw new LeakproofError('target', `${input}: cannot read it (${error.code ?? error.message}); check the path`, { cause: error });
    }
    return undefined;
  });
  if (stats?.isDirectory()) return readDirectory(input, path, options);
  if (options.pack) throw new LeakproofError('usage', `--pack packs a package folder; ${input} is not one`);
  if (stats?.isFile()) {
    if (!TARBALL_NAME.test(path)) {
      throw new LeakproofError(
        'usage',
        `${input} is a file but not a .tgz; give a package folder, a .tgz or a registry spec like name@1.2.3`,
      );
    }
    return readTarballPath(input, path, limits);
  }
  if (TARBALL_NAME.test(input) || input.startsWith('.') || input.startsWith('/')) {
    throw new LeakproofError('target', `${input}: no such file or folder; check the path`);
  }
  return resolveSpec(input, options);
}

/** A spec npm understands: a registry name or range, a tarball URL, a git URL or a `file:` spec. */
async function resolveSpec(input: string, options: ResolveOptions): Promise<ResolvedTarget> {
  const cached = await readCachedVersion(input, options);
  if (cached) return cached;
  // pacote takes ~150 ms to load: only pay for it when a spec is actually used.
  const registry = await import('./fetch-registry.js');
  const type = registry.specType(input, options.cwd);
  if (type === 'file' || type === 'directory') {
    const local = input.replace(/^file:(\/\/)?/i, '');
    return resolveTarget(local === '' ? '.' : local, options);
  }
  if (options.pack) throw new LeakproofError('usage', `--pack packs a package folder; ${input} is not one`);
  if (type === 'remote' || type === 'git') {
    const limits = options.limits ?? DEFAULT_LIMITS;
    const fetched = await registry.fetchSpecTarball(input, options, (stream) => readTarball(stream, limits));
    const { contents, integrity } = fetched.result;
    return {
      info: identify(redactUrlsIn(input), type, readPackageJson(contents), fetched.integrity ?? integrity),
      contents,
      directory: null,
    };
  }
  if (type !== 'registry') {
    throw new LeakproofError('usage', `${input} is not a folder, a .tgz or a registry spec; try name, name@1.2.3 or @scope/name@tag`);
  }
  return readRegistry(input, options, registry.fetchRegistryTarball);
}

/**
 * A folder: packed by npm's own modules in-process (no scripts), or by the project's pnpm, yarn
 * or bun with scripts switched off; with `pack`, by its manager with scripts, as for publishing.
 */
async function readDirectory(input: string, path: string, options: ResolveOptions): Promise<ResolvedTarget> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const detected = options.packManager ? { manager: options.packManager, because: '--pack-manager' } : await detectPackManager(path);
  if (options.pack) return readPacked(input, path, detected.manager, options);
  if (detected.manager !== 'npm') {
    const packed = await packWithoutScripts(path, detected.manager, options, options.packManager === undefined);
    if (packed) return { ...packed, info: { ...packed.info, input, kind: 'directory', integrity: null } };
  }
  const listed = await packDirectory(path, limits);
  const contents = createContents(listed.files, [], listed.gaps);
  return { info: identify(input, 'directory', listed.packageJson, null), contents, directory: path };
}

/**
 * Pack with a manager other than npm, scripts off, in a temporary folder. Undefined when it
 * cannot: a detected manager that is not installed, or yarn 2+ with pack scripts (npm's file
 * list is used then, and the user is told in one line).
 */
async function packWithoutScripts(
  path: string,
  manager: PackManager,
  options: ResolveOptions,
  detected: boolean,
): Promise<ResolvedTarget | undefined> {
  const destination = await mkdtemp(join(tmpdir(), 'leakproof-pack-'));
  try {
    const result = await packWithManager(path, { manager, scripts: false, env: options.env, destination });
    if (result.kind === 'needs-scripts') {
      options.onNote?.(
        `${path}: ${result.reason}, so the files are listed the way npm packs them; --pack runs the scripts and packs with ${manager}`,
      );
      return undefined;
    }
    return { ...(await readTarballPath(path, result.file, options.limits ?? DEFAULT_LIMITS)), directory: path };
  } catch (error) {
    const missing = (error as { cause?: { code?: unknown } }).cause?.code === 'ENOENT';
    if (!detected || !missing) throw error;
    options.onNote?.(`${path} is packed by ${manager}, which is not installed here; the files are listed the way npm packs them`);
    return undefined;
  } finally {
    await rm(destination, { recursive: true, force: true });
  }
}

/** `--pack`: the manager packs with its lifecycle scripts; the tarball it wrote is inspected. */
async function readPacked(input: string, path: string, manager: PackManager, options: ResolveOptions): Promise<ResolvedTarget> {
  const destination = options.packDestination ?? (await mkdtemp(join(tmpdir(), 'leakproof-pack-')));
  try {
    const result = await packWithManager(path, {
      manager,
      scripts: true,
      env: options.env,
      destination,
      ...(options.onOutput ? { onOutput: options.onOutput } : {}),
    });
    if (result.kind !== 'packed') throw new LeakproofError('target', `${input}: ${manager} did not pack it (${result.reason})`);
    const read = await readTarballPath(input, result.file, options.limits ?? DEFAULT_LIMITS);
    return {
      ...read,
      info: { ...read.info, kind: 'packed' },
      directory: path,
      ...(options.packDestination ? { tarball: result.file } : {}),
    };
  } finally {
    if (!options.packDestination) await rm(destination, { recursive: true, force: true });
  }
}

async function readTarballPath(input: string, path: string, limits: TarballLimits): Promise<ResolvedTarget> {
  try {
    const { contents, integrity } = await readTarballFile(path, limits);
    return { info: identify(input, 'tarball', readPackageJson(contents), integrity), contents, directory: null };
  } catch (error) {
    throw new LeakproofError('target', `${input}: cannot read the file (${(error as Error).message})`, { cause: error });
  }
}

async function readRegistry(
  input: string,
  options: ResolveOptions,
  fetchRegistryTarball: typeof FetchRegistryTarball,
): Promise<ResolvedTarget> {
  const fetched = await fetchRegistryTarball(input, { cwd: options.cwd, env: options.env }, (stream) =>
    readTarball(stream, options.limits ?? DEFAULT_LIMITS),
  );
  return registryTarget(input, fetched);
}

/** A shape only an exact version has (`name@1.2.3`, `@scope/name@1.2.3`): others never ask the cache. */
const EXACT_VERSION = /^(?:@[^/@\s]+\/)?[^/@\s]+@v?\d/;

/**
 * An exact version of the public registry that npm's cache holds, read without pacote or the
 * network (npm-cache.ts); undefined sends the spec the usual way, through pacote.
 */
async function readCachedVersion(input: string, options: ResolveOptions): Promise<ResolvedTarget | undefined> {
  if (options.pack || !EXACT_VERSION.test(input)) return undefined;
  const [{ loadNpmConfig }, { cachedVersionTarball }] = await Promise.all([import('./npm-config.js'), import('./npm-cache.js')]);
  // A config npm cannot load fails with its own message on the usual way.
  const config = await loadNpmConfig({ cwd: options.cwd, env: options.env }).catch(() => undefined);
  if (!config) return undefined;
  const found = await cachedVersionTarball(input, config, (path) => readTarballFile(path, options.limits ?? DEFAULT_LIMITS));
  return found && registryTarget(input, found);
}

function registryTarget(
  input: string,
  fetched: { name: string; version: string; integrity: string | null; result: { contents: PackageContents; integrity: string | null } },
): ResolvedTarget {
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
