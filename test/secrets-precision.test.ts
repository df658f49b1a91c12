/**
 * Credentials with context, end to end through `judge`: every false-positive class seen on
 * registry packages (issue 8) as a synthetic package, and every true-leak shape, built here with
 * fake credentials assembled at run time.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../src/policy/policy.js';
import type { Finding } from '../src/types.js';
import { bundleWithMap } from './helpers/bundle.js';
import { credentialFindingsOf as findingsOf, triage } from './helpers/credential-findings.js';
import { buildLabeledSet, checksummedToken, createRandom, jwtIoSample } from './helpers/fake-credentials.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const r = createRandom(2026);
const p = (...pieces: string[]): string => pieces.join('');
const githubToken = (): string => checksummedToken(p('gh', 'p_'), r(ALNUM, 30));
const npmToken = (): string => checksummedToken(p('np', 'm_'), r(ALNUM, 30));
const awsKeyId = (): string => p('AK', 'IA') + r(BASE32, 16);
const rsaKey = buildLabeledSet().find((snippet) => snippet.name === 'rsa pkcs1')!.text;

describe('examples that are not leaks', () => {
  it('a weak password in the error message of a bundled library is a warning', async () => {
    const dotenv = {
      source: '../node_modules/dotenv/lib/main.js',
      lines: [
        'function decrypt(key) {',
        `if (!key) throw new Error("INVALID_DOTENV_KEY: Wrong format. Must be in valid uri format like ${p('dotenv', '://')}:key_1234@dotenv.org/vault/.env.vault?environment=development");`,
        '}',
      ],
    };
    const files = bundleWithMap('dist/server.js', [dotenv, { source: '../src/server.ts', lines: ['start();'] }], { withContent: true });
    // dotenv.org is a real host: a weak password for it is reported, never as an error.
    const findings = await findingsOf(files);
    expect(triage(findings)).toEqual([
      'secret warning dist/server.js dependency',
      'secret warning dist/server.js.map → ../node_modules/dotenv/lib/main.js dependency',
    ]);
    expect(findings[0]).toMatchObject({ host: 'dotenv.org', weakPassword: true });
  });

  it('user:randompassword@localhost in help text, and a local password as a note', async () => {
    const help = `console.log("  --db <url>  e.g. ${p('postgres', '://')}user:randompassword@localhost:5432/app");\n`;
    const local = `const url = "${p('mongodb', '://')}dev:${r(ALNUM, 14)}@127.0.0.1:27017/app";\n`;
    const findings = await findingsOf([{ path: 'lib/cli.js', data: help + local }]);
    expect(triage(findings)).toEqual(['secret info lib/cli.js code']);
    expect(findings[0]).toMatchObject({ kind: 'database-url', host: '127.0.0.1', line: 2 });
  });

  it('_authToken=MYTOKEN1 in docs, HTML docs and man pages', async () => {
    const npmrc = [
      '; would apply only to @myorg',
      `//somewhere-else.com/myorg/:_auth${'Token'}=MYTOKEN1`,
      `//somewhere-else.com/another/:_auth${'Token'}=MYTOKEN2`,
      '',
    ].join('\n');
    const files = ['docs/content/configuring-npm/npmrc.md', 'docs/output/configuring-npm/npmrc.html', 'man/man5/npmrc.5'].map((path) => ({
      path,
      data: npmrc,
    }));
    expect(await findingsOf(files)).toEqual([]);
  });

  it('user:p%40ss@host and a real-looking one in a changelog: warnings', async () => {
    const changelog = `- Credentials in URLs are decoded (e.g. \`${p('https', '://')}user:p%40ss@host\`).\n- Fixed \`${p('https', '://')}ci:${r(ALNUM, 16)}@git.acme.io\`\n`;
    const findings = await findingsOf([{ path: 'CHANGELOG.md', data: changelog }]);
    // `host` could be a real machine's name: a weak password for it is a warning, like the other.
    expect(triage(findings)).toEqual(['secret warning CHANGELOG.md changelog', 'secret warning CHANGELOG.md changelog']);
    expect(findings[0]).toMatchObject({ host: 'host', weakPassword: true });
    expect(findings[1]!.message).toContain('for git.acme.io');
    expect(findings[1]!.message).toContain('in a changelog');
    expect(findings[1]!.message).not.toContain('revoke');
  });

  it('a private key under test/fixtures is one finding, a warning, not also a secret', async () => {
    const findings = await findingsOf([{ path: 'test/fixtures/tls/server.key', data: rsaKey }]);
    expect(triage(findings)).toEqual(['file/sensitive warning test/fixtures/tls/server.key private-key']);
    expect(findings[0]!.message).toContain('a test fixture');
  });

  it('keys in a JSDoc @example', async () => {
    const escaped = rsaKey.replace(/\n/g, '\\n');
    const code = [
      '/**',
      ' * Upload a certificate.',
      ' *',
      ' * @example',
      ' * ```ts',
      ' * await client.upload({',
      ` *   key_id: '${awsKeyId()}',`,
      ' *   private_key:',
      ` *     '${escaped}',`,
      ' * });',
      ' * ```',
      ' */',
      'export function upload(options) {}',
      '',
    ].join('\n');
    const findings = await findingsOf([{ path: 'dist/cli.js', data: code }]);
    expect(triage(findings)).toEqual(['secret warning dist/cli.js jsdoc-example', 'secret warning dist/cli.js jsdoc-example']);
    expect(findings.map((f) => f.kind)).toEqual(['aws-access-key-id', 'private-key']);
    expect(findings[1]).toMatchObject({ keyType: 'RSA' });
  });

  it('the jwt.io sample token, in tests and in code', async () => {
    const token = jwtIoSample();
    const findings = await findingsOf([
      { path: 'lib/decode.js', data: `const sample = "${token}";\n` },
      { path: 'test/decode.test.js', data: `decode("${token}");\n` },
    ]);
    expect(triage(findings)).toEqual(['secret info lib/decode.js code', 'secret info test/decode.test.js test']);
    expect(findings[0]).toMatchObject({
      publicValue: expect.stringContaining('jwt.io'),
      alsoIn: [{ path: 'test/decode.test.js', line: 1 }],
      occurrences: 2,
    });
  });

  it('a credential in a bundle whose map says it is a dependency’s code, and embeds that code', async () => {
    const sdk = {
      source: '../node_modules/vendor-sdk/defaults.js',
      lines: ['export const defaults = {', `url: "${p('mongodb', '://')}svc:${r(ALNUM, 20)}@db.vendor.io/shared",`, '};'],
    };
    const app = { source: '../src/index.ts', lines: ['main();'] };
    const findings = await findingsOf(bundleWithMap('dist/index.js', [sdk, app], { withContent: true, comment: true }));
    const bundle = findings.find((f) => f.path === 'dist/index.js')!;
    expect(bundle).toMatchObject({
      severity: 'warning',
      context: 'dependency',
      dependency: 'vendor-sdk',
      original: { source: '../node_modules/vendor-sdk/defaults.js', line: 2, column: 1 },
    });
    expect(bundle.message).toContain('(from ../node_modules/vendor-sdk/defaults.js:2)');
    expect(bundle.message).toContain('in dependency code (vendor-sdk)');
    expect(triage(findings).every((line) => line.includes('warning'))).toBe(true);
    // Without sourcesContent the mapping is the publisher's word alone (a map can be forged): the
    // finding keeps its severity, and still says where the map points.
    const [bare] = await findingsOf(bundleWithMap('dist/index.js', [sdk, app], { comment: true }));
    expect(bare).toMatchObject({
      severity: 'error',
      context: 'code',
      original: { source: '../node_modules/vendor-sdk/defaults.js', line: 2 },
    });
  });
});

