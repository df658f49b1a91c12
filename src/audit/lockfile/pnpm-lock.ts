/**
 * pnpm-lock.yaml (lockfile v9, pnpm 9 and later), read with pnpm's own reader
 * (`@pnpm/lockfile.fs`), which also merges the `packages` and `snapshots` sections. A package
 * key is a dependency path (`name@version(peer@1)`); pnpm's `nameVerFromPkgSnapshot` turns it
 * into a name and version. `resolution` says where it comes from: `{integrity}` alone is the
 * registry, a `tarball` URL is a registry or remote tarball (or a git host's archive), `git` and
 * `directory` are not published packages. Links between workspace projects live under
 * `importers` as `link:` versions.
 */
import type { LockfileObject, PackageSnapshot } from '@pnpm/lockfile.fs';
import type { LockedPackage, LockfileEntries, SkippedEntry } from './types.js';
import { classifyLockedSource } from './locked-source.js';

/** Read `<dir>/pnpm-lock.yaml` with pnpm's reader. */
export async function readPnpmLock(dir: string): Promise<LockfileEntries> {
  const { readWantedLockfile } = await import('@pnpm/lockfile.fs');
  const { nameVerFromPkgSnapshot } = await import('@pnpm/lockfile.utils');
  const lockfile = await readWantedLockfile(dir, { ignoreIncompatible: false });
  if (!lockfile) throw new Error('pnpm-lock.yaml is empty');
  const major = Number.parseInt(String(lockfile.lockfileVersion), 10);
  if (!(major >= 9)) {
    throw new Error(`lockfileVersion ${String(lockfile.lockfileVersion)} is older than 9.0; run \`pnpm install\` with pnpm 9 or later to update it`);
  }
  const packages: LockedPackage[] = [];
  const skipped: SkippedEntry[] = [];
  for (const [depPath, snapshot] of Object.entries(lockfile.packages ?? {}) as [string, PackageSnapshot][]) {
    const { name, version } = nameVerFromPkgSnapshot(depPath, snapshot);
    const path = depPath.replace(/\(.*$/, ''); // the peer suffix names no other tarball
    const source = sourceOf(snapshot.resolution as Record<string, unknown>);
    if (source.kind === 'skip' || !version) {
      skipped.push({ input: path, path, reason: source.kind === 'skip' ? source.reason : 'the lockfile records no version' });
    } else {
      const integrity = (snapshot.resolution as { integrity?: unknown }).integrity;
      packages.push({ name, version, integrity: typeof integrity === 'string' ? integrity : null, resolved: source.resolved, path });
    }
  }
  skipped.push(...importerLinks(lockfile));
  return { version: String(lockfile.lockfileVersion), packages, skipped };
}

function sourceOf(resolution: Record<string, unknown>): ReturnType<typeof classifyLockedSource> {
  switch (resolution.type) {
    case undefined:
      if (resolution.gitHosted === true) return classifyLockedSource(`git+${String(resolution.tarball)}`);
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
function importerLinks(lockfile: LockfileObject): SkippedEntry[] {
  const links = new Map<string, SkippedEntry>();
  for (const [id, importer] of Object.entries(lockfile.importers ?? {})) {
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
      for (const [name, version] of Object.entries(importer[field] ?? {})) {
        if (!String(version).startsWith('link:')) continue;
        const input = `${name}@${String(version)}`;
        const source = classifyLockedSource(String(version));
        if (!links.has(input) && source.kind === 'skip') links.set(input, { input, path: `importers/${id}`, reason: source.reason });
      }
    }
  }
  return [...links.values()];
}
