import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../fixtures/build-fixtures.js';
import { inspect, type Report } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { removeTree, writeTree } from './helpers/write-tree.js';

let root: string;
beforeAll(async () => {
  root = await writeTree({});
  buildDemo(join(root, 'incident-cli'));
});
afterAll(() => removeTree(root));

describe('the demo, as a user sees it', () => {
  it('prints every finding of the 2026 incident in miniature and exits 1', async () => {
    const { code, stdout, stderr } = await runCli(['check', 'incident-cli'], { cwd: root });
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).toMatchInlineSnapshot(`
      "incident-cli@2.1.88 (directory incident-cli)
      5 files, 7.1 kB unpacked, 1 source map

      Errors (5)
        file/sensitive (1 finding)
          ✖ .env  (env-file)
              .env ships: env files hold the secrets an app reads at run time.
          fix: Remove the file from the package: add it to .npmignore or narrow the "files" field, then rebuild. If it must ship, add an ignore entry with a reason to leakproof.json.

        secret (3 findings; 2 distinct credentials)
          ✖ .env:2:14  (github-pat)
              GitHub personal access token (classic) (ghp_…, 40 chars) in .env:2; its checksum holds, so it has the shape of an issued token: revoke it and remove it from the package.
              to accept it, add to "ignore" in leakproof.json: { "rule": "secret", "path": ".env", "hash": "1e4c50952443", "reason": "<why this credential may ship>" }
          ✖ cli.js:2:125  (anthropic-api-key)
              Anthropic API key (sk-a…, 105 chars) in cli.js:2 (from ../src/config.ts:12); revoke it and remove it from the package.
              also in cli.js.map → ../src/config.ts:12
              to accept it, add to "ignore" in leakproof.json: { "rule": "secret", "path": "cli.js", "hash": "012af60c6bf1", "reason": "<why this credential may ship>" }
          ✖ cli.js.map → ../src/config.ts:12:38  (anthropic-api-key)
              Anthropic API key (sk-a…, 105 chars) in ../src/config.ts:12, recovered from cli.js.map; revoke it and remove it from the package.
              also in cli.js:2
              to accept it, add to "ignore" in leakproof.json: { "rule": "secret", "path": "cli.js.map", "hash": "012af60c6bf1", "reason": "<why this credential may ship>" }
          fix: For an error, revoke and rotate the credential now, then remove it from the package and its source. For a warning, check that the value is an example, not a live credential. To accept a known value, add an ignore entry with its hash.

        sourcemap/embedded-sources (1 finding; 3 distinct sources exposed)
          ✖ cli.js.map
              The source map cli.js.map embeds 3 first-party sources (1.7 kB) whose code the package ships nowhere else in readable form (cli.js is minified); anyone who installs the package can recover them; no file references this map.
              e.g. ../src/config.ts, ../src/index.ts, ../src/session.ts
          fix: Stop shipping the map (exclude *.map from "files") or build without sourcesContent; if publishing sources is intended, allow the map in leakproof.json sourceMaps.allowEmbeddedSources with a reason.

      No leakproof.json: run \`leakproof init incident-cli\` to snapshot what ships, so anything new fails the next check.
      ✖ 5 errors, 0 warnings in 5 files (7.1 kB); fails at --fail-on error
      "
    `);
  });
});

describe('the library', () => {
  it('returns the same typed report as --format json', async () => {
    const report: Report = await inspect('incident-cli', { cwd: root, env: { HOME: root } });
    const cli = await runCli(['check', 'incident-cli', '--format', 'json'], { cwd: root });
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(report.sourceMaps[0]).toMatchObject({ path: 'cli.js.map', origin: 'file', generated: [], recoverable: 3 });
  });

  it('is what the package name resolves to (the built entry point)', async () => {
    const entry = await import('leakproof');
    expect(typeof entry.inspect).toBe('function');
    expect((await entry.inspect(join(root, 'incident-cli'))).target.name).toBe('incident-cli');
  });
});
