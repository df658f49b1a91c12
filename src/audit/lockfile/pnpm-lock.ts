/**
 * pnpm-lock.yaml (lockfile v9, pnpm 9 and later), read as pnpm reads it
 * (`@pnpm/lockfile.fs` `readWantedLockfile`): js-yaml, the main document when pnpm 11+ writes an
 * env document before it, and each `snapshots` key merged with its `packages` entry (the key
 * without its `(peer@1)` / `(patch_hash=...)` suffixes). A key is a dependency path
 * (`name@version(peer@1)`); the name is what comes before the `@` after the first character,
 * the version the snapshot's own `version` or the semver rest of the key (pnpm's
 * `nameVerFromPkgSnapshot`). `resolution` says where it comes from: `{integrity}` alone is the
 * registry, a `tarball` URL is a registry or remote tarball (or a git host's archive), `git` and
 * `directory` are not published packages. Links between workspace projects live under
 * `importers` as `link:` versions.
 *
 * Our own ~60 lines instead of pnpm's reader: @pnpm/lockfile.fs and @pnpm/lockfile.utils brought
 * 38 packages (1.5 MB) into every install of leakproof for this one file format.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import { stripBom } from '../../text.js';
import { classifyLockedSource } from './locked-source.js';
import type { LockedPackage, LockfileEntries, SkippedEntry } from './types.js';

interface PnpmPackage {
  readonly version?: unknown;
  readonly resolution?: Record<string, unknown>;
}

interface PnpmImporter {
  readonly dependencies?: Record<string, { version?: unknown }>;
  readonly devDependencies?: Record<string, { version?: unknown }>;
  readonly optionalDependencies?: Record<string, { version?: unknown }>;
}

interface PnpmLockfile {
  readonly lockfileVersion?: unknown;
  readonly importers?: Record<string, PnpmImporter>;
  readonly packages?: Record<string, PnpmPackage>;
  readonly snapshots?: Record<string, PnpmPackage>;
}

/** Read `<dir>/pnpm-lock.yaml`. */
export async function readPnpmLock(dir: string): Promise<LockfileEntries> {
  const { load } = await import('js-yaml');
  const text = stripBom(await readFile(join(dir, 'pnpm-lock.yaml'), 'utf8'));
  const lockfile = load(mainDocument(text)) as PnpmLockfile | null | undefined;
  if (!lockfile || typeof lockfile !== 'object') throw new Error('pnpm-lock.yaml is empty');
  const major = Number.parseInt(String(lockfile.lockfileVersion), 10);
  if (!(major >= 9)) {
    throw new Error(
      `lockfileVersion ${String(lockfile.lockfileVersion)} is older than 9.0; run \`pnpm install\` with pnpm 9 or later to update it`,
    );
  }
  const packages: LockedPackage[] = [];
  const skipped: SkippedEntry[] = [];
  for (const [depPath, snapshot] of Object.entries(lockfile.snapshots ?? {})) {
    const id = removeSuffix(depPath);
    const pkg: PnpmPackage = { ...snapshot, ...lockfile.packages?.[id] };
    const { name, version } = nameAndVersion(depPath, pkg);
    const path = depPath.replace(/\(.*$/, ''); // the peer suffix names no other tarball
    const resolution = pkg.resolution ?? {};
    const source = sourceOf(resolution);
    if (source.kind === 'skip' || !version) {
      skipped.push({ input: path, path, reason: source.kind === 'skip' ? source.reason : 'the lockfile records no version' });
    } else {
      const { integrity } = resolution;
      packages.push({ name, version, integrity: typeof integrity === 'string' ? integrity : null, resolved: source.resolved, path });
    }
  }
  skipped.push(...importerLinks(lockfile));
  return { version: String(lockfile.lockfileVersion), packages, skipped };
}

/** pnpm 11+ may write an env lockfile as a first YAML document; the lockfile proper is the second. */
function mainDocument(text: string): string {
  if (!text.startsWith('---\n')) return text;
  const separator = text.indexOf('\n---\n', 4);
  return separator === -1 ? text : text.slice(separator + 5);
}

/** The dependency path without its trailing `(...)` groups: peers, and a `(patch_hash=...)`. */
function removeSuffix(depPath: string): string {
  if (!depPath.endsWith(')')) return depPath;
  let depth = 0;
  for (let i = depPath.length - 1; i >= 0; i -= 1) {
    if (depPath[i] === ')') depth += 1;
    else if (depPath[i] === '(') depth -= 1;
    else if (depth === 0) return depPath.slice(0, i + 1);
  }
  return depPath;
}

function nameAndVersion(depPath: string, pkg: PnpmPackage): { name: string; version: string | undefined } {
  const at = depPath.indexOf('@', 1);
  const name = at === -1 ? depPath : depPath.slice(0, at);
  const fromKey = at === -1 ? null : semver.valid(removeSuffix(depPath).slice(at + 1));
  return { name, version: typeof pkg.version === 'string' ? pkg.version : (fromKey ?? undefined) };
}

/** A tarball from a git host's archive endpoint (pnpm backfills `gitHosted` for such URLs). */
function isGitHostedTarball(url: string): boolean {
  const lower = url.toLowerCase();
  return /^https:\/\/(codeload\.github\.com|bitbucket\.org|gitlab\.com)\//.test(lower) && lower.includes('tar.gz');
}

function sourceOf(resolution: Record<string, unknown>): ReturnType<typeof classifyLockedSource> {
  switch (resolution.type) {
    case undefined:
      if (resolution.gitHosted === true || (typeof resolution.tarball === 'string' && isGitHostedTarball(resolution.tarball))) {
        return classifyLockedSource(`git+${String(resolution.tarball)}`);
      }
      return classifyLockedSource(typeof resolution.tarball === 'string' ? resolution.tarball : null);
    case 'directory':
      return classifyLockedSource(`file:${String(resolution.directory)}`);
    case 'git':
      return classifyLockedSource(`git+${String(resolution.repo)}#${String(resolution.commit)}`);
    default:
      return { kind: 'skip', reason: `a ${String(resolution.type)} resolution (a runtime pnpm installs), not an npm package` };
  }
}

/** `link:` dependencies of workspace projects: the project's own folders. */
function importerLinks(lockfile: PnpmLockfile): SkippedEntry[] {
  const links = new Map<string, SkippedEntry>();
  for (const [id, importer] of Object.entries(lockfile.importers ?? {})) {
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
      for (const [name, entry] of Object.entries(importer[field] ?? {})) {
        const version = String(entry?.version); // v9 writes `{ specifier, version }`
        if (!version.startsWith('link:')) continue;
        const input = `${name}@${version}`;
        const source = classifyLockedSource(version);
        if (!links.has(input) && source.kind === 'skip') links.set(input, { input, path: `importers/${id}`, reason: source.reason });
      }
    }
  }
  return [...links.values()];
}
