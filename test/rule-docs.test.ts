import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES, type RuleId, ruleAnchor } from '../src/rules/meta.js';

const docs = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');

describe('rule documentation', () => {
  it.each(Object.keys(RULES) as RuleId[])('%s has metadata and a docs section', (id) => {
    expect(RULES[id].title.length).toBeGreaterThan(5);
    expect(RULES[id].description.length).toBeGreaterThan(20);
    expect(RULES[id].help.length).toBeGreaterThan(20);
    expect(docs).toContain(`\n## ${ruleAnchor(id)}\n`);
    expect(docs).toContain(`| \`${id}\` |`);
  });
});
