/**
 * Reports kept by what decides them: the tarball's integrity, leakproof's version, and the
 * options and policy that change a report (`--fail-on`, `--no-secrets`, limits, `--manifest`).
 * The same bytes inspected the same way give the same report, so a second audit of an unchanged
 * lockfile re-inspects nothing. One JSON file per key, written to a temporary name and renamed,
 * so a reader never sees half a file and concurrent shards sharing the folder do not clash.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report, Severity, TarballLimits } from '../types.js';
import { TOOL } from '../version.js';

/** What besides the tarball decides a report. */
export interface CacheContext {
  readonly failOn: Severity;
  readonly secrets: boolean;
  readonly limits: TarballLimits;
  /** Text of the manifest applied to every package, or null. */
  readonly manifestText: string | null;
}

/** Reads and writes cached reports; a null folder caches nothing. */
export interface ResultCache {
  get(integrity: string): Promise<Report | null>;
  put(integrity: string, report: Report): Promise<void>;
}

/** A cache in `dir` for one run's context, or one that never hits when `dir` is null. */
export function openResultCache(dir: string | null, context: CacheContext): ResultCache {
  if (dir === null) return { get: async () => null, put: async () => undefined };
  const salt = JSON.stringify({
    tool: TOOL.version,
    failOn: context.failOn,
    secrets: context.secrets,
    limits: context.limits,
    manifest: context.manifestText,
  });
  const fileOf = (integrity: string): string => {
    const key = createHash('sha256').update(salt).update('\u0000').update(integrity.trim()).digest('hex');
    return join(dir, key.slice(0, 2), `${key}.json`);
  };
  return {
    async get(integrity) {
      const text = await readFile(fileOf(integrity), 'utf8').catch(() => null);
      if (text === null) return null;
      try {
        return JSON.parse(text) as Report;
      } catch {
        return null; // a damaged entry is a miss; the next put replaces it
      }
    },
    async put(integrity, report) {
      const file = fileOf(integrity);
      const scratch = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await mkdir(join(file, '..'), { recursive: true });
        await writeFile(scratch, JSON.stringify(report));
        await rename(scratch, file);
      } catch {
        await rm(scratch, { force: true }); // a cache that cannot be written only costs speed
      }
    },
  };
}
