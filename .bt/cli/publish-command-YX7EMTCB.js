import {
  emitReport
} from "./chunk-TPIM26WT.js";
import "./chunk-JN3J5K2Z.js";
import "./chunk-67OHRILC.js";
import "./chunk-MOMBEK7E.js";
import {
  targetName
} from "./chunk-5KEMSVGB.js";
import {
  check
} from "./chunk-NZHXSPUL.js";
import "./chunk-LUUKWAVK.js";
import "./chunk-KNKCOBDI.js";
import "./chunk-5XJMPQT5.js";
import {
  acquire,
  runManager
} from "./chunk-WVTN2LW6.js";
import {
  inspectOptions,
  pathPrefix
} from "./chunk-IEQ7GI3V.js";
import {
  detectPackManager
} from "./chunk-4AYKEKRH.js";
import {
  exitCode
} from "./chunk-5NGQZDJX.js";
import {
  printable
} from "./chunk-R5VEDDXK.js";
import "./chunk-VG33CBMA.js";
import "./chunk-NRAWCYD3.js";
import {
  parseJsonText
} from "./chunk-H3QZ6UYL.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";
import "./chunk-7TUM52OJ.js";
import "./chunk-BD6EW6TF.js";
import "./chunk-IUMYWW7D.js";
import "./chunk-RYFOSZ5Q.js";

// dist/cli/publish-command.js
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
var ONLY_LEAKPROOF = /^\s*(?:npx\s+(?:--yes\s+|-y\s+)?)?leakproof(?:@\S+)?(?:\s+[^&|;]*)?$/;
var PASSED_FLAGS = ["tag", "access", "otp"];
async function publishCommand(argv, io) {
  const folder = argv.folder;
  const dir = resolve(io.cwd, folder);
  if (publishArgs(argv).includes("--ignore-scripts")) {
    throw new LeakproofError("usage", "leakproof publish runs the build scripts on purpose (the tarball it checks is the one it publishes); to publish without them, pack with --ignore-scripts and check the .tgz (docs/recipes.md, recipe 2)");
  }
  const options = inspectOptions(argv, io);
  const manager = options.packManager ?? (await detectPackManager(dir)).manager;
  const log = (text) => io.stderr.write(text);
  await runScripts(["prepublishOnly"], dir, manager, io);
  const destination = await mkdtemp(join(tmpdir(), "leakproof-publish-"));
  try {
    const packed = { ...options, packManager: manager, pack: true, packDestination: destination, onOutput: log };
    const { report, target } = await check(await acquire(folder, packed), packed);
    await emitReport(report, argv, io, [pathPrefix(target.directory, io)]);
    const code = exitCode(report);
    if (code !== 0) {
      io.stderr.write(`leakproof: not published: ${printable(targetName(report.target))} ${code === 3 ? "was not fully inspected" : `fails at --fail-on ${report.failOn}`}
`);
      return code;
    }
    const file = target.tarball;
    const checked = report.target.integrity;
    if (await integrityOf(file) !== checked)
      throw new LeakproofError("target", `${file} changed after it was checked; nothing was published`);
    const args = ["publish", file, ...publishArgs(argv), "--json"];
    io.stderr.write(`leakproof: npm ${args.slice(0, 1).concat("<checked tarball>", args.slice(2)).join(" ")}
`);
    const output = await runManager("npm", args, dir, io.env, (text) => io.stderr.write(text));
    const uploaded = integrityFromNpm(output);
    if (uploaded !== null && uploaded !== checked) {
      throw new LeakproofError("target", `npm reports integrity ${uploaded} for what it published, but leakproof checked ${checked}; investigate before trusting this release`);
    }
    const verb = args.includes("--dry-run") ? "npm publish --dry-run accepted" : "published";
    io.stderr.write(`leakproof: ${verb} ${printable(targetName(report.target))}: the tarball that was checked, integrity ${checked}${uploaded ? " (npm reports the same)" : ""}
`);
    await runScripts(["publish", "postpublish"], dir, manager, io);
    return 0;
  } finally {
    await rm(destination, { recursive: true, force: true });
  }
}
function publishArgs(argv) {
  const args = [];
  for (const flag of PASSED_FLAGS) {
    const value = argv[flag];
    if (value !== void 0)
      args.push(`--${flag}`, value);
  }
  if (argv.provenance === true)
    args.push("--provenance");
  if (argv.dryRun)
    args.push("--dry-run");
  return [...args, ...(argv["--"] ?? []).map(String)];
}
async function runScripts(events, dir, manager, io) {
  const pkg = parseJsonText(await readFile(join(dir, "package.json"), "utf8").catch(() => "{}"));
  for (const event of events) {
    const script = pkg.scripts?.[event];
    if (typeof script !== "string")
      continue;
    if (ONLY_LEAKPROOF.test(script)) {
      io.stderr.write(`leakproof: skipped ${event} (${printable(script)}): this run checks the packed tarball instead
`);
      continue;
    }
    await runManager(manager, ["run", event], dir, { ...io.env, LEAKPROOF_PUBLISHING: "1" }, (text) => io.stderr.write(text));
  }
}
async function integrityOf(file) {
  const hash = createHash("sha512");
  for await (const chunk of createReadStream(file))
    hash.update(chunk);
  return `sha512-${hash.digest("base64")}`;
}
function integrityFromNpm(stdout) {
  try {
    const parsed = parseJsonText(stdout.trim());
    const record = typeof parsed.integrity === "string" ? parsed : Object.values(parsed)[0];
    return typeof record?.integrity === "string" ? record.integrity : null;
  } catch {
    return null;
  }
}
export {
  publishCommand
};
