/**
 * Where a credential sits, as a person triaging it would say: in code, a test fixture, the
 * documentation, a comment, a template, or a dependency's code. Only code and configuration are
 * places where a credential has the shape of a leak (../shared/PRECISION.md); the rest is where
 * examples, fixtures and samples live. Decided from the path and, for code, from the text around
 * the credential; never from the credential itself.
 */

/** The place a credential was found in, as reported in a finding's `context`. */
export type CredentialContext =
  | 'code'
  | 'test'
  | 'fixture'
  | 'docs'
  | 'readme'
  | 'changelog'
  | 'man-page'
  | 'html-docs'
  | 'example'
  | 'template'
  | 'comment'
  | 'jsdoc-example'
  | 'dependency';

/** Where a credential is: a context, and for dependency code the package it belongs to. */
export interface Placement {
  readonly context: CredentialContext;
  readonly dependency?: string;
}

export const IN_CODE: Placement = { context: 'code' };

const LABELS: Readonly<Record<CredentialContext, string>> = {
  code: 'code',
  test: 'a test file',
  fixture: 'a test fixture',
  docs: 'documentation',
  readme: 'a README',
  changelog: 'a changelog',
  'man-page': 'a man page',
  'html-docs': 'HTML documentation',
  example: 'example code',
  template: 'a template file',
  comment: 'a code comment',
  'jsdoc-example': 'a JSDoc @example',
  dependency: 'dependency code',
};

/** The words that name a placement in a message: "a man page", "dependency code (dotenv)". */
export function describePlacement(placement: Placement): string {
  const label = LABELS[placement.context];
  return placement.dependency ? `${label} (${placement.dependency})` : label;
}

const TEST_FOLDERS = new Set([
  'test',
  'tests',
  '__tests__',
  '__test__',
  'spec',
  'specs',
  '__mocks__',
  'e2e',
  'testdata',
  'test-data',
  'test_data',
  '__snapshots__',
]);
const FIXTURE_FOLDERS = new Set(['fixtures', 'fixture', '__fixtures__']);
const TEST_FILE = /\.(?:test|spec|e2e)\.[a-z0-9]+$|_test\.[a-z0-9]+$|^test_[^/]*\.py$/;
const DOCS_FOLDERS = new Set(['docs', 'doc', 'documentation', 'man', 'website']);
const EXAMPLE_FOLDERS = new Set(['examples', 'example', 'samples', 'sample']);
const DOCS_EXTENSION = /\.(?:md|markdown|mdx|rst|adoc|asciidoc|man)$/;
const MAN_PAGE = /\.[1-9][a-z]{0,3}$/;
const DOCS_NAMES =
  /^(?:readme|changelog|changes|history|news|release[-_]?notes|releases|upgrading|migration|migrating|contributing|authors|security)(?:\.[a-z]{1,8})?$/;

/**
 * Template files hold example values by design (`.env.example`, `config.json.sample`). They are
 * scanned like any file, at a lower severity: a template name says nothing about the bytes, and
 * a hostile publisher could name a real bundle `config.template.js`.
 */
const TEMPLATE_FILE = /(?:^|\.)(?:example|sample|template|dist|tmpl)$|^\.env\.defaults?$/i;

/** True for template files such as `.env.example`, `.env.sample`, `secrets.json.template`. */
export function isTemplateFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return TEMPLATE_FILE.test(name) || /\.(?:example|sample|template)\.[a-z0-9]+$/i.test(name);
}

/**
 * The placement a file's path gives a credential, or undefined for ordinary code and
 * configuration. `node_modules/` first (the dependency's, wherever its tests are), then test
 * and fixture folders and files, templates, documentation, example folders.
 */
export function placementOfPath(path: string): Placement | undefined {
  const lower = path.toLowerCase().replace(/\\/g, '/');
  const segments = lower.split('/');
  const name = segments.pop() ?? '';
  const dependency = dependencyOf(lower);
  if (dependency) return { context: 'dependency', dependency };
  if (segments.some((segment) => FIXTURE_FOLDERS.has(segment))) return { context: 'fixture' };
  if (segments.some((segment) => TEST_FOLDERS.has(segment)) || TEST_FILE.test(name)) return { context: 'test' };
  if (isTemplateFile(name)) return { context: 'template' };
  return placementOfDocs(segments, name);
}

/** The package a `node_modules/` path belongs to (the innermost one), e.g. `@scope/name`. */
export function dependencyOf(path: string): string | undefined {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0 || (at > 0 && path[at - 1] !== '/')) return undefined;
  return /^(?:@[^/]+\/)?[^/]+/.exec(path.slice(at + 'node_modules/'.length))?.[0];
}

function placementOfDocs(segments: readonly string[], name: string): Placement | undefined {
  const isManFolder = segments.some((segment) => segment === 'man' || /^man[1-9]$/.test(segment));
  if (isManFolder && (MAN_PAGE.test(name) || name.endsWith('.man'))) return { context: 'man-page' };
  if (/^(?:changelog|changes|history|news|release[-_]?notes)/.test(name)) return { context: 'changelog' };
  if (name.startsWith('readme')) return { context: 'readme' };
  if (DOCS_EXTENSION.test(name) || DOCS_NAMES.test(name)) return { context: 'docs' };
  if (segments.some((segment) => DOCS_FOLDERS.has(segment))) {
    return { context: /\.html?$/.test(name) ? 'html-docs' : 'docs' };
  }
  if (segments.some((segment) => EXAMPLE_FOLDERS.has(segment))) return { context: 'example' };
  return undefined;
}
