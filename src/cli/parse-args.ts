import type { ArgumentsCamelCase, Argv } from 'yargs';
import { AUDIT_FORMATS, type AuditFormat, REPORT_FORMATS, type ReportFormat } from '../report/formats.js';
import { PACK_MANAGERS } from '../target/package-manager.js';
import { TOOL } from '../version.js';

const sharedTarget = { describe: 'package folder, .tgz file or registry spec (name@version)', type: 'string', default: '.' } as const;
const TARGETS_HELP = 'package folders, .tgz files, registry specs (name@version), tarball URLs or git specs; default .';
const SIZE_HELP = '(bytes, or a size like 500MB, 1GiB)';
const limitOptions = {
  'max-entries': { type: 'number', describe: 'tarball entry limit (default 100000)' },
  'max-size': { type: 'string', describe: `unpacked size limit ${SIZE_HELP} (default 1 GiB)` },
  'max-file-size': { type: 'string', describe: `per-file size limit ${SIZE_HELP} (default 512 MiB)` },
} as const;
const BASELINE_HELP =
  'compare with a previous release: "latest" (the dist-tag, or the release before it), "previous" (the highest version below), a spec, .tgz or folder';
const SEVERITY_CHOICES = ['error', 'warning', 'info'] as const;

/*
 * One builder per command: yargs infers each command's argv type from it (`ArgsOf`), so the
 * commands read typed flags, not a record of unknowns.
 */

const checkArgs = (y: Argv) =>
  y
    .positional('targets', { describe: TARGETS_HELP, type: 'string', array: true })
    .option('format', { choices: REPORT_FORMATS, default: 'human' as ReportFormat, describe: 'report format on stdout' })
    .option('output', { type: 'string', describe: 'also write the report in --format to this file (stdout gets the human summary)' })
    .option('html-sources', {
      type: 'boolean',
      default: false,
      describe: 'with --format html: embed the text of recovered first-party sources (credentials masked)',
    })
    .option('summary', { type: 'string', describe: 'append a Markdown summary to this file (e.g. "$GITHUB_STEP_SUMMARY")' })
    .option('fail-on', { choices: SEVERITY_CHOICES, default: 'error' as const, describe: 'lowest severity that fails' })
    .option('manifest', { type: 'string', describe: 'path of leakproof.json (default: in the target folder)' })
    .option('update', {
      type: 'boolean',
      default: false,
      describe: 'rewrite leakproof.json to accept what ships now, and print what changed',
    })
    .option('secrets', { type: 'boolean', default: true, describe: 'scan for credentials (--no-secrets to skip)' })
    .option('baseline', { type: 'string', describe: BASELINE_HELP })
    .option('pack', {
      type: 'boolean',
      default: false,
      describe: 'pack the folder with its package manager, build scripts included (prepack, prepare), and check that tarball',
    })
    .option('pack-manager', {
      choices: PACK_MANAGERS,
      describe: 'package manager that packs folders (default: from "packageManager" or the lockfile)',
    })
    .option('workspaces', {
      type: 'boolean',
      default: false,
      describe: 'check every publishable workspace package of the monorepo in the target folder',
    })
    .option('workspace', { alias: 'w', type: 'string', array: true, describe: 'check this workspace (name or folder); repeat for more' })
    .options(limitOptions);

const publishArgs = (y: Argv) =>
  y
    .positional('folder', { ...sharedTarget, describe: 'package folder to pack and publish' })
    .option('dry-run', { type: 'boolean', default: false, describe: 'check, then run npm publish --dry-run on the tarball' })
    .option('tag', { type: 'string', describe: 'npm dist-tag (passed to npm publish)' })
    .option('access', { choices: ['public', 'restricted'] as const, describe: 'passed to npm publish' })
    .option('otp', { type: 'string', describe: 'one-time password (passed to npm publish)' })
    .option('provenance', { type: 'boolean', describe: 'passed to npm publish' })
    .option('fail-on', { choices: SEVERITY_CHOICES, default: 'error' as const, describe: 'lowest severity that blocks the publish' })
    .option('manifest', { type: 'string', describe: 'path of leakproof.json (default: in the folder)' })
    .option('baseline', { type: 'string', describe: BASELINE_HELP })
    .option('pack-manager', {
      choices: PACK_MANAGERS,
      describe: 'package manager that packs (default: from "packageManager" or the lockfile)',
    })
    .option('format', { choices: REPORT_FORMATS, default: 'human' as ReportFormat, describe: 'report format on stdout' })
    .option('secrets', { type: 'boolean', default: true, describe: 'scan for credentials (--no-secrets to skip)' })
    .options(limitOptions);

