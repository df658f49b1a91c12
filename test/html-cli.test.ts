import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, fakeCredentials } from '../fixtures/build-fixtures.js';
import { runCli } from './helpers/cli.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

let root: string;
beforeAll(async () => {
  root = await writeTree({});
  buildDemo(join(root, 'incident-cli'));
});
afterAll(() => removeTree(root));

describe('check --format html', () => {
  it('writes the page on stdout, or to --output with the human summary on stdout', async () => {
    const piped = await runCli(['check', 'incident-cli', '--format', 'html'], { cwd: root });
    expect({ code: piped.code, stderr: piped.stderr }).toEqual({ code: 1, stderr: '' });
    expect(piped.stdout.startsWith('<!doctype html>')).toBe(true);
    const written = await runCli(['check', 'incident-cli', '--format', 'html', '--output', 'report.html'], { cwd: root });
    expect(written.code).toBe(1);
    expect(written.stdout).toContain('✖ 5 errors, 0 warnings in 5 files');
    expect(await readFile(join(root, 'report.html'), 'utf8')).toBe(piped.stdout);
  });

  it('embeds no source text unless --html-sources asks, and never the credential', async () => {
    const { anthropic } = fakeCredentials();
    const plain = await runCli(['check', 'incident-cli', '--format', 'html'], { cwd: root });
    expect(plain.stdout).not.toContain('class="source-text"');
    expect(plain.stdout).not.toContain('The build script fills in the fallback key');
    const sources = await runCli(['check', 'incident-cli', '--format', 'html', '--html-sources'], { cwd: root });
    expect(sources.code).toBe(1);
    expect(sources.stdout.match(/<details class="source-text"/g)).toHaveLength(3);
    expect(sources.stdout).toContain('The build script fills in the fallback key');
    expect(sources.stdout).toContain('sk-a… [anthropic-api-key, 105 chars, masked]');
    expect(sources.stdout).not.toContain(anthropic);
    expect(sources.stdout).not.toContain(anthropic.slice(10, 40));
  });

  it('refuses --html-sources with another format', async () => {
    const result = await runCli(['check', 'incident-cli', '--html-sources'], { cwd: root });
    expect([result.code, result.stderr]).toEqual([2, 'leakproof: --html-sources only applies to --format html\n']);
  });
});
