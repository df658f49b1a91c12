import { isLeakproofError } from '../errors.js';
import { prefetchTarballArguments } from '../tarball/prefetch.js';
import type { CliIo } from './io.js';
import { type CommandArgs, type CommandName, parseArgs } from './parse-args.js';
import { suggestCommand } from './suggest-command.js';

type Command<Name extends CommandName> = (argv: CommandArgs[Name], io: CliIo) => Promise<number>;

// Each command's modules load only when it runs: `--version` and `--help` load none of them,
// and `check` does not pay for audit's worker pool or extract's writer (docs/benchmarks.md).
const COMMANDS: { readonly [Name in CommandName]: () => Promise<Command<Name>> } = {
  check: async () => (await import('./check-command.js')).checkCommand,
  init: async () => (await import('./init-command.js')).initCommand,
  extract: async () => (await import('./extract-command.js')).extractCommand,
  diff: async () => (await import('./diff-command.js')).diffCommand,
  audit: async () => (await import('./audit-command.js')).auditCommand,
  merge: async () => (await import('./merge-command.js')).mergeCommand,
  publish: async () => (await import('./publish-command.js')).publishCommand,
};

/**
 * Run the CLI with `args` (without `node` and the script) against `io`; resolve to the exit
 * status: 0 pass, 1 findings that fail, 2 usage or manifest error, 3 target not fully inspected.
 * Errors print as one line; the stack only with `--debug`.
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const debug = args.includes('--debug');
  // A .tgz named on the command line is read and inflated while yargs and the command load.
  prefetchTarballArguments(args, io.cwd);
  try {
    const typo = await suggestCommand(args, Object.keys(COMMANDS), io.cwd);
    if (typo) {
      io.stderr.write(`leakproof: ${typo}\n`);
      return 2;
    }
    const parsed = await parseArgs(args);
    if (parsed.kind === 'output') {
      io.stdout.write(parsed.text.endsWith('\n') ? parsed.text : `${parsed.text}\n`);
      return 0;
    }
    if (parsed.kind === 'usage-error') {
      io.stderr.write(`leakproof: ${parsed.message}\nRun \`leakproof --help\` for usage.\n`);
      return 2;
    }
    return await runCommand(parsed, io);
  } catch (error) {
    return reportError(error, io, debug);
  }
}

async function runCommand<Name extends CommandName>(
  parsed: { readonly command: Name; readonly argv: CommandArgs[Name] },
  io: CliIo,
): Promise<number> {
  const command: Command<Name> = await COMMANDS[parsed.command]();
  return command(parsed.argv, io);
}

/**
 * Errors go through the same redaction as reports: a registry error's message and its cause's
 * stack can hold the request URL with its password (`--debug` prints causes).
 */
async function reportError(error: unknown, io: CliIo, debug: boolean): Promise<number> {
  // The redaction loads the credential rules: only errors pay for it.
  const { safeLine, safeLines } = await import('../report/redact-report.js');
  if (isLeakproofError(error)) {
    io.stderr.write(`leakproof: ${safeLine(error.message)}\n`);
    if (debug)
      for (let cause = error.cause, depth = 0; cause instanceof Error && depth < 8; cause = cause.cause, depth++)
        io.stderr.write(`${safeLines(cause.stack ?? cause.message)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`leakproof: internal error: ${safeLine(message.split('\n')[0] ?? '')}\n`);
  io.stderr.write(
    debug && error instanceof Error ? `${safeLines(error.stack ?? message)}\n` : 'Rerun with --debug for the stack trace, and report it.\n',
  );
  // An internal failure means the target was not fully inspected: never 0 or 1.
  return 3;
}
