/**
 * Differential test against npm's own extraction: for generated hostile tarballs, the paths and
 * bytes leakproof inspects are what pacote writes (see test/helpers/differential.ts for the exact
 * contract). `npm test` runs LEAKPROOF_FUZZ_RUNS cases (default 1,000: each extracts to disk with pacote, 6-14 s on two shared cores);
 * `npm run fuzz` runs long ones with a fresh seed.
 */

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractWithNpm, judge, type Verdict } from './helpers/differential.js';
import { hostileTarball } from './helpers/tarball-arbitrary.js';

const RUNS = Number(process.env.LEAKPROOF_FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.LEAKPROOF_FUZZ_SEED ?? 20_261_121);
/** Cases in flight: extraction waits on the file system, so overlapping them is most of the speed. */
const CONCURRENCY = 16;

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'leakproof-diff-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true, maxRetries: 10 });
});

describe('leakproof inspects what npm installs', () => {
  it(`agrees with pacote's extraction on ${RUNS} generated tarballs (seed ${SEED})`, async () => {
    // Cases are drawn in batches (batch b from seed SEED + b) so a long run never holds them all.
    const BATCH = 2000;
    let batch: { entries: unknown[]; bytes: Buffer }[] = [];
    let batchNumber = -1;
    const caseAt = (index: number) => {
      if (Math.floor(index / BATCH) !== batchNumber) {
        batchNumber = Math.floor(index / BATCH);
        batch = fc.sample(hostileTarball, { numRuns: Math.min(BATCH, RUNS - batchNumber * BATCH), seed: SEED + batchNumber });
      }
      return batch[index % BATCH]!;
    };
    const tally: Record<Verdict['kind'], number> = { agree: 0, gap: 0, 'npm-failed': 0, disagree: 0 };
    const failures: string[] = [];
    let next = 0;
    const started = performance.now();
    const worker = async (): Promise<void> => {
      while (next < RUNS) {
        const index = next++;
        const { entries, bytes } = caseAt(index);
        const npm = await extractWithNpm(bytes, join(work, `case-${index}`));
        const { verdict } = await judge(bytes, npm);
        tally[verdict.kind] += 1;
        if (verdict.kind === 'disagree' && failures.length < 5) {
          failures.push(
            `case ${index} (batch seed ${SEED + Math.floor(index / BATCH)}, item ${index % BATCH}): ${verdict.problems.join('; ')}\n  entries: ${JSON.stringify(entries)}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, () => worker()));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`differential: ${RUNS} cases in ${seconds} s, seed ${SEED}: ${JSON.stringify(tally)}`);
    expect(failures).toEqual([]);
    // Most cases must be judged on their files, not waved through as gaps.
    expect(tally.agree).toBeGreaterThan(RUNS / 3);
  });
});
