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
import {
  TOOL
} from "./chunk-KNKCOBDI.js";
import "./chunk-5XJMPQT5.js";
import {
  DEFAULT_LIMITS,
  forEachLimit,
  inspectOptions,
  sameScopeDependencies
} from "./chunk-IEQ7GI3V.js";
import {
  loadNpmConfig
} from "./chunk-5OE3TZND.js";
import {
  exitCode
} from "./chunk-5NGQZDJX.js";
import "./chunk-R5VEDDXK.js";
import {
  parseManifest
} from "./chunk-VG33CBMA.js";
import {
  comparePaths
} from "./chunk-NRAWCYD3.js";
import {
  parseJsonText,
  stripBom
} from "./chunk-H3QZ6UYL.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";
import "./chunk-7TUM52OJ.js";
import "./chunk-BD6EW6TF.js";
import "./chunk-IUMYWW7D.js";
import {
  redactUrlsIn
} from "./chunk-RYFOSZ5Q.js";

// dist/cli/audit-command.js
import { writeFile as writeFile3 } from "node:fs/promises";
import { resolve as resolve4 } from "node:path";

// dist/audit/jsonl.js
function createJsonlWriter(write) {
  let packages = 0;
  let skipped = 0;
  const line = (value) => write(`${JSON.stringify(value)}
`);
  return {
    onEvent(event) {
      if (event.type === "start")
        line({ kind: "audit", schemaVersion: 1, tool: TOOL, ...event.start });
      else if (event.type === "report") {
        packages += 1;
        line({ kind: "report", cached: event.cached, ...event.report });
      } else {
        skipped += 1;
        line({ kind: "skipped", ...event.skip });
      }
    },
    end: () => line({ kind: "end", packages, skipped })
  };
}

// dist/audit/run-audit.js
import { createHash as createHash3 } from "node:crypto";
import { readFile as readFile4 } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname as dirname3, join as join4, relative, resolve as resolve3 } from "node:path";

// dist/audit/changed-since.js
import { execFile } from "node:child_process";
import { stat as stat2 } from "node:fs/promises";
import { basename as basename2, dirname as dirname2, resolve as resolve2 } from "node:path";
import { promisify } from "node:util";

// dist/audit/lockfile/read-lockfile.js
import { mkdtemp, readFile as readFile2, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join as join2, resolve } from "node:path";

// dist/audit/lockfile/bun-lock.js
import { parse, printParseErrorCode } from "jsonc-parser";

