/**
 * Reports built in memory for the HTML format: the sample report with per-source lists that use
 * all four source classes (first-party exposed, first-party readable elsewhere, third-party,
 * already shipped), and a report set over several packages. Deterministic: sizes come from a
 * fixed formula, not from randomness.
 */
import { summarize } from '../../src/build-report.js';
import type { RecoveredSourceSummary, Report, ReportSet, SourceClass } from '../../src/types.js';
import { makeCleanReport, makeSampleReport } from './sample-report.js';

/** `count` sources of one class under `folder`, with sizes spread over two orders of magnitude. */
function sources(folder: string, sourceClass: SourceClass, count: number, seed: number): RecoveredSourceSummary[] {
  const names = ['index', 'config', 'session', 'client', 'render', 'parser', 'utils', 'auth', 'store', 'api'];
  return Array.from({ length: count }, (_, i) => {
    const sub = ['', 'core/', 'commands/', 'ui/'][(i + seed) % 4];
    const source = `webpack://incident-cli/${folder}/${sub}${names[i % names.length]}-${i}.ts`;
    return {
      source,
      resolved: source.slice('webpack://incident-cli/'.length),
      size: 400 + (((i + 1) * 7919 * (seed + 3)) % 60_000),
      class: sourceClass,
      reason: 'test',
    };
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

/**
 * The benchmark's incident package as a report (bench/generate.js, docs/benchmarks.md): 10
 * files, one 60 MB map holding 1,900 first-party and 2,850 third-party sources under paths
 * as long as the benchmark's, for the page-size limit.
 */
export function makeIncidentSizedReport(): Report {
  const report = makeCleanReport();
  const folders = ['components', 'services', 'utils', 'commands', 'hooks', 'state', 'screens', 'bridge', 'migrations', 'telemetry'];
  const packages = ['emoji-regex', 'cross-spawn', 'string-width', 'react-reconciler', 'diff', 'ansi-styles', 'signal-exit', 'yoga-layout'];
  const recovered: RecoveredSourceSummary[] = [
    ...Array.from({ length: 1_900 }, (_, i) => ({
      source: `../src/${folders[i % 10]}/${folders[(i * 7) % 10]}/readColor${i}.ts`,
      size: 16_000,
      class: 'first-party' as const,
    })),
    ...Array.from({ length: 2_850 }, (_, i) => ({
      source: `../node_modules/${packages[i % 8]}/build/lib/client${i}.js`,
      size: 6_000,
      class: 'third-party' as const,
    })),
  ].map((source) => ({ ...source, resolved: source.source, reason: 'test' }));
  report.target = { input: 'incident.tgz', kind: 'tarball', name: 'incident-cli', version: '2.1.88', integrity: null };
  report.files = [
    ['LICENSE', 60],
    ['README.md', 90],
    ['cli.js', 13_000_000],
    ['cli.js.map', 60_000_000],
    ['package.json', 230],
    ['vendor/pty-linux-x64.node', 4_000_000],
    ['vendor/sharp-linux-x64.node', 8_000_000],
    ['vendor/tree-sitter-typescript.wasm', 3_000_000],
    ['vendor/tree-sitter.wasm', 4_000_000],
    ['vendor/yoga.wasm', 1_000_000],
  ].map(([path, size]) => ({ path: path as string, size: size as number }));
  report.findings = [
    {
      rule: 'sourcemap/embedded-sources',
      severity: 'error',
      path: 'cli.js.map',
      message:
        'The source map cli.js.map embeds 1900 first-party sources (30.4 MB) that anyone who installs the package can recover; no file references this map.',
      count: 1_900,
    },
  ];
  report.sourceMaps = [
    {
      path: 'cli.js.map',
      origin: 'file',
      generated: [],
      valid: true,
      sources: 4_750,
      withContent: 4_750,
      firstParty: 1_900,
      recoverable: 1_900,
      recoverableBytes: 30_400_000,
      recovered,
    },
  ];
  report.summary = summarize(report.findings, report.files);
  report.ok = false;
  delete report.baseline;
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
    summary: {
      packages: 3,
      failing: 1,
      incomplete: 1,
      errors: total('errors'),
      warnings: total('warnings'),
      infos: total('infos'),
      suppressed: total('suppressed'),
    },
    complete: false,
    ok: false,
    failOn: 'error',
  };
}
