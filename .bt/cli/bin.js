#!/usr/bin/env node
import {
  AUDIT_FORMATS,
  REPORT_FORMATS
} from "./chunk-67OHRILC.js";
import {
  TOOL
} from "./chunk-KNKCOBDI.js";
import {
  PACK_MANAGERS
} from "./chunk-4AYKEKRH.js";
import "./chunk-H3QZ6UYL.js";
import {
  isLeakproofError
} from "./chunk-HLT5EGBY.js";

// dist/cli/parse-args.js
var sharedTarget = { describe: "package folder, .tgz file or registry spec (name@version)", type: "string", default: "." };
var TARGETS_HELP = "package folders, .tgz files, registry specs (name@version), tarball URLs or git specs; default .";
var SIZE_HELP = "(bytes, or a size like 500MB, 1GiB)";
var limitOptions = {
  "max-entries": { type: "number", describe: "tarball entry limit (default 100000)" },
  "max-size": { type: "string", describe: `unpacked size limit ${SIZE_HELP} (default 1 GiB)` },
  "max-file-size": { type: "string", describe: `per-file size limit ${SIZE_HELP} (default 512 MiB)` }
};
var BASELINE_HELP = 'compare with a previous release: "latest" (the dist-tag, or the release before it), "previous" (the highest version below), a spec, .tgz or folder';
var SEVERITY_CHOICES = ["error", "warning", "info"];
var checkArgs = (y) => y.positional("targets", { describe: TARGETS_HELP, type: "string", array: true }).option("format", { choices: REPORT_FORMATS, default: "human", describe: "report format on stdout" }).option("output", { type: "string", describe: "also write the report in --format to this file (stdout gets the human summary)" }).option("html-sources", {
  type: "boolean",
  default: false,
  describe: "with --format html: embed the text of recovered first-party sources (credentials masked)"
}).option("summary", { type: "string", describe: 'append a Markdown summary to this file (e.g. "$GITHUB_STEP_SUMMARY")' }).option("fail-on", { choices: SEVERITY_CHOICES, default: "error", describe: "lowest severity that fails" }).option("manifest", { type: "string", describe: "path of leakproof.json (default: in the target folder)" }).option("update", {
  type: "boolean",
  default: false,
  describe: "rewrite leakproof.json to accept what ships now, and print what changed"
}).option("secrets", { type: "boolean", default: true, describe: "scan for credentials (--no-secrets to skip)" }).option("baseline", { type: "string", describe: BASELINE_HELP }).option("pack", {
  type: "boolean",
  default: false,
  describe: "pack the folder with its package manager, build scripts included (prepack, prepare), and check that tarball"
}).option("pack-manager", {
  choices: PACK_MANAGERS,
  describe: 'package manager that packs folders (default: from "packageManager" or the lockfile)'
}).option("workspaces", {
  type: "boolean",
  default: false,
  describe: "check every publishable workspace package of the monorepo in the target folder"
}).option("workspace", { alias: "w", type: "string", array: true, describe: "check this workspace (name or folder); repeat for more" }).options(limitOptions);
var publishArgs = (y) => y.positional("folder", { ...sharedTarget, describe: "package folder to pack and publish" }).option("dry-run", { type: "boolean", default: false, describe: "check, then run npm publish --dry-run on the tarball" }).option("tag", { type: "string", describe: "npm dist-tag (passed to npm publish)" }).option("access", { choices: ["public", "restricted"], describe: "passed to npm publish" }).option("otp", { type: "string", describe: "one-time password (passed to npm publish)" }).option("provenance", { type: "boolean", describe: "passed to npm publish" }).option("fail-on", { choices: SEVERITY_CHOICES, default: "error", describe: "lowest severity that blocks the publish" }).option("manifest", { type: "string", describe: "path of leakproof.json (default: in the folder)" }).option("baseline", { type: "string", describe: BASELINE_HELP }).option("pack-manager", {
  choices: PACK_MANAGERS,
  describe: 'package manager that packs (default: from "packageManager" or the lockfile)'
}).option("format", { choices: REPORT_FORMATS, default: "human", describe: "report format on stdout" }).option("secrets", { type: "boolean", default: true, describe: "scan for credentials (--no-secrets to skip)" }).options(limitOptions);
var initArgs = (y) => y.positional("target", sharedTarget).option("force", { type: "boolean", default: false, describe: "overwrite an existing leakproof.json" }).option("budgets", { type: "boolean", default: true, describe: "add a total size budget with 10% headroom" }).option("pack", {
  type: "boolean",
  default: false,
  describe: "snapshot what the package manager packs after its build scripts (as publish checks it)"
}).option("workspaces", {
  type: "boolean",
  default: false,
  describe: "write one for every publishable workspace package of the monorepo in target"
}).option("workspace", {
  alias: "w",
  type: "string",
  array: true,
  describe: "write one for this workspace (name or folder); repeat for more"
}).option("pack-manager", {
  choices: PACK_MANAGERS,
  describe: 'package manager that packs (default: from "packageManager" or the lockfile)'
}).options(limitOptions);
var extractArgs = (y) => y.positional("target", { ...sharedTarget, default: void 0 }).option("out", {
  type: "string",
  demandOption: "give --out <dir>: the folder to write recovered sources into",
  describe: "output folder (must be new or empty)"
}).option("first-party-only", { type: "boolean", default: false, describe: "only first-party sources" });
var diffArgs = (y) => y.positional("a", { type: "string", describe: "the earlier release" }).positional("b", { type: "string", describe: "the later release" }).option("format", { choices: ["human", "json"], default: "human" });
var auditArgs = (y) => y.positional("path", { type: "string", default: ".", describe: "a folder with a lockfile, or the lockfile" }).option("format", {
  choices: AUDIT_FORMATS,
  default: "human",
  describe: "report format on stdout (jsonl streams a line per package)"
}).option("output", { type: "string", describe: "write the report in --format to this file (stdout gets the human summary)" }).option("summary", { type: "string", describe: 'append a Markdown summary to this file (e.g. "$GITHUB_STEP_SUMMARY")' }).option("fail-on", { choices: SEVERITY_CHOICES, default: "error", describe: "lowest severity that fails" }).option("manifest", { type: "string", describe: "a leakproof.json applied to every package (default: none)" }).option("secrets", { type: "boolean", default: true, describe: "scan for credentials (--no-secrets to skip)" }).option("concurrency", { type: "number", describe: "worker threads (default: the number of cores)" }).option("cache", { type: "boolean", default: true, describe: "reuse reports of unchanged tarballs (--no-cache to inspect everything)" }).option("cache-dir", { type: "string", describe: "result cache folder (default: _leakproof in npm's cache folder)" }).option("changed-since", { type: "string", describe: "only what is new since this lockfile or git revision" }).option("shard", { type: "string", describe: 'audit slice k/n of the lockfile, or "auto" from CI (see docs/recipes.md)' }).option("max-entries", { type: "number", describe: "tarball entry limit (default 100000)" }).option("max-size", { type: "number", describe: "unpacked byte limit (default 1 GiB)" }).option("max-file-size", { type: "number", describe: "per-file byte limit (default 512 MiB)" });
var mergeArgs = (y) => y.positional("files", { type: "string", array: true, describe: "every shard's JSONL output" }).option("format", { choices: REPORT_FORMATS, default: "human", describe: "report format on stdout" }).option("output", { type: "string", describe: "write the report in --format to this file (stdout gets the human summary)" }).option("summary", { type: "string", describe: 'append a Markdown summary to this file (e.g. "$GITHUB_STEP_SUMMARY")' });
function buildParser(yargs, width) {
  return yargs().scriptName("leakproof").usage("$0 [command] [targets..]\n\nStop npm packages from shipping what they should not.").command(["check [targets..]", "$0 [targets..]"], "inspect what packages ship; fail on leaks and on anything the allowlist does not allow", checkArgs).command("publish [folder]", "pack once with the package manager, check that tarball, and npm publish exactly that file if it passes (npm publish arguments after --)", publishArgs).command("init [target]", "write leakproof.json from what the package ships now", initArgs).command("extract <target>", "write every source recovered from source maps, as an attacker would get them", extractArgs).command("diff <a> <b>", "compare two releases: added, removed, grown files and new maps", diffArgs).command("audit [path]", "inspect every package a lockfile pins (npm, pnpm, yarn, bun), each version once", auditArgs).command("merge <files..>", "join the --format jsonl outputs of audit --shard into one report", mergeArgs).option("debug", { type: "boolean", default: false, describe: "print stack traces" }).strict().help().alias("h", "help").version(TOOL.version).alias("v", "version").parserConfiguration({ "populate--": true }).exitProcess(false).wrap(width);
}
async function parseArgs(args) {
  if (args.length === 1 && (args[0] === "--version" || args[0] === "-v"))
    return { kind: "output", text: TOOL.version };
  const { default: yargs } = await import("yargs");
  const parsed = await parseWith(buildParser(yargs, null), args);
  return parsed.kind === "output" ? parseWith(buildParser(yargs, 100), args) : parsed;
}
async function parseWith(parser, args) {
  let output = "";
  let failure;
  parser.fail((message, error) => {
    failure = message || error?.message || "invalid arguments";
  });
  const argv = await parser.parseAsync([...args], {}, (_error, _argv, text) => {
    output = text;
  });
  if (failure)
    return { kind: "usage-error", message: failure };
  if (output)
    return { kind: "output", text: output };
  const first = argv._[0];
  if (typeof first === "string" && !isCommandName(first))
    return { kind: "usage-error", message: `unknown command ${first}` };
  const command = typeof first === "string" ? first : "check";
  return { kind: "command", command, argv };
}
var COMMAND_NAMES = /* @__PURE__ */ new Set(["check", "publish", "init", "extract", "diff", "audit", "merge"]);
function isCommandName(name) {
  return COMMAND_NAMES.has(name);
}