const initArgs = (y: Argv) =>
  y
    .positional('target', sharedTarget)
    .option('force', { type: 'boolean', default: false, describe: 'overwrite an existing leakproof.json' })
    .option('budgets', { type: 'boolean', default: true, describe: 'add a total size budget with 10% headroom' })
    .option('pack', {
      type: 'boolean',
      default: false,
      describe: 'snapshot what the package manager packs after its build scripts (as publish checks it)',
    })
    .option('workspaces', {
      type: 'boolean',
      default: false,
      describe: 'write one for every publishable workspace package of the monorepo in target',
    })
    .option('workspace', {
      alias: 'w',
      type: 'string',
      array: true,
      describe: 'write one for this workspace (name or folder); repeat for more',
    })
    .option('pack-manager', {
      choices: PACK_MANAGERS,
      describe: 'package manager that packs (default: from "packageManager" or the lockfile)',
    })
    .options(limitOptions);

const extractArgs = (y: Argv) =>
  y
    .positional('target', { ...sharedTarget, default: undefined })
    .option('out', {
      type: 'string',
      demandOption: 'give --out <dir>: the folder to write recovered sources into',
      describe: 'output folder (must be new or empty)',
    })
    .option('first-party-only', { type: 'boolean', default: false, describe: 'only first-party sources' });

const diffArgs = (y: Argv) =>
  y
    .positional('a', { type: 'string', describe: 'the earlier release' })
    .positional('b', { type: 'string', describe: 'the later release' })
    .option('format', { choices: ['human', 'json'] as const, default: 'human' as const });

const auditArgs = (y: Argv) =>
  y
    .positional('path', { type: 'string', default: '.', describe: 'a folder with a lockfile, or the lockfile' })
    .option('format', {
      choices: AUDIT_FORMATS,
      default: 'human' as AuditFormat,
      describe: 'report format on stdout (jsonl streams a line per package)',
    })
    .option('output', { type: 'string', describe: 'write the report in --format to this file (stdout gets the human summary)' })
    .option('summary', { type: 'string', describe: 'append a Markdown summary to this file (e.g. "$GITHUB_STEP_SUMMARY")' })
    .option('fail-on', { choices: SEVERITY_CHOICES, default: 'error' as const, describe: 'lowest severity that fails' })
    .option('manifest', { type: 'string', describe: 'a leakproof.json applied to every package (default: none)' })
    .option('secrets', { type: 'boolean', default: true, describe: 'scan for credentials (--no-secrets to skip)' })
    .option('concurrency', { type: 'number', describe: 'worker threads (default: the number of cores)' })
    .option('cache', { type: 'boolean', default: true, describe: 'reuse reports of unchanged tarballs (--no-cache to inspect everything)' })
    .option('cache-dir', { type: 'string', describe: "result cache folder (default: _leakproof in npm's cache folder)" })
    .option('changed-since', { type: 'string', describe: 'only what is new since this lockfile or git revision' })
    .option('shard', { type: 'string', describe: 'audit slice k/n of the lockfile, or "auto" from CI (see docs/recipes.md)' })
    .option('max-entries', { type: 'number', describe: 'tarball entry limit (default 100000)' })
    .option('max-size', { type: 'number', describe: 'unpacked byte limit (default 1 GiB)' })
    .option('max-file-size', { type: 'number', describe: 'per-file byte limit (default 512 MiB)' });

const mergeArgs = (y: Argv) =>
  y
    .positional('files', { type: 'string', array: true, describe: "every shard's JSONL output" })
    .option('format', { choices: REPORT_FORMATS, default: 'human' as ReportFormat, describe: 'report format on stdout' })
    .option('output', { type: 'string', describe: 'write the report in --format to this file (stdout gets the human summary)' })
    .option('summary', { type: 'string', describe: 'append a Markdown summary to this file (e.g. "$GITHUB_STEP_SUMMARY")' });

/** The argv a builder declares, as a command receives it (kebab-case flags also in camelCase, `--` with what follows it). */
type ArgsOf<Builder extends (y: Argv) => Argv<unknown>> = ArgumentsCamelCase<ReturnType<Builder> extends Argv<infer T> ? T : never> & {
  '--'?: (string | number)[];
};

/** Each command's parsed flags and positionals. */
export interface CommandArgs {
  check: ArgsOf<typeof checkArgs>;
  publish: ArgsOf<typeof publishArgs>;
  init: ArgsOf<typeof initArgs>;
  extract: ArgsOf<typeof extractArgs>;
  diff: ArgsOf<typeof diffArgs>;
  audit: ArgsOf<typeof auditArgs>;
  merge: ArgsOf<typeof mergeArgs>;
}

