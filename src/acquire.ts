/**
 * The first step of an inspection, and its only I/O: read the target into memory (pack a folder,
 * stream a .tgz, fetch a spec), find the leakproof.json that applies to it, and read the baseline
 * release. Everything after this (check.ts) is a function of what it returns.
 */
import { access, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { LeakproofError } from './errors.js';
import { parseJsonText } from './json-text.js';
import { MANIFEST_FILE } from './policy/manifest-json.js';
import { DEFAULT_POLICY, type LoadedPolicy, type Policy } from './policy/policy.js';
import type { BaselineSnapshot } from './rules/index.js';
import { readPackageJson } from './tarball/contents.js';
import { DEFAULT_LIMITS } from './tarball/read-tarball.js';
import { targetDependencies } from './target/dependency-closure.js';
import type { PackManager } from './target/package-manager.js';
import { resolveBaseline } from './target/resolve-baseline.js';
import { type ResolvedTarget, type ResolveOptions, resolveTarget } from './target/resolve-target.js';
import type { TarballLimits } from './types.js';

/** Options of {@link acquire}; every field is optional. */
export interface AcquireOptions {
  /** Folder relative targets and manifests resolve against (default `process.cwd()`). */
  cwd?: string;
  /** Environment used for npm config (`npm_config_*`); default `process.env`. */
  env?: Record<string, string | undefined>;
  /**
   * Path of leakproof.json, or `false` for none. Default: `leakproof.json` in the target folder;
   * for a .tgz or registry target, the one in `cwd` only when `cwd`'s package.json has the same
   * name (so auditing someone else's package never applies your allowlist to it).
   */
  manifest?: string | false;
  limits?: Partial<TarballLimits>;
  /** Compare with a previous release: spec, .tgz, folder, or `latest`/`previous` from the registry. */
  baseline?: string;
  /** Package manager that packs a folder target (default: detected, see docs). */
  packManager?: PackManager;
  /** Pack a folder target with its package manager, lifecycle scripts included (kind `packed`). */
  pack?: boolean;
  /** With `pack`: keep the tarball in this empty folder (`publish` hands it to npm). */
  packDestination?: string;
  /** Receives one-line notes for the user that are not findings (a fallback taken). */
  onNote?: (text: string) => void;
  /** With `pack`: receives the package manager's and build scripts' output as it comes. */
  onOutput?: (text: string) => void;
}

/** A target in memory with the manifest and baseline that apply to it. */
export interface Acquired {
  readonly target: ResolvedTarget;
  readonly manifest: LoadedPolicy;
  readonly baseline: BaselineSnapshot | undefined;
  /**
   * A leakproof.json in `cwd` that was not applied because it belongs to another package (the
   * names differ): a .tgz or registry target only gets it when they match. Null otherwise.
   */
  readonly unappliedManifest: string | null;
}

/** Read a package (folder, .tgz or registry spec), its manifest and its baseline. */
export async function acquire(input: string, options: AcquireOptions = {}): Promise<Acquired> {
  const cwd = options.cwd ?? process.cwd();
  const resolveOptions: ResolveOptions = {
    cwd,
    env: options.env ?? process.env,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    ...(options.packManager ? { packManager: options.packManager } : {}),
    ...(options.onNote ? { onNote: options.onNote } : {}),
  };
  const packOptions = options.pack
    ? {
        pack: true,
        ...(options.packDestination ? { packDestination: options.packDestination } : {}),
        ...(options.onOutput ? { onOutput: options.onOutput } : {}),
      }
    : {};
  const resolved = await resolveTarget(input, { ...resolveOptions, ...packOptions });
  const target: ResolvedTarget = {
    ...resolved,
    dependencies: await targetDependencies(resolved, readPackageJson(resolved.contents), resolveOptions),
  };
  const manifest = await findManifest(target, cwd, options.manifest);
  // A baseline is a release as published: never packed with scripts.
  const baseline = options.baseline ? await loadBaseline(options.baseline, target, manifest.policy, resolveOptions) : undefined;
  const unappliedManifest = manifest.path === null && target.directory === null ? await existing(resolve(cwd, MANIFEST_FILE)) : null;
  return { target, manifest, baseline, unappliedManifest };
}

/** Read the baseline release and keep what the comparison needs (files and maps). */
async function loadBaseline(spec: string, current: ResolvedTarget, policy: Policy, options: ResolveOptions): Promise<BaselineSnapshot> {
  const resolved = await resolveBaseline(spec, current, options);
  if (!resolved) return { info: null, files: [], maps: [] };
  if (resolved.contents.gaps.length > 0) {
    throw new LeakproofError(
      'target',
      `baseline ${spec} could not be fully read (${resolved.contents.gaps[0]!.message}); the comparison would be wrong`,
    );
  }
  // The rules load only when a baseline needs them (the CLI loads them while the target is read).
  const { analyseWithPolicy } = await import('./rules/index.js');
  const maps = analyseWithPolicy(resolved.contents, policy, current.dependencies).maps;
  return { info: resolved.info, files: resolved.contents.files.map(({ path, size }) => ({ path, size })), maps };
}

async function findManifest(target: ResolvedTarget, cwd: string, option: string | false | undefined): Promise<LoadedPolicy> {
  const none: LoadedPolicy = { path: null, raw: null, policy: DEFAULT_POLICY };
  if (option === false) return none;
  const path = option ? resolve(cwd, option) : await defaultManifestPath(target, cwd);
  if (!path) return none;
  // The validator (ajv's standalone code, ~9 ms to load) loads only when there is a manifest to read.
  const { loadManifest } = await import('./policy/parse-manifest.js');
  return (await loadManifest(path)) ?? none;
}

async function defaultManifestPath(target: ResolvedTarget, cwd: string): Promise<string | undefined> {
  if (target.directory) return join(target.directory, MANIFEST_FILE);
  const ownName = await readFile(join(cwd, 'package.json'), 'utf8')
    .then((text) => (parseJsonText(text) as { name?: unknown }).name)
    .catch(() => undefined);
  return ownName !== undefined && ownName === target.info.name ? join(cwd, MANIFEST_FILE) : undefined;
}

async function existing(path: string): Promise<string | null> {
  return access(path).then(
    () => path,
    () => null,
  );
}