// dist/cli/suggest-command.js
import { access } from "node:fs/promises";
import { resolve } from "node:path";
async function suggestCommand(args, commands, cwd) {
  const word = args[0];
  if (word === void 0 || !/^[a-z][a-z-]*$/i.test(word) || commands.includes(word))
    return void 0;
  const closest = commands.map((command) => ({ command, distance: editDistance(word.toLowerCase(), command) })).sort((a, b) => a.distance - b.distance)[0];
  if (!closest || closest.distance === 0 || closest.distance > (word.length <= 5 ? 1 : 2))
    return void 0;
  if (await access(resolve(cwd, word)).then(() => true, () => false))
    return void 0;
  return `${word} is not a command; did you mean \`leakproof ${[closest.command, ...args.slice(1)].join(" ")}\`? To check the registry package named ${word}, run \`leakproof check ${word}\``;
}
function editDistance(a, b) {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

// dist/cli/run.js
var COMMANDS = {
  check: async () => (await import("./check-command-7JIWQRGP.js")).checkCommand,
  init: async () => (await import("./init-command-WDBSTYVX.js")).initCommand,
  extract: async () => (await import("./extract-command-CFHFZP5B.js")).extractCommand,
  diff: async () => (await import("./diff-command-TS35NOPF.js")).diffCommand,
  audit: async () => (await import("./audit-command-7HUBWT6M.js")).auditCommand,
  merge: async () => (await import("./merge-command-J4OQ73D5.js")).mergeCommand,
  publish: async () => (await import("./publish-command-YX7EMTCB.js")).publishCommand
};
async function run(args, io) {
  const debug = args.includes("--debug");
  try {
    const typo = await suggestCommand(args, Object.keys(COMMANDS), io.cwd);
    if (typo) {
      io.stderr.write(`leakproof: ${typo}
`);
      return 2;
    }
    const parsed = await parseArgs(args);
    if (parsed.kind === "output") {
      io.stdout.write(parsed.text.endsWith("\n") ? parsed.text : `${parsed.text}
`);
      return 0;
    }
    if (parsed.kind === "usage-error") {
      io.stderr.write(`leakproof: ${parsed.message}
Run \`leakproof --help\` for usage.
`);
      return 2;
    }
    return await runCommand(parsed, io);
  } catch (error) {
    return reportError(error, io, debug);
  }
}
async function runCommand(parsed, io) {
  const command = await COMMANDS[parsed.command]();
  return command(parsed.argv, io);
}
async function reportError(error, io, debug) {
  const { safeLine, safeLines } = await import("./redact-report-YEII42WL.js");
  if (isLeakproofError(error)) {
    io.stderr.write(`leakproof: ${safeLine(error.message)}
`);
    if (debug)
      for (let cause = error.cause, depth = 0; cause instanceof Error && depth < 8; cause = cause.cause, depth++)
        io.stderr.write(`${safeLines(cause.stack ?? cause.message)}
`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`leakproof: internal error: ${safeLine(message.split("\n")[0] ?? "")}
`);
  io.stderr.write(debug && error instanceof Error ? `${safeLines(error.stack ?? message)}
` : "Rerun with --debug for the stack trace, and report it.\n");
  return 3;
}

// dist/cli/bin.js
var code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd()
});
process.exitCode = code;
