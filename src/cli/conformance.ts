/**
 * `npm run conformance -- <folder>`: run the TC39 source-map conformance cases
 * (tc39/source-map-tests: `<folder>/source-map-spec-tests.json` + `resources/`) through the
 * same extraction, parsing and validation code `leakproof check` uses, and print how often
 * leakproof agrees with the expected validity. Exit 0 whatever the agreement (it is a
 * measurement, not a gate); exit 3 when the folder cannot be read.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractSourceMappingUrl } from '../sourcemaps/extract-url.js';
import { collectSources, parseMapText } from '../sourcemaps/read-map.js';
import { validateSourceMap } from '../sourcemaps/validate-map.js';

/** One case of source-map-spec-tests.json (only the fields leakproof checks). */
interface SpecCase {
  readonly name: string;
  readonly baseFile: string;
  readonly sourceMapFile: string;
  readonly sourceMapIsValid: boolean;
  readonly testActions?: ReadonlyArray<{ readonly actionType: string; readonly present?: readonly string[] }>;
}

/** A case where leakproof and the conformance suite disagree. */
export interface Disagreement {
  readonly name: string;
  readonly check: 'validity' | 'url' | 'ignoreList';
  readonly detail: string;
}

/** Agreement figures of a conformance run. */
export interface ConformanceResult {
  readonly cases: number;
  /** Cases whose valid/invalid verdict matches `sourceMapIsValid`. */
  readonly validityAgreed: number;
  /** Cases whose generated file's sourceMappingURL names `sourceMapFile`. */
  readonly urlAgreed: number;
  readonly ignoreListChecks: number;
  readonly ignoreListAgreed: number;
  readonly disagreements: Disagreement[];
}

/** Run every case in `folder`; throws when the case list cannot be read. */
export function runConformance(folder: string): ConformanceResult {
  const list = JSON.parse(readFileSync(join(folder, 'source-map-spec-tests.json'), 'utf8')) as { tests: SpecCase[] };
  const result = { cases: 0, validityAgreed: 0, urlAgreed: 0, ignoreListChecks: 0, ignoreListAgreed: 0, disagreements: [] as Disagreement[] };
  for (const spec of list.tests) {
    result.cases++;
    const disagreements = runCase(join(folder, 'resources'), spec);
    const failed = new Set(disagreements.map((d) => d.check));
    if (!failed.has('validity')) result.validityAgreed++;
    if (!failed.has('url')) result.urlAgreed++;
    const ignoreChecks = (spec.testActions ?? []).filter((a) => a.actionType === 'checkIgnoreList').length;
    result.ignoreListChecks += ignoreChecks;
    result.ignoreListAgreed += failed.has('ignoreList') ? 0 : ignoreChecks;
    result.disagreements.push(...disagreements);
  }
  return result;
}

function runCase(resources: string, spec: SpecCase): Disagreement[] {
  const out: Disagreement[] = [];
  const disagree = (check: Disagreement['check'], detail: string): void => void out.push({ name: spec.name, check, detail });
  const url = readOptional(join(resources, spec.baseFile), (data) => extractSourceMappingUrl(data, 'js'));
  if (url !== spec.sourceMapFile) disagree('url', `sourceMappingURL read as ${JSON.stringify(url)}, expected ${JSON.stringify(spec.sourceMapFile)}`);
  const text = readOptional(join(resources, spec.sourceMapFile), (data) => data.toString('utf8'));
  const parsed = parseMapText(text ?? '');
  const error = 'error' in parsed ? parsed.error : validateSourceMap(parsed.json).error;
  if ((error === undefined) !== spec.sourceMapIsValid) {
    disagree('validity', spec.sourceMapIsValid ? `rejected a valid map: ${error}` : 'accepted an invalid map');
  }
  for (const action of spec.testActions ?? []) {
    if (action.actionType !== 'checkIgnoreList' || 'error' in parsed) continue;
    const ignored = collectSources(parsed.json).filter((s) => s.ignored).map((s) => s.source);
    const expected = action.present ?? [];
    if (ignored.length !== expected.length || expected.some((name) => !ignored.includes(name))) {
      disagree('ignoreList', `ignored ${JSON.stringify(ignored)}, expected ${JSON.stringify(expected)}`);
    }
  }
  return out;
}

function readOptional<T>(path: string, read: (data: Buffer) => T): T | null {
  try {
    return read(readFileSync(path));
  } catch {
    return null;
  }
}

/** Format the result for people. */
export function formatConformance(result: ConformanceResult): string {
  const pct = (n: number, of: number): string => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}%`);
  const lines = [
    `validity agreement:   ${result.validityAgreed}/${result.cases} (${pct(result.validityAgreed, result.cases)})`,
    `sourceMappingURL:     ${result.urlAgreed}/${result.cases} (${pct(result.urlAgreed, result.cases)})`,
    `ignoreList checks:    ${result.ignoreListAgreed}/${result.ignoreListChecks}`,
  ];
  if (result.disagreements.length > 0) lines.push('', 'disagreements:', ...result.disagreements.map((d) => `  ${d.name} [${d.check}]: ${d.detail}`));
  return `${lines.join('\n')}\n`;
}

/** Streams and arguments of one run, so tests can call {@link main} in-process. */
export interface ConformanceIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
}

/** Entry point: returns the exit code (0 after any run, 2 without a folder, 3 when unreadable). */
export function main(argv: readonly string[], io: ConformanceIo): number {
  const folder = argv[0];
  if (!folder) {
    io.stderr.write('usage: npm run conformance -- <folder with source-map-spec-tests.json>\n');
    return 2;
  }
  let result: ConformanceResult;
  try {
    result = runConformance(resolve(io.cwd, folder));
  } catch (error) {
    io.stderr.write(`cannot read conformance cases in ${folder}: ${error instanceof Error ? error.message : String(error)}; pass the folder of a tc39/source-map-tests checkout.\n`);
    return 3;
  }
  io.stdout.write(formatConformance(result));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
}
