import { describe, expect, it } from 'vitest';
import { applyPolicy, unusedIgnores } from '../src/policy/apply-policy.js';
import { DEFAULT_POLICY, type Policy } from '../src/policy/policy.js';
import { allowlistRules } from '../src/rules/allowlist-rules.js';
import type { RuleContext } from '../src/rules/rule.js';
import type { SourceMapAnalysis } from '../src/sourcemaps/types.js';
import { createContents } from '../src/tarball/contents.js';
import type { Finding, RuleId } from '../src/types.js';

const contents = createContents([
  { path: 'package.json', data: '{"name":"x"}' },
  { path: 'README.md', data: 'read me' },
  { path: 'dist/index.js', data: 'x'.repeat(1000) },
  { path: 'dist/index.test.js', data: 'test' },
  { path: 'dist/index.js.map', data: 'y'.repeat(3000) },
]);

function check(policy: Partial<Policy>): Finding[] {
  const context: RuleContext = { contents, policy: { ...DEFAULT_POLICY, ...policy }, sourceMaps: {} as SourceMapAnalysis };
  return allowlistRules.check(context);
}

describe('allowlistRules', () => {
  it('reports nothing without a manifest', () => {
    expect(check({})).toEqual([]);
  });

  it('reports each unlisted file with its size', () => {
    const findings = check({ files: ['package.json', 'README.md', 'dist/**/*.js', '!dist/**/*.test.js'] });
    expect(findings.map(({ rule, path, size, severity }) => ({ rule, path, size, severity }))).toEqual([
      { rule: 'file/unlisted', path: 'dist/index.js.map', size: 3000, severity: 'error' },
      { rule: 'file/unlisted', path: 'dist/index.test.js', size: 4, severity: 'error' },
    ]);
  });

  it('reports each plain entry that matches nothing, never negations', () => {
    const findings = check({ files: ['**', 'lib/**', 'dist/gone.js', '!nothing/**', 'dist'] });
    expect(findings.map(({ rule, path, glob }) => ({ rule, path, glob }))).toEqual([
      { rule: 'file/missing', path: 'lib/**', glob: 'lib/**' },
      { rule: 'file/missing', path: 'dist/gone.js', glob: 'dist/gone.js' },
      { rule: 'file/missing', path: 'dist', glob: 'dist' },
    ]);
    expect(findings[2]?.message).toContain('dist/**');
  });

  it('reports exceeded budgets, total and per glob, even without files', () => {
    const findings = check({
      budgets: {
        total: 4000,
        globs: [
          { glob: 'dist/**', limit: 5000 },
          { glob: '*.map', limit: 1 },
          { glob: 'dist/*.map', limit: 2999 },
        ],
      },
    });
    expect(findings.map(({ rule, path, glob, size, limit, kind }) => ({ rule, path, glob, size, limit, kind }))).toEqual([
      { rule: 'size/budget', path: '', glob: undefined, size: 4023, limit: 4000, kind: 'total' },
      { rule: 'size/budget', path: 'dist/*.map', glob: 'dist/*.map', size: 3000, limit: 2999, kind: 'glob' },
    ]);
  });

  it('accepts a package within its budgets', () => {
    expect(check({ files: ['**'], budgets: { total: 4023, globs: [{ glob: 'dist/**', limit: 4004 }] } })).toEqual([]);
  });
});

function finding(rule: RuleId, path: string, extra: Partial<Finding> = {}): Finding {
  return { rule, path, severity: 'error', message: `${rule} at ${path}`, ...extra };
}

describe('applyPolicy', () => {
  const findings = [
    finding('file/sensitive', '.env'),
    finding('sourcemap/shipped', 'dist/a.js.map', { severity: 'warning' }),
    finding('secret', 'test/fixtures/key.js', { hash: 'aaa' }),
    finding('secret', 'test/fixtures/key.js', { hash: 'bbb' }),
    finding('file/unlisted', 'docs/a.md'),
  ];

  it('changes severities and removes rules turned off', () => {
    const result = applyPolicy(findings, { ...DEFAULT_POLICY, severity: { 'file/sensitive': 'warning', 'sourcemap/shipped': 'off' } });
    expect(result.map((f) => [f.rule, f.severity])).toEqual([
      ['file/sensitive', 'warning'],
      ['secret', 'error'],
      ['secret', 'error'],
      ['file/unlisted', 'error'],
    ]);
    expect(findings[0]?.severity).toBe('error');
  });

  it('suppresses by rule, exact or glob path, and hash', () => {
    const policy: Policy = {
      ...DEFAULT_POLICY,
      ignore: [
        { rule: 'secret', path: 'test/fixtures/*.js', reason: 'fake key', hash: 'bbb' },
        { rule: 'file/unlisted', path: 'docs/**', reason: 'docs ship' },
        { rule: 'file/sensitive', path: '.env.example', reason: 'never matches' },
        { rule: 'secret', path: 'docs/**', reason: 'wrong path' },
      ],
    };
    const result = applyPolicy(findings, policy);
    expect(result.map((f) => f.suppressed?.reason ?? null)).toEqual([null, null, null, 'fake key', 'docs ship']);
    expect(unusedIgnores(findings, policy).map((entry) => entry.reason)).toEqual(['never matches', 'wrong path']);
    expect(unusedIgnores(result, policy).map((entry) => entry.reason)).toEqual(['never matches', 'wrong path']);
  });

  it('suppresses package-wide findings with path ""', () => {
    const policy: Policy = { ...DEFAULT_POLICY, ignore: [{ rule: 'size/budget', path: '', reason: 'big on purpose' }] };
    const result = applyPolicy([finding('size/budget', ''), finding('size/budget', 'dist/**')], policy);
    expect(result.map((f) => f.suppressed?.reason ?? null)).toEqual(['big on purpose', null]);
  });
});
