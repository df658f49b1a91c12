/**
 * From a lockfile to the work of an audit: each package version once (a lockfile lists one
 * version in many places), in a deterministic order, with every place it is listed.
 */
import { comparePaths } from '../tarball/contents.js';
import type { LockedPackage, Lockfile } from './lockfile/types.js';

/** One tarball to fetch and inspect. */
export interface AuditUnit {
  /** `name@version`: the spec `leakproof check` would take, and the report's `target.input`. */
  readonly spec: string;
  readonly name: string;
  readonly version: string;
  readonly integrity: string | null;
  readonly resolved: string | null;
  /** Every place the lockfile lists this version. */
  readonly lockfilePaths: string[];
}

/** A lockfile entry that is listed but not fetched, with every place it appears. */
export interface PlannedSkip {
  readonly input: string;
  readonly reason: string;
  readonly lockfilePaths: string[];
}

/** The units and skipped entries of a lockfile, sorted by spec. */
export interface AuditPlan {
  readonly units: AuditUnit[];
  readonly skipped: PlannedSkip[];
}

/**
 * Group a lockfile's packages by name and version. Two entries of one version with different
 * integrities (two registries serving different bytes) stay two units, so neither hides the other.
 */
export function planAudit(lockfile: Pick<Lockfile, 'packages' | 'skipped'>): AuditPlan {
  const units = new Map<string, AuditUnit & { lockfilePaths: string[] }>();
  const bySpec = new Map<string, string[]>();
  for (const pkg of lockfile.packages) {
    const spec = `${pkg.name}@${pkg.version}`;
    const sameSpec = bySpec.get(spec) ?? [];
    const match = sameSpec
      .map((key) => units.get(key)!)
      .find((unit) => pkg.integrity === null || unit.integrity === null || unit.integrity === pkg.integrity);
    if (match) {
      match.lockfilePaths.push(pkg.path);
      if (match.integrity === null && pkg.integrity !== null) units.set(keyOf(match), { ...match, integrity: pkg.integrity });
      continue;
    }
    const unit = toUnit(spec, pkg);
    units.set(keyOf(unit), unit);
    bySpec.set(spec, [...sameSpec, keyOf(unit)]);
  }
  const skipped = new Map<string, PlannedSkip>();
  for (const entry of lockfile.skipped) {
    const known = skipped.get(entry.input);
    if (known) known.lockfilePaths.push(entry.path);
    else skipped.set(entry.input, { input: entry.input, reason: entry.reason, lockfilePaths: [entry.path] });
  }
  return {
    units: [...units.values()].sort((a, b) => comparePaths(a.spec, b.spec) || comparePaths(a.integrity ?? '', b.integrity ?? '')),
    skipped: [...skipped.values()].sort((a, b) => comparePaths(a.input, b.input)),
  };
}

/** The identity of a unit across shards and runs: spec plus integrity. */
export function unitId(unit: Pick<AuditUnit, 'spec' | 'integrity'>): string {
  return unit.integrity === null ? unit.spec : `${unit.spec} ${unit.integrity}`;
}

function keyOf(unit: AuditUnit): string {
  return `${unit.spec}\u0000${unit.lockfilePaths[0]}`;
}

function toUnit(spec: string, pkg: LockedPackage): AuditUnit & { lockfilePaths: string[] } {
  return { spec, name: pkg.name, version: pkg.version, integrity: pkg.integrity, resolved: pkg.resolved, lockfilePaths: [pkg.path] };
}
