import {
  selectTargets,
  warnPrepublishOnly
} from "./chunk-HCBHAE66.js";
import {
  acquire
} from "./chunk-WVTN2LW6.js";
import {
  inspectOptions,
  pathPrefix
} from "./chunk-IEQ7GI3V.js";
import "./chunk-4AYKEKRH.js";
import {
  loadNpmConfig
} from "./chunk-5OE3TZND.js";
import {
  exitCode
} from "./chunk-5NGQZDJX.js";
import {
  safeLine
} from "./chunk-R5VEDDXK.js";
import "./chunk-VG33CBMA.js";
import "./chunk-NRAWCYD3.js";
import "./chunk-H3QZ6UYL.js";
import {
  LeakproofError,
  isLeakproofError
} from "./chunk-HLT5EGBY.js";
import "./chunk-7TUM52OJ.js";
import "./chunk-BD6EW6TF.js";
import "./chunk-IUMYWW7D.js";
import "./chunk-RYFOSZ5Q.js";

// dist/cli/check-command.js
import { relative } from "node:path";

// dist/cli/inspection-notes.js
import { writeFile } from "node:fs/promises";
async function writeManifestUpdate({ path, text, changes }, io) {
  await writeFile(path, text);
  const lines = [
    ...[...new Set(changes.added)].map((added) => `  + ${safeLine(added)}`),
    ...[...new Set(changes.removed)].map((removed) => `  - ${safeLine(removed)}`),
    ...changes.budgets.map((change) => `  ~ budgets ${change.budget}: ${change.before} -> ${change.after}`)
  ];
  io.stderr.write(lines.length ? `leakproof: updated ${path}:
${lines.join("\n")}
` : `leakproof: ${path} already accepts what ships
`);
}
function noteInspection({ report, manifest, staleIgnores, unappliedManifest }, io) {
  for (const entry of staleIgnores) {
    io.stderr.write(`leakproof: ${manifest.path}: ignore entry for ${entry.rule} at "${entry.path}" matched nothing; remove it
`);
  }
  if (unappliedManifest !== null) {
    const name = report.target.name ?? "a package without a readable name";
    io.stderr.write(`leakproof: ${unappliedManifest} was not applied: it belongs to this folder's package, not to ${safeLine(name)}; pass --manifest to apply it
`);
  }
}

// dist/cli/progress.js
function createProgress(io) {
  if (!io.stderr.isTTY)
    return { step: () => void 0, done: () => void 0 };
  return {
    step: (text) => io.stderr.write(`\r\x1B[2K${text}`),
    done: () => io.stderr.write("\r\x1B[2K")
  };
}

// dist/cli/retry-notice.js
var NPM_RETRY_DEFAULTS = { retries: 2, factor: 10, minTimeout: 1e4, maxTimeout: 6e4 };
var FAILED_ATTEMPT = /^(\S+) (\S+) attempt (\d+) failed with (\S+)/;
function watchRetries(io) {
  if (!io.stderr.isTTY)
    return () => void 0;
  let settings = NPM_RETRY_DEFAULTS;
  loadNpmConfig({ cwd: io.cwd, env: io.env }).then((config) => {
    settings = { ...NPM_RETRY_DEFAULTS, ...config.retry };
  }, () => void 0);
  const listener = (level, ...args) => {
    if (level !== "http")
      return;
    const match = FAILED_ATTEMPT.exec(args.slice(1).map(String).join(" "));
    if (!match)
      return;
    const attempt = Number(match[3]);
    const host = hostOf(match[2]);
    const total = settings.retries + 1;
    const wait = attempt <= settings.retries ? Math.min(settings.minTimeout * settings.factor ** (attempt - 1), settings.maxTimeout) : 0;
    const left = remainingWait(settings, attempt);
    const next = wait > 0 ? `retrying in ${seconds(wait)} (up to ${seconds(left)} more, per npm's fetch-retries and fetch-retry-* settings)` : "giving up";
    io.stderr.write(`\r\x1B[2Kleakproof: cannot reach ${host} (${match[4]}): attempt ${attempt} of ${total} failed; ${next}
`);
  };
  process.on("log", listener);
  return () => {
    process.off("log", listener);
  };
}
function remainingWait(settings, attempt) {
  let total = 0;
  for (let k = attempt; k <= settings.retries; k++)
    total += Math.min(settings.minTimeout * settings.factor ** (k - 1), settings.maxTimeout);
  return total;
}
function seconds(ms) {
  return ms >= 1e4 ? `${Math.round(ms / 1e3)} s` : `${Number((ms / 1e3).toFixed(1))} s`;
}
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return "the registry";
  }
}

