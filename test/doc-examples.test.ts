/**
 * The output shown in docs/report.md, docs/formats.md and docs/manifest.md comes from real runs
 * on the demo package (fixtures/demo, built by our script), so it cannot drift from what the
 * code prints. A block after `<!-- example: name -->` must equal what `name` prints today;
 * `UPDATE_DOC_EXAMPLES=1 npx vitest run test/doc-examples.test.ts` rewrites the blocks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../fixtures/build-fixtures.js';
import { parseManifest } from '../src/policy/parse-manifest.js';
import { budgetFor } from '../src/policy/sizes.js';
import { runCli } from './helpers/cli.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const DEMO_PARENT = join(REPO, 'fixtures', 'demo');
const UPDATE = process.env.UPDATE_DOC_EXAMPLES === '1';

/** `leakproof check incident-cli <args>` run where a user of the demo would run it. */
async function demo(args: string[], env: Record<string, string> = {}) {
  return runCli(['check', 'incident-cli', ...args], { cwd: DEMO_PARENT, env });
}

/** Every generated example: its name, and how to produce it now. */
const EXAMPLES: Record<string, () => Promise<string>> = {
  'report-json': async () => (await demo(['--format', 'json'])).stdout,
  markdown: async () => (await demo(['--format', 'markdown'])).stdout,
  junit: async () => (await demo(['--format', 'junit'])).stdout,
  annotations: async () => (await demo(['--format', 'json'], { GITHUB_ACTIONS: 'true' })).stderr,
  'sarif-result': async () => {
    const log = JSON.parse((await demo(['--format', 'sarif'])).stdout) as { runs: { results: { ruleId: string }[] }[] };
    return `${JSON.stringify(
      log.runs[0]!.results.find((result) => result.ruleId === 'secret'),
      null,
      2,
    )}\n`;
  },
};

const BLOCK = /(<!-- example: ([\w-]+) -->\n```\w*\n)([\s\S]*?)(```)/g;

beforeAll(() => {
  buildDemo(join(DEMO_PARENT, 'incident-cli'));
});

describe.each(['docs/report.md', 'docs/formats.md'])('%s', (page) => {
  it('shows output exactly as leakproof prints it today', async () => {
    const path = join(REPO, page);
    const text = readFileSync(path, 'utf8');
    const blocks = [...text.matchAll(BLOCK)];
    expect(blocks.length).toBeGreaterThan(0);
    let updated = text;
    for (const [whole, open, name, body, close] of blocks) {
      const make = EXAMPLES[name!];
      expect(make, `${page}: no example generator named ${name}`).toBeDefined();
      const fresh = await make!();
      if (UPDATE) updated = updated.replace(whole, `${open}${fresh}${close}`);
      else expect(body, `${page}: example ${name} drifted; run UPDATE_DOC_EXAMPLES=1 npx vitest run test/doc-examples.test.ts`).toBe(fresh);
    }
    if (UPDATE && updated !== text) writeFileSync(path, updated);
  });
});

describe('docs/manifest.md', () => {
  const text = readFileSync(join(REPO, 'docs/manifest.md'), 'utf8');

  it('its example manifest is valid', () => {
    const example = /```json\n([\s\S]*?)```/.exec(text)![1]!;
    expect(() => parseManifest(example, 'docs/manifest.md')).not.toThrow();
  });

  it('every key example parses, as a fragment of a manifest', () => {
    const fragments = [...text.matchAll(/```json\n("[\s\S]*?)```/g)].map((match) => match[1]!);
    expect(fragments.length).toBeGreaterThan(4);
    for (const fragment of fragments) expect(() => parseManifest(`{${fragment}}`, 'leakproof.json'), fragment).not.toThrow();
  });

  it('its error lines are what leakproof says for those mistakes', () => {
    const shown = /## Errors[\s\S]*?```\n([\s\S]*?)```/.exec(text)![1]!.trim().split('\n');
    const mistakes = [
      '{"sourceMap": {}}',
      '{"budgets": {"total": true}}',
      '{"ignore": [{"rule": "secret", "path": "a", "reason": "x"}, {"rule": "secret", "path": "b"}]}',
      '{"severity": {"file/sensitiv": "off"}}',
      '{\n  "files": [\n    "a",\n  ]\n}',
    ];
    const said = mistakes.map((mistake) => {
      try {
        parseManifest(mistake, 'leakproof.json');
        return 'accepted';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(said).toEqual(shown);
  });

  it('credential hashes in the docs have the length findings report', () => {
    for (const page of ['docs/manifest.md', 'docs/secrets.md', 'docs/rules.md']) {
      for (const [, hash] of readFileSync(join(REPO, page), 'utf8').matchAll(/"hash": "([^"]*)"/g))
        expect(hash, page).toMatch(/^[0-9a-f]{12}$/);
    }
  });

  it('its budget rounding example is what init writes', () => {
    const [, bytes, budget] = /\(([\d,]+) bytes becomes `"([^"]+)"`\)/.exec(text.replace(/\n\s+/g, ' '))!;
    expect(budgetFor(Number(bytes!.replace(/,/g, '')))).toBe(budget);
  });
});
