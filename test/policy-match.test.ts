import { describe, expect, it } from 'vitest';
import { createAnyTest, createGlobTest, createMatcher, isGlobPattern } from '../src/policy/match.js';

describe('createMatcher', () => {
  const isAllowed = createMatcher(['package.json', 'README.md', 'dist/**/*.js', '!dist/**/*.test.js']);

  it('allows exact paths and globs', () => {
    expect(isAllowed('package.json')).toBe(true);
    expect(isAllowed('dist/index.js')).toBe(true);
    expect(isAllowed('dist/deep/er/x.js')).toBe(true);
  });

  it('excludes negated paths and anything unlisted', () => {
    expect(isAllowed('dist/index.test.js')).toBe(false);
    expect(isAllowed('dist/deep/a.test.js')).toBe(false);
    expect(isAllowed('dist/index.js.map')).toBe(false);
    expect(isAllowed('readme.md')).toBe(false);
    expect(isAllowed('src/index.ts')).toBe(false);
  });

  it('lets the last matching entry decide', () => {
    const reincluded = createMatcher(['dist/**', '!dist/**/*.map', 'dist/keep.js.map']);
    expect(reincluded('dist/keep.js.map')).toBe(true);
    expect(reincluded('dist/other.js.map')).toBe(false);
    const excludedExact = createMatcher(['dist/a.js', '!dist/*.js']);
    expect(excludedExact('dist/a.js')).toBe(false);
    const negatedExact = createMatcher(['dist/**', '!dist/secret.js']);
    expect(negatedExact('dist/secret.js')).toBe(false);
    expect(negatedExact('dist/ok.js')).toBe(true);
  });

  it('matches dotfiles with globs', () => {
    const matcher = createMatcher(['**']);
    expect(matcher('.env')).toBe(true);
    expect(matcher('dist/.hidden/x.js')).toBe(true);
  });

  it('matches exact paths containing glob characters literally', () => {
    const matcher = createMatcher(['app/[id]/page.js', 'app/(group)/x.js']);
    expect(matcher('app/[id]/page.js')).toBe(true);
    expect(matcher('app/(group)/x.js')).toBe(true);
  });

  it('allows nothing when empty', () => {
    expect(createMatcher([])('package.json')).toBe(false);
  });
});

describe('single globs', () => {
  it('detects glob syntax', () => {
    expect(isGlobPattern('dist/*.js')).toBe(true);
    expect(isGlobPattern('dist/a.js')).toBe(false);
  });
  it('createGlobTest matches literally and as a glob', () => {
    expect(createGlobTest('dist/**')('dist/a/b.js')).toBe(true);
    expect(createGlobTest('dist/**')('dist/**')).toBe(true);
    expect(createGlobTest('dist/a.js')('dist/a.js')).toBe(true);
    expect(createGlobTest('dist/a.js')('dist/b.js')).toBe(false);
  });
  it('createAnyTest matches any pattern', () => {
    const test = createAnyTest(['*.md', 'lib/**']);
    expect(test('README.md')).toBe(true);
    expect(test('lib/x.js')).toBe(true);
    expect(test('dist/x.js')).toBe(false);
  });
});
