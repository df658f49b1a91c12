import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../src/policy/policy.js';
import { secretRules } from '../src/rules/secret-rules.js';
import { isTemplateFile } from '../src/secrets/context.js';
import type { RecoveredSource, SourceClass, SourceMapAnalysis } from '../src/sourcemaps/types.js';
import { EMPTY_ANALYSIS } from '../src/sourcemaps/types.js';
import { createContents, type FileInput } from '../src/tarball/contents.js';
import type { Finding, SourceMapSummary } from '../src/types.js';
import { buildLabeledSet, buildLookAlikes, buildPlainFile, buildSingleLineBundle, type LabeledText } from './helpers/fake-credentials.js';

const labeled = buildLabeledSet();
const MAP = 'dist/cli.js.map';

function run(files: FileInput[], sourceMaps: SourceMapAnalysis = EMPTY_ANALYSIS, policy: Policy = DEFAULT_POLICY): Finding[] {
  return secretRules.check({ contents: createContents(files), policy, sourceMaps });
}

function mapSummary(path: string, origin: SourceMapSummary['origin']): SourceMapSummary {
  return { path, origin, generated: [], valid: true, sources: 1, withContent: 1, firstParty: 1, recoverable: 1, recoverableBytes: 0 };
}

function recovered(
  map: string,
  source: string,
  content: string,
  classification: SourceClass = 'first-party',
  reason = 'first-party',
): RecoveredSource {
  return {
    map,
    source,
    resolved: source.replace(/^(\.\.\/)+/, ''),
    index: '0',
    content,
    size: Buffer.byteLength(content),
    ignored: false,
    classification,
    reason,
  };
}

function analysis(maps: SourceMapSummary[], sources: RecoveredSource[]): SourceMapAnalysis {
  return { ...EMPTY_ANALYSIS, maps, sources };
}

/** The findings' positions and hashes, sorted, for comparing with what the labeled text expects. */
function positions(findings: Finding[]): string[] {
  return findings.map((f) => `${f.path}|${f.source ?? ''}|${f.line}:${f.column}|${f.kind}|${f.hash}|${f.length}`).sort();
}

function expected(text: LabeledText, path: string, source = ''): string[] {
  return text.expected.map((e) => `${path}|${source}|${e.line}:${e.column}|${e.kind}|${e.hash}|${e.length}`).sort();
}

function expectNoLeak(findings: Finding[], text: LabeledText): void {
  const json = JSON.stringify(findings);
  for (const e of text.expected) for (const piece of e.mustNotLeak) expect(json.includes(piece), `${e.name} leaked`).toBe(false);
}

/** Snippets without private keys: a file holding a PEM key is a `file/sensitive` key file instead. */
const withoutKeys = labeled.filter((snippet) => !snippet.expected.some((e) => e.kind.endsWith('private-key')));

describe('secret rules on shipped files', () => {
  it('reports every credential in a shipped file with path, line, column and masked value', () => {
    const file = buildPlainFile(withoutKeys);
    const findings = run([{ path: 'lib/config.js', data: file.text }]);
    expect(positions(findings)).toEqual(expected(file, 'lib/config.js'));
    for (const finding of findings) {
      expect(finding).toMatchObject({ rule: 'secret', path: 'lib/config.js' });
      expect(finding.preview).toMatch(/^.{0,4}…$/);
      expect(finding.source).toBeUndefined();
    }
    expectNoLeak(findings, file);
  });

  it('reports every credential in a 10 MB single-line bundle', () => {
    const bundle = buildSingleLineBundle(labeled, 10_000_000);
    const findings = run([{ path: 'dist/cli.js', data: bundle.text }]);
    expect(positions(findings)).toEqual(expected(bundle, 'dist/cli.js'));
    expectNoLeak(findings, bundle);
  });

  it('flags no look-alike', () => {
    const text = buildLookAlikes()
      .map((l) => l.text)
      .join('\n');
    expect(
      run([
        { path: 'README.md', data: text },
        { path: 'index.js', data: text },
      ]),
    ).toEqual([]);
  });

  it('scans template files at warning', () => {
    // Formats an example can carry; a distinctive vendor token or an AWS key pair is an error
    // even in a template (test/secrets-hostile.test.ts).
    const names = ['aws key id', 'google api key', 'azure storage', 'postgres url'];
    const file = buildPlainFile(withoutKeys.filter((snippet) => names.includes(snippet.name)));
    const templates = ['.env.example', 'config/.env.sample', '.env.template', 'settings.example.json', 'config.template.js'];
    const findings = run([...templates.map((path) => ({ path, data: file.text }))]);
    expect(new Set(findings.map((f) => f.path))).toEqual(new Set(templates));
    for (const finding of findings) expect(finding).toMatchObject({ severity: 'warning', context: 'template' });
    expect(isTemplateFile('.env')).toBe(false);
    expect(isTemplateFile('lib/example.js')).toBe(false);
  });

  it('does nothing when secrets are disabled in the policy', () => {
    const file = buildPlainFile(labeled.slice(0, 3));
    const policy: Policy = { ...DEFAULT_POLICY, secrets: { enabled: false } };
    expect(run([{ path: 'a.js', data: file.text }], EMPTY_ANALYSIS, policy)).toEqual([]);
  });
});

