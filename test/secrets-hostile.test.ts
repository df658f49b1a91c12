/**
 * A careless or hostile publisher against the credential precision rules (issue 8 review): every
 * way a real credential could pass as an example, a dependency's code or a local password. An
 * error must still mean a real leak, and a real leak is never silently dropped. Fake credentials
 * are assembled at run time.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTarball } from '../fixtures/lib/tar-writer.js';
import { inspect } from '../src/inspect.js';
import type { FileInput } from '../src/tarball/contents.js';
import { bundleWithMap } from './helpers/bundle.js';
import { credentialFindingsOf as findingsOf, triage } from './helpers/credential-findings.js';
import { createRandom } from './helpers/fake-credentials.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const r = createRandom(8_2026);
const p = (...pieces: string[]): string => pieces.join('');
const password = (): string => r(ALNUM, 18);

describe('hosts: only the machine itself is loopback', () => {
  it('a password for a .local name or 0.0.0.0 is a warning; for localhost, 127.0.0.0/8 or ::1 a note', async () => {
    const urls = ['printer.local', '0.0.0.0', '[::]', 'localhost.localdomain', 'localhost', 'db.localhost', '127.0.0.1', '[::1]'];
    const data = urls.map((host) => `connect("${p('postgres', '://')}app:${password()}@${host}:5432/app");`).join('\n');
    const findings = await findingsOf([{ path: 'lib/db.js', data }]);
    expect(findings.map((f) => `${f.severity} ${f.host}`)).toEqual([
      'warning printer.local',
      'warning 0.0.0.0',
      'warning [::]',
      'warning localhost.localdomain',
      'info localhost',
      'info db.localhost',
      'info 127.0.0.1',
      'info [::1]',
    ]);
  });
});

describe('URL passwords: weak is not the same as a placeholder', () => {
  const url = (user: string, secret: string, host: string): string => `${p('postgres', '://')}${user}:${secret}@${host}:5432/app`;

  it('a weak password for a real host is a warning, never dropped', async () => {
    const data = ['pass', 'changeme', 'deploy', 'supersecret1', 'postgres']
      .map((secret, i) => `export const db${i} = "${url('deploy', secret, 'db.prod.acme.io')}";`)
      .join('\n');
    const findings = await findingsOf([{ path: 'lib/db.js', data }]);
    expect(findings.map((f) => `${f.severity} ${f.line} ${f.weakPassword}`)).toEqual([
      'warning 1 true',
      'warning 2 true',
      'warning 3 true',
      'warning 4 true',
      'warning 5 true',
    ]);
    expect(findings[0]!.message).toContain('for db.prod.acme.io');
    expect(findings[0]!.message).toContain('weak');
  });

  it('a strong password that starts with $ or % is an error', async () => {
    const dollar = `$${r(ALNUM, 15)}`;
    const percent = `%${r(ALNUM, 15)}`;
    const encoded = `%24${r(ALNUM, 15)}`;
    const data = [dollar, percent, encoded].map((secret) => `connect("${url('app', secret, 'db.prod.acme.io')}");`).join('\n');
    expect(triage(await findingsOf([{ path: 'lib/db.js', data }]))).toEqual([
      'secret error lib/db.js code',
      'secret error lib/db.js code',
      'secret error lib/db.js code',
    ]);
  });

  it('template variables and masks are not passwords; weak ones for loopback or documentation hosts are examples', async () => {
    const lines = [
      url('app', '$DB_PASSWORD', 'db.prod.acme.io'),
      url('app', '%DB_PASSWORD%', 'db.prod.acme.io'),
      url('app', '$password', 'db.prod.acme.io'),
      url('app', '********', 'db.prod.acme.io'),
      url('app', 'xxxxxxxx', 'db.prod.acme.io'),
      url('app', 'password', 'localhost'),
      url('app', 'changeme', 'db.example.com'),
      url('app', password(), 'db.example.com'),
    ];
    expect(await findingsOf([{ path: 'lib/db.js', data: lines.map((line) => `"${line}";`).join('\n') }])).toEqual([]);
  });
});

describe('a bundle position is a dependency’s only when the dependency’s source holds the value', () => {
  const keyId = (): string => p('AK', 'IA') + r('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
  /** A first-party bundle whose map says the credential's position is someone else's code. */
  function forgedBundle(source: string, content: 'none' | 'innocent' | 'same', value: string): FileInput[] {
    const modules = [
      { source, lines: ['export const defaults = {', `keyId: "${value}",`, '};'] },
      { source: '../src/index.ts', lines: ['main();'] },
    ];
    const [bundle, map] = bundleWithMap('dist/index.js', modules, { withContent: content !== 'none', comment: true });
    const json = JSON.parse(String(map!.data)) as { sourcesContent?: string[] };
    if (content === 'innocent') json.sourcesContent![0] = 'export const defaults = {\nkeyId: process.env.KEY_ID,\n};';
    return [bundle!, { path: map!.path, data: JSON.stringify(json) }];
  }

  it.each(['../node_modules/vendor-sdk/defaults.js', '../test/fixtures/keys.js', '../docs/example.js'])(
    'a map pointing the key at %s without sourcesContent leaves it an error',
    async (source) => {
      const findings = await findingsOf(forgedBundle(source, 'none', keyId()));
      expect(triage(findings)).toEqual(['secret error dist/index.js code']);
      expect(findings[0]).toMatchObject({ original: { source, line: 2 } });
    },
  );

  it('a map whose sourcesContent there does not hold the value leaves it an error', async () => {
    const findings = await findingsOf(forgedBundle('../node_modules/vendor-sdk/defaults.js', 'innocent', keyId()));
    expect(triage(findings)).toEqual(['secret error dist/index.js code']);
  });

  it('a dependency source that holds the same value makes it a warning, with the dependency named', async () => {
    const findings = await findingsOf(forgedBundle('../node_modules/vendor-sdk/defaults.js', 'same', keyId()));
    expect(triage(findings)).toEqual([
      'secret warning dist/index.js dependency',
      'secret warning dist/index.js.map → ../node_modules/vendor-sdk/defaults.js dependency',
    ]);
    expect(findings[0]).toMatchObject({ dependency: 'vendor-sdk' });
  });
});

