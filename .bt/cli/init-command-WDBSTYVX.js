import {
  check,
  createManifest,
  refusePartialRead,
  serializeManifest
} from "./chunk-NZHXSPUL.js";
import "./chunk-LUUKWAVK.js";
import {
  TOOL
} from "./chunk-KNKCOBDI.js";
import "./chunk-5XJMPQT5.js";
import {
  selectTargets
} from "./chunk-HCBHAE66.js";
import {
  acquire
} from "./chunk-WVTN2LW6.js";
import {
  inspectOptions
} from "./chunk-IEQ7GI3V.js";
import "./chunk-4AYKEKRH.js";
import {
  printable
} from "./chunk-R5VEDDXK.js";
import "./chunk-VG33CBMA.js";
import "./chunk-NRAWCYD3.js";
import "./chunk-H3QZ6UYL.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";
import {
  MANIFEST_FILE
} from "./chunk-7TUM52OJ.js";
import {
  formatSize,
  plural
} from "./chunk-BD6EW6TF.js";
import "./chunk-IUMYWW7D.js";
import "./chunk-RYFOSZ5Q.js";

// dist/cli/init-command.js
import { access, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
async function initCommand(argv, io) {
  const selection = await selectTargets({ ...argv, targets: [argv.target] }, io);
  for (const target of selection?.targets ?? [argv.target])
    await initOne(target, argv, io, selection !== void 0);
  return 0;
}
async function initOne(target, argv, io, several) {
  const options = { ...inspectOptions(argv, io), manifest: false, pack: argv.pack };
  const inspectNow = async () => check(await acquire(target, options), options);
  const { report, target: resolved } = await inspectNow();
  refusePartialRead(report, "write leakproof.json");
  const path = join(resolved.directory ?? io.cwd, MANIFEST_FILE);
  const exists = await access(path).then(() => true, () => false);
  if (exists && !argv.force && several) {
    io.stderr.write(`leakproof: ${path} exists; kept it (\`leakproof check --update\` refreshes it, init --force starts over)
`);
    return;
  }
  if (exists && !argv.force) {
    throw new LeakproofError("usage", `${path} exists; use \`leakproof check --update\` to refresh it, or init --force to start over`);
  }
  const manifestOptions = { budgets: argv.budgets, schema: await schemaReference(dirname(path)) };
  await writeFile(path, serializeManifest(createManifest(report.files, manifestOptions)));
  const repacked = resolved.directory ? (await inspectNow()).report : report;
  if (repacked.files.length !== report.files.length)
    await writeFile(path, serializeManifest(createManifest(repacked.files, manifestOptions)));
  io.stdout.write(`leakproof: wrote ${path} allowing ${plural(repacked.files.length, "file")} (${formatSize(repacked.summary.unpackedSize)}).
Review it: replace paths with globs where you want, and commit it. \`leakproof check\` now fails on anything new.
`);
  if (report.summary.errors > 0) {
    io.stdout.write(`Note: ${printable(report.target.name ?? "this package")} has ${plural(report.summary.errors, "error")} today; run \`leakproof check\` to see them before you publish.
`);
  }
}
var INSTALLED_SCHEMA = join("node_modules", "leakproof", "schema", "leakproof.schema.json");
async function schemaReference(folder) {
  for (let at = folder; ; at = dirname(at)) {
    const candidate = join(at, INSTALLED_SCHEMA);
    if (await access(candidate).then(() => true, () => false)) {
      const path = relative(folder, candidate).split("\\").join("/");
      return path.startsWith(".") ? path : `./${path}`;
    }
    if (dirname(at) === at)
      return `https://unpkg.com/${TOOL.name}@${TOOL.version}/schema/leakproof.schema.json`;
  }
}
export {
  initCommand
};
