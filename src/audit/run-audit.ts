/**
 * `leakproof audit`: every package a lockfile pins, each version once. The main thread reads
 * the lockfile, answers what it can from the result cache, and fetches the rest through pacote
 * (network and npm's cache are I/O); a pool of worker threads inspects the fetched tarballs at
 * the same time. At most `window` tarballs are held between fetch and report, so memory grows
 * with the largest packages, not with the number of packages.
 */

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { LeakproofError } from '../errors.js';
import { forEachLimit } from '../map-limit.js';
import { parseManifest } from '../policy/parse-manifest.js';
import { redactUrlsIn } from '../redact.js';
import { DEFAULT_LIMITS } from '../tarball/read-tarball.js';
import { type ManifestLookup, sameScopeDependencies } from '../target/dependency-closure.js';
import { loadNpmConfig } from '../target/npm-config.js';
import type { Report, Severity, TarballLimits } from '../types.js';
import { type AuditReport, type AuditSet, type AuditSkip, buildAuditSet } from './audit-set.js';
import { changedSince } from './changed-since.js';
import type { FetchedTarball, LockedFetcher } from './fetch-locked.js';
import type { InspectPool } from './inspect-pool.js';
import type { InspectTask } from './inspect-worker.js';
import { readLockfile } from './lockfile/read-lockfile.js';
import { type AuditPlan, type AuditUnit, planAudit, unitId } from './plan.js';
import { openResultCache, type ResultCache } from './result-cache.js';
import { inShard, type Shard } from './shard.js';

/** Options of {@link runAudit}. */
export interface AuditOptions {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly failOn?: Severity;
  readonly secrets?: boolean;
  readonly limits?: Partial<TarballLimits>;
  /** A leakproof.json applied to every package (severity overrides, ignores); none by default. */
  readonly manifest?: string;
  /** Worker threads (default: the number of cores). */
  readonly concurrency?: number;
  /** Result cache folder; default `_leakproof/results` in npm's cache folder; false for none. */
  readonly cacheDir?: string | false;
  readonly changedSince?: string;
  readonly shard?: Shard;
  /** Called as the audit starts and as each package finishes (for progress and JSONL). */
  readonly onEvent?: (event: AuditEvent) => void;
}

/** What an audit is about to do; the first line of its JSONL output. */
export interface AuditStart {
  readonly lockfile: AuditSet['lockfile'] & { sha256: string };
  readonly shard: Shard | null;
  /** Packages and skipped entries of the whole lockfile (all shards), after --changed-since. */
  readonly total: { packages: number; skipped: number };
  /** Of this shard. */
  readonly packages: number;
  readonly skipped: number;
  readonly failOn: Severity;
  readonly changedSince: string | null;
}

/** Progress of an audit, in the order things happen. */
export type AuditEvent =
  | { readonly type: 'start'; readonly start: AuditStart }
  | { readonly type: 'report'; readonly report: AuditReport; readonly cached: boolean }
  | { readonly type: 'skip'; readonly skip: AuditSkip };

/**
 * Audit the lockfile at `input` (a folder or the file).
 * @throws LeakproofError for a missing or unreadable lockfile or a bad option; a package that
 * cannot be fetched is not an error but a gap in the set.
 */
export async function runAudit(input: string, options: AuditOptions): Promise<AuditSet> {
  const lockfile = await readLockfile(input, options.cwd);
  const failOn = options.failOn ?? 'error';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const manifest = options.manifest ? await readManifest(resolve(options.cwd, options.manifest)) : null;
  let plan = planAudit(lockfile);
  if (options.changedSince) plan = await changedSince(plan, options.changedSince, lockfile, options.cwd);
  const mine = options.shard ? sliceOf(plan, options.shard) : plan;
  const emit = options.onEvent ?? (() => undefined);
  const lockfileInfo = {
    path: relative(options.cwd, lockfile.path).split('\\').join('/') || lockfile.path,
    format: lockfile.format,
    version: lockfile.version,
  };
  emit({
    type: 'start',
    start: {
      lockfile: {
        ...lockfileInfo,
        sha256: createHash('sha256')
          .update(await readFile(lockfile.path))
          .digest('hex'),
      },
      shard: options.shard ?? null,
      total: { packages: plan.units.length, skipped: plan.skipped.length },
      packages: mine.units.length,
      skipped: mine.skipped.length,
      failOn,
      changedSince: options.changedSince ?? null,
    },
  });

  const skipped: AuditSkip[] = [];
  const addSkip = (skip: AuditSkip): void => {
    skipped.push(skip);
    emit({ type: 'skip', skip });
  };
  for (const entry of mine.skipped) addSkip({ ...entry, gap: false });

  const cache = openResultCache(await cacheFolder(options), {
    failOn,
    secrets: options.secrets !== false,
    limits,
    manifestText: manifest?.text ?? null,
  });
  const reports: AuditReport[] = [];
  const addReport = (report: AuditReport, cached: boolean): void => {
    reports.push(report);
    emit({ type: 'report', report, cached });
  };
  const missed: boolean[] = [];
  await forEachLimit(mine.units, 64, async (unit, index) => {
    const hit = unit.integrity === null ? null : await cache.get(unit.integrity);
    if (hit) addReport(fromCache(hit, unit), true);
    else missed[index] = true;
  });
  const misses = mine.units.filter((_, index) => missed[index]);
  if (misses.length > 0) {
    const task = { failOn, secrets: options.secrets !== false, limits, manifest };
    await inspectAll(misses, task, options, cache, { addReport, addSkip });
  }
  return buildAuditSet(reports, skipped, { lockfile: lockfileInfo, shard: options.shard ?? null, failOn });
}

