/**
 * A realistic {@link Report} for the output-format tests: the 2026 incident shape (a shipped
 * map whose sourcesContent holds first-party sources, one with a credential), every rule
 * family, a suppressed finding, a baseline comparison, and paths and messages with characters
 * every format must escape (`|`, `<`, `&`, `"`, `%`, `,`, `:`, `#`, spaces).
 */
import { summarize } from '../../src/build-report.js';
import type { Finding, Report } from '../../src/types.js';

/** Masked preview of a fake AWS key id, assembled at run time so no scanner trips on it. */
export const FAKE_KEY_PREVIEW = `AKIA${'*'.repeat(12)}Q7XZ`;
/** Masked preview of a fake npm token. */
export const FAKE_NPM_PREVIEW = `npm_${'*'.repeat(32)}k9Ab`;

/** The path with characters that break tables, XML and workflow commands. */
export const ODD_PATH = 'docs/notes | draft <v2> & "final", 100%: #1.md';

const FILES: { path: string; size: number }[] = [
  { path: '.env', size: 214 },
  { path: 'README.md', size: 4_812 },
  { path: 'dist/cli.js', size: 1_482_331 },
  { path: 'dist/cli.js.map', size: 61_204_877 },
  { path: 'dist/vendor.js', size: 88_120 },
  { path: 'dist/vendor.js.map', size: 240_551 },
  { path: 'dist/worker.js', size: 12_004 },
  { path: ODD_PATH, size: 733 },
  { path: 'lib/legacy.js', size: 9_310 },
  { path: 'package.json', size: 1_204 },
];

const FINDINGS: Finding[] = [
  {
    rule: 'size/budget',
    severity: 'error',
    path: '',
    message: 'The unpacked package is 63 MB, over the 5 MB budget.',
    glob: '**',
    size: 63_044_156,
    limit: 5_000_000,
  },
  {
    rule: 'baseline/package-growth',
    severity: 'warning',
    path: '',
    message: 'The unpacked package grew by 2,881% since 2.3.1 (threshold: 25%).',
    size: 63_044_156,
  },
  {
    rule: 'tarball/unsafe-entry',
    severity: 'error',
    path: '../../etc/cron.d/x',
    message: 'Entry "../../etc/cron.d/x" climbs out of the package.',
    kind: 'path-traversal',
  },
  {
    rule: 'file/sensitive',
    severity: 'error',
    path: '.env',
    message: 'An environment file (.env) ships in the package.',
    kind: 'env-file',
    size: 214,
  },
  {
    rule: 'secret',
    severity: 'error',
    path: '.env',
    message: 'An npm access token appears in .env.',
    kind: 'npm-access-token',
    line: 3,
    column: 14,
    preview: FAKE_NPM_PREVIEW,
    length: 40,
    hash: '5e0c1d2b',
  },
  {
    rule: 'sourcemap/embedded-sources',
    severity: 'error',
    path: 'dist/cli.js.map',
    message: 'dist/cli.js.map embeds 1,906 first-party sources (58.3 MB) in sourcesContent.',
    count: 1_906,
    size: 58_312_004,
    sample: ['src/main.ts', 'src/config.ts'],
  },
  {
    rule: 'secret',
    severity: 'error',
    path: 'dist/cli.js.map',
    message: 'An AWS access key id appears in a source recovered from the map.',
    kind: 'aws-access-key-id',
    source: 'webpack://incident-cli/src/config.ts',
    line: 12,
    column: 22,
    preview: FAKE_KEY_PREVIEW,
    length: 20,
    hash: '9f3a7c01',
  },
  {
    rule: 'sourcemap/local-path',
    severity: 'warning',
    path: 'dist/cli.js.map',
    message: 'The map names 4 build-machine paths, e.g. /Users/dev/work/incident-cli/src/main.ts.',
    count: 4,
    sample: ['/Users/dev/work/incident-cli/src/main.ts'],
  },
  { rule: 'baseline/new-source-map', severity: 'error', path: 'dist/cli.js.map', message: 'dist/cli.js.map is new since 2.3.1.' },
  {
    rule: 'baseline/new-embedded-sources',
    severity: 'error',
    path: 'dist/cli.js.map',
    message: '1,906 first-party sources are newly exposed since 2.3.1.',
    count: 1_906,
  },
  {
    rule: 'baseline/file-growth',
    severity: 'warning',
    path: 'dist/cli.js',
    message: 'dist/cli.js grew from 412 kB to 1.48 MB (+259%).',
    size: 1_482_331,
  },
  {
    rule: 'sourcemap/shipped',
    severity: 'warning',
    path: 'dist/vendor.js.map',
    message: 'dist/vendor.js.map ships without first-party sources.',
  },
  {
    rule: 'sourcemap/invalid',
    severity: 'warning',
    path: 'dist/vendor.js.map',
    message: 'The map is not valid ECMA-426: "mappings" has a bad VLQ at segment 12,004.',
  },
  {
    rule: 'sourcemap/remote-url',
    severity: 'warning',
    path: 'dist/worker.js',
    message: 'sourceMappingURL points at https://cdn.example.com/worker.js.map?v=1&t=2.',
    url: 'https://cdn.example.com/worker.js.map?v=1&t=2',
    line: 1,
    column: 1,
  },
  {
    rule: 'sourcemap/dangling-reference',
    severity: 'warning',
    path: 'dist/worker.js',
    message: 'sourceMappingURL points at worker.js.map, which the package does not contain.',
    line: 2,
  },
  { rule: 'baseline/new-file', severity: 'info', path: 'dist/worker.js', message: 'dist/worker.js is new since 2.3.1.', size: 12_004 },
  {
    rule: 'file/unlisted',
    severity: 'error',
    path: ODD_PATH,
    message: `${ODD_PATH} matches no "files" entry in leakproof.json.`,
    suppressed: { reason: 'Release notes | kept on purpose: see #42, <owner> & "docs".' },
  },
  {
    rule: 'file/missing',
    severity: 'error',
    path: 'lib/index.d.ts',
    message: 'The allowlist entry "lib/index.d.ts" matches nothing.',
    glob: 'lib/index.d.ts',
  },
  { rule: 'file/unlisted', severity: 'error', path: 'lib/legacy.js', message: 'lib/legacy.js matches no "files" entry in leakproof.json.' },
  { rule: 'baseline/removed-file', severity: 'info', path: 'lib/old.js', message: 'lib/old.js shipped in 2.3.1 and is gone.', size: 3_020 },
];

