import {
  buildAuditSet
} from "./chunk-KQMGWGES.js";
import {
  emitReport
} from "./chunk-TPIM26WT.js";
import "./chunk-JN3J5K2Z.js";
import "./chunk-67OHRILC.js";
import "./chunk-MOMBEK7E.js";
import "./chunk-5KEMSVGB.js";
import "./chunk-KNKCOBDI.js";
import "./chunk-5XJMPQT5.js";
import {
  exitCode
} from "./chunk-5NGQZDJX.js";
import "./chunk-R5VEDDXK.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";
import "./chunk-7TUM52OJ.js";
import "./chunk-BD6EW6TF.js";
import "./chunk-IUMYWW7D.js";
import "./chunk-RYFOSZ5Q.js";

// dist/cli/merge-command.js
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// dist/audit/merge.js
function mergeShards(outputs) {
  if (outputs.length === 0)
    throw new LeakproofError("usage", "give the JSONL files of every shard: leakproof merge shard-*.jsonl");
  const shards = outputs.map(readShard);
  const first = shards[0].header;
  for (const { name, header } of shards.slice(1)) {
    const differs = ["failOn", "changedSince"].find((key) => header[key] !== first[key]);
    if (header.lockfile.sha256 !== first.lockfile.sha256)
      throw mismatch(name, shards[0].name, "lockfile");
    if (differs)
      throw mismatch(name, shards[0].name, `--${differs === "failOn" ? "fail-on" : "changed-since"}`);
    if ((header.shard?.total ?? 1) !== (first.shard?.total ?? 1))
      throw mismatch(name, shards[0].name, "shard count");
  }
  checkShardIndexes(shards);
  const reports = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Map();
  for (const { name, lines } of shards) {
    for (const line of lines) {
      if (line.kind !== "report" && line.kind !== "skipped")
        continue;
      const id = line.kind === "report" ? `${line.target.input} ${line.target.integrity ?? ""}` : `skipped ${line.input}`;
      const other = seen.get(id);
      if (other !== void 0)
        throw new LeakproofError("usage", `${name} and ${other} both list ${id.split(" ")[0]}: they are not shards of one audit`);
      seen.set(id, name);
      if (line.kind === "report") {
        const { kind: _kind, cached: _cached, ...report } = line;
        reports.push(report);
      } else {
        const { kind: _kind, ...skip } = line;
        skipped.push(skip);
      }
    }
  }
  const { sha256: _sha, ...lockfile } = first.lockfile;
  return buildAuditSet(reports, skipped, { lockfile, shard: null, failOn: first.failOn });
}
function readShard({ name, text }) {
  const lines = [];
  for (const [index, row] of text.split("\n").entries()) {
    if (row.trim() === "")
      continue;
    try {
      lines.push(JSON.parse(row));
    } catch {
      throw new LeakproofError("usage", `${name}:${index + 1} is not JSON; give the output of \`leakproof audit --format jsonl\``);
    }
  }
  const header = lines[0];
  if (header?.kind !== "audit")
    throw new LeakproofError("usage", `${name} does not start with an audit line; give the output of \`leakproof audit --format jsonl\``);
  const end = lines[lines.length - 1];
  const counted = {
    packages: lines.filter((line) => line.kind === "report").length,
    skipped: lines.filter((line) => line.kind === "skipped").length
  };
  if (end?.kind !== "end" || end.packages !== counted.packages || end.skipped !== counted.skipped) {
    throw new LeakproofError("target", `${name} is cut short (no complete end line): its shard did not finish; run it again`);
  }
  if (counted.packages + counted.skipped !== header.packages + header.skipped) {
    throw new LeakproofError("target", `${name} lists ${counted.packages + counted.skipped} entries of the ${header.packages + header.skipped} its shard planned; run it again`);
  }
  return { name, header, lines };
}
function checkShardIndexes(shards) {
  const total = shards[0].header.shard?.total ?? 1;
  const byIndex = /* @__PURE__ */ new Map();
  for (const { name, header } of shards) {
    const index = header.shard?.index ?? 1;
    const other = byIndex.get(index);
    if (other !== void 0)
      throw new LeakproofError("usage", `shard ${index}/${total} is given twice (${other} and ${name}); give each shard's output once`);
    byIndex.set(index, name);
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    throw new LeakproofError("target", `shard${missing.length > 1 ? "s" : ""} ${missing.map((index) => `${index}/${total}`).join(", ")} missing: the merge would leave packages unaudited; add the output of every shard`);
  }
}
function mismatch(name, other, what) {
  return new LeakproofError("usage", `${name} and ${other} differ in ${what}: they are not shards of one audit`);
}

// dist/cli/merge-command.js
async function mergeCommand(argv, io) {
  const files = (argv.files ?? []).map(String);
  const outputs = await Promise.all(files.map(async (file) => ({
    name: file,
    text: await readFile(resolve(io.cwd, file), "utf8").catch((error) => {
      throw new LeakproofError("usage", `${file}: cannot read it (${error.code ?? error.message}); check the path`);
    })
  })));
  const set = mergeShards(outputs);
  await emitReport(set, argv, io, []);
  return exitCode(set);
}
export {
  mergeCommand
};
