import { run } from '../../src/cli/run.js';

/** What one CLI run printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process against captured streams, like the bin does against the process. */
export async function runCli(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const env = { NO_COLOR: '1', HOME: options.cwd, npm_config_userconfig: '/dev/null', ...options.env };
  const code = await run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    cwd: options.cwd,
  });
  return { code, stdout, stderr };
}
