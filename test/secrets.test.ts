import { createHash, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { maskSecret } from '../src/secrets/mask.js';
import { SECRET_RULES } from '../src/secrets/rules.js';
import { type SecretMatch, scanText } from '../src/secrets/scan-text.js';
import { isBinary } from '../src/tarball/is-binary.js';
import {
  buildLabeledSet,
  buildLookAlikes,
  buildPlainFile,
  buildSingleLineBundle,
  type LabeledText,
  shortHash,
} from './helpers/fake-credentials.js';

const labeled = buildLabeledSet();

/** Every expected credential found at its place with its hash, and nothing else. */
function expectExactly(matches: SecretMatch[], { expected }: LabeledText): void {
  const found = matches.map((m) => ({ kind: m.kind, line: m.line, column: m.column, hash: m.hash, length: m.length }));
  const wanted = expected.map((e) => ({ kind: e.kind, line: e.line, column: e.column, hash: e.hash, length: e.length }));
  const key = (x: { line: number; column: number }): number => x.line * 1e9 + x.column;
  expect(found.sort((a, b) => key(a) - key(b))).toEqual(wanted.sort((a, b) => key(a) - key(b)));
}

function expectNoLeak(output: unknown, { expected }: LabeledText): void {
  const json = JSON.stringify(output);
  for (const e of expected) for (const piece of e.mustNotLeak) expect(json.includes(piece), `${e.name} leaked`).toBe(false);
}

describe('labeled set', () => {
  it('covers every rule kind', () => {
    const kinds = new Set(labeled.flatMap((s) => s.expected.map((e) => e.kind)));
    expect([...kinds].sort()).toEqual(SECRET_RULES.map((r) => r.kind).sort());
  });

  it.each(labeled.map((s) => [s.name, s] as const))('finds %s alone', (_name, snippet) => {
    const text = buildPlainFile([snippet]);
    expectExactly(scanText(text.text), text);
  });
});

describe('scanText', () => {
  it('finds every credential in a plain file, at its line and column', () => {
    const file = buildPlainFile(labeled);
    const matches = scanText(file.text);
    expectExactly(matches, file);
    expectNoLeak(matches, file);
  });

  it('finds every credential in a 10 MB single-line bundle', () => {
    const bundle = buildSingleLineBundle(labeled, 10_000_000);
    expect(bundle.text.length).toBeGreaterThan(9_000_000);
    expect(bundle.text.includes('\n')).toBe(false);
    const matches = scanText(bundle.text);
    expectExactly(matches, bundle);
    expect(matches.every((m) => m.line === 1)).toBe(true);
  });

  it('flags no look-alike, alone or together', () => {
    const lookAlikes = buildLookAlikes();
    for (const { name, text } of lookAlikes) expect(scanText(text), name).toEqual([]);
    expect(scanText(lookAlikes.map((l) => l.text).join('\n'))).toEqual([]);
  });

  it('reports JWTs as warnings and everything else as errors', () => {
    const file = buildPlainFile(labeled);
    for (const m of scanText(file.text)) expect(m.severity).toBe(m.kind === 'jwt' ? 'warning' : 'error');
  });

  it('counts columns in UTF-16 units after non-ASCII text', () => {
    const token = `${['gh', 'p_'].join('')}Zq8Rt2Lm4Nv6Xb1Yc3Wd5Pe7Fg9Hj0Ks2Mu4`;
    const [match] = scanText(`é 日本 ${token}`);
    expect(match).toMatchObject({ kind: 'github-pat', line: 1, column: 6, hash: shortHash(token) });
  });
});

describe('adversarial inputs finish (linear time)', () => {
  const cases: Array<[string, () => string]> = [
    ['AKIA x 1e6', () => 'AKIA'.repeat(1e6)],
    ['ghp_ + 5e6 letters', () => `ghp_${'a'.repeat(5e6)}`],
    ['10 MB of base64 characters', () => 'Ab0+/'.repeat(2e6)],
    ['10 MB of token characters', () => 'aZ09_-'.repeat(1.7e6)],
    ['-----BEGIN x 1e6', () => '-----BEGIN'.repeat(1e6)],
    ['PRIVATE KEY headers without end', () => `-----BEGIN RSA ${'PRIV'}ATE KEY-----\n${'A'.repeat(100)}\n`.repeat(5e4)],
    ['one header and 5 MB of body', () => `-----BEGIN ${'PRIV'}ATE KEY-----\n${'QUJD'.repeat(1.25e6)}`],
    [':// x 1e6', () => '://'.repeat(1e6)],
    ['URL userinfo without @', () => `https://${'u:'.repeat(200)}`.repeat(2e4)],
    ['eyJ x 1e6', () => 'eyJ'.repeat(1e6)],
    ['JWT-shaped runs', () => `eyJ${'a'.repeat(5000)}.`.repeat(1000)],
    ['_authToken= lines', () => '_authToken='.repeat(5e5)],
    ['discord names and dots', () => `DISCORD_${'M'.repeat(30)}.`.repeat(1e5)],
    ['PuTTY headers', () => `${'PuTTY'}-User-Key-File-3: ssh-rsa\n`.repeat(1e5)],
    ['Q~ x 1e6', () => 'aaa1Q~'.repeat(1e6)],
  ];
  it.each(cases)('%s', (_name, build) => {
    expect(Array.isArray(scanText(build()))).toBe(true);
  });
});

describe('maskSecret', () => {
  it('shows at most 4 characters and a quarter of a strong value, none of a weak one', () => {
    const token = 'Q7x2Lm9Pz4Kd8Rt1Vb6Nw3Hy5Jc0Fg7Tq2Wz8Xv';
    expect(maskSecret(token)).toMatchObject({ preview: 'Q7x2…', length: 39 });
    expect(maskSecret('hunter2!')).toMatchObject({ preview: '…', length: 8 });
    expect(maskSecret('abcdefghijklmnopqrstuvwxyz').preview).toBe('…');
    expect(maskSecret('abc').preview).toBe('…');
  });

  it('hashes strong values with SHA-256 and weak ones with scrypt, the same everywhere', () => {
    const token = 'Q7x2Lm9Pz4Kd8Rt1Vb6Nw3Hy5Jc0Fg7Tq2Wz8Xv';
    expect(maskSecret(token).hash).toBe(createHash('sha256').update(token).digest('hex').slice(0, 12));
    expect(maskSecret('hunter2!').hash).toBe(
      scryptSync('hunter2!', 'leakproof secret hash v2', 6, { N: 4096, r: 8, p: 1 }).toString('hex'),
    );
    expect(maskSecret('hunter2!').hash).toBe(shortHash('hunter2!'));
    expect(maskSecret('value').hash).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('isBinary', () => {
  it('skips only files named and shaped as a binary format (magic number)', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(isBinary('img/logo.PNG', png)).toBe(true);
    expect(isBinary('vendor/addon.node', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toBe(true);
    expect(isBinary('img/logo.png', Buffer.from('GITHUB_TOKEN=...'))).toBe(false);
    expect(isBinary('secrets.dat', Buffer.from('A=1'))).toBe(false);
    expect(isBinary('data.blob', Buffer.from([0x61, 0, 0x62]))).toBe(false);
    expect(isBinary('bin/cli', Buffer.from('#!/usr/bin/env node\n\0const key = 1'))).toBe(false);
    expect(isBinary('logo.js', png)).toBe(false);
    expect(isBinary('.env', Buffer.from('A=1'))).toBe(false);
  });
});
