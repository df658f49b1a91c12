import { describe, expect, it } from 'vitest';
import { createCommentLocator } from '../src/rules/comment-placement.js';
import { base62Checksum, tokenChecksum, verifyTokenChecksum } from '../src/secrets/checksums.js';
import { describePlacement, placementOfPath } from '../src/secrets/context.js';
import { classifyHost } from '../src/secrets/hosts.js';
import { knownPublicValue } from '../src/secrets/known-values.js';
import { isPlaceholder, isTemplatePassword, isWeakPassword, isWordsAndDigits } from '../src/secrets/placeholders.js';
import { checksummedToken, createRandom, jwtIoSample } from './helpers/fake-credentials.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const r = createRandom(8);
const p = (...pieces: string[]): string => pieces.join('');

describe('token checksums (GitHub and npm formats)', () => {
  it('writes the CRC32 in base62, 0-9A-Za-z, padded to 6 characters', () => {
    expect(base62Checksum(0)).toBe('000000');
    expect(base62Checksum(61)).toBe('00000z');
    expect(base62Checksum(62)).toBe('000010');
    expect(base62Checksum(0xffffffff)).toBe('4gfFC3');
    // zlib's CRC32 of "123456789" is the standard check value 0xCBF43926.
    expect(tokenChecksum('123456789')).toBe(base62Checksum(0xcbf43926));
  });

  it.each(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'npm_'])(
    'accepts a %s token whose checksum holds and rejects one changed character',
    (prefix) => {
      const kind =
        prefix === 'npm_'
          ? 'npm-token'
          : prefix === 'ghp_'
            ? 'github-pat'
            : prefix === 'gho_'
              ? 'github-oauth-token'
              : prefix === 'ghr_'
                ? 'github-refresh-token'
                : 'github-app-token';
      const token = checksummedToken(p(prefix.slice(0, 2), prefix.slice(2)), r(ALNUM, 30));
      expect(verifyTokenChecksum(kind, token)).toBe(true);
      const last = token.at(-1) === 'a' ? 'b' : 'a';
      expect(verifyTokenChecksum(kind, token.slice(0, -1) + last)).toBe(false);
      expect(verifyTokenChecksum(kind, `${token.slice(0, 4)}${'x'.repeat(36)}`)).toBe(false);
    },
  );

  it('has no opinion on formats without a checksum', () => {
    expect(verifyTokenChecksum('aws-access-key-id', 'anything')).toBeUndefined();
  });
});

describe('placeholders', () => {
  it.each([
    'MYTOKEN1',
    'MYTOKEN2',
    'key_1234',
    'randompassword',
    'authpassword',
    'supersecret',
    'mysecretpassword',
    'p@ssw0rd',
    's3cr3t',
    'hunter2',
    'password123456',
    'dev-token-01',
  ])('%s is a placeholder', (value) => expect(isWordsAndDigits(value)).toBe(true));

  it.each(['flabada', 'q7Lm9Pz4Kd8R', 'Tr0ub4dor&3', 'correcthorsebatterystaple', 'deadbeef', '84720193', 'a1b2c3d4-e5f6'])(
    '%s is not',
    (value) => {
      expect(isWordsAndDigits(value)).toBe(false);
    },
  );

  it('tells URL passwords that stand for one from weak ones', () => {
    for (const template of [
      '$DB_PASSWORD',
      '$PGPASSWORD',
      '$db_pass',
      '%PASSWORD%',
      '%DB_PASSWORD%',
      '${DB_PASSWORD}',
      '{{ password }}',
      '<password>',
      '%s',
      '%(password)s',
      '****',
      'xxxx',
      '…',
    ]) {
      expect(isTemplatePassword(template), template).toBe(true);
    }
    for (const real of [
      `$${r(ALNUM, 12)}`,
      `%${r(ALNUM, 12)}`,
      '$ecret-Pa55',
      '$Kx9qB3ZT7m',
      '$KX9QB3ZT7',
      '%qzkx%',
      'p@ss',
      'hunter2',
      r(ALNUM, 16),
    ])
      expect(isTemplatePassword(real), real).toBe(false);
    expect(isWeakPassword('p@ss', 'user')).toBe(true);
    expect(isWeakPassword('alice', 'alice')).toBe(true);
    expect(isWeakPassword('changeme', 'app')).toBe(true);
    expect(isWeakPassword(r(ALNUM, 16), 'app')).toBe(false);
    expect(isWeakPassword(`$${r(ALNUM, 12)}`, 'app')).toBe(false);
  });

  it('never takes a random token for one', () => {
    const random = createRandom(99);
    for (let i = 0; i < 2000; i++) expect(isPlaceholder(random(ALNUM, 36)), `sample ${i}`).toBe(false);
  });
});

