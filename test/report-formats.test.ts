import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderGithubAnnotations } from '../src/report/github-annotations.js';
import { renderReportSet } from '../src/report/index.js';
import { renderJunit } from '../src/report/junit.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { buildReportSet } from '../src/report/report-set.js';
import { fingerprintOf, renderSarif } from '../src/report/sarif.js';
import { RULES, RULES_DOC_URL, type RuleId, ruleAnchor } from '../src/rules/meta.js';
import type { Finding, Report } from '../src/types.js';
import { FAKE_KEY_PREVIEW, makeCleanReport, makeSampleReport, ODD_PATH } from './helpers/sample-report.js';

/** The sample with its inspection cut short, for the "incomplete" paths of every format. */
function makeIncompleteReport(): Report {
  const report = makeSampleReport();
  report.complete = false;
  report.gaps = [
    { code: 'file-size-limit', message: 'dist/cli.js.map is larger than 512 MB; raise --max-file-size.', path: 'dist/cli.js.map' },
  ];
  return report;
}

function byRule(report: Report, rule: string): Finding {
  const finding = report.findings.find((each) => each.rule === rule && each.suppressed === undefined);
  if (finding === undefined) throw new Error(`sample has no ${rule} finding`);
  return finding;
}

// Loose shapes for reading the SARIF back; the renderer's own types are not exported.
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn?: number } };
    logicalLocations?: { fullyQualifiedName: string }[];
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
  properties: Record<string, unknown>;
}

function parseSarif(output: string) {
  const log = JSON.parse(output) as {
    version: string;
    $schema: string;
    runs: {
      tool: {
        driver: {
          name: string;
          version: string;
          informationUri: string;
          rules: {
            id: string;
            helpUri: string;
            shortDescription: { text: string };
            fullDescription: { text: string };
            help: { text: string; markdown: string };
            defaultConfiguration: { level: string };
          }[];
        };
      };
      results: SarifResult[];
      invocations: { executionSuccessful: boolean; toolExecutionNotifications?: unknown[] }[];
    }[];
  };
  const run = log.runs[0]!;
  return { log, run, rules: run.tool.driver.rules, results: run.results };
}

