import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../src/policy/policy.js';
import { fileRules, tarballRules } from '../src/rules/file-rules.js';
import { EMPTY_ANALYSIS } from '../src/sourcemaps/types.js';
import { createContents } from '../src/tarball/contents.js';
import { contextOf, fakePrivateKey } from './helpers/contents.js';

function kinds(files: Record<string, string | Buffer>) {
  return fileRules.check(contextOf(files)).map((finding) => [finding.path, finding.kind, finding.severity]);
}

describe('file/sensitive', () => {
  it('flags env files but not templates', () => {
    expect(
      kinds({
        '.env': 'A=1',
        '.env.production': 'A=1',
        'config/.env.local': 'A=1',
        '.env.example': 'A=',
        '.env.sample': '',
        '.env.template': '',
        'env.js': '',
      }),
    ).toEqual([
      ['.env', 'env-file', 'error'],
      ['.env.production', 'env-file', 'error'],
      ['config/.env.local', 'env-file', 'error'],
    ]);
  });

  it('flags .npmrc and .yarnrc.yml only when they hold auth', () => {
    const token = ['npm', '_', 'a'.repeat(36)].join('');
    expect(
      kinds({
        '.npmrc': `//registry.npmjs.org/:_authToken=${token}`,
        'sub/.npmrc': 'save-exact=true',
        '.yarnrc.yml': `npmAuthToken: ${token}`,
      }),
    ).toEqual([
      ['.npmrc', 'npmrc-auth', 'error'],
      ['.yarnrc.yml', 'npmrc-auth', 'error'],
    ]);
  });

  it('flags private keys by content, not public keys or header strings in code', () => {
    const dashes = '-'.repeat(5);
    expect(
      kinds({
        'deploy/key.pem': fakePrivateKey(),
        'keys/id_ed25519': fakePrivateKey('OPENSSH PRIVATE KEY'),
        'keys/pkcs8.txt': fakePrivateKey('PRIVATE KEY'),
        'keys/enc.pem': fakePrivateKey('ENCRYPTED PRIVATE KEY'),
        'keys/ec.pem': fakePrivateKey('EC PRIVATE KEY'),
        'keys/id_rsa.pub': 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ user@host',
        'keys/cert.pem': fakePrivateKey('CERTIFICATE').replace(/PRIVATE KEY/g, 'CERTIFICATE'),
        'lib/parse.js': `if (line === '${dashes}BEGIN RSA PRIVATE KEY${dashes}') { start(); }`,
      }),
    ).toEqual([
      ['deploy/key.pem', 'private-key', 'error'],
      ['keys/ec.pem', 'private-key', 'error'],
      ['keys/enc.pem', 'private-key', 'error'],
      ['keys/id_ed25519', 'private-key', 'error'],
      ['keys/pkcs8.txt', 'private-key', 'error'],
    ]);
  });

  it('flags a PuTTY key file', () => {
    const putty = 'PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: k\nPublic-Lines: 1\nAAAA\nPrivate-Lines: 1\nAAAA\n';
    expect(kinds({ 'k.ppk': putty })).toEqual([['k.ppk', 'private-key', 'error']]);
  });

  it('reports a .git folder once, with its file count', () => {
    const findings = fileRules.check(contextOf({ '.git/HEAD': 'ref', '.git/config': '[core]', '.git/objects/ab/cd': 'x', 'index.js': '' }));
    expect(findings).toMatchObject([{ path: '.git/', kind: 'git', severity: 'error', count: 3 }]);
  });

  it('flags nested archives, credential files and key stores as errors', () => {
    expect(kinds({ 'a.tgz': 'x', 'b.tar.gz': 'x', 'c.zip': 'x', '.netrc': 'x', 'infra/terraform.tfstate': '{}', 'cert.p12': 'x' })).toEqual(
      [
        ['.netrc', 'credentials-file', 'error'],
        ['a.tgz', 'nested-archive', 'error'],
        ['b.tar.gz', 'nested-archive', 'error'],
        ['c.zip', 'nested-archive', 'error'],
        ['cert.p12', 'key-store', 'error'],
        ['infra/terraform.tfstate', 'credentials-file', 'error'],
      ],
    );
  });

  it('warns on build caches, coverage, debug logs and editor or OS leftovers', () => {
    expect(
      kinds({
        'tsconfig.tsbuildinfo': '{}',
        'coverage/lcov-report/index.html': '',
        'coverage/lcov.info': '',
        'npm-debug.log': '',
        'yarn-error.log': '',
        '.DS_Store': '',
        'src/.index.js.swp': '',
        '.idea/workspace.xml': '',
        'Thumbs.db': '',
      }),
    ).toEqual([
      ['.DS_Store', 'leftover', 'warning'],
      ['.idea/', 'leftover', 'warning'],
      ['Thumbs.db', 'leftover', 'warning'],
      ['coverage/', 'coverage', 'warning'],
      ['npm-debug.log', 'debug-log', 'warning'],
      ['src/.index.js.swp', 'leftover', 'warning'],
      ['tsconfig.tsbuildinfo', 'tsbuildinfo', 'warning'],
      ['yarn-error.log', 'debug-log', 'warning'],
    ]);
  });

  it('says nothing about an ordinary package', () => {
    expect(kinds({ 'package.json': '{}', 'README.md': '# x', 'dist/index.js': 'export {}', LICENSE: 'MIT' })).toEqual([]);
  });
});

describe('tarball/unsafe-entry', () => {
  it('reports every refused entry with its reason and link target', () => {
    const contents = createContents(
      [],
      [
        { path: '../x', reason: 'path-traversal' },
        { path: 'link', reason: 'symlink', linkpath: '/etc/passwd' },
      ],
    );
    const findings = tarballRules.check({ contents, policy: DEFAULT_POLICY, sourceMaps: EMPTY_ANALYSIS });
    expect(findings).toMatchObject([
      { rule: 'tarball/unsafe-entry', kind: 'path-traversal', path: '../x', severity: 'error' },
      { rule: 'tarball/unsafe-entry', kind: 'symlink', path: 'link', linkpath: '/etc/passwd' },
    ]);
  });

  it('fails entries that hide or move content, and warns about names that differ by platform', () => {
    const contents = createContents(
      [],
      [
        { path: '.env', reason: 'absolute-path', detail: 'the tarball names it package/C:.env' },
        { path: 'a.js', reason: 'duplicate-path', detail: 'copies differ', identicalCopies: false },
        { path: 'b.js', reason: 'duplicate-path', detail: 'identical copies', identicalCopies: true },
        { path: 'a/b.js', reason: 'not-installed', detail: 'its folder a is a file in the tarball' },
        { path: 'README.md', reason: 'platform-dependent', detail: 'case twins' },
      ],
    );
    const findings = tarballRules.check({ contents, policy: DEFAULT_POLICY, sourceMaps: EMPTY_ANALYSIS });
    expect(findings.map((finding) => [finding.kind, finding.severity])).toEqual([
      ['absolute-path', 'error'],
      ['duplicate-path', 'error'],
      ['duplicate-path', 'warning'],
      ['not-installed', 'error'],
      ['platform-dependent', 'warning'],
    ]);
    expect(findings[3]!.message).toContain('its folder a is a file in the tarball');
  });
});
