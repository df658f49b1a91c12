// @ts-check
/**
 * `npm run conformance -- <folder>`: run the TC39 source-map conformance cases
 * (tc39/source-map-tests: `<folder>/source-map-spec-tests.json` + `resources/`) through the
 * same extraction, parsing and validation code `leakproof check` uses (the built library in
 * dist/), and print how often leakproof agrees with the expected validity. Exit 0 whatever the
 * agreement (it is a measurement, not a gate); 2 without a folder; 3 when the folder cannot be
 * read. `--json` prints the figures as JSON (test/conformance.test.ts reads them).
 *
 * A development script: it is not part of the published package.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractSourceMappingUrl } from '../dist/sourcemaps/extract-url.js';
import { collectSources, parseMapText } from '../dist/sourcemaps/read-map.js';
import { validateSourceMap } from '../dist/sourcemaps/validate-map.js';

/**
 * One case of source-map-spec-tests.json (only the fields leakproof checks).
 * @typedef {{ name: string, baseFile: string, sourceMapFile: string, sourceMapIsValid: boolean,
 *   testActions?: { actionType: string, present?: string[] }[] }} SpecCase
 */

/**
 * A case where leakproof and the conformance suite disagree.
 * @typedef {{ name: string, check: 'validity' | 'url' | 'ignoreList', detail: string }} Disagreement
 */

/**
 * Agreement figures of a conformance run.
 * @typedef {{ cases: number, validityAgreed: number, urlAgreed: number, ignoreListChecks: number,
 *   ignoreListAgreed: number, disagreements: Disagreement[] }} ConformanceResult
 */

/**
 * Run every case in `folder`; throws when the case list cannot be read.
 * @param {string} folder
 * @returns {ConformanceResult}
 */
export function runConformance(folder) {
  /** @type {{ tests: SpecCase[] }} */
  const list = JSON.parse(readFileSync(join(folder, 'source-map-spec-tests.json'), 'utf8'));
  /** @type {ConformanceResult} */
  const result = { cases: 0, validityAgreed: 0, urlAgreed: 0, ignoreListChecks: 0, ignoreListAgreed: 0, disagreements: [] };
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

/**
 * @param {string} resources
 * @param {SpecCase} spec
 * @returns {Disagreement[]}
 */
function runCase(resources, spec) {
  /** @type {Disagreement[]} */
  const out = [];
  /** @type {(check: Disagreement['check'], detail: string) => void} */
  const disagree = (check, detail) => void out.push({ name: spec.name, check, detail });
  const url = readOptional(join(resources, spec.baseFile), (data) => extractSourceMappingUrl(data, 'js'));
  if (url !== spec.sourceMapFile)
    disagree('url', `sourceMappingURL read as ${JSON.stringify(url)}, expected ${JSON.stringify(spec.sourceMapFile)}`);
  const text = readOptional(join(resources, spec.sourceMapFile), (data) => data.toString('utf8'));
  const parsed = parseMapText(text ?? '');
  const error = 'error' in parsed ? parsed.error : validateSourceMap(parsed.json).error;
  if ((error === undefined) !== spec.sourceMapIsValid) {
    disagree('validity', spec.sourceMapIsValid ? `rejected a valid map: ${error}` : 'accepted an invalid map');
  }
  for (const action of spec.testActions ?? []) {
    if (action.actionType !== 'checkIgnoreList' || 'error' in parsed) continue;
    const ignored = collectSources(parsed.json)
      .filter((s) => s.ignored)
      .map((s) => s.source);
    const expected = action.present ?? [];
    if (ignored.length !== expected.length || expected.some((name) => !ignored.includes(name))) {
      disagree('ignoreList', `ignored ${JSON.stringify(ignored)}, expected ${JSON.stringify(expected)}`);
    }
  }
  return out;
}

/**
 * @template T
 * @param {string} path
 * @param {(data: Buffer) => T} read
 * @returns {T | null}
 */
function readOptional(path, read) {
  try {
    return read(readFileSync(path));
  } catch {
    return null;
  }
}

/**
 * Format the result for people.
 * @param {ConformanceResult} result
 */
export function formatConformance(result) {
  /** @type {(n: number, of: number) => string} */
  const pct = (n, of) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}%`);
  const lines = [
    `validity agreement:   ${result.validityAgreed}/${result.cases} (${pct(result.validityAgreed, result.cases)})`,
    `sourceMappingURL:     ${result.urlAgreed}/${result.cases} (${pct(result.urlAgreed, result.cases)})`,
    `ignoreList checks:    ${result.ignoreListAgreed}/${result.ignoreListChecks}`,
  ];
  if (result.disagreements.length > 0)
    lines.push('', 'disagreements:', ...result.disagreements.map((d) => `  ${d.name} [${d.check}]: ${d.detail}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Entry point: returns the exit code (0 after any run, 2 without a folder, 3 when unreadable).
 * @param {readonly string[]} argv
 * @param {{ stdout: { write(text: string): unknown }, stderr: { write(text: string): unknown }, cwd: string }} io
 */
export function main(argv, io) {
  const json = argv.includes('--json');
  const folder = argv.find((arg) => arg !== '--json');
  if (!folder) {
    io.stderr.write('usage: npm run conformance -- <folder with source-map-spec-tests.json> [--json]\n');
    return 2;
  }
  /** @type {ConformanceResult} */
  let result;
  try {
    result = runConformance(resolve(io.cwd, folder));
  } catch (error) {
    io.stderr.write(
      `cannot read conformance cases in ${folder}: ${error instanceof Error ? error.message : String(error)}; pass the folder of a tc39/source-map-tests checkout.\n`,
    );
    return 3;
  }
  io.stdout.write(json ? `${JSON.stringify(result)}\n` : formatConformance(result));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
}
