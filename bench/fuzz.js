// @ts-check
/**
 * `npm run fuzz`: the differential test against npm's own extraction
 * (test/differential.test.ts) for a long run. Each run takes a fresh seed unless one is given,
 * prints it, and prints the tally: cases that agree with pacote, cases leakproof reports as
 * gaps (never a pass), cases npm itself fails, and disagreements (must be 0).
 *
 * Usage: npm run fuzz -- [--runs 100000] [--seed N]
 */
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
/** @param {string} name @param {number} fallback */
const flag = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? Number(argv[at + 1]) : fallback;
};
const runs = flag('runs', 100_000);
const seed = flag('seed', Math.floor(Math.random() * 2 ** 31));
const files = argv.includes('--maps-only')
  ? ['test/disguised-maps.test.ts']
  : argv.includes('--tar-only')
    ? ['test/differential.test.ts']
    : ['test/differential.test.ts', 'test/disguised-maps.test.ts'];
process.stderr.write(`fuzz: ${runs} cases per property, seed ${seed}\n`);
const result = spawnSync('npx', ['vitest', 'run', '--testTimeout=0', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, LEAKPROOF_FUZZ_RUNS: String(runs), LEAKPROOF_FUZZ_SEED: String(seed) },
});
process.exitCode = result.status ?? 1;