describe('renderSarif', () => {
  const report = makeSampleReport();
  const output = renderSarif(report);
  const { log, run, rules, results } = parseSarif(output);
  const resultFor = (rule: string, path?: string) =>
    results.find((result) => result.ruleId === rule && (path === undefined || result.properties.path === path))!;

  it('describes the tool and every rule with docs links and default levels', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'leakproof', version: '0.1.0' });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(rules.map((rule) => rule.id)).toEqual(Object.keys(RULES));
    for (const rule of rules) {
      const meta = RULES[rule.id as RuleId];
      expect(rule.helpUri).toBe(`${RULES_DOC_URL}#${ruleAnchor(rule.id as RuleId)}`);
      expect(rule.shortDescription.text).toBe(meta.title);
      expect(rule.fullDescription.text).toBe(meta.description);
      expect(rule.help.text).toBe(meta.help);
      expect(rule.help.markdown).toContain(rule.helpUri);
      expect(rule.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[meta.defaultSeverity]);
    }
  });

  it('turns every finding into a result that points at its rule', () => {
    expect(results).toHaveLength(report.findings.length);
    for (const result of results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(resultFor('baseline/new-file').level).toBe('note');
    expect(resultFor('sourcemap/shipped').level).toBe('warning');
    expect(resultFor('secret', '.env').locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 14 });
  });

  it('locates a recovered-source finding at the map and names the original source', () => {
    const result = results.find((each) => each.ruleId === 'secret' && each.properties.source !== undefined)!;
    const location = result.locations[0]!;
    expect(location.physicalLocation.artifactLocation.uri).toBe('dist/cli.js.map');
    // Line 12 is in the source, not in the map.
    expect(location.physicalLocation.region).toEqual({ startLine: 1 });
    expect(location.logicalLocations?.[0]?.fullyQualifiedName).toBe('webpack://incident-cli/src/config.ts');
    expect(result.message.text).toContain('webpack://incident-cli/src/config.ts line 12');
    expect(result.properties).toMatchObject({ sourceLine: 12, sourceColumn: 22, preview: FAKE_KEY_PREVIEW });
  });

  it('puts manifest findings on leakproof.json, package-level and unsafe-path findings on package.json', () => {
    expect(resultFor('size/budget').locations[0]!.physicalLocation.artifactLocation.uri).toBe('leakproof.json');
    const unsafe = resultFor('tarball/unsafe-entry');
    expect(unsafe.locations[0]!.physicalLocation.artifactLocation.uri).toBe('package.json');
    expect(unsafe.properties.path).toBe('../../etc/cron.d/x');
  });

  it('percent-encodes odd paths into relative URIs and honours pathPrefix', () => {
    const odd = results.find((result) => result.properties.path === ODD_PATH)!;
    const uri = odd.locations[0]!.physicalLocation.artifactLocation.uri;
    expect(uri).not.toMatch(/[ |<>"#%:,](?![0-9A-F]{2})/);
    expect(decodeURIComponent(uri)).toBe(ODD_PATH);
    const prefixed = parseSarif(renderSarif(report, { pathPrefix: 'packages/cli/' })).results;
    expect(prefixed.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('packages/cli/package.json');
    expect(prefixed.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('packages/cli/leakproof.json');
  });

  it('marks suppressed findings with an external suppression', () => {
    const suppressed = results.filter((result) => result.suppressions !== undefined);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.suppressions).toEqual([
      expect.objectContaining({ kind: 'external', justification: report.findings.find((f) => f.suppressed)!.suppressed!.reason }),
    ]);
    const omitted = parseSarif(renderSarif(report, { omitSuppressed: true })).results;
    expect(omitted).toHaveLength(results.length - 1);
    expect(omitted.every((result) => result.suppressions === undefined)).toBe(true);
  });

  it('fingerprints ignore line numbers and tell findings apart', () => {
    const secret = byRule(report, 'secret');
    expect(fingerprintOf({ ...secret, line: 99, column: 1 })).toBe(fingerprintOf(secret));
    const prints = results.map((result) => result.partialFingerprints['leakproof/v1']);
    expect(new Set(prints).size).toBe(prints.length);
    const lineHashes = results.map((result) => result.partialFingerprints.primaryLocationLineHash);
    expect(new Set(lineHashes).size).toBe(lineHashes.length);
    expect(renderSarif(makeSampleReport())).toBe(output);
  });

  it('reports inspection gaps as an unsuccessful invocation', () => {
    const invocation = parseSarif(renderSarif(makeIncompleteReport())).run.invocations[0]!;
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toHaveLength(1);
  });
});

const MULTITOOL = join(import.meta.dirname, '..', 'node_modules', '@microsoft', 'sarif-multitool-linux', 'Sarif.Multitool');

// The npm package ships one self-contained x86-64 Linux build (no .NET runtime needed).
describe.skipIf(process.platform !== 'linux' || process.arch !== 'x64' || !existsSync(MULTITOOL))(
  'renderSarif with the official validator',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'leakproof-sarif-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('passes sarif-multitool validate --rule-kind "Gh;Sarif" with no errors', () => {
      // npm 11 skips the package's postinstall `chmod u+x`; restore the bit when it is missing.
      const mode = statSync(MULTITOOL).mode;
      if ((mode & 0o100) === 0) chmodSync(MULTITOOL, mode | 0o100);
      // One log with a run per variant: the tool spends seconds per file, not per run.
      const logs = [
        renderSarif(makeSampleReport()),
        renderSarif(makeCleanReport()),
        renderSarif(makeIncompleteReport()),
        renderSarif(makeSampleReport(), { pathPrefix: 'packages/my cli/' }),
        // Several packages: one run each, told apart by automationDetails.
        renderReportSet(buildReportSet([makeSampleReport(), makeCleanReport()], [], 'error'), 'sarif', {
          color: false,
          pathPrefixes: ['packages/a/', ''],
        }),
      ].map((output) => JSON.parse(output) as { runs: { results: { message: unknown }[] }[] });
      // A control run the validator must reject, so a silent validator cannot pass the test.
      const control = structuredClone(logs[0]!.runs[0]!);
      control.results[0]!.message = {};
      logs.push({ runs: [control] });
      const controlRun = `runs[${logs.flatMap((log) => log.runs).length - 1}]`;
      const input = join(dir, 'leakproof.sarif');
      writeFileSync(input, JSON.stringify({ ...logs[0], runs: logs.flatMap((log) => log.runs) }, null, 2));
      const out = join(dir, 'validation.json');
      // The tool exits 0 even when rules fail; its own SARIF log says what it found.
      execFileSync(MULTITOOL, ['validate', '--rule-kind', 'Gh;Sarif', '--output', out, input], {
        encoding: 'utf8',
        timeout: 120_000,
        // Invariant globalization: no dependency on the host's libicu.
        env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
      });
      const validation = JSON.parse(readFileSync(out, 'utf8')) as {
        runs: { results?: { level?: string; ruleId: string; message: { arguments?: string[] } }[] }[];
      };
      const errors = (validation.runs[0]!.results ?? [])
        .filter((result) => result.level === 'error')
        .map((error) => `${error.ruleId}: ${(error.message.arguments ?? []).join(' | ')}`);
      expect(errors.filter((error) => !error.includes(controlRun))).toEqual([]);
      expect(errors.some((error) => error.includes(`${controlRun}.results[0]`))).toBe(true);
    });
  },
);

