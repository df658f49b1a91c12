import {
  analyseWithPolicy,
  createGlobTest,
  createMatcher,
  matchesNothing,
  runRules
} from "./chunk-LUUKWAVK.js";
import {
  TOOL
} from "./chunk-KNKCOBDI.js";
import {
  SEVERITIES,
  ranIn
} from "./chunk-5XJMPQT5.js";
import {
  budgetFor,
  parseManifest,
  parseSize
} from "./chunk-VG33CBMA.js";
import {
  comparePaths
} from "./chunk-NRAWCYD3.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";
import {
  SCHEMA_REF,
  isCommentKey
} from "./chunk-7TUM52OJ.js";

// dist/build-report.js
function buildReport(target, findings, analysis, manifestPath, failOn) {
  const files = target.contents.files.map((file) => ({ path: file.path, size: file.size }));
  const summary = summarize(findings, files, analysis.unique);
  const gaps = [...target.contents.gaps, ...analysis.gaps ?? []];
  const complete = gaps.length === 0;
  return {
    schemaVersion: 1,
    tool: TOOL,
    target: target.info,
    files,
    findings,
    sourceMaps: analysis.maps,
    summary,
    manifest: { path: manifestPath },
    complete,
    gaps,
    ok: complete && !findings.some((finding) => !finding.suppressed && failsAt(finding.severity, failOn)),
    failOn
  };
}
function sortFindings(findings) {
  return findings.sort((a, b) => comparePaths(a.path, b.path) || comparePaths(a.source ?? "", b.source ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || comparePaths(a.rule, b.rule) || comparePaths(a.kind ?? "", b.kind ?? ""));
}
function summarize(findings, files, unique = { recoverable: 0, readable: 0 }) {
  const active = findings.filter((finding) => !finding.suppressed);
  const count = (severity) => active.filter((finding) => finding.severity === severity).length;
  return {
    files: files.length,
    unpackedSize: files.reduce((sum, file) => sum + file.size, 0),
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    suppressed: findings.length - active.length,
    uniqueRecoverable: unique.recoverable,
    uniqueReadable: unique.readable
  };
}
function failsAt(severity, failOn) {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}

// dist/policy/apply-policy.js
function compileIgnores(policy) {
  return policy.ignore.map((entry) => ({ entry, matchesPath: createGlobTest(entry.path) }));
}
function covers(ignore, finding) {
  const { entry } = ignore;
  return entry.rule === finding.rule && ignore.matchesPath(finding.path) && (entry.hash === void 0 || entry.hash === finding.hash);
}
function applyPolicy(findings, policy) {
  const ignores = compileIgnores(policy);
  const result = [];
  for (const finding of findings) {
    const override = policy.severity[finding.rule];
    if (override === "off")
      continue;
    const next = override === void 0 ? { ...finding } : { ...finding, severity: override };
    const ignore = ignores.find((candidate) => covers(candidate, next));
    if (ignore)
      next.suppressed = { reason: ignore.entry.reason };
    result.push(next);
  }
  return result;
}
function unusedIgnores(findings, policy) {
  return compileIgnores(policy).filter((ignore) => !findings.some((finding) => covers(ignore, finding))).map((ignore) => ignore.entry);
}

// dist/policy/init-manifest.js
var INIT_COMMENT = 'Files allowed to ship (exact paths or globs; "!" excludes; the last matching entry wins). Run `leakproof check --update` to accept what ships now. Docs: docs/manifest.md in the leakproof package.';
function sortedPaths(files) {
  return files.map((file) => file.path).sort(comparePaths);
}
function totalSize(files) {
  return files.reduce((sum, file) => sum + file.size, 0);
}
function createManifest(files, options = {}) {
  const manifest = { $schema: options.schema ?? SCHEMA_REF, "//": INIT_COMMENT, files: sortedPaths(files) };
  if (options.budgets)
    manifest.budgets = { total: budgetFor(totalSize(files)) };
  return manifest;
}
function updateFiles(entries, files) {
  const shipped = new Set(files.map((file) => file.path));
  const removed = [];
  const kept = entries.filter((entry) => {
    if (!matchesNothing(entry, shipped))
      return true;
    removed.push(entry);
    return false;
  });
  const isAllowed = createMatcher(kept);
  const added = sortedPaths(files).filter((path) => !isAllowed(path));
  return { files: [...kept, ...added], added, removed };
}
function updateBudgets(budgets, files, changes) {
  const raise = (budget, value, size) => {
    const limit = parseSize(value);
    if (limit === void 0 || size <= limit)
      return value;
    const after = budgetFor(size);
    changes.push({ budget, before: value, after });
    return after;
  };
  const next = { ...budgets };
  if (budgets.total !== void 0)
    next.total = raise("total", budgets.total, totalSize(files));
  if (budgets.globs !== void 0) {
    const globs = {};
    for (const [glob, value] of Object.entries(budgets.globs)) {
      if (isCommentKey(glob)) {
        globs[glob] = value;
        continue;
      }
      const test = createGlobTest(glob);
      globs[glob] = raise(glob, value, totalSize(files.filter((file) => test(file.path))));
    }
    next.globs = globs;
  }
  return next;
}
function updateManifest(raw, files) {
  const updated = updateFiles(raw.files ?? [], files);
  const budgetChanges = [];
  const manifest = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === "files")
      manifest[key] = updated.files;
    else if (key === "budgets")
      manifest[key] = updateBudgets(value, files, budgetChanges);
    else
      manifest[key] = value;
  }
  if (raw.files === void 0)
    manifest.files = updated.files;
  const changes = { added: updated.added, removed: updated.removed, budgets: budgetChanges };
  return { manifest, changes };
}
function serializeManifest(raw) {
  return `${JSON.stringify(raw, null, 2)}
`;
}