describe('leaks stay errors', () => {
  it('a credential in code', async () => {
    const findings = await findingsOf([
      { path: 'lib/config.js', data: `export const token = "${githubToken()}";\nexport const aws = "${awsKeyId()}";\n` },
    ]);
    expect(triage(findings)).toEqual(['secret error lib/config.js code', 'secret error lib/config.js code']);
    expect(findings[0]).toMatchObject({ kind: 'github-pat', checksum: true });
    expect(findings[0]!.message).toContain('revoke');
  });

  it('.env: the file and the key in it', async () => {
    const findings = await findingsOf([{ path: '.env', data: `AWS_ACCESS_KEY_ID=${awsKeyId()}\n` }]);
    expect(triage(findings)).toEqual(['file/sensitive error .env env-file', 'secret error .env code']);
  });

  it('.npmrc with auth: one finding for the file, not a second for its token', async () => {
    const findings = await findingsOf([{ path: '.npmrc', data: `//registry.npmjs.org/:_auth${'Token'}=${npmToken()}\n` }]);
    expect(triage(findings)).toEqual(['file/sensitive error .npmrc npmrc-auth']);
  });

  it('a private key file outside tests', async () => {
    const findings = await findingsOf([{ path: 'lib/server.pem', data: rsaKey }]);
    expect(triage(findings)).toEqual(['file/sensitive error lib/server.pem private-key']);
  });

  it('a token whose checksum holds is an error in docs and tests too; one whose checksum fails is not', async () => {
    const fake = `${p('gh', 'p_')}${r(ALNUM, 36)}`;
    const findings = await findingsOf([
      { path: 'README.md', data: `export GITHUB_TOKEN=${githubToken()}\n` },
      { path: 'test/fixtures/auth.json', data: `{"token": "${npmToken()}"}\n` },
      { path: 'lib/index.js', data: `const token = "${fake}";\n` },
    ]);
    expect(triage(findings)).toEqual([
      'secret error README.md readme',
      'secret warning lib/index.js code',
      'secret error test/fixtures/auth.json fixture',
    ]);
    expect(findings[1]).toMatchObject({ checksum: false });
  });

  it('a real bundle named like a template is scanned, at warning, never skipped', async () => {
    const findings = await findingsOf([{ path: 'dist/config.template.js', data: `module.exports={key:"${awsKeyId()}"};\n` }]);
    expect(triage(findings)).toEqual(['secret warning dist/config.template.js template']);
  });

  it('a first-party bundle: the bundle finding names its original, the map finding is the same credential', async () => {
    const config = {
      source: '../src/config.ts',
      lines: ['export const region = "eu-west-1";', 'export const retries = 3;', `export const keyId = "${awsKeyId()}";`],
    };
    const findings = await findingsOf(bundleWithMap('cli.js', [config], { withContent: true }));
    expect(triage(findings)).toEqual(['secret error cli.js code', 'secret error cli.js.map → ../src/config.ts code']);
    const [bundle, map] = findings as [Finding, Finding];
    expect(bundle).toMatchObject({
      original: { source: '../src/config.ts', line: 3 },
      alsoIn: [{ path: 'cli.js.map', source: '../src/config.ts', line: 3 }],
    });
    expect(map).toMatchObject({ line: 3, hash: bundle.hash, alsoIn: [{ path: 'cli.js', line: 1 }] });
  });
});