// dist/cli/check-command.js
async function checkCommand(argv, io) {
  const stopWatching = watchRetries(io);
  try {
    return await checkTargets(argv, io);
  } finally {
    stopWatching();
  }
}
async function checkTargets(argv, io) {
  await warnPrepublishOnly(argv, io);
  const selection = await selectTargets(argv, io);
  if (!selection)
    return checkOne(argv.targets?.[0] ?? ".", argv, io);
  const rendering = loadRenderers();
  const inspections = [];
  const skipped = [...selection.skipped];
  const progress = createProgress(io);
  for (const [index, target] of selection.targets.entries()) {
    progress.step(`leakproof: reading ${target} (${index + 1}/${selection.targets.length}) \u2026`);
    try {
      inspections.push(await inspectTarget(target, argv, io));
    } catch (error) {
      if (!isLeakproofError(error) || error.code !== "target")
        throw error;
      skipped.push({ input: target, reason: error.message, gap: true });
    } finally {
      progress.done();
    }
  }
  const { buildReportSet, emitReport } = await rendering;
  const set = buildReportSet(inspections.map((each) => each.report), skipped, argv.failOn);
  if (argv.htmlSources)
    throw new LeakproofError("usage", "--html-sources applies to one package at a time; check the packages one by one");
  await emitReport(set, argv, io, inspections.map((each) => pathPrefix(each.target.directory, io)));
  return exitCode(set);
}
async function checkOne(target, argv, io) {
  const rendering = loadRenderers();
  const progress = createProgress(io);
  progress.step(`leakproof: reading ${target} \u2026`);
  let inspection;
  try {
    inspection = await inspectTarget(target, argv, io);
  } finally {
    progress.done();
  }
  const html = htmlOptions(inspection, argv);
  const { emitReport } = await rendering;
  await emitReport(inspection.report, argv, io, [pathPrefix(inspection.target.directory, io)], {
    ...html ? { html } : {},
    ...suggestInit(inspection, io)
  });
  return exitCode(inspection.report);
}
async function inspectTarget(target, argv, io) {
  const options = { ...inspectOptions(argv, io), ...argv.pack ? { pack: true } : {}, update: argv.update };
  const checking = loadCheck();
  const acquired = await acquire(target, options);
  const inspection = await (await checking).check(acquired, options);
  if (inspection.manifestUpdate)
    await writeManifestUpdate(inspection.manifestUpdate, io);
  noteInspection(inspection, io);
  return inspection;
}
function suggestInit({ target }, io) {
  if (target.directory === null)
    return {};
  const folder = relative(io.cwd, target.directory).split("\\").join("/");
  return {
    suggestInit: folder === "" ? "leakproof init" : `leakproof init ${/^[\w./-]+$/.test(folder) ? folder : JSON.stringify(folder)}`
  };
}
function htmlOptions({ analysis }, argv) {
  if (!argv.htmlSources)
    return void 0;
  if (argv.format !== "html")
    throw new LeakproofError("usage", "--html-sources only applies to --format html");
  const byMap = /* @__PURE__ */ new Map();
  for (const source of analysis.sources) {
    const list = byMap.get(source.map);
    if (list)
      list.push(source);
    else
      byMap.set(source.map, [source]);
  }
  const text = (map, index) => {
    const source = byMap.get(map.path)?.[index];
    return source !== void 0 && source.source === map.recovered?.[index]?.source ? source.content : void 0;
  };
  return { sourceText: () => text };
}
function loadRenderers() {
  const loading = Promise.all([import("./emit-report-VFQWANMF.js"), import("./report-set-DDJZIFQ5.js")]).then(([emit, set]) => ({ ...emit, ...set }));
  loading.catch(() => void 0);
  return loading;
}
function loadCheck() {
  const loading = import("./check-BGURWVYB.js");
  loading.catch(() => void 0);
  return loading;
}
export {
  checkCommand
};
