/**
 * `--shard k/n`: a deterministic slice of an audit, so n machines audit one lockfile together
 * and `leakproof merge` joins their outputs. A package belongs to the shard picked by a stable
 * hash of its identity (name@version and integrity), so every machine reading the same lockfile
 * agrees without talking to the others, and a package keeps its shard when the lockfile
 * changes around it (a shard's result cache stays warm). No lockfile format records tarball
 * sizes, so the slices are balanced by count, which hashing does well past a few hundred packages.
 */
import { createHash } from 'node:crypto';
import { LeakproofError } from '../errors.js';

/** One slice: `index` counts from 1 to `total`. */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

/**
 * Parse `--shard`: `k/n` (1-based), or `auto` to read it from the CI engine's environment:
 * `LEAKPROOF_SHARD_INDEX` (0-based, e.g. GitHub Actions' `strategy.job-index`, which cannot be
 * incremented in an expression) or a Kubernetes Indexed Job's `JOB_COMPLETION_INDEX`, with
 * `LEAKPROOF_SHARD_TOTAL` (`strategy.job-total`, or the Job's `completions`).
 */
export function parseShard(value: string, env: Readonly<Record<string, string | undefined>>): Shard {
  if (value === 'auto') return shardFromEnv(env);
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const shard = match ? { index: Number(match[1]), total: Number(match[2]) } : null;
  if (!shard || shard.total < 1 || shard.index < 1 || shard.index > shard.total) {
    throw new LeakproofError('usage', `--shard takes k/n with 1 <= k <= n (e.g. 2/4), or "auto"; got ${value}`);
  }
  return shard;
}

function shardFromEnv(env: Readonly<Record<string, string | undefined>>): Shard {
  const index = env.LEAKPROOF_SHARD_INDEX ?? env.JOB_COMPLETION_INDEX;
  const total = env.LEAKPROOF_SHARD_TOTAL;
  if (index === undefined || total === undefined || !/^\d+$/.test(index) || !/^\d+$/.test(total) || Number(index) >= Number(total)) {
    throw new LeakproofError(
      'usage',
      '--shard auto needs LEAKPROOF_SHARD_TOTAL and a 0-based LEAKPROOF_SHARD_INDEX or JOB_COMPLETION_INDEX (index < total); see docs/recipes.md',
    );
  }
  return { index: Number(index) + 1, total: Number(total) };
}

/** True when the package with identity `id` belongs to `shard`. */
export function inShard(id: string, shard: Shard): boolean {
  const hash = createHash('sha256').update(id).digest();
  return Number(hash.readBigUInt64BE(0) % BigInt(shard.total)) === shard.index - 1;
}