describe('original positions', () => {
  it('reads an inline map, and a map without sourcesContent', async () => {
    const config = { source: 'webpack://app/./src/keys.ts', lines: ['export const a = 1;', `export const keyId = "${awsKeyId()}";`] };
    const [bundle, map] = bundleWithMap('dist/app.js', [config]);
    const inline = `${String(bundle!.data).trimEnd()}\n//# ${'source'}MappingURL=data:application/json;base64,${Buffer.from(String(map!.data)).toString('base64')}\n`;
    const findings = await findingsOf([{ path: 'dist/app.js', data: inline }]);
    expect(findings).toMatchObject([
      { severity: 'error', context: 'code', original: { source: 'webpack://app/./src/keys.ts', line: 2, column: 1 } },
    ]);
  });

  it('leaves a finding alone when the map cannot be read or has no mapping there', async () => {
    const files = [
      { path: 'dist/app.js', data: `x="${awsKeyId()}";\n//# ${'source'}MappingURL=app.js.map\n` },
      { path: 'dist/app.js.map', data: '{"version":3,"sources":["a.ts"],"mappings":"!!!"}' },
    ];
    const findings = await findingsOf(files);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.original).toBeUndefined();
  });
});

describe('the policy comes after context', () => {
  const sdk = {
    source: '../node_modules/vendor-sdk/defaults.js',
    lines: [`const url = "${p('https', '://')}svc:${r(ALNUM, 20)}@api.vendor.io/";`],
  };
  const files = bundleWithMap('dist/index.js', [sdk], { withContent: true, comment: true });

  it('a severity override applies to the judged finding', async () => {
    const policy: Policy = { ...DEFAULT_POLICY, severity: { secret: 'error' } };
    expect(triage(await findingsOf(files, policy))).toEqual([
      'secret error dist/index.js dependency',
      'secret error dist/index.js.map → ../node_modules/vendor-sdk/defaults.js dependency',
    ]);
  });

  it('an ignore entry with the hash silences the finding wherever it was attributed', async () => {
    const [finding] = await findingsOf(files);
    const policy: Policy = {
      ...DEFAULT_POLICY,
      ignore: [{ rule: 'secret', path: 'dist/index.js', hash: finding!.hash!, reason: 'vendor default, rotated' }],
    };
    expect((await findingsOf(files, policy))[0]).toMatchObject({ suppressed: { reason: 'vendor default, rotated' } });
  });
});
