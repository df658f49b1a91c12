/**
 * The TC39 conformance harness is a development script (bench/conformance.js, `npm run
 * conformance`), not part of the published package: it runs here as a developer runs it, on the
 * built library (`npm test` builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The TC39 cases live next to the repository (../shared/source-map-tests), not inside it.
const folder = fileURLToPath(new URL('../../shared/source-map-tests', import.meta.url));
const present = existsSync(`${folder}/source-map-spec-tests.json`);
if (!present) console.warn(`conformance: skipped, no TC39 source-map-tests at ${folder}`);

const HARNESS = fileURLToPath(new URL('../bench/conformance.js', import.meta.url));

/** `node bench/conformance.js <args>`: exit status and output. */
function main(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [HARNESS, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe.skipIf(!present)('TC39 source-map conformance', () => {
  it('agrees with every validity verdict and reads every sourceMappingURL', () => {
    const run = main([folder, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      cases: number;
      validityAgreed: number;
      urlAgreed: number;
      ignoreListAgreed: number;
      ignoreListChecks: number;
      disagreements: unknown[];
    };
    expect(result.cases).toBeGreaterThanOrEqual(99);
    // 99/99 when written: every valid/invalid verdict agrees with ECMA-426's test suite.
    expect(result.validityAgreed).toBe(result.cases);
    expect(result.urlAgreed).toBe(result.cases);
    expect(result.ignoreListAgreed).toBe(result.ignoreListChecks);
    expect(result.disagreements).toEqual([]);
  });
});

describe('conformance command', () => {
  it('exits 3 when the folder cannot be read and 2 without a folder', () => {
    const missing = main(['/nonexistent/source-map-tests']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('cannot read');
    expect(main([]).code).toBe(2);
  });

  it.skipIf(!present)('prints the agreement and exits 0', () => {
    const run = main([folder]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('validity agreement:');
  });
});
