import { describe, expect, it } from 'vitest';
import { renderHuman } from '../src/report/human.js';
import { renderReportSet } from '../src/report/index.js';
import { buildReportSet, renderGithubAnnotationsForSet } from '../src/report/report-set.js';
import type { Report, ReportSet } from '../src/types.js';
import { makeCleanReport, makeSampleReport } from './helpers/sample-report.js';

function incomplete(): Report {
  const report = makeCleanReport();
  report.target = { ...report.target, name: 'half-read', input: 'half.tgz', kind: 'tarball' };
  report.complete = false;
  report.ok = false;
  report.gaps = [{ code: 'entry-limit', message: 'more than 5 files; raise --max-entries to inspect it' }];
  return report;
}

describe('buildReportSet', () => {
  it('sums the reports and passes only when every report passes and nothing was missed', () => {
    const passing = buildReportSet(
      [makeCleanReport(), makeCleanReport()],
      [{ input: 'packages/private', reason: 'private: true', gap: false }],
      'error',
    );
    expect(passing).toMatchObject({
      kind: 'set',
      schemaVersion: 1,
      complete: true,
      ok: true,
      summary: { packages: 2, failing: 0, incomplete: 0, errors: 0 },
    });
    const failing = buildReportSet([makeSampleReport(), makeCleanReport()], [], 'error');
    expect(failing).toMatchObject({
      complete: true,
      ok: false,
      summary: { packages: 2, failing: 1, errors: makeSampleReport().summary.errors },
    });
    const gap = buildReportSet([makeCleanReport()], [{ input: 'nope@1', reason: 'not published', gap: true }], 'error');
    expect(gap).toMatchObject({ complete: false, ok: false, summary: { incomplete: 1 } });
    expect(buildReportSet([incomplete()], [], 'error')).toMatchObject({
      complete: false,
      ok: false,
      summary: { incomplete: 1, failing: 1 },
    });
  });
});

describe('schema/report-set.schema.json', () => {
  it('requires exactly the fields a set has', async () => {
    const schema = (await import('../schema/report-set.schema.json', { with: { type: 'json' } })).default as {
      required: string[];
      properties: { summary: { required: string[] } };
    };
    const set = buildReportSet([makeCleanReport()], [], 'error');
    expect(schema.required.sort()).toEqual(Object.keys(set).sort());
    expect(schema.properties.summary.required.sort()).toEqual(Object.keys(set.summary).sort());
  });
});

describe('renderReportSet', () => {
  const set: ReportSet = buildReportSet(
    [makeCleanReport(), makeSampleReport(), incomplete()],
    [{ input: 'packages/internal', reason: 'private: true (npm never publishes it)', gap: false }],
    'error',
  );

  it('json is the set itself, each member a whole report', () => {
    const parsed = JSON.parse(renderReportSet(set, 'json', { color: false })) as ReportSet;
    expect(parsed.kind).toBe('set');
    expect(parsed.reports.map((report) => report.target.name)).toEqual(['tiny-lib', '@acme/incident-cli', 'half-read']);
    expect(parsed.reports[1]).toEqual(makeSampleReport());
  });

  it('human shows every report as it prints alone, then one table worst first and one verdict', () => {
    const text = renderReportSet(set, 'human', { color: false });
    for (const report of set.reports) expect(text).toContain(renderHuman(report, { color: false }));
    const table = text.slice(text.indexOf('3 packages checked, 1 skipped:'));
    expect(
      table
        .split('\n')
        .slice(1, 5)
        .map((line) => line.trim().split(/\s+/).slice(0, 2).join(' ')),
    ).toEqual(['✖ half-read@1.0.0', '✖ @acme/incident-cli@2.4.0', '✔ tiny-lib@1.0.0', '- packages/internal']);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(
      /^✖ incomplete: 1 target not fully inspected; 10 errors, 7 warnings in 3 packages; not a pass$/,
    );
  });

  it('markdown has one package table and each report folded below it', () => {
    const text = renderReportSet(set, 'markdown', { color: false });
    expect(text.match(/^\| Package \| Result \|/gm)).toHaveLength(1);
    expect(text).toContain('| `@acme/incident-cli@2.4.0` | ❌ fails | 10 | 7 | 2 |');
    expect(text).toContain('| `packages/internal` | ➖ skipped: private: true (npm never publishes it) | | | | | |');
    expect(text.match(/<details( open)?><summary>[✅❌]/gu)).toEqual([
      '<details><summary>✅',
      '<details open><summary>❌',
      '<details open><summary>❌',
    ]);
  });

  it('sarif has one run per package, each in its own category with its own path prefix', () => {
    const log = JSON.parse(renderReportSet(set, 'sarif', { color: false, pathPrefixes: ['packages/tiny/', 'packages/cli/', ''] })) as {
      runs: {
        automationDetails: { id: string };
        results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
      }[];
    };
    expect(log.runs.map((run) => run.automationDetails.id)).toEqual([
      'leakproof/tiny-lib@1.0.0/',
      'leakproof/@acme/incident-cli@2.4.0/',
      'leakproof/half-read@1.0.0/',
    ]);
    expect(log.runs[1]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^packages\/cli\//);
  });

  it('junit is one document whose suites name their package, a missed target failing', () => {
    const gapSet = buildReportSet([makeCleanReport()], [{ input: 'gone@1.0.0', reason: 'cannot reach the registry', gap: true }], 'error');
    const xml = renderReportSet(gapSet, 'junit', { color: false });
    expect(xml.match(/<testsuites /g)).toHaveLength(1);
    expect(xml).toContain('<testsuite name="tiny-lib@1.0.0 leakproof.sourcemap"');
    expect(xml).toContain('<testsuite name="gone@1.0.0 leakproof.inspection" tests="1" failures="1"');
  });

  it('annotations carry each package its own prefix', () => {
    const text = renderGithubAnnotationsForSet(set, { pathPrefixes: ['a/', 'packages/cli/', 'c/'] });
    expect(text).toContain('::error file=packages/cli/.env');
    expect(text).toContain('::error title=leakproof entry-limit::Not inspected: more than 5 files');
  });
});
