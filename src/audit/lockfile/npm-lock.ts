/**
 * package-lock.json and npm-shrinkwrap.json, versions 1, 2 and 3
 * (https://docs.npmjs.com/cli/v11/configuring-npm/package-lock-json). v2 and v3 list every
 * installed folder under `packages`, keyed by its path (`node_modules/a/node_modules/b`); v1
 * nests `dependencies`. An alias (`"x": "npm:y@1"`) records the real name in `name` (v2+) or in
 * `version` as `npm:y@1.0.0` (v1). Bundled dependencies ship inside their parent's tarball and
 * are inspected with it, so they are listed as skipped rather than fetched twice.
 */

import { classifyLockedSource, linkReason } from './locked-source.js';
import type { LockedPackage, LockfileEntries, SkippedEntry } from './types.js';

interface PackageEntry {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  inBundle?: boolean;
}

interface LegacyEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  bundled?: boolean;
  dependencies?: Record<string, LegacyEntry>;
}

interface NpmLockData {
  lockfileVersion?: number;
  packages?: Record<string, PackageEntry>;
  dependencies?: Record<string, LegacyEntry>;
}

/** Read an npm lockfile from its parsed JSON. */
export function readNpmLock(data: unknown): LockfileEntries {
  const lock = (data ?? {}) as NpmLockData;
  if (typeof lock !== 'object' || (lock.packages === undefined && lock.dependencies === undefined)) {
    throw new Error('neither "packages" nor "dependencies" is present');
  }
  const collector = new Collector();
  if (lock.packages && (lock.lockfileVersion ?? 1) >= 2) readPackages(lock.packages, collector);
  else readLegacy(lock.dependencies ?? {}, '', collector);
  return { version: String(lock.lockfileVersion ?? 1), packages: collector.packages, skipped: collector.skipped };
}

class Collector {
  readonly packages: LockedPackage[] = [];
  readonly skipped: SkippedEntry[] = [];

  add(name: string, version: string | undefined, entry: { resolved?: string; integrity?: string }, path: string): void {
    if (!version) {
      this.skipped.push({ input: name, path, reason: 'the lockfile records no version; run `npm install` to repair it' });
      return;
    }
    const source = classifyLockedSource(entry.resolved);
    if (source.kind === 'skip') {
      this.skipped.push({ input: `${name}@${entry.resolved ?? version}`, path, reason: source.reason });
      return;
    }
    this.packages.push({ name, version, integrity: entry.integrity ?? null, resolved: source.resolved, path });
  }
}

function readPackages(packages: Record<string, PackageEntry>, collector: Collector): void {
  for (const [path, entry] of Object.entries(packages)) {
    const at = path.lastIndexOf('node_modules/');
    // "" is the root project; a key without node_modules/ is a workspace or linked folder,
    // which the link entry pointing at it already lists.
    if (at === -1) continue;
    const folderName = path.slice(at + 'node_modules/'.length);
    const name = entry.name ?? folderName;
    if (entry.link) {
      collector.skipped.push({ input: name, path, reason: linkReason(entry.resolved ?? path) });
    } else if (entry.inBundle) {
      collector.skipped.push({
        input: `${name}@${entry.version ?? ''}`,
        path,
        reason: `bundled in its parent's tarball, and inspected with it`,
      });
    } else {
      collector.add(name, entry.version, entry, path);
    }
  }
}

function readLegacy(dependencies: Record<string, LegacyEntry>, parent: string, collector: Collector): void {
  for (const [key, entry] of Object.entries(dependencies)) {
    const path = `${parent}node_modules/${key}`;
    const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(entry.version ?? '');
    const name = alias ? alias[1]! : key;
    const version = alias ? alias[2]! : entry.version;
    if (entry.bundled) {
      collector.skipped.push({ input: `${name}@${version ?? ''}`, path, reason: `bundled in its parent's tarball, and inspected with it` });
    } else if (version && !entry.resolved && /^(file:|link:|git|github:|https?:)/.test(version)) {
      // v1 writes the source into `version` for git, file and URL dependencies.
      collector.add(name, version, { resolved: version }, path);
    } else {
      collector.add(name, version, entry, path);
    }
    if (entry.dependencies) readLegacy(entry.dependencies, `${path}/`, collector);
  }
}
