import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/parse-args.js';

/** The command and targets a command line parses to, or what yargs has to say about it. */
async function parsed(args: string[]): Promise<string> {
  const result = await parseArgs(args);
  if (result.kind !== 'command') return `${result.kind}: ${(result.kind === 'output' ? result.text : result.message).split('\n')[0]}`;
  const targets = result.command === 'check' ? (result.argv.targets ?? []) : [];
  return `${result.command} ${JSON.stringify(targets)}`;
}

describe('parseArgs', () => {
  it('parses `check …` as the default command without changing what it means', async () => {
    expect(await parsed(['check', 'x'])).toBe('check ["x"]');
    expect(await parsed(['x'])).toBe('check ["x"]');
    expect(await parsed(['check'])).toBe('check []');
    // A target named like a command stays a target, wherever it stands.
    expect(await parsed(['check', 'check'])).toBe('check ["check"]');
    expect(await parsed(['check', 'extract'])).toBe('check ["extract"]');
    expect(await parsed(['check', '--format', 'json', 'publish'])).toBe('check ["publish"]');
    expect(await parsed(['check', '--no-secrets', 'init'])).toBe('check ["init"]');
    expect(await parsed(['check', '--max-entries', '5', 'merge', 'f'])).toBe('check ["merge","f"]');
    expect(await parsed(['--debug', 'check', 'x'])).toBe('check ["x"]');
  });

  it("shows check's own help, the version and usage errors as before", async () => {
    expect(await parsed(['check', '--help'])).toBe('output: leakproof check [targets..]');
    expect(await parsed(['check', '-v'])).toMatch(/^output: \d+\.\d+\.\d+/);
    expect(await parsed(['check', '--bogus'])).toBe('usage-error: Unknown argument: bogus');
    expect(await parsed(['extract', 'x'])).toBe('usage-error: Missing required argument: out');
  });
});