/** Table rows of the findings table (the one headed by `| Severity |`). */
function findingRows(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf('| Severity | Rule | Path | Message |');
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows;
}

describe('renderMarkdown', () => {
  it('renders the sample: verdict, findings worst first, totals, maps, baseline', () => {
    expect(renderMarkdown(makeSampleReport())).toMatchInlineSnapshot(`
      "### ❌ \`@acme/incident-cli@2.4.0\` fails leakproof: 10 errors, 7 warnings, 2 notes, 1 suppressed (fail-on: error)

      | Severity | Rule | Path | Message |
      | --- | --- | --- | --- |
      | ❌ error | [\`size/budget\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#size-budget) | (package) | The unpacked package is 63 MB, over the 5 MB budget. |
      | ❌ error | [\`tarball/unsafe-entry\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#tarball-unsafe-entry) | \`../../etc/cron.d/x\` | Entry "../../etc/cron.d/x" climbs out of the package. |
      | ❌ error | [\`file/sensitive\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#file-sensitive) | \`.env\` | An environment file (.env) ships in the package. |
      | ❌ error | [\`secret\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#secret) | \`.env:3\` | An npm access token appears in .env. |
      | ❌ error | [\`sourcemap/embedded-sources\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#sourcemap-embedded-sources) | \`dist/cli.js.map\` | dist/cli.js.map embeds 1,906 first-party sources (58.3 MB) in sourcesContent. |
      | ❌ error | [\`secret\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#secret) | \`dist/cli.js.map\` › \`webpack://incident-cli/src/config.ts:12\` | An AWS access key id appears in a source recovered from the map. |
      | ❌ error | [\`baseline/new-source-map\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#baseline-new-source-map) | \`dist/cli.js.map\` | dist/cli.js.map is new since 2.3.1. |
      | ❌ error | [\`baseline/new-embedded-sources\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#baseline-new-embedded-sources) | \`dist/cli.js.map\` | 1,906 first-party sources are newly exposed since 2.3.1. |
      | ❌ error | [\`file/missing\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#file-missing) | \`lib/index.d.ts\` | The allowlist entry "lib/index.d.ts" matches nothing. |
      | ❌ error | [\`file/unlisted\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#file-unlisted) | \`lib/legacy.js\` | lib/legacy.js matches no "files" entry in leakproof.json. |
      | ⚠️ warning | [\`baseline/package-growth\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#baseline-package-growth) | (package) | The unpacked package grew by 2,881% since 2.3.1 (threshold: 25%). |
      | ⚠️ warning | [\`sourcemap/local-path\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#sourcemap-local-path) | \`dist/cli.js.map\` | The map names 4 build-machine paths, e.g. /Users/dev/work/incident-cli/src/main.ts. |
      | ⚠️ warning | [\`baseline/file-growth\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#baseline-file-growth) | \`dist/cli.js\` | dist/cli.js grew from 412 kB to 1.48 MB (+259%). |
      | ⚠️ warning | [\`sourcemap/shipped\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#sourcemap-shipped) | \`dist/vendor.js.map\` | dist/vendor.js.map ships without first-party sources. |
      | ⚠️ warning | [\`sourcemap/invalid\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#sourcemap-invalid) | \`dist/vendor.js.map\` | The map is not valid ECMA-426: "mappings" has a bad VLQ at segment 12,004. |
      | ⚠️ warning | [\`sourcemap/remote-url\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#sourcemap-remote-url) | \`dist/worker.js:1\` | sourceMappingURL points at \`https://cdn.example.com/worker.js.map?v=1&t=2\`. |
      | ⚠️ warning | [\`sourcemap/dangling-reference\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#sourcemap-dangling-reference) | \`dist/worker.js:2\` | sourceMappingURL points at worker.js.map, which the package does not contain. |
      | ℹ️ info | [\`baseline/new-file\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#baseline-new-file) | \`dist/worker.js\` | dist/worker.js is new since 2.3.1. |
      | ℹ️ info | [\`baseline/removed-file\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#baseline-removed-file) | \`lib/old.js\` | lib/old.js shipped in 2.3.1 and is gone. |

      <details><summary>1 suppressed finding</summary>

      - [\`file/unlisted\`](https://github.com/leakproof/leakproof/blob/main/docs/rules.md#file-unlisted) \`docs/notes \\| draft <v2> & "final", 100%: #1.md\`: Release notes \\| kept on purpose: see #42, \\<owner\\> & "docs".

      </details>

      **Totals:** 10 files, 63.0 MB unpacked, 3 source maps

      #### Source maps

      | Map | Origin | Valid | Sources | With content | First-party | Recoverable |
      | --- | --- | --- | ---: | ---: | ---: | ---: |
      | \`dist/cli.js.map\` | file | yes | 2411 | 2411 | 1906 | 1906 (58.3 MB) |
      | \`dist/vendor.js.map\` | file | no: bad VLQ in "mappings" | 14 | 0 | 0 | 0 (0 B) |
      | \`dist/worker.js\` | remote \`https://cdn.example.com/worker.js.map?v=1&t=2\` | yes | 0 | 0 | 0 | 0 (0 B) |

      #### Changes since \`@acme/incident-cli@2.3.1\`

      **Totals:** 8 files, 2.1 MB -> 10 files, 63.0 MB (+60.9 MB)

      ⚠️ **New source maps:** \`dist/cli.js.map\`

      | Change | Path | Before | After |
      | --- | --- | ---: | ---: |
      | added | \`dist/cli.js.map\` |  | 61.2 MB |
      | added | \`dist/worker.js\` |  | 12.0 kB |
      | added | \`docs/notes \\| draft <v2> & "final", 100%: #1.md\` |  | 733 B |
      | grown | \`dist/cli.js\` | 412 kB | 1.5 MB (+1.1 MB) |
      | removed | \`lib/old.js\` | 3.0 kB |  |
      | shrunk | \`README.md\` | 5.1 kB | 4.8 kB (-288 B) |
      "
    `);
  });

  it('keeps every table row at four cells, however odd the text', () => {
    const report = makeSampleReport();
    report.findings.push({
      rule: 'file/unlisted',
      severity: 'error',
      path: 'a|b`c`.md',
      message: 'Pipes | and `code | spans` and <b>tags</b>\nand a new line.',
    });
    const rows = findingRows(renderMarkdown(report));
    expect(rows).toHaveLength(report.findings.filter((finding) => !finding.suppressed).length);
    for (const row of rows) expect(row.match(/(?<!\\)\|/g)).toHaveLength(5);
    const severities = rows.map((row) => ['error', 'warning', 'info'].findIndex((severity) => row.includes(` ${severity} |`)));
    expect(severities).toEqual([...severities].sort());
  });

  it('puts @scope names in code so GitHub does not mention a team', () => {
    const report = makeCleanReport();
    report.findings = [{ rule: 'secret', severity: 'error', path: 'x.js', message: 'Token of @acme/release-team, mail dev@example.com.' }];
    const output = renderMarkdown(report);
    expect(output).toContain('`@acme/release-team`');
    expect(output).toContain('dev@example.com');
  });

  it('caps the findings table at 100 rows', () => {
    const report = makeCleanReport();
    report.findings = Array.from({ length: 150 }, (_, index) => ({
      rule: 'baseline/new-file',
      severity: 'info' as const,
      path: `f${index}.js`,
      message: 'New.',
    }));
    const output = renderMarkdown(report);
    expect(findingRows(output)).toHaveLength(100);
    expect(output).toContain('…and 50 more findings');
  });

  it('says ✅ for a passing first release and ❌ for an incomplete inspection', () => {
    const clean = renderMarkdown(makeCleanReport());
    expect(clean.split('\n')[0]).toMatch(/^### ✅ `tiny-lib@1\.0\.0` passes/);
    expect(clean).toContain('First release');
    const incomplete = renderMarkdown(makeIncompleteReport());
    expect(incomplete.split('\n')[0]).toMatch(/^### ❌ .* could not be fully inspected/);
    expect(incomplete).toContain('`file-size-limit`');
  });
});

/**
 * A small well-formedness check: the document must be an XML declaration followed by tags,
 * quoted attributes and text with only the five predefined entities or character references,
 * properly nested. Returns how many times each element occurs.
 */
function checkXml(xml: string): Map<string, number> {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const entity = '&(?:amp|lt|gt|quot|apos|#\\d+);';
  const token = new RegExp(`<(/?)([A-Za-z][\\w.-]*)((?:\\s+[A-Za-z][\\w.-]*="(?:[^"<&]|${entity})*")*)\\s*(/?)>|(?:[^<&]|${entity})+`, 'y');
  const body = xml.slice(xml.indexOf('\n') + 1);
  const stack: string[] = [];
  const counts = new Map<string, number>();
  token.lastIndex = 0;
  while (token.lastIndex < body.length) {
    const at = token.lastIndex;
    const match = token.exec(body);
    if (match === null) throw new Error(`not well-formed at ${at}: ${body.slice(at, at + 60)}`);
    const [, closing, name, , selfClosing] = match;
    if (name === undefined) continue;
    if (closing) {
      expect(stack.pop()).toBe(name);
      continue;
    }
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (!selfClosing) stack.push(name);
  }
  expect(stack).toEqual([]);
  expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)).toBe(false);
  return counts;
}