describe('comments are told by the lexer, not by a // or /* on the line', () => {
  const keyId = (): string => p('AK', 'IA') + r('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
  const uuid = (): string => [8, 4, 4, 4, 12].map((n) => r('0123456789abcdef', n)).join('-');

  it.each([
    ['a URL string before it', () => `const cdn = "https://cdn.acme.io/lib.js", keyId = "${keyId()}";`],
    ['mixed quotes and // in a string', () => `const label = "it's a // b", keyId = "${keyId()}";`],
    ['a glob with /* in a string', () => `const files = "src/**/*.js", keyId = "${keyId()}";`],
    ['a line of a template literal that starts with //', () => `const npmrc = \`\n//registry.npmjs.org/:_auth${'Token'}=${uuid()}\n\`;`],
    ['a /* line inside a template literal above', () => `const doc = \`\n/* not a comment\n\`;\nconst keyId = "${keyId()}";`],
    ['a regex holding //', () => `const re = /^https?:\\/\\//, keyId = "${keyId()}";`],
  ])('%s: code, an error', async (_name, code) => {
    expect(triage(await findingsOf([{ path: 'lib/config.js', data: `${code()}\n` }]))).toEqual(['secret error lib/config.js code']);
  });

  it('real comments are still comments', async () => {
    const data = [
      `const cdn = "https://cdn.acme.io"; // e.g. ${keyId()}`,
      `/* see "docs" for ${keyId()} */`,
      '/**',
      ' * @example',
      ` * connect({ keyId: "${keyId()}" })`,
      ' */',
      '/*',
      `   keyId: ${keyId()}`,
      '*/',
    ].join('\n');
    expect(triage(await findingsOf([{ path: 'lib/a.ts', data }]))).toEqual([
      'secret warning lib/a.ts comment',
      'secret warning lib/a.ts comment',
      'secret warning lib/a.ts jsdoc-example',
      'secret warning lib/a.ts comment',
    ]);
  });

  it('CSS has no line comments: a key after // in a stylesheet is code', async () => {
    const data = `.logo { background: url(//cdn.acme.io/a.png); } .x { --key: "${keyId()}"; }\n`;
    expect(triage(await findingsOf([{ path: 'dist/style.css', data }]))).toEqual(['secret error dist/style.css code']);
  });
});

describe('context comes from the path inside the package, never from names the publisher or the disk choose', () => {
  const keyId = (): string => p('AK', 'IA') + r('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
  const config = (): string => `export const keyId = "${keyId()}";\n`;

  it.each(['example-utils', 'tests', '@fixtures/docs'])('a package named %s: a key in lib/ is an error', async (name) => {
    expect(triage(await findingsOf([{ path: 'lib/config.js', data: config() }], undefined, name))).toEqual([
      'secret error lib/config.js code',
    ]);
  });

  it('a directory under tests/examples/ on disk, and a tarball named example-1.0.0.tgz there', async () => {
    const root = await writeTree(
      {
        'tests/examples/fixtures/pkg/package.json': JSON.stringify({ name: 'example-utils', version: '1.0.0' }),
        'tests/examples/fixtures/pkg/lib/config.js': config(),
      },
      'leakproof-tests-',
    );
    try {
      const dir = join(root, 'tests/examples/fixtures/pkg');
      const tarball = join(root, 'tests/examples/fixtures/example-1.0.0.tgz');
      await writeFile(
        tarball,
        buildTarball([
          { path: 'package.json', data: '{"name":"example","version":"1.0.0"}' },
          { path: 'lib/config.js', data: config() },
        ]),
      );
      for (const target of [dir, tarball]) {
        const report = await inspect(target, { cwd: root, env: { HOME: root }, manifest: false });
        expect(triage(report.findings.filter((f) => f.rule === 'secret')), target).toEqual(['secret error lib/config.js code']);
      }
    } finally {
      await removeTree(root);
    }
  });

  /** A map embedding one source that holds a key, and more first-party sources beside it. */
  const mapOf = (sources: string[], sourceRoot?: string): FileInput[] => {
    const json = {
      version: 3,
      sources,
      sourcesContent: sources.map((_, i) => (i === 0 ? config() : `export const v${i} = ${i};\n`)),
      mappings: '',
      ...(sourceRoot ? { sourceRoot } : {}),
    };
    return [{ path: 'dist/index.js.map', data: JSON.stringify(json) }];
  };

  it.each([
    ['an absolute build path through a tests folder', ['/home/u/tests/pkg/src/config.ts']],
    ['a file: URL through a docs folder', ['file:///C:/Users/u/docs/pkg/src/config.ts']],
    ['webpack:/// and an absolute path', ['webpack:///home/u/examples/pkg/src/config.ts']],
    ['a webpack namespace named like an example', ['webpack://example-utils/./src/config.ts', 'webpack://example-utils/./src/index.ts']],
    ['a monorepo path climbing through a test folder', ['../../../test/pkg/src/config.ts']],
  ])('%s: an error', async (_name, sources) => {
    expect(triage(await findingsOf(mapOf(sources)))).toEqual([`secret error dist/index.js.map → ${sources[0]} code`]);
  });

  it.each([['/home/u/tests/pkg/'], ['test/fixtures/'], ['webpack:///examples/']])(
    'a sourceRoot of %s is ignored: an error',
    async (sourceRoot) => {
      expect(triage(await findingsOf(mapOf(['src/config.ts'], sourceRoot)))).toEqual([
        'secret error dist/index.js.map → src/config.ts code',
      ]);
    },
  );

  it('a bundle position whose original sits under a tests folder of the build machine stays an error', async () => {
    const modules = [
      { source: '/home/u/tests/pkg/src/config.ts', lines: ['export const region = "eu";', `export const keyId = "${keyId()}";`] },
    ];
    const findings = await findingsOf(bundleWithMap('dist/index.js', modules, { withContent: true, comment: true }));
    expect(triage(findings)).toEqual([
      'secret error dist/index.js code',
      'secret error dist/index.js.map → /home/u/tests/pkg/src/config.ts code',
    ]);
  });

  it('a recovered source under test/fixtures/ inside the project is a warning, never dropped', async () => {
    const cases = [
      ['webpack://x/test/fixtures/key.js', 'webpack://x/src/index.ts'],
      ['/home/u/tests/pkg/test/fixtures/key.ts', '/home/u/tests/pkg/src/index.ts'],
      ['../test/fixtures/key.ts', '../src/index.ts'],
    ];
    for (const sources of cases) {
      expect(triage(await findingsOf(mapOf(sources))), sources[0]).toEqual([`secret warning dist/index.js.map → ${sources[0]} fixture`]);
    }
  });
});

describe('a vendor format no example carries by accident stays an error anywhere', () => {
  const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const stripe = (): string => p('sk', '_live_') + r(ALNUM, 99);
  const slack = (): string => `${p('xo', 'xb-')}${r('0123456789', 12)}-${r('0123456789', 13)}-${r(ALNUM, 24)}`;
  const gitlab = (): string => p('glp', 'at-') + r(ALNUM, 20);
  const fineGrained = (): string => `${p('github', '_pat_') + r(ALNUM, 22)}_${r(ALNUM, 59)}`;
  const awsSecret = (): string =>
    r('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8) + r('abcdefghijklmnopqrstuvwxyz', 8) + r('0123456789', 4) + r(`${ALNUM}+/`, 20);
  const keyId = (): string => p('AK', 'IA') + r(B32, 16);

  it.each([
    ['README.md', (value: string) => `Set \`STRIPE_KEY=${value}\` first.\n`],
    ['docs/setup.md', (value: string) => `token: ${value}\n`],
    ['test/client.test.js', (value: string) => `client("${value}");\n`],
    ['examples/bot/index.js', (value: string) => `new Bot("${value}");\n`],
    ['.env.example', (value: string) => `TOKEN=${value}\n`],
    ['lib/client.js', (value: string) => `// e.g. ${value}\nmodule.exports = 1;\n`],
    ['lib/jsdoc.js', (value: string) => `/**\n * @example\n * connect("${value}")\n */\n`],
  ])('in %s', async (path, wrap) => {
    const values = [stripe(), slack(), gitlab(), fineGrained()];
    const findings = await findingsOf(values.map((value, i) => ({ path: path.replace(/(\.[a-z]+)$/, `${i}$1`), data: wrap(value) })));
    expect(findings.map((f) => `${f.kind} ${f.severity}`)).toEqual([
      'stripe-live-key error',
      'slack-token error',
      'gitlab-token error',
      'github-fine-grained-pat error',
    ]);
    expect(findings[0]!.message).toContain('revoke');
  });

  it('an AWS key id alone in a test is a warning; with its secret key beside it, both are errors', async () => {
    const alone = `const id = "${keyId()}";\n`;
    const pair = `[default]\naws_access_key_id = ${keyId()}\naws_secret_access_key = ${awsSecret()}\n`;
    const findings = await findingsOf([
      { path: 'test/alone.test.js', data: alone },
      { path: 'test/fixtures/credentials', data: pair },
    ]);
    expect(findings.map((f) => `${f.path} ${f.kind} ${f.severity}`)).toEqual([
      'test/alone.test.js aws-access-key-id warning',
      'test/fixtures/credentials aws-access-key-id error',
      'test/fixtures/credentials aws-secret-access-key error',
    ]);
  });

  it('AWS’s documented sample pair, a failed checksum and formats anyone can publish stay below error', async () => {
    const sample = `aws_access_key_id = ${p('AKIA', 'IOSFODNN7', 'EXAMPLE')}\naws_secret_access_key = ${awsSecret()}\n`;
    const badChecksum = `${p('gh', 'p_')}${r(ALNUM, 36)}`;
    const google = p('AI', 'za') + r(ALNUM, 35);
    const findings = await findingsOf([
      { path: 'docs/aws.md', data: sample },
      { path: 'docs/github.md', data: `GITHUB_TOKEN=${badChecksum}\n` },
      { path: 'docs/maps.md', data: `key=${google}\n` },
    ]);
    expect(findings.map((f) => `${f.path} ${f.kind} ${f.severity}`)).toEqual([
      'docs/aws.md aws-secret-access-key warning',
      'docs/github.md github-pat warning',
      'docs/maps.md google-api-key warning',
    ]);
  });
});