// dist/audit/lockfile/locked-source.js
var GIT = /^(git\+|git:|github:|gitlab:|bitbucket:|gist:|ssh:)|^https?:\/\/codeload\.github\.com\/|\.git(#|$)|#commit=/;
var REGISTRY_TARBALL = /\/-\/[^/]+\.tgz(?:[?#].*)?$/;
function classifyLockedSource(reference) {
  if (reference === null || reference === void 0 || reference === "")
    return { kind: "registry", resolved: null };
  const shown = redactUrlsIn(reference);
  if (reference.startsWith("file:"))
    return skip(`local file or folder (${shown}): run \`leakproof check\` on it`);
  if (reference.startsWith("link:") || reference.startsWith("portal:"))
    return skip(`link to a local folder (${shown}): run \`leakproof check\` on it`);
  if (reference.startsWith("workspace:"))
    return skip(`workspace package (${shown}): run \`leakproof check\` on its folder`);
  if (GIT.test(reference))
    return skip(`git dependency (${shown}): not a published tarball; run \`leakproof check\` on a clone`);
  if (/^https?:\/\//.test(reference)) {
    if (REGISTRY_TARBALL.test(reference))
      return { kind: "registry", resolved: reference.replace(/#.*$/, "") };
    return skip(`remote tarball (${shown}): not from a registry; download it and run \`leakproof check\` on the .tgz`);
  }
  return skip(`unsupported source (${shown})`);
}
function linkReason(target) {
  return `link to ${target} (workspace or local folder): run \`leakproof check ${target}\``;
}
function skip(reason) {
  return { kind: "skip", reason };
}

// dist/audit/lockfile/bun-lock.js
function readBunLock(text) {
  const errors = [];
  const data = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0)
    throw new Error(`${printParseErrorCode(errors[0].error)} at offset ${errors[0].offset}`);
  if (!data || typeof data.packages !== "object")
    throw new Error('it has no "packages" object');
  const packages = [];
  const skipped = [];
  for (const [path, value] of Object.entries(data.packages)) {
    const entry = Array.isArray(value) ? value : [];
    const resolution = typeof entry[0] === "string" ? entry[0] : "";
    const at = resolution.indexOf("@", 1);
    const name = resolution.slice(0, at);
    const version = resolution.slice(at + 1);
    if (at === -1 || version === "") {
      skipped.push({ input: path, path, reason: "the lockfile records no resolution" });
    } else if (/^\d/.test(version) && typeof entry[1] === "string") {
      const registry = entry[1];
      const integrity = typeof entry[3] === "string" && entry[3] !== "" ? entry[3] : null;
      const source = classifyLockedSource(/^https?:/.test(registry) && registry.endsWith(".tgz") ? registry : null);
      packages.push({ name, version, integrity, resolved: source.kind === "registry" ? source.resolved : null, path });
    } else {
      const source = classifyLockedSource(version);
      skipped.push({ input: resolution, path, reason: source.kind === "skip" ? source.reason : `unsupported source (${version})` });
    }
  }
  return { version: String(data.lockfileVersion ?? ""), packages, skipped };
}

// dist/audit/lockfile/npm-lock.js
function readNpmLock(data) {
  const lock = data ?? {};
  if (typeof lock !== "object" || lock.packages === void 0 && lock.dependencies === void 0) {
    throw new Error('neither "packages" nor "dependencies" is present');
  }
  const collector = new Collector();
  if (lock.packages && (lock.lockfileVersion ?? 1) >= 2)
    readPackages(lock.packages, collector);
  else
    readLegacy(lock.dependencies ?? {}, "", collector);
  return { version: String(lock.lockfileVersion ?? 1), packages: collector.packages, skipped: collector.skipped };
}
var Collector = class {
  packages = [];
  skipped = [];
  add(name, version, entry, path) {
    if (!version) {
      this.skipped.push({ input: name, path, reason: "the lockfile records no version; run `npm install` to repair it" });
      return;
    }
    const source = classifyLockedSource(entry.resolved);
    if (source.kind === "skip") {
      this.skipped.push({ input: `${name}@${entry.resolved ?? version}`, path, reason: source.reason });
      return;
    }
    this.packages.push({ name, version, integrity: entry.integrity ?? null, resolved: source.resolved, path });
  }
};
function readPackages(packages, collector) {
  for (const [path, entry] of Object.entries(packages)) {
    const at = path.lastIndexOf("node_modules/");
    if (at === -1)
      continue;
    const folderName = path.slice(at + "node_modules/".length);
    const name = entry.name ?? folderName;
    if (entry.link) {
      collector.skipped.push({ input: name, path, reason: linkReason(entry.resolved ?? path) });
    } else if (entry.inBundle) {
      collector.skipped.push({
        input: `${name}@${entry.version ?? ""}`,
        path,
        reason: `bundled in its parent's tarball, and inspected with it`
      });
    } else {
      collector.add(name, entry.version, entry, path);
    }
  }
}
function readLegacy(dependencies, parent, collector) {
  for (const [key, entry] of Object.entries(dependencies)) {
    const path = `${parent}node_modules/${key}`;
    const alias = /^npm:((?:@[^/]+\/)?[^@]+)@(.+)$/.exec(entry.version ?? "");
    const name = alias ? alias[1] : key;
    const version = alias ? alias[2] : entry.version;
    if (entry.bundled) {
      collector.skipped.push({ input: `${name}@${version ?? ""}`, path, reason: `bundled in its parent's tarball, and inspected with it` });
    } else if (version && !entry.resolved && /^(file:|link:|git|github:|https?:)/.test(version)) {
      collector.add(name, version, { resolved: version }, path);
    } else {
      collector.add(name, version, entry, path);
    }
    if (entry.dependencies)
      readLegacy(entry.dependencies, `${path}/`, collector);
  }
}

// dist/audit/lockfile/pnpm-lock.js
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import semver from "semver";
async function readPnpmLock(dir) {
  const { load } = await import("js-yaml");
  const text = stripBom(await readFile(join(dir, "pnpm-lock.yaml"), "utf8"));
  const lockfile = load(mainDocument(text));
  if (!lockfile || typeof lockfile !== "object")
    throw new Error("pnpm-lock.yaml is empty");
  const major = Number.parseInt(String(lockfile.lockfileVersion), 10);
  if (!(major >= 9)) {
    throw new Error(`lockfileVersion ${String(lockfile.lockfileVersion)} is older than 9.0; run \`pnpm install\` with pnpm 9 or later to update it`);
  }
  const packages = [];
  const skipped = [];
  for (const [depPath, snapshot] of Object.entries(lockfile.snapshots ?? {})) {
    const id = removeSuffix(depPath);
    const pkg = { ...snapshot, ...lockfile.packages?.[id] };
    const { name, version } = nameAndVersion(depPath, pkg);
    const path = depPath.replace(/\(.*$/, "");
    const resolution = pkg.resolution ?? {};
    const source = sourceOf(resolution);
    if (source.kind === "skip" || !version) {
      skipped.push({ input: path, path, reason: source.kind === "skip" ? source.reason : "the lockfile records no version" });
    } else {
      const { integrity } = resolution;
      packages.push({ name, version, integrity: typeof integrity === "string" ? integrity : null, resolved: source.resolved, path });
    }
  }
  skipped.push(...importerLinks(lockfile));
  return { version: String(lockfile.lockfileVersion), packages, skipped };
}
function mainDocument(text) {
  if (!text.startsWith("---\n"))
    return text;
  const separator = text.indexOf("\n---\n", 4);
  return separator === -1 ? text : text.slice(separator + 5);
}
function removeSuffix(depPath) {
  if (!depPath.endsWith(")"))
    return depPath;
  let depth = 0;
  for (let i = depPath.length - 1; i >= 0; i -= 1) {
    if (depPath[i] === ")")
      depth += 1;
    else if (depPath[i] === "(")
      depth -= 1;
    else if (depth === 0)
      return depPath.slice(0, i + 1);
  }
  return depPath;
}
function nameAndVersion(depPath, pkg) {
  const at = depPath.indexOf("@", 1);
  const name = at === -1 ? depPath : depPath.slice(0, at);
  const fromKey = at === -1 ? null : semver.valid(removeSuffix(depPath).slice(at + 1));
  return { name, version: typeof pkg.version === "string" ? pkg.version : fromKey ?? void 0 };
}
function isGitHostedTarball(url) {
  const lower = url.toLowerCase();
  return /^https:\/\/(codeload\.github\.com|bitbucket\.org|gitlab\.com)\//.test(lower) && lower.includes("tar.gz");
}
function sourceOf(resolution) {
  switch (resolution.type) {
    case void 0:
      if (resolution.gitHosted === true || typeof resolution.tarball === "string" && isGitHostedTarball(resolution.tarball)) {
        return classifyLockedSource(`git+${String(resolution.tarball)}`);
      }
      return classifyLockedSource(typeof resolution.tarball === "string" ? resolution.tarball : null);
    case "directory":
      return classifyLockedSource(`file:${String(resolution.directory)}`);
    case "git":
      return classifyLockedSource(`git+${String(resolution.repo)}#${String(resolution.commit)}`);
    default:
      return { kind: "skip", reason: `a ${String(resolution.type)} resolution (a runtime pnpm installs), not an npm package` };
  }
}
function importerLinks(lockfile) {
  const links = /* @__PURE__ */ new Map();
  for (const [id, importer] of Object.entries(lockfile.importers ?? {})) {
    for (const field of ["dependencies", "devDependencies", "optionalDependencies"]) {
      for (const [name, entry] of Object.entries(importer[field] ?? {})) {
        const version = String(entry?.version);
        if (!version.startsWith("link:"))
          continue;
        const input = `${name}@${version}`;
        const source = classifyLockedSource(version);
        if (!links.has(input) && source.kind === "skip")
          links.set(input, { input, path: `importers/${id}`, reason: source.reason });
      }
    }
  }
  return [...links.values()];
}

// dist/audit/lockfile/yarn-lock.js
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
function isYarnBerry(text) {
  return /^__metadata:/m.test(text);
}
function readYarnClassic(text) {
  const lockfile = require2("@yarnpkg/lockfile");
  const parsed = lockfile.parse(text);
  if (parsed.type !== "success")
    throw new Error("it has unresolved merge conflicts; run `yarn install` to resolve them");
  const packages = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  for (const [descriptor, value] of Object.entries(parsed.object)) {
    if (seen.has(value))
      continue;
    seen.add(value);
    const { name, range } = splitDescriptor(descriptor);
    const alias = /^npm:((?:@[^/]+\/)?[^@]+)@/.exec(range);
    const source = classifyLockedSource(value.resolved ?? (/^[a-z+]+:/.test(range) && !alias ? range : null));
    if (source.kind === "skip" || !value.version) {
      skipped.push({
        input: descriptor,
        path: descriptor,
        reason: source.kind === "skip" ? source.reason : "the lockfile records no version"
      });
      continue;
    }
    const integrity = value.integrity ?? sha1FromFragment(value.resolved);
    packages.push({ name: alias ? alias[1] : name, version: value.version, integrity, resolved: source.resolved, path: descriptor });
  }
  return { version: "1", packages, skipped };
}
function readYarnBerry(text) {
  const { parseSyml } = require2("@yarnpkg/parsers");
  const data = parseSyml(text);
  const packages = [];
  const skipped = [];
  for (const [key, entry] of Object.entries(data)) {
    if (key === "__metadata" || typeof entry.resolution !== "string")
      continue;
    const { name, range } = splitDescriptor(entry.resolution);
    const path = entry.resolution;
    if (range.startsWith("npm:")) {
      const version = range.slice("npm:".length);
      const aliased = splitDescriptor(version);
      const real = version.includes("@", 1) ? aliased : { name, range: version };
      packages.push({ name: real.name, version: real.range, integrity: null, resolved: null, path });
    } else if (range.startsWith("patch:")) {
      const base = decodeURIComponent(range.slice("patch:".length).replace(/#.*$/, ""));
      skipped.push({
        input: path,
        path,
        reason: `yarn patch of ${base}, applied at install; the unpatched package is audited on its own entry`
      });
    } else {
      const source = classifyLockedSource(range);
      skipped.push({ input: path, path, reason: source.kind === "skip" ? source.reason : `unsupported source (${range})` });
    }
  }
  return { version: String(data.__metadata?.version ?? ""), packages, skipped };
}
function splitDescriptor(descriptor) {
  const at = descriptor.indexOf("@", 1);
  return at === -1 ? { name: descriptor, range: "" } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}
function sha1FromFragment(resolved) {
  const hex = /#([0-9a-f]{40})$/.exec(resolved ?? "")?.[1];
  return hex ? `sha1-${Buffer.from(hex, "hex").toString("base64")}` : null;
}

// dist/audit/lockfile/read-lockfile.js
var LOCKFILE_NAMES = ["npm-shrinkwrap.json", "package-lock.json", "pnpm-lock.yaml", "yarn.lock", "bun.lock"];
async function readLockfile(input, cwd) {
  const path = await locateLockfile(input, cwd);
  const text = await readFile2(path, "utf8").catch((error) => {
    throw new LeakproofError("target", `${input}: cannot read it (${error.code ?? error.message}); check the path`, { cause: error });
  });
  return parseLockfile(text, path);
}
async function parseLockfile(text, path) {
  const format = formatOf(path, text);
  try {
    const entries = await readEntries(format, text, path);
    return { path, format, ...entries };
  } catch (error) {
    if (error instanceof LeakproofError)
      throw error;
    throw new LeakproofError("target", `${path} is not a readable ${format} lockfile: ${firstLine(error)}`, { cause: error });
  }
}
async function locateLockfile(input, cwd) {
  const path = resolve(cwd, input);
  const stats = await stat(path).catch((error) => {
    throw new LeakproofError("target", `${input}: ${error.code === "ENOENT" ? "no such file or folder" : `cannot read it (${error.code})`}; check the path`, { cause: error });
  });
  if (!stats.isDirectory())
    return path;
  for (const name of LOCKFILE_NAMES) {
    const candidate = join2(path, name);
    if (await stat(candidate).then((s) => s.isFile(), () => false))
      return candidate;
  }
  if (await stat(join2(path, "bun.lockb")).then(() => true, () => false)) {
    throw new LeakproofError("usage", `${input} has only the binary bun.lockb; run \`bun install --save-text-lockfile\` to write bun.lock`);
  }
  throw new LeakproofError("usage", `${input} has no lockfile (${LOCKFILE_NAMES.join(", ")}); run your package manager's install, or give the lockfile's path`);
}
function formatOf(path, text) {
  const name = basename(path);
  if (name.endsWith(".json"))
    return "npm";
  if (name.endsWith(".yaml") || name.endsWith(".yml"))
    return "pnpm";
  if (name.endsWith(".lock") && name.startsWith("bun"))
    return "bun";
  if (name.endsWith(".lock") || name.startsWith("yarn"))
    return isYarnBerry(text) ? "yarn-berry" : "yarn-classic";
  const trimmed = text.trimStart();
  if (trimmed.startsWith("{"))
    return /"lockfileVersion"\s*:\s*\d+\s*,\s*"(workspaces|configVersion)"/.test(trimmed) ? "bun" : "npm";
  if (trimmed.startsWith("lockfileVersion:"))
    return "pnpm";
  return isYarnBerry(text) ? "yarn-berry" : "yarn-classic";
}
async function readEntries(format, text, path) {
  switch (format) {
    case "npm":
      return readNpmLock(parseJsonText(text));
    case "yarn-classic":
      return readYarnClassic(text);
    case "yarn-berry":
      return readYarnBerry(text);
    case "bun":
      return readBunLock(text);
    case "pnpm":
      return readPnpmText(text, path);
  }
}
async function readPnpmText(text, path) {
  if (basename(path) === "pnpm-lock.yaml" && await readFile2(path, "utf8").then((disk) => disk === text, () => false)) {
    return readPnpmLock(dirname(path));
  }
  const scratch = await mkdtemp(join2(tmpdir(), "leakproof-pnpm-"));
  try {
    await writeFile(join2(scratch, "pnpm-lock.yaml"), text);
    return await readPnpmLock(scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}

// dist/audit/plan.js
function planAudit(lockfile) {
  const units = /* @__PURE__ */ new Map();
  const bySpec = /* @__PURE__ */ new Map();
  for (const pkg of lockfile.packages) {
    const spec = `${pkg.name}@${pkg.version}`;
    const sameSpec = bySpec.get(spec) ?? [];
    const match = sameSpec.map((key) => units.get(key)).find((unit2) => pkg.integrity === null || unit2.integrity === null || unit2.integrity === pkg.integrity);
    if (match) {
      match.lockfilePaths.push(pkg.path);
      if (match.integrity === null && pkg.integrity !== null)
        units.set(keyOf(match), { ...match, integrity: pkg.integrity });
      continue;
    }
    const unit = toUnit(spec, pkg);
    units.set(keyOf(unit), unit);
    bySpec.set(spec, [...sameSpec, keyOf(unit)]);
  }
  const skipped = /* @__PURE__ */ new Map();
  for (const entry of lockfile.skipped) {
    const known = skipped.get(entry.input);
    if (known)
      known.lockfilePaths.push(entry.path);
    else
      skipped.set(entry.input, { input: entry.input, reason: entry.reason, lockfilePaths: [entry.path] });
  }
  return {
    units: [...units.values()].sort((a, b) => comparePaths(a.spec, b.spec) || comparePaths(a.integrity ?? "", b.integrity ?? "")),
    skipped: [...skipped.values()].sort((a, b) => comparePaths(a.input, b.input))
  };
}
function unitId(unit) {
  return unit.integrity === null ? unit.spec : `${unit.spec} ${unit.integrity}`;
}
function keyOf(unit) {
  return `${unit.spec}\0${unit.lockfilePaths[0]}`;
}
function toUnit(spec, pkg) {
  return { spec, name: pkg.name, version: pkg.version, integrity: pkg.integrity, resolved: pkg.resolved, lockfilePaths: [pkg.path] };
}

// dist/audit/changed-since.js
var execFileAsync = promisify(execFile);
async function changedSince(plan, since, lockfile, cwd) {
  const old = await readOldLockfile(since, lockfile, cwd);
  if (old === null)
    return plan;
  const before = planAudit(old);
  const ids = new Set(before.units.map(unitId));
  const specs = new Set(before.units.map((unit) => unit.spec));
  const loose = new Set(before.units.filter((unit) => unit.integrity === null).map((unit) => unit.spec));
  const isKnown = (unit) => ids.has(unitId(unit)) || loose.has(unit.spec) || unit.integrity === null && specs.has(unit.spec);
  const skippedBefore = new Set(before.skipped.map((entry) => entry.input));
  return {
    units: plan.units.filter((unit) => !isKnown(unit)),
    skipped: plan.skipped.filter((entry) => !skippedBefore.has(entry.input))
  };
}
async function readOldLockfile(since, lockfile, cwd) {
  if (await stat2(resolve2(cwd, since)).then((s) => s.isFile(), () => false))
    return readLockfile(since, cwd);
  const dir = dirname2(lockfile.path);
  try {
    const { stdout } = await execFileAsync("git", ["show", `${since}:./${basename2(lockfile.path)}`], {
      cwd: dir,
      maxBuffer: 512 * 1024 * 1024
    });
    return await parseLockfile(stdout, lockfile.path);
  } catch (error) {
    if (error instanceof LeakproofError)
      throw error;
    const stderr = String(error.stderr ?? "");
    if (/does not exist in|exists on disk, but not in/.test(stderr))
      return null;
    const why = stderr.split("\n")[0] || error.message;
    throw new LeakproofError("usage", `--changed-since ${since} is neither a lockfile nor a git revision of ${basename2(lockfile.path)} (${why.trim()})`, { cause: error });
  }
}

// dist/audit/result-cache.js
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile as readFile3, rename, rm as rm2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join3 } from "node:path";
function openResultCache(dir, context) {
  if (dir === null)
    return { get: async () => null, put: async () => void 0 };
  const salt = JSON.stringify({
    tool: TOOL.version,
    failOn: context.failOn,
    secrets: context.secrets,
    limits: context.limits,
    manifest: context.manifestText
  });
  const fileOf = (integrity) => {
    const key = createHash("sha256").update(salt).update("\0").update(integrity.trim()).digest("hex");
    return join3(dir, key.slice(0, 2), `${key}.json`);
  };
  return {
    async get(integrity) {
      const text = await readFile3(fileOf(integrity), "utf8").catch(() => null);
      if (text === null)
        return null;
      try {
        return JSON.parse(text);
      } catch {
        return null;
      }
    },
    async put(integrity, report) {
      const file = fileOf(integrity);
      const scratch = `${file}.${randomBytes(6).toString("hex")}.tmp`;
      try {
        await mkdir(join3(file, ".."), { recursive: true });
        await writeFile2(scratch, JSON.stringify(report));
        await rename(scratch, file);
      } catch {
        await rm2(scratch, { force: true });
      }
    }
  };
}

// dist/audit/shard.js
import { createHash as createHash2 } from "node:crypto";
function parseShard(value, env) {
  if (value === "auto")
    return shardFromEnv(env);
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const shard = match ? { index: Number(match[1]), total: Number(match[2]) } : null;
  if (!shard || shard.total < 1 || shard.index < 1 || shard.index > shard.total) {
    throw new LeakproofError("usage", `--shard takes k/n with 1 <= k <= n (e.g. 2/4), or "auto"; got ${value}`);
  }
  return shard;
}
function shardFromEnv(env) {
  const index = env.LEAKPROOF_SHARD_INDEX ?? env.JOB_COMPLETION_INDEX;
  const total = env.LEAKPROOF_SHARD_TOTAL;
  if (index === void 0 || total === void 0 || !/^\d+$/.test(index) || !/^\d+$/.test(total) || Number(index) >= Number(total)) {
    throw new LeakproofError("usage", "--shard auto needs LEAKPROOF_SHARD_TOTAL and a 0-based LEAKPROOF_SHARD_INDEX or JOB_COMPLETION_INDEX (index < total); see docs/recipes.md");
  }
  return { index: Number(index) + 1, total: Number(total) };
}
function inShard(id, shard) {
  const hash = createHash2("sha256").update(id).digest();
  return Number(hash.readBigUInt64BE(0) % BigInt(shard.total)) === shard.index - 1;
}

// dist/audit/run-audit.js
async function runAudit(input, options) {
  const lockfile = await readLockfile(input, options.cwd);
  const failOn = options.failOn ?? "error";
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const manifest = options.manifest ? await readManifest(resolve3(options.cwd, options.manifest)) : null;
  let plan = planAudit(lockfile);
  if (options.changedSince)
    plan = await changedSince(plan, options.changedSince, lockfile, options.cwd);
  const mine = options.shard ? sliceOf(plan, options.shard) : plan;
  const emit = options.onEvent ?? (() => void 0);
  const lockfileInfo = {
    path: relative(options.cwd, lockfile.path).split("\\").join("/") || lockfile.path,
    format: lockfile.format,
    version: lockfile.version
  };
  emit({
    type: "start",
    start: {
      lockfile: {
        ...lockfileInfo,
        sha256: createHash3("sha256").update(await readFile4(lockfile.path)).digest("hex")
      },
      shard: options.shard ?? null,
      total: { packages: plan.units.length, skipped: plan.skipped.length },
      packages: mine.units.length,
      skipped: mine.skipped.length,
      failOn,
      changedSince: options.changedSince ?? null
    }
  });
  const skipped = [];
  const addSkip = (skip2) => {
    skipped.push(skip2);
    emit({ type: "skip", skip: skip2 });
  };
  for (const entry of mine.skipped)
    addSkip({ ...entry, gap: false });
  const cache = openResultCache(await cacheFolder(options), {
    failOn,
    secrets: options.secrets !== false,
    limits,
    manifestText: manifest?.text ?? null
  });
  const reports = [];
  const addReport = (report, cached) => {
    reports.push(report);
    emit({ type: "report", report, cached });
  };
  const missed = [];
  await forEachLimit(mine.units, 64, async (unit, index) => {
    const hit = unit.integrity === null ? null : await cache.get(unit.integrity);
    if (hit)
      addReport(fromCache(hit, unit), true);
    else
      missed[index] = true;
  });
  const misses = mine.units.filter((_, index) => missed[index]);
  if (misses.length > 0) {
    const task = { failOn, secrets: options.secrets !== false, limits, manifest };
    await inspectAll(misses, task, options, cache, { addReport, addSkip });
  }
  return buildAuditSet(reports, skipped, { lockfile: lockfileInfo, shard: options.shard ?? null, failOn });
}
async function inspectAll(units, task, options, cache, sinks) {
  const [{ createLockedFetcher }, { createInspectPool }] = await Promise.all([import("./fetch-locked-IHZB7OIM.js"), import("./inspect-pool-PMDAIHX3.js")]);
  const threads = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), units.length));
  const fetcher = await createLockedFetcher({ cwd: options.cwd, env: options.env });
  const { registryManifestLookup } = await import("./fetch-registry-4W7SWWJM.js");
  const lookup = registryManifestLookup({ cwd: options.cwd, env: options.env });
  const pool = await createInspectPool(threads);
  const window = Math.max(8, threads * 4);
  try {
    await forEachLimit(units, window, (unit) => inspectOne(unit, { fetcher, lookup }, pool, task, cache, sinks));
  } finally {
    await pool.close();
  }
}
async function inspectOne(unit, { fetcher, lookup }, pool, task, cache, sinks) {
  let tarball;
  try {
    tarball = await fetcher(unit);
  } catch (error) {
    sinks.addSkip({ input: unit.spec, reason: messageOf(error), gap: true, lockfilePaths: unit.lockfilePaths });
    return;
  }
  const key = unit.integrity ?? tarball.integrity;
  const hit = unit.integrity === null && key !== null ? await cache.get(key) : null;
  if (hit) {
    sinks.addReport(fromCache(hit, unit), true);
    return;
  }
  try {
    const dependencies = unit.name.startsWith("@") ? await sameScopeDependencies(await lookup(unit.name, unit.version), lookup) : [];
    const report = await pool.inspect({
      ...task,
      spec: unit.spec,
      name: unit.name,
      version: unit.version,
      bytes: tarball.bytes,
      dependencies
    });
    if (report.complete && key !== null)
      await cache.put(key, report);
    sinks.addReport({ ...report, lockfilePaths: unit.lockfilePaths }, false);
  } catch (error) {
    sinks.addSkip({
      input: unit.spec,
      reason: `internal error while inspecting it: ${messageOf(error)}; rerun with --debug and report it`,
      gap: true,
      lockfilePaths: unit.lockfilePaths
    });
  }
}
function fromCache(report, unit) {
  return { ...report, target: { ...report.target, input: unit.spec }, lockfilePaths: unit.lockfilePaths };
}
function sliceOf(plan, shard) {
  return {
    units: plan.units.filter((unit) => inShard(unitId(unit), shard)),
    skipped: plan.skipped.filter((entry) => inShard(entry.input, shard))
  };
}
async function cacheFolder(options) {
  if (options.cacheDir === false)
    return null;
  if (options.cacheDir !== void 0)
    return resolve3(options.cwd, options.cacheDir);
  return join4(dirname3((await loadNpmConfig({ cwd: options.cwd, env: options.env })).cache), "_leakproof", "results");
}
async function readManifest(path) {
  const text = await readFile4(path, "utf8").catch((error) => {
    throw new LeakproofError("manifest", `${path}: cannot read the manifest (${error.code ?? error.message}); check the path given to --manifest`, { cause: error });
  });
  parseManifest(text, path);
  return { path, text };
}
function messageOf(error) {
  const text = error instanceof Error ? error.message : String(error);
  return redactUrlsIn(text.split("\n")[0] ?? "");
}

// dist/cli/audit-progress.js
function createAuditProgress(io, now = Date.now) {
  if (!io.stderr.isTTY)
    return { onEvent: () => void 0, done: () => void 0 };
  const state = { planned: 0, done: 0, cached: 0, failing: 0, gaps: 0, started: now(), drawn: 0 };
  const draw = (force) => {
    const time = now();
    if (!force && time - state.drawn < 100)
      return;
    state.drawn = time;
    const rate = state.done / Math.max((time - state.started) / 1e3, 1e-3);
    const parts = [
      `${state.done}/${state.planned} packages`,
      `${state.cached} cached`,
      `${state.failing} failing`,
      `${state.gaps} not inspected`,
      `${rate.toFixed(1)}/s`
    ];
    io.stderr.write(`\r\x1B[2Kleakproof audit: ${parts.join(" \xB7 ")}`);
  };
  return {
    onEvent(event) {
      if (event.type === "start")
        state.planned = event.start.packages + event.start.skipped;
      else {
        state.done += 1;
        if (event.type === "report" && event.cached)
          state.cached += 1;
        if (event.type === "report" && !event.report.ok)
          state.failing += 1;
        if (event.type === "skip" && event.skip.gap || event.type === "report" && !event.report.complete)
          state.gaps += 1;
      }
      draw(event.type === "start");
    },
    done: () => io.stderr.write("\r\x1B[2K")
  };
}

// dist/cli/audit-command.js
async function auditCommand(argv, io) {
  const format = argv.format;
  const output = argv.output !== void 0 ? resolve4(io.cwd, argv.output) : null;
  const { limits, failOn, secrets } = inspectOptions(argv, io);
  const progress = createAuditProgress(io);
  let jsonlText = "";
  const jsonl = format === "jsonl" ? createJsonlWriter(output ? (text) => jsonlText += text : (text) => io.stdout.write(text)) : null;
  const onEvent = (event) => {
    progress.onEvent(event);
    jsonl?.onEvent(event);
  };
  let set;
  try {
    set = await runAudit(argv.path, {
      cwd: io.cwd,
      env: io.env,
      failOn,
      secrets,
      limits,
      ...argv.manifest !== void 0 ? { manifest: argv.manifest } : {},
      ...argv.concurrency !== void 0 ? { concurrency: positiveInteger(argv.concurrency, "--concurrency") } : {},
      cacheDir: argv.cache === false ? false : argv.cacheDir,
      ...argv.changedSince !== void 0 ? { changedSince: argv.changedSince } : {},
      ...argv.shard !== void 0 ? { shard: parseShard(argv.shard, io.env) } : {},
      onEvent
    });
  } finally {
    progress.done();
  }
  jsonl?.end();
  if (jsonl && output) {
    await writeFile3(output, jsonlText).catch((error) => {
      throw new LeakproofError("usage", `cannot write --output ${output}: ${error.message}`);
    });
  }
  if (!jsonl || output)
    await emitReport(set, { summary: argv.summary, format: format === "jsonl" ? "human" : format, output: jsonl ? void 0 : argv.output }, io, []);
  return exitCode(set);
}
function positiveInteger(value, flag) {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new LeakproofError("usage", `${flag} takes a whole number of at least 1, got ${String(value)}`);
  }
  return value;
}
export {
  auditCommand
};