describe('renderJunit', () => {
  const families = ['file', 'size', 'tarball', 'sourcemap', 'secret', 'baseline'];

  it('writes one suite per rule family, a case per finding, failures per failOn', () => {
    const report = makeSampleReport();
    const xml = renderJunit(report);
    const counts = checkXml(xml);
    expect(counts.get('testsuite')).toBe(families.length + 1);
    expect(counts.get('testcase')).toBe(report.findings.length + 1);
    for (const family of [...families, 'inspection']) expect(xml).toContain(`<testsuite name="leakproof.${family}"`);
    const failing = report.findings.filter((finding) => finding.severity === 'error' && !finding.suppressed).length;
    expect(counts.get('failure')).toBe(failing);
    expect(counts.get('skipped')).toBe(1);
    expect(xml).toMatch(
      new RegExp(`<testsuites name="[^"]*" tests="${report.findings.length + 1}" failures="${failing}" errors="0" skipped="1">`),
    );
    expect(xml).toContain('<testsuite name="leakproof.sourcemap" tests="6" failures="1" errors="0" skipped="0">');
  });

  it('fails warnings too when failOn is warning', () => {
    const report = makeSampleReport();
    report.failOn = 'warning';
    const active = report.findings.filter((finding) => finding.severity !== 'info' && !finding.suppressed).length;
    expect(checkXml(renderJunit(report)).get('failure')).toBe(active);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const report = makeSampleReport();
    report.findings.push({
      rule: 'secret',
      severity: 'error',
      path: 'a"b\'<c>&d.js',
      message: 'Bad \u0000 byte, lone \uD800 surrogate, ]]> and </failure> & more.\nSecond line.',
    });
    const xml = renderJunit(report);
    checkXml(xml);
    expect(xml).toContain('name="secret a&quot;b&apos;&lt;c&gt;&amp;d.js"');
    expect(xml).toContain('Bad \uFFFD byte, lone \uFFFD surrogate, ]]&gt; and &lt;/failure&gt; &amp; more.&#10;Second line.');
  });

  it('passes a case per family when there is nothing to report, and fails gaps', () => {
    const clean = renderJunit(makeCleanReport());
    const counts = checkXml(clean);
    expect(counts.get('failure')).toBeUndefined();
    for (const family of families) expect(clean).toContain(`name="${family}: no findings"/>`);
    const incomplete = renderJunit(makeIncompleteReport());
    expect(incomplete).toMatch(
      /<testcase classname="leakproof.inspection" name="not inspected: file-size-limit dist\/cli.js.map">\n\s*<failure/,
    );
  });
});