/** The sample report; a fresh deep copy on every call so tests may mutate it. */
export function makeSampleReport(): Report {
  const files = FILES.map((file) => ({ ...file }));
  const findings = structuredClone(FINDINGS);
  return {
    schemaVersion: 1,
    tool: { name: 'leakproof', version: '0.1.0' },
    target: {
      input: '@acme/incident-cli@2.4.0',
      kind: 'registry',
      name: '@acme/incident-cli',
      version: '2.4.0',
      integrity: `sha512-${'A'.repeat(86)}==`,
    },
    files,
    findings,
    sourceMaps: [
      {
        path: 'dist/cli.js.map',
        origin: 'file',
        generated: [],
        valid: true,
        sources: 2_411,
        withContent: 2_411,
        firstParty: 1_906,
        recoverable: 1_906,
        recoverableBytes: 58_312_004,
      },
      {
        path: 'dist/vendor.js.map',
        origin: 'file',
        generated: ['dist/vendor.js'],
        valid: false,
        invalidReason: 'bad VLQ in "mappings"',
        sources: 14,
        withContent: 0,
        firstParty: 0,
        recoverable: 0,
        recoverableBytes: 0,
      },
      {
        path: 'dist/worker.js',
        origin: 'remote',
        generated: ['dist/worker.js'],
        valid: true,
        sources: 0,
        withContent: 0,
        firstParty: 0,
        recoverable: 0,
        recoverableBytes: 0,
        url: 'https://cdn.example.com/worker.js.map?v=1&t=2',
      },
    ],
    summary: summarize(findings, files),
    manifest: { path: 'leakproof.json' },
    complete: true,
    gaps: [],
    ok: false,
    failOn: 'error',
    baseline: {
      target: {
        input: '@acme/incident-cli@2.3.1',
        kind: 'registry',
        name: '@acme/incident-cli',
        version: '2.3.1',
        integrity: `sha512-${'B'.repeat(86)}==`,
      },
      firstRelease: false,
      added: [
        { path: 'dist/cli.js.map', size: 61_204_877 },
        { path: 'dist/worker.js', size: 12_004 },
        { path: ODD_PATH, size: 733 },
      ],
      removed: [{ path: 'lib/old.js', size: 3_020 }],
      changed: [
        { path: 'dist/cli.js', before: 412_080, after: 1_482_331 },
        { path: 'README.md', before: 5_100, after: 4_812 },
      ],
      totals: { before: { files: 8, unpackedSize: 2_114_950 }, after: { files: 10, unpackedSize: 63_044_156 } },
      newSourceMaps: ['dist/cli.js.map'],
    },
  };
}

/** A passing report: no findings, first release, nothing to change. */
export function makeCleanReport(): Report {
  const files = [
    { path: 'dist/index.js', size: 2_048 },
    { path: 'package.json', size: 512 },
  ];
  return {
    ...makeSampleReport(),
    target: { input: '.', kind: 'directory', name: 'tiny-lib', version: '1.0.0', integrity: null },
    files,
    findings: [],
    sourceMaps: [],
    summary: summarize([], files),
    ok: true,
    baseline: {
      target: null,
      firstRelease: true,
      added: [],
      removed: [],
      changed: [],
      totals: { before: { files: 0, unpackedSize: 0 }, after: { files: 2, unpackedSize: 2_560 } },
      newSourceMaps: [],
    },
  };
}