/** A command leakproof has. */
export type CommandName = keyof CommandArgs;

/** A command to run with its typed argv. */
export type ParsedCommand = { [Name in CommandName]: { kind: 'command'; command: Name; argv: CommandArgs[Name] } }[CommandName];

/** Parsed command line, or text yargs wants printed (help, version) / a usage error. */
export type ParsedArgs = ParsedCommand | { kind: 'output'; text: string } | { kind: 'usage-error'; message: string };

function buildParser(yargs: () => Argv, width: number | null) {
  return yargs()
    .scriptName('leakproof')
    .usage('$0 [command] [targets..]\n\nStop npm packages from shipping what they should not.')
    .command(
      ['check [targets..]', '$0 [targets..]'],
      'inspect what packages ship; fail on leaks and on anything the allowlist does not allow',
      checkArgs,
    )
    .command(
      'publish [folder]',
      'pack once with the package manager, check that tarball, and npm publish exactly that file if it passes (npm publish arguments after --)',
      publishArgs,
    )
    .command('init [target]', 'write leakproof.json from what the package ships now', initArgs)
    .command('extract <target>', 'write every source recovered from source maps, as an attacker would get them', extractArgs)
    .command('diff <a> <b>', 'compare two releases: added, removed, grown files and new maps', diffArgs)
    .command('audit [path]', 'inspect every package a lockfile pins (npm, pnpm, yarn, bun), each version once', auditArgs)
    .command('merge <files..>', 'join the --format jsonl outputs of audit --shard into one report', mergeArgs)
    .option('debug', { type: 'boolean', default: false, describe: 'print stack traces' })
    .strict()
    .help()
    .alias('h', 'help')
    .version(TOOL.version)
    .alias('v', 'version')
    .parserConfiguration({ 'populate--': true })
    .exitProcess(false)
    .wrap(width);
}

/** Parse argv without printing or exiting: the caller decides what to do with each outcome. */
export async function parseArgs(args: readonly string[]): Promise<ParsedArgs> {
  // What yargs would print for a lone `--version`, without loading yargs (a third of a run's start-up).
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) return { kind: 'output', text: TOOL.version };
  const { default: yargs } = await import('yargs');
  // yargs renders the command's help on every run, to cache it; wrapping it to a width measures
  // every word (20-40 ms a run). Help that is printed is rendered again at the width people read.
  const parsed = await parseWith(buildParser(yargs, null), asDefaultCommand(args));
  return parsed.kind === 'output' ? parseWith(buildParser(yargs, 100), args) : parsed;
}

/**
 * yargs renders a named command's help on every run, to cache it (15-20 ms), and skips that for
 * the default command, which `check` is: `leakproof check x` parses as `leakproof x`. Not when
 * help is asked for (it is the command's own), nor when the next word would then read as a command.
 */
function asDefaultCommand(args: readonly string[]): readonly string[] {
  if (args[0] !== 'check' || args.includes('--help') || args.includes('-h')) return args;
  // Any later word, even after an option (`check --format json publish`): as a target it must stay one.
  return args.slice(1).some(isCommandName) ? args : args.slice(1);
}

async function parseWith(parser: Argv, args: readonly string[]): Promise<ParsedArgs> {
  let output = '';
  let failure: string | undefined;
  parser.fail((message, error) => {
    failure = message || error?.message || 'invalid arguments';
  });
  const argv = await parser.parseAsync([...args], {}, (_error, _argv, text) => {
    output = text;
  });
  if (failure) return { kind: 'usage-error', message: failure };
  if (output) return { kind: 'output', text: output };
  const first = argv._[0];
  if (typeof first === 'string' && !isCommandName(first)) return { kind: 'usage-error', message: `unknown command ${first}` };
  const command = typeof first === 'string' ? first : 'check';
  // yargs parsed with this command's builder, so argv has the type that builder declares: the one
  // place where the parsed object meets its type.
  return { kind: 'command', command, argv } as unknown as ParsedCommand;
}

/** Every command once: `satisfies` fails the build when CommandArgs gains one this list lacks. */
const COMMAND_NAMES: ReadonlySet<string> = new Set(
  Object.keys({ check: 0, publish: 0, init: 0, extract: 0, diff: 0, audit: 0, merge: 0 } satisfies Record<CommandName, 0>),
);

function isCommandName(name: string): name is CommandName {
  return COMMAND_NAMES.has(name);
}
