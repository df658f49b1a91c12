/**
 * What every lockfile reader returns: the packages a project installs from a registry, and the
 * entries that are not registry packages (git, local folders, links, workspaces), each with why
 * it is not audited. Readers only parse; fetching and inspecting happen elsewhere.
 */

/** The lockfile formats leakproof reads. */
export type LockfileFormat = 'npm' | 'pnpm' | 'yarn-classic' | 'yarn-berry' | 'bun';

/** One registry package as a lockfile pins it. */
export interface LockedPackage {
  readonly name: string;
  readonly version: string;
  /**
   * Subresource Integrity string the lockfile records for the tarball (`sha512-...`, or `sha1-...`
   * in old lockfiles); null when it records none that hashes the npm tarball (yarn berry hashes
   * its own zip archive instead), and then the registry's `dist.integrity` is checked.
   */
  readonly integrity: string | null;
  /** Tarball URL the lockfile records; null when it records none (npm's `omit-lockfile-registry-resolved`). */
  readonly resolved: string | null;
  /** Where the lockfile lists it: `node_modules/a/node_modules/b`, a pnpm package key, a yarn descriptor. */
  readonly path: string;
}

/** An entry that is not a registry package, and so is listed but not fetched. */
export interface SkippedEntry {
  /** The dependency as the lockfile names it, e.g. `my-lib@file:../my-lib`. */
  readonly input: string;
  readonly path: string;
  /** One line: what it is and what to do instead (e.g. run `leakproof check` on the folder). */
  readonly reason: string;
}

/** A lockfile as read. */
export interface Lockfile {
  /** Absolute path of the file read. */
  readonly path: string;
  readonly format: LockfileFormat;
  /** Format version as the file states it (`3` for package-lock v3, `9.0` for pnpm...). */
  readonly version: string;
  readonly packages: readonly LockedPackage[];
  readonly skipped: readonly SkippedEntry[];
}

/** What a reader returns for one file's text (the path and format are added by the caller). */
export type LockfileEntries = Pick<Lockfile, 'version' | 'packages' | 'skipped'>;
