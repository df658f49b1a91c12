/**
 * Every generated link derives from one constant (src/project.ts); the static files that cannot
 * import it (package.json, the JSON schemas, action.yml, docs) are held to it here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT_URL, repositoryFileUrl } from '../src/project.js';
import { RULES_DOC_URL } from '../src/rules/meta.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('the project home', () => {
  it('package.json names it as repository, homepage and bugs', () => {
    const pkg = JSON.parse(read('package.json')) as Record<string, unknown>;
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${PROJECT_URL}.git` });
    expect(pkg.homepage).toBe(`${PROJECT_URL}#readme`);
    expect(pkg.bugs).toEqual({ url: `${PROJECT_URL}/issues` });
  });

  it('schemas, rule docs and every link in the docs derive from it', () => {
    for (const file of readdirSync(new URL('../schema/', import.meta.url)).filter((name) => name.endsWith('.json'))) {
      expect((JSON.parse(read(`schema/${file}`)) as { $id: string }).$id).toBe(repositoryFileUrl(`schema/${file}`));
    }
    expect(RULES_DOC_URL).toBe(repositoryFileUrl('docs/rules.md'));
    const texts = ['README.md', 'action.yml', ...readdirSync(new URL('../docs/', import.meta.url)).map((file) => `docs/${file}`)];
    for (const path of texts) {
      for (const [link] of read(path).matchAll(/https:\/\/github\.com\/leakproof[^\s)"'`<>]*/g))
        expect(link.startsWith(PROJECT_URL), `${path}: ${link}`).toBe(true);
    }
  });

  it('workflows use the Action from the same repository', () => {
    const repository = new URL(PROJECT_URL).pathname.slice(1);
    const uses = [...read('docs/recipes.md').matchAll(/uses: ([\w.-]+\/[\w.-]+)@/g)].map((match) => match[1]!);
    expect(uses.filter((name) => !name.startsWith('actions/'))).toEqual([repository]);
  });

  it('the Action pins the release it ships with', () => {
    const { version } = JSON.parse(read('package.json')) as { version: string };
    expect(read('action.yml')).toMatch(new RegExp(`\\n  version:\\n(?: {4}.*\\n)*? {4}default: "${version.replace(/\./g, '\\.')}"\\n`));
  });
});