// dist/check.js
async function check(acquired, options = {}) {
  const inspection = await checkOnce(acquired, options);
  return options.update ? checkUpdated(inspection, options) : inspection;
}
async function judge(contents, policy, baseline, dependencies) {
  const { findings, analysis, comparison } = await runRules(contents, policy, baseline, dependencies);
  return { findings: sortFindings(applyPolicy(findings, policy)), analysis, comparison };
}
function recover(acquired) {
  const { target, manifest } = acquired;
  const analysis = analyseWithPolicy(target.contents, manifest.policy, target.dependencies);
  return { analysis, gaps: [...target.contents.gaps, ...analysis.gaps ?? []] };
}
function refusePartialRead(report, action) {
  if (report.complete)
    return;
  throw new LeakproofError("target", `cannot ${action} from a partial read (${report.gaps[0].message}); nothing was written`);
}
async function checkOnce(acquired, options) {
  const { target, manifest, baseline } = acquired;
  const policy = options.secrets === false ? { ...manifest.policy, secrets: { enabled: false } } : manifest.policy;
  const { findings, analysis, comparison } = await judge(target.contents, policy, baseline, target.dependencies);
  const report = buildReport(target, findings, analysis, manifest.path, options.failOn ?? "error");
  if (comparison)
    report.baseline = comparison;
  return { ...acquired, report, analysis, staleIgnores: staleIgnores(report, policy) };
}
async function checkUpdated(inspection, options) {
  const { manifest, report } = inspection;
  if (!manifest.path || !manifest.raw) {
    throw new LeakproofError("usage", "no leakproof.json to update; run `leakproof init` to create one");
  }
  refusePartialRead(report, "update leakproof.json");
  const { manifest: next, changes } = updateManifest(manifest.raw, report.files);
  const text = serializeManifest(next);
  const loaded = { path: manifest.path, ...parseManifest(text, manifest.path) };
  const { target, baseline, unappliedManifest } = inspection;
  const updated = await checkOnce({ target, manifest: loaded, baseline, unappliedManifest }, options);
  return { ...updated, manifestUpdate: { path: manifest.path, text, changes } };
}
function staleIgnores(report, policy) {
  if (!report.complete)
    return [];
  const scope = { secrets: policy.secrets.enabled, baseline: Boolean(report.baseline?.target) };
  return unusedIgnores(report.findings, policy).filter((entry) => policy.severity[entry.rule] !== "off" && ranIn(entry.rule, scope));
}

export {
  createManifest,
  serializeManifest,
  check,
  judge,
  recover,
  refusePartialRead
};