describe('hosts', () => {
  it.each([
    ['localhost', 'loopback'],
    ['LOCALHOST.', 'loopback'],
    ['db.localhost', 'loopback'],
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['0.0.0.0', 'local'],
    ['[::]', 'local'],
    ['printer.local', 'local'],
    ['localhost.localdomain', 'local'],
    ['example.com', 'documentation'],
    ['api.example.org', 'documentation'],
    ['db.example', 'documentation'],
    ['x.test', 'documentation'],
    ['a.invalid', 'documentation'],
  ])('%s is %s', (host, kind) => expect(classifyHost(host)).toBe(kind));

  it.each([
    'db.internal.corp',
    '10.0.0.5',
    'dotenv.org',
    'examples.com',
    'host',
    'testing.io',
    '128.0.0.1',
    'localhost.evil.io',
    'local',
    'mylocal',
  ])('%s is an ordinary host', (host) => {
    expect(classifyHost(host)).toBeUndefined();
  });
});

describe('known public values', () => {
  it('recognises the jwt.io sample by hash', () => {
    expect(knownPublicValue(jwtIoSample())).toMatch(/jwt\.io/);
    expect(knownPublicValue(jwtIoSample().slice(0, -1))).toBeUndefined();
  });
});

describe('placement by path', () => {
  it.each([
    ['test/fixtures/server.key', 'fixture'],
    ['packages/a/__fixtures__/x.js', 'fixture'],
    ['src/v4/classic/tests/string.test.ts', 'test'],
    ['lib/__tests__/a.js', 'test'],
    ['lib/url.spec.mjs', 'test'],
    ['pkg/client_test.go', 'test'],
    ['docs/content/configuring-npm/npmrc.md', 'docs'],
    ['docs/output/configuring-npm/npmrc.html', 'html-docs'],
    ['man/man5/npmrc.5', 'man-page'],
    ['CHANGELOG.md', 'changelog'],
    ['History.md', 'changelog'],
    ['README', 'readme'],
    ['guide.mdx', 'docs'],
    ['examples/basic/index.js', 'example'],
    ['config.template.js', 'template'],
    ['.env.example', 'template'],
    ['node_modules/dotenv/lib/main.js', 'dependency'],
    ['webpack://app/./node_modules/@scope/pkg/index.js', 'dependency'],
  ])('%s is %s', (path, context) => expect(placementOfPath(path)?.context).toBe(context));

  it.each(['dist/index.js', 'lib/config.json', 'index.html', 'src/test-utils.ts', 'contest/a.js', 'lib/attestation.js'])(
    '%s is code',
    (path) => {
      expect(placementOfPath(path)).toBeUndefined();
    },
  );

  it('names the dependency', () => {
    const placement = placementOfPath('../node_modules/@next/env/dist/index.js')!;
    expect(describePlacement(placement)).toBe('dependency code (@next/env)');
  });
});

describe('placement in code: comments and JSDoc examples', () => {
  const at = (text: string, needle: string): ReturnType<ReturnType<typeof createCommentLocator>> =>
    createCommentLocator('lib/a.js', text)(text.indexOf(needle));

  it('finds line comments, block comments and JSDoc @example blocks', () => {
    expect(at('const a = 1;\n// token: SECRET\n', 'SECRET')?.context).toBe('comment');
    expect(at('call(); // SECRET\n', 'SECRET')?.context).toBe('comment');
    expect(at('/**\n * Connect.\n * @example\n * ```js\n * connect({\n *   key: SECRET\n * })\n */\n', 'SECRET')?.context).toBe(
      'jsdoc-example',
    );
    expect(at('/**\n * @param key e.g. SECRET\n */\n', 'SECRET')?.context).toBe('comment');
    expect(at('/*\n  key: SECRET\n*/\n', 'SECRET')?.context).toBe('comment');
  });

  it('leaves code alone, strings with // and URLs included', () => {
    expect(at('const key = "SECRET";\n', 'SECRET')).toBeUndefined();
    expect(at('const u = "https://a:SECRET@host";\n', 'SECRET')).toBeUndefined();
    expect(at('const r = "//registry.npmjs.org/:_authToken=SECRET";\n', 'SECRET')).toBeUndefined();
    expect(at('/* done */\nconst key = "SECRET";\n', 'SECRET')).toBeUndefined();
    expect(at(`${'x'.repeat(5000)}// SECRET`, 'SECRET')).toBeUndefined();
    expect(createCommentLocator('README.md', '// SECRET')(3)).toBeUndefined();
    expect(at('const s = "it\'s // a", key = "SECRET";\n', 'SECRET')).toBeUndefined();
    expect(at('const g = "src/**/*.js", key = "SECRET";\n', 'SECRET')).toBeUndefined();
    expect(at('const t = `\n//host/:_authToken=SECRET\n`;\n', 'SECRET')).toBeUndefined();
  });
});
