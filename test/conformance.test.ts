import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, runConformance } from '../src/cli/conformance.js';

// The TC39 cases live next to the repository (../shared/source-map-tests), not inside it.
const folder = fileURLToPath(new URL('../../shared/source-map-tests', import.meta.url));
const present = existsSync(`${folder}/source-map-spec-tests.json`);
if (!present) console.warn(`conformance: skipped, no TC39 source-map-tests at ${folder}`);

describe.skipIf(!present)('TC39 source-map conformance', () => {
  it('agrees with every validity verdict and reads every sourceMappingURL', () => {
    const result = runConformance(folder);
    expect(result.cases).toBeGreaterThanOrEqual(99);
    // 99/99 when written: every valid/invalid verdict agrees with ECMA-426's test suite.
    expect(result.validityAgreed).toBe(result.cases);
    expect(result.urlAgreed).toBe(result.cases);
    expect(result.ignoreListAgreed).toBe(result.ignoreListChecks);
    expect(result.disagreements).toEqual([]);
  });
});

describe('conformance command', () => {
  const io = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) }, cwd: process.cwd() } };
  };

  it('exits 3 when the folder cannot be read and 2 without a folder', () => {
    const missing = io();
    expect(main(['/nonexistent/source-map-tests'], missing.io)).toBe(3);
    expect(missing.out.stderr).toContain('cannot read');
    expect(main([], io().io)).toBe(2);
  });

  it.skipIf(!present)('prints the agreement and exits 0', () => {
    const run = io();
    expect(main([folder], run.io)).toBe(0);
    expect(run.out.stdout).toContain('validity agreement:');
  });
});