describe('renderGithubAnnotations', () => {
  it('renders the sample worst first, without suppressed findings', () => {
    expect(renderGithubAnnotations(makeSampleReport())).toMatchInlineSnapshot(`
      "::error file=leakproof.json,title=size/budget::The unpacked package is 63 MB, over the 5 MB budget.
      ::error file=package.json,title=tarball/unsafe-entry::Entry "../../etc/cron.d/x" climbs out of the package.
      ::error file=.env,title=file/sensitive::An environment file (.env) ships in the package.
      ::error file=.env,line=3,col=14,title=secret::An npm access token appears in .env.
      ::error file=dist/cli.js.map,title=sourcemap/embedded-sources::dist/cli.js.map embeds 1,906 first-party sources (58.3 MB) in sourcesContent.
      ::error file=dist/cli.js.map,title=secret::An AWS access key id appears in a source recovered from the map (in recovered source webpack://incident-cli/src/config.ts line 12).
      ::error file=dist/cli.js.map,title=baseline/new-source-map::dist/cli.js.map is new since 2.3.1.
      ::error file=dist/cli.js.map,title=baseline/new-embedded-sources::1,906 first-party sources are newly exposed since 2.3.1.
      ::error file=leakproof.json,title=file/missing::The allowlist entry "lib/index.d.ts" matches nothing.
      ::error file=lib/legacy.js,title=file/unlisted::lib/legacy.js matches no "files" entry in leakproof.json.
      ::warning file=package.json,title=baseline/package-growth::The unpacked package grew by 2,881%25 since 2.3.1 (threshold: 25%25).
      ::warning file=dist/cli.js.map,title=sourcemap/local-path::The map names 4 build-machine paths, e.g. /Users/dev/work/incident-cli/src/main.ts.
      ::warning file=dist/cli.js,title=baseline/file-growth::dist/cli.js grew from 412 kB to 1.48 MB (+259%25).
      ::warning file=dist/vendor.js.map,title=sourcemap/shipped::dist/vendor.js.map ships without first-party sources.
      ::warning file=dist/vendor.js.map,title=sourcemap/invalid::The map is not valid ECMA-426: "mappings" has a bad VLQ at segment 12,004.
      ::warning file=dist/worker.js,line=1,col=1,title=sourcemap/remote-url::sourceMappingURL points at https://cdn.example.com/worker.js.map?v=1&t=2.
      ::warning file=dist/worker.js,line=2,title=sourcemap/dangling-reference::sourceMappingURL points at worker.js.map, which the package does not contain.
      ::notice file=dist/worker.js,title=baseline/new-file::dist/worker.js is new since 2.3.1.
      ::notice file=lib/old.js,title=baseline/removed-file::lib/old.js shipped in 2.3.1 and is gone.
      "
    `);
  });

  it('escapes data and properties per the workflow-command rules', () => {
    const report = makeCleanReport();
    report.findings = [
      { rule: 'file/unlisted', severity: 'warning', path: ODD_PATH, message: '100% unlisted:\r\nsee, docs', line: 4, column: 2 },
    ];
    expect(renderGithubAnnotations(report, { pathPrefix: 'packages/cli/' })).toBe(
      '::warning file=packages/cli/docs/notes | draft <v2> & "final"%2C 100%25%3A #1.md,line=4,col=2,title=file/unlisted::100%25 unlisted:%0D%0Asee, docs\n',
    );
  });

  it('annotates a recovered source on the map, names the source, and reports gaps', () => {
    const lines = renderGithubAnnotations(makeIncompleteReport()).trimEnd().split('\n');
    const recovered = lines.find((line) => line.includes('recovered source'))!;
    expect(recovered).toMatch(/^::error file=dist\/cli\.js\.map,title=secret::.*webpack:\/\/incident-cli\/src\/config\.ts line 12/);
    expect(lines.at(-1)).toMatch(/^::error title=leakproof file-size-limit::Not inspected: /);
    expect(lines.every((line) => /^::(error|warning|notice) /.test(line))).toBe(true);
    expect(renderGithubAnnotations(makeCleanReport())).toBe('');
  });
});
