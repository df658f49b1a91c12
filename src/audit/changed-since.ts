/**
 * `--changed-since <old lockfile | git ref>`: audit only what a change adds, the pull-request
 * check ("this change adds a dependency that ships embedded sources"). The old lockfile is a
 * file, or the same lockfile as a git revision had it (`git show <ref>:./<file>`).
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { LeakproofError } from '../errors.js';
import { parseLockfile, readLockfile } from './lockfile/read-lockfile.js';
import type { Lockfile } from './lockfile/types.js';
import { type AuditPlan, planAudit, unitId } from './plan.js';

const execFileAsync = promisify(execFile);

/** Keep the units and skipped entries of `plan` that the old lockfile does not list. */
export async function changedSince(plan: AuditPlan, since: string, lockfile: Lockfile, cwd: string): Promise<AuditPlan> {
  const old = await readOldLockfile(since, lockfile, cwd);
  if (old === null) return plan;
  const before = planAudit(old);
  const ids = new Set(before.units.map(unitId));
  const specs = new Set(before.units.map((unit) => unit.spec));
  const loose = new Set(before.units.filter((unit) => unit.integrity === null).map((unit) => unit.spec));
  // Without an integrity on one side, the same name@version is the same package.
  const isKnown = (unit: AuditPlan['units'][number]): boolean =>
    ids.has(unitId(unit)) || loose.has(unit.spec) || (unit.integrity === null && specs.has(unit.spec));
  const skippedBefore = new Set(before.skipped.map((entry) => entry.input));
  return {
    units: plan.units.filter((unit) => !isKnown(unit)),
    skipped: plan.skipped.filter((entry) => !skippedBefore.has(entry.input)),
  };
}

/** The old lockfile, or null when the revision had none (then everything is new). */
async function readOldLockfile(since: string, lockfile: Lockfile, cwd: string): Promise<Lockfile | null> {
  if (
    await stat(resolve(cwd, since)).then(
      (s) => s.isFile(),
      () => false,
    )
  )
    return readLockfile(since, cwd);
  const dir = dirname(lockfile.path);
  try {
    const { stdout } = await execFileAsync('git', ['show', `${since}:./${basename(lockfile.path)}`], {
      cwd: dir,
      maxBuffer: 512 * 1024 * 1024,
    });
    return await parseLockfile(stdout, lockfile.path);
  } catch (error) {
    if (error instanceof LeakproofError) throw error;
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (/does not exist in|exists on disk, but not in/.test(stderr)) return null;
    const why = stderr.split('\n')[0] || (error as Error).message;
    throw new LeakproofError(
      'usage',
      `--changed-since ${since} is neither a lockfile nor a git revision of ${basename(lockfile.path)} (${why.trim()})`,
      { cause: error },
    );
  }
}
