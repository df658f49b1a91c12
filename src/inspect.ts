/**
 * The library's front door: `inspect(target)` reads a package and returns the same report the
 * CLI prints with `--format json`. It is the two steps of every inspection, one after the other:
 * {@link acquire} (all the I/O: target, manifest, baseline) and {@link check} (rules, policy,
 * report, on what is in memory).
 */
import { type AcquireOptions, acquire } from './acquire.js';
import { type CheckOptions, check } from './check.js';
import type { Report } from './types.js';

/** Options of {@link inspect}: where and how to read the target, and how to judge it. */
export type InspectOptions = AcquireOptions & Omit<CheckOptions, 'update'>;

/**
 * Inspect a package (folder, .tgz or registry spec) and return the report: the same object the
 * CLI prints with `--format json`.
 */
export async function inspect(target = '.', options: InspectOptions = {}): Promise<Report> {
  return (await check(await acquire(target, options), options)).report;
}