describe('secret rules on recovered sources', () => {
  it('finds credentials that exist only inside sourcesContent, at their original place', () => {
    const source = buildPlainFile(labeled);
    const mapJson = JSON.stringify({
      version: 3,
      file: 'cli.js',
      sources: ['../src/keys.ts'],
      sourcesContent: [source.text],
      mappings: 'AAAA',
    });
    const findings = run(
      [
        { path: 'dist/cli.js', data: 'console.log(1);\n' },
        { path: MAP, data: mapJson },
      ],
      analysis([mapSummary(MAP, 'file')], [recovered(MAP, '../src/keys.ts', source.text)]),
    );
    // The map's raw JSON is not scanned too: each credential is reported once, in the source.
    expect(positions(findings)).toEqual(expected(source, MAP, '../src/keys.ts'));
    expectNoLeak(findings, source);
  });

  it('scans sources of every classification, and inline maps by the file holding them', () => {
    const source = buildPlainFile(labeled.slice(10, 14));
    const findings = run(
      [{ path: 'dist/index.js', data: 'export {};\n//# sourceMappingURL=data:application/json;base64,e30=\n' }],
      analysis(
        [mapSummary('dist/index.js', 'inline')],
        [recovered('dist/index.js', '../node_modules/dep/index.js', source.text, 'third-party', 'node_modules')],
      ),
    );
    expect(positions(findings)).toEqual(expected(source, 'dist/index.js', '../node_modules/dep/index.js'));
  });

  it('leaves a source identical to a shipped file to the shipped file', () => {
    const source = buildPlainFile(labeled.slice(20, 22));
    const findings = run(
      [
        { path: 'src/keys.ts', data: source.text.replace(/\n/g, '\r\n') },
        { path: MAP, data: '{}' },
      ],
      analysis(
        [mapSummary(MAP, 'file')],
        [
          recovered(MAP, '../src/keys.ts', source.text, 'shipped', 'shipped-path'),
          recovered(MAP, 'webpack:///src/keys.ts', source.text, 'shipped', 'shipped-content'),
        ],
      ),
    );
    expect(positions(findings)).toEqual(expected(source, 'src/keys.ts'));
  });

  it('scans a map as text when no source could be recovered from it', () => {
    const source = buildPlainFile(labeled.slice(40, 41));
    const broken = `{"version":3,"sourcesContent":[${JSON.stringify(source.text)}]`;
    const findings = run([{ path: MAP, data: broken }], analysis([{ ...mapSummary(MAP, 'file'), valid: false, withContent: 0 }], []));
    expect(findings.map((f) => [f.path, f.kind, f.hash])).toEqual(source.expected.map((e) => [MAP, e.kind, e.hash]));
  });

  it('scans a shipped-path source whose content differs from the shipped file', () => {
    const source = buildPlainFile(labeled.slice(30, 31));
    const findings = run(
      [
        { path: 'src/keys.ts', data: 'export {};\n' },
        { path: MAP, data: '{}' },
      ],
      analysis([mapSummary(MAP, 'file')], [recovered(MAP, '../src/keys.ts', source.text, 'shipped', 'shipped-path')]),
    );
    expect(positions(findings)).toEqual(expected(source, MAP, '../src/keys.ts'));
  });
});

describe('binary detection cannot hide a credential', () => {
  it('scans text under a binary name, extensionless scripts with a NUL byte, and unknown extensions', () => {
    const file = buildPlainFile(withoutKeys.slice(0, 2));
    const text = Buffer.from(file.text);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const findings = run([
      { path: 'logo.png', data: text },
      { path: 'bin/cli', data: Buffer.concat([Buffer.from('#!/usr/bin/env node\n\u0000'), text]) },
      { path: 'data.blob', data: Buffer.concat([Buffer.from([0]), text]) },
      { path: 'dist/a.js', data: Buffer.concat([Buffer.from([0]), text]) },
      { path: 'real.png', data: Buffer.concat([png, text]) },
    ]);
    expect([...new Set(findings.map((finding) => finding.path))].sort()).toEqual(['bin/cli', 'data.blob', 'dist/a.js', 'logo.png']);
  });
});