type TaskOptions = Pick<InspectTask, 'failOn' | 'secrets' | 'limits' | 'manifest'>;
interface Sinks {
  addReport(report: AuditReport, cached: boolean): void;
  addSkip(skip: AuditSkip): void;
}

/** Fetch and inspect the units the cache did not answer, `window` at a time. */
async function inspectAll(units: AuditUnit[], task: TaskOptions, options: AuditOptions, cache: ResultCache, sinks: Sinks): Promise<void> {
  const [{ createLockedFetcher }, { createInspectPool }] = await Promise.all([import('./fetch-locked.js'), import('./inspect-pool.js')]);
  const threads = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), units.length));
  const fetcher = await createLockedFetcher({ cwd: options.cwd, env: options.env });
  const { registryManifestLookup } = await import('../target/fetch-registry.js');
  const lookup = registryManifestLookup({ cwd: options.cwd, env: options.env });
  const pool = await createInspectPool(threads);
  // Enough fetches in flight to hide network latency behind inspection, few enough that the
  // tarballs waiting for a worker stay a small, fixed number.
  const window = Math.max(8, threads * 4);
  try {
    await forEachLimit(units, window, (unit) => inspectOne(unit, { fetcher, lookup }, pool, task, cache, sinks));
  } finally {
    await pool.close();
  }
}

async function inspectOne(
  unit: AuditUnit,
  { fetcher, lookup }: { fetcher: LockedFetcher; lookup: ManifestLookup },
  pool: InspectPool,
  task: TaskOptions,
  cache: ResultCache,
  sinks: Sinks,
): Promise<void> {
  let tarball: FetchedTarball;
  try {
    tarball = await fetcher(unit);
  } catch (error) {
    sinks.addSkip({ input: unit.spec, reason: messageOf(error), gap: true, lockfilePaths: unit.lockfilePaths });
    return;
  }
  // Without an integrity in the lockfile (yarn berry) the cache is keyed by the registry's.
  const key = unit.integrity ?? tarball.integrity;
  const hit = unit.integrity === null && key !== null ? await cache.get(key) : null;
  if (hit) {
    sinks.addReport(fromCache(hit, unit), true);
    return;
  }
  try {
    // As `check` does for a registry spec: the scope's packages it depends on through one another.
    const dependencies = unit.name.startsWith('@') ? await sameScopeDependencies(await lookup(unit.name, unit.version), lookup) : [];
    const report = await pool.inspect({
      ...task,
      spec: unit.spec,
      name: unit.name,
      version: unit.version,
      bytes: tarball.bytes,
      dependencies,
    });
    // Only complete reports are kept: a gap may come from a limit or a damaged download.
    if (report.complete && key !== null) await cache.put(key, report);
    sinks.addReport({ ...report, lockfilePaths: unit.lockfilePaths }, false);
  } catch (error) {
    sinks.addSkip({
      input: unit.spec,
      reason: `internal error while inspecting it: ${messageOf(error)}; rerun with --debug and report it`,
      gap: true,
      lockfilePaths: unit.lockfilePaths,
    });
  }
}

/** A cached report for the same bytes, named as this lockfile names them. */
function fromCache(report: Report, unit: AuditUnit): AuditReport {
  return { ...report, target: { ...report.target, input: unit.spec }, lockfilePaths: unit.lockfilePaths };
}

/** The units and skipped entries that belong to `shard`. */
function sliceOf(plan: AuditPlan, shard: Shard): AuditPlan {
  return {
    units: plan.units.filter((unit) => inShard(unitId(unit), shard)),
    skipped: plan.skipped.filter((entry) => inShard(entry.input, shard)),
  };
}

async function cacheFolder(options: AuditOptions): Promise<string | null> {
  if (options.cacheDir === false) return null;
  if (options.cacheDir !== undefined) return resolve(options.cwd, options.cacheDir);
  // npm's cache folder is where the user keeps downloads; results sit beside `_cacache`.
  return join(dirname((await loadNpmConfig({ cwd: options.cwd, env: options.env })).cache), '_leakproof', 'results');
}

async function readManifest(path: string): Promise<{ path: string; text: string }> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new LeakproofError(
      'manifest',
      `${path}: cannot read the manifest (${error.code ?? error.message}); check the path given to --manifest`,
      { cause: error },
    );
  });
  parseManifest(text, path); // validate once here, so a mistake is one error, not one per package
  return { path, text };
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return redactUrlsIn(text.split('\n')[0] ?? '');
}
