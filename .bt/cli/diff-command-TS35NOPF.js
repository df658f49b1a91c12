import {
  writeForPeople
} from "./chunk-JN3J5K2Z.js";
import {
  jsonText,
  targetName
} from "./chunk-5KEMSVGB.js";
import {
  check
} from "./chunk-NZHXSPUL.js";
import {
  compareWithBaseline
} from "./chunk-LUUKWAVK.js";
import "./chunk-KNKCOBDI.js";
import "./chunk-5XJMPQT5.js";
import {
  acquire
} from "./chunk-WVTN2LW6.js";
import {
  inspectOptions
} from "./chunk-IEQ7GI3V.js";
import "./chunk-4AYKEKRH.js";
import {
  printable,
  redactValue
} from "./chunk-R5VEDDXK.js";
import "./chunk-VG33CBMA.js";
import "./chunk-NRAWCYD3.js";
import "./chunk-H3QZ6UYL.js";
import "./chunk-HLT5EGBY.js";
import "./chunk-7TUM52OJ.js";
import {
  formatSize,
  plural
} from "./chunk-BD6EW6TF.js";
import "./chunk-IUMYWW7D.js";
import "./chunk-RYFOSZ5Q.js";

// dist/report/diff.js
function renderDiff(comparison, after) {
  const before = comparison.target;
  const lines = [`${label(before)} -> ${label(after)}`, ""];
  const grown = comparison.changed.filter((file) => file.after > file.before).sort((a2, b2) => b2.after - b2.before - (a2.after - a2.before));
  const shrunk = comparison.changed.filter((file) => file.after < file.before).sort((a2, b2) => a2.after - a2.before - (b2.after - b2.before));
  section(lines, "Added", comparison.added.map((file) => `  + ${printable(file.path)}  ${formatSize(file.size)}`));
  section(lines, "Removed", comparison.removed.map((file) => `  - ${printable(file.path)}  ${formatSize(file.size)}`));
  section(lines, "Grown", grown.map((file) => `  \u2191 ${printable(file.path)}  ${formatSize(file.before)} -> ${formatSize(file.after)} (${change(file.before, file.after)})`));
  section(lines, "Shrunk", shrunk.map((file) => `  \u2193 ${printable(file.path)}  ${formatSize(file.before)} -> ${formatSize(file.after)} (${change(file.before, file.after)})`));
  section(lines, "New source maps", comparison.newSourceMaps.map((path) => `  ! ${printable(path)}`));
  const { before: b, after: a } = comparison.totals;
  lines.push(`Total: ${plural(b.files, "file")}, ${formatSize(b.unpackedSize)} -> ${plural(a.files, "file")}, ${formatSize(a.unpackedSize)} (${change(b.unpackedSize, a.unpackedSize)})`);
  if (comparison.added.length + comparison.removed.length + comparison.changed.length === 0)
    lines.push("No file changed.");
  return `${lines.join("\n")}
`;
}
function label(info) {
  if (!info)
    return "(nothing published)";
  return printable(targetName(info, "?"));
}
function section(lines, title, rows) {
  if (rows.length === 0)
    return;
  lines.push(`${title} (${rows.length})`, ...rows, "");
}
function change(before, after) {
  if (before === 0)
    return after === 0 ? "\xB10%" : "new";
  const percent = (after - before) / before * 100;
  return `${percent >= 0 ? "+" : ""}${percent.toFixed(Math.abs(percent) < 10 ? 1 : 0)}%`;
}

// dist/cli/diff-command.js
async function diffCommand(argv, io) {
  const options = { ...inspectOptions({}, io), manifest: false, secrets: false };
  const inspectRelease = async (input) => check(await acquire(input, options), options);
  const [a, b] = await Promise.all([inspectRelease(String(argv.a)), inspectRelease(String(argv.b))]);
  const snapshot = { info: a.report.target, files: a.report.files, maps: a.report.sourceMaps };
  const comparison = compareWithBaseline(snapshot, b.target.contents, b.report.sourceMaps);
  const safe = redactValue({ schemaVersion: 1, from: a.report.target, to: b.report.target, ...comparison });
  if (argv.format === "json")
    io.stdout.write(`${jsonText(safe, 2)}
`);
  else
    writeForPeople(io, renderDiff(redactValue(comparison), safe.to));
  return a.report.complete && b.report.complete ? 0 : 3;
}
export {
  diffCommand
};
