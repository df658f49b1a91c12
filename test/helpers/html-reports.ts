/**
 * Reports built in memory for the HTML format: the sample report with per-source lists that use
 * all four source classes (first-party exposed, first-party readable elsewhere, third-party,
 * already shipped), and a report set over several packages. Deterministic: sizes come from a
 * fixed formula, not from randomness.
 */
import { summarize } from '../../src/inspect.js';
import type { RecoveredSourceSummary, Report, ReportSet, SourceClass } from '../../src/types.js';
import { makeCleanReport, makeSampleReport } from './sample-report.js';

/** `count` sources of one class under `folder`, with sizes spread over two orders of magnitude. */
function sources(folder: string, sourceClass: SourceClass, count: number, seed: number): RecoveredSourceSummary[] {
  const names = ['index', 'config', 'session', 'client', 'render', 'parser', 'utils', 'auth', 'store', 'api'];
  return Array.from({ length: count }, (_, i) => {
    const sub = ['', 'core/', 'commands/', 'ui/'][(i + seed) % 4];
    const source = `webpack://incident-cli/${folder}/${sub}${names[i % names.length]}-${i}.ts`;
    return { source, resolved: source.slice('webpack://incident-cli/'.length), size: 400 + (((i + 1) * 7919 * (seed + 3)) % 60_000), class: sourceClass };
  });
}

/** The sample report, its big map listing sources of every class. */
export function makeFourClassReport(): Report {
  const report = makeSampleReport();
  const recovered = [
    ...sources('src', 'first-party', 60, 1),
    ...sources('lib', 'readable', 12, 2),
    ...sources('node_modules/some-dep', 'third-party', 50, 3),
    ...sources('node_modules/@scope/helpers', 'third-party', 20, 4),
    { source: 'webpack://incident-cli/README.md', resolved: 'README.md', size: 4_812, class: 'shipped' as const },
    { source: 'webpack://incident-cli/dist/worker.js', resolved: 'dist/worker.js', size: 12_004, class: 'shipped' as const, ignored: true },
  ];
  const sum = (c: SourceClass) => recovered.filter((s) => s.class === c);
  const map = report.sourceMaps[0]!;
  Object.assign(map, {
    sources: recovered.length + 3,
    withContent: recovered.length,
    firstParty: sum('first-party').length + sum('readable').length + sum('shipped').length,
    recoverable: sum('first-party').length,
    recoverableBytes: sum('first-party').reduce((total, s) => total + s.size, 0),
    readable: sum('readable').length,
    readableBytes: sum('readable').reduce((total, s) => total + s.size, 0),
    recovered,
  });
  report.sourceMaps[1]!.recovered = [];
  return report;
}

/** A report set of the four-class sample, a clean package and an incomplete one, in that order. */
export function makeReportSet(): ReportSet {
  const leaking = makeFourClassReport();
  const clean = makeCleanReport();
  const incomplete = makeCleanReport();
  incomplete.target = { input: 'half-read.tgz', kind: 'tarball', name: 'half-read', version: '0.3.0', integrity: null };
  incomplete.complete = false;
  incomplete.ok = false;
  incomplete.gaps = [{ code: 'entry-limit', message: 'the tarball has more than 100000 entries; raise --max-entries' }];
  incomplete.summary = summarize([], incomplete.files);
  const reports = [clean, leaking, incomplete];
  const total = (key: 'errors' | 'warnings' | 'infos' | 'suppressed') => reports.reduce((sum, report) => sum + report.summary[key], 0);
  return {
    schemaVersion: 1,
    kind: 'set',
    tool: { name: 'leakproof', version: '0.1.0' },
    reports,
    skipped: [{ input: 'no-such-package@9', reason: 'no matching version in the registry', gap: true }],
    summary: { packages: 3, failing: 1, incomplete: 1, errors: total('errors'), warnings: total('warnings'), infos: total('infos'), suppressed: total('suppressed') },
    complete: false,
    ok: false,
    failOn: 'error',
  };
}
