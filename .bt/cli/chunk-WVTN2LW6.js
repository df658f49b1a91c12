import {
  DEFAULT_LIMITS,
  mapLimit,
  readTarball,
  targetDependencies
} from "./chunk-IEQ7GI3V.js";
import {
  detectPackManager
} from "./chunk-4AYKEKRH.js";
import {
  DEFAULT_POLICY,
  loadManifest
} from "./chunk-VG33CBMA.js";
import {
  comparePaths,
  createContents,
  readPackageJson
} from "./chunk-NRAWCYD3.js";
import {
  isJsonObject,
  parseJsonText
} from "./chunk-H3QZ6UYL.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";
import {
  MANIFEST_FILE
} from "./chunk-7TUM52OJ.js";
import {
  redactUrlsIn
} from "./chunk-RYFOSZ5Q.js";

// dist/target/pack-with-manager.js
import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var KEPT_OUTPUT = 64 * 1024;
async function packWithManager(dir, options) {
  const { manager, scripts, destination } = options;
  let args;
  if (manager === "yarn") {
    const version = (await runManager("yarn", ["--version"], dir, options.env)).trim();
    if (version.startsWith("1.")) {
      args = ["pack", "--filename", join(destination, "package.tgz"), ...scripts ? [] : ["--ignore-scripts"]];
    } else {
      const pending = scripts ? [] : await packScripts(dir);
      if (pending.length > 0)
        return { kind: "needs-scripts", reason: `yarn ${version} has no switch to skip ${pending.join(" and ")}` };
      args = ["pack", "--out", join(destination, "package.tgz")];
    }
  } else if (manager === "bun") {
    args = ["pm", "pack", "--destination", destination, ...scripts ? [] : ["--ignore-scripts"]];
  } else {
    args = ["pack", "--pack-destination", destination, ...scripts ? [] : ["--ignore-scripts"]];
  }
  await runManager(manager, args, dir, options.env, options.onOutput);
  const written = (await readdir(destination)).filter((name) => /\.(tgz|tar\.gz)$/.test(name));
  if (written.length !== 1) {
    throw new LeakproofError("target", `${manager} pack in ${dir} wrote ${written.length} tarballs; expected one`);
  }
  return { kind: "packed", file: join(destination, written[0]) };
}
async function packScripts(dir) {
  const pkg = parseJsonText(await readFile(join(dir, "package.json"), "utf8"));
  return ["prepack", "postpack"].filter((name) => typeof pkg.scripts?.[name] === "string");
}
function runManager(command, args, cwd, env, onOutput) {
  return new Promise((resolve4, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let tail = "";
    const keep = (chunk, isStdout) => {
      const text = chunk.toString("utf8");
      if (isStdout)
        stdout += text;
      tail = (tail + text).slice(-KEPT_OUTPUT);
      onOutput?.(text);
    };
    child.stdout.on("data", (chunk) => keep(chunk, true));
    child.stderr.on("data", (chunk) => keep(chunk, false));
    child.on("error", (error) => {
      const message = error.code === "ENOENT" ? `${command} is not installed here (not on PATH); install it, or choose another with --pack-manager` : `cannot run ${command}: ${error.message}`;
      reject(new LeakproofError("target", message, { cause: error }));
    });
    child.on("close", (code, signal) => {
      if (code === 0)
        return resolve4(stdout);
      const last = lastLine(tail) || `exit ${code ?? signal}`;
      reject(new LeakproofError("target", `\`${command} ${args.join(" ")}\` failed in ${cwd}: ${last}`, {
        cause: Object.assign(new Error(last), { code: "EFAILED" })
      }));
    });
  });
}
function lastLine(text) {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  return lines.at(-1) ?? "";
}

// dist/acquire.js
import { access, readFile as readFile4 } from "node:fs/promises";
import { join as join5, resolve as resolve3 } from "node:path";

// dist/target/resolve-target.js
import { createReadStream } from "node:fs";
import { lstat as lstat2, mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join4, resolve as resolve2 } from "node:path";

// dist/target/pack-directory.js
import { lstat, readFile as readFile3 } from "node:fs/promises";
import { join as join3, resolve } from "node:path";

// dist/target/pack-npm.js
import { createRequire } from "node:module";
var cached;
function loadNpmModules() {
  if (cached)
    return cached;
  const require2 = createRequire(import.meta.url);
  const pacote = require2("pacote");
  cached = {
    Arborist: require2("@npmcli/arborist"),
    packlist: require2("npm-packlist"),
    tarCreateOptions: (manifest) => pacote.DirFetcher.tarCreateOptions(manifest),
    mapWorkspaces: require2("@npmcli/map-workspaces")
  };
  return cached;
}
async function listPackedPaths(dir, workspaceRoot) {
  const { Arborist: ArboristClass, packlist } = loadNpmModules();
  const tree = await new ArboristClass({ path: dir }).loadActual();
  const options = workspaceRoot ? { path: dir, prefix: workspaceRoot, workspaces: [dir] } : { path: dir };
  const paths = await packlist(tree, options);
  return { paths, tree };
}
async function mapWorkspacePaths(root, pkg) {
  const workspaces = await loadNpmModules().mapWorkspaces({ cwd: root, pkg });
  return [...workspaces.values()];
}
function createPackedMode(manifest) {
  const { filter } = loadNpmModules().tarCreateOptions(manifest);
  return (path, fsMode) => {
    const stat2 = { mode: fsMode };
    filter(path, stat2);
    return (stat2.mode & 4095 | 384) & ~18;
  };
}

// dist/target/pack-workspace.js
import { readFile as readFile2 } from "node:fs/promises";
import { dirname, join as join2 } from "node:path";
async function findWorkspaceRoot(dir) {
  for (let at = dirname(dir); ; at = dirname(at)) {
    const pkg = await readWorkspacesManifest(at);
    if (pkg && (await mapWorkspacePaths(at, pkg).catch(() => [])).includes(dir))
      return at;
    if (dirname(at) === at)
      return void 0;
  }
}
async function readWorkspacesManifest(folder) {
  try {
    const value = parseJsonText(await readFile2(join2(folder, "package.json"), "utf8"));
    return isJsonObject(value) && value.workspaces ? value : void 0;
  } catch {
    return void 0;
  }
}

// dist/target/pack-directory.js
var READ_CONCURRENCY = 32;
async function packDirectory(dir, limits = DEFAULT_LIMITS) {
  const packageJson = await readManifest(dir);
  let listed;
  try {
    const absolute = resolve(dir);
    listed = await listPackedPaths(absolute, await findWorkspaceRoot(absolute));
  } catch (error) {
    throw new LeakproofError("target", `${dir}: could not list the files npm would pack (${describe(error)})`, {
      cause: error
    });
  }
  const modeOf = createPackedMode(listed.tree.package);
  const paths = [...listed.paths].sort(comparePaths);
  const sized = await mapLimit(paths, READ_CONCURRENCY, (path) => statPackedFile(dir, path));
  const { selected, gaps } = withinLimits(sized, limits);
  const files = await mapLimit(selected, READ_CONCURRENCY, (file) => readPackedFile(dir, file, modeOf));
  return { files, packageJson, gaps };
}
function withinLimits(files, limits) {
  const gaps = [];
  const selected = [];
  let total = 0;
  if (files.length > limits.maxEntries) {
    gaps.push({ code: "entry-limit", message: `more than ${limits.maxEntries} files; raise --max-entries to inspect it` });
  }
  for (const file of files.slice(0, limits.maxEntries)) {
    if (file.size > limits.maxFileBytes) {
      gaps.push({
        code: "file-size-limit",
        path: file.path,
        message: `${file.path} is larger than ${limits.maxFileBytes} bytes; raise --max-file-size to inspect it`
      });
      continue;
    }
    total += file.size;
    if (total > limits.maxTotalBytes) {
      gaps.push({ code: "size-limit", message: `more than ${limits.maxTotalBytes} bytes unpacked; raise --max-size to inspect it` });
      break;
    }
    selected.push(file);
  }
  return { selected, gaps };
}
async function statPackedFile(dir, path) {
  const absolute = join3(dir, path);
  try {
    const stats = await lstat(absolute);
    return { path, size: stats.size, fsMode: stats.mode };
  } catch (error) {
    throw unreadable(absolute, error);
  }
}
async function readManifest(dir) {
  const file = join3(dir, "package.json");
  let text;
  try {
    text = await readFile3(file, "utf8");
  } catch (error) {
    const code = errorCode(error);
    if (code === "ENOENT" || code === "ENOTDIR") {
      throw new LeakproofError("target", `${dir}: no package.json found; point leakproof at a package folder, a .tgz or a registry spec`, {
        cause: error
      });
    }
    throw new LeakproofError("target", `${file}: cannot be read (${code ?? describe(error)}); check it is a readable file`, {
      cause: error
    });
  }
  let value;
  try {
    value = parseJsonText(text);
  } catch (error) {
    throw new LeakproofError("target", `${file}: not valid JSON (${describe(error)}); fix it so npm can pack the folder`, {
      cause: error
    });
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new LeakproofError("target", `${file}: must hold a JSON object; fix it so npm can pack the folder`);
  }
  return value;
}
async function readPackedFile(dir, file, modeOf) {
  const absolute = join3(dir, file.path);
  try {
    return { path: file.path, data: await readFile3(absolute), mode: modeOf(file.path, file.fsMode) };
  } catch (error) {
    throw unreadable(absolute, error);
  }
}
function unreadable(absolute, error) {
  return new LeakproofError("target", `${absolute}: cannot be read (${errorCode(error) ?? describe(error)}); npm would fail to pack it too`, { cause: error });
}
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" ? code : void 0;
}
function describe(error) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

// dist/target/resolve-target.js
var TARBALL_NAME = /\.(tgz|tar\.gz|tar)$/i;
async function resolveTarget(input, options) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  if (/^[a-z][a-z0-9+.-]+:/i.test(input))
    return resolveSpec(input, options);
  const path = resolve2(options.cwd, input);
  const stats = await stat(path).catch(async (error) => {
    const onDisk = await lstat2(path).then(() => true, () => false);
    if (error.code !== "ENOENT" || onDisk) {
      throw new LeakproofError("target", `${input}: cannot read it (${error.code ?? error.message}); check the path`, { cause: error });
    }
    return void 0;
  });
  if (stats?.isDirectory())
    return readDirectory(input, path, options);
  if (options.pack)
    throw new LeakproofError("usage", `--pack packs a package folder; ${input} is not one`);
  if (stats?.isFile()) {
    if (!TARBALL_NAME.test(path)) {
      throw new LeakproofError("usage", `${input} is a file but not a .tgz; give a package folder, a .tgz or a registry spec like name@1.2.3`);
    }
    return readTarballFile(input, path, limits);
  }
  if (TARBALL_NAME.test(input) || input.startsWith(".") || input.startsWith("/")) {
    throw new LeakproofError("target", `${input}: no such file or folder; check the path`);
  }
  return resolveSpec(input, options);
}
async function resolveSpec(input, options) {
  const registry = await import("./fetch-registry-4W7SWWJM.js");
  const type = registry.specType(input, options.cwd);
  if (type === "file" || type === "directory") {
    const local = input.replace(/^file:(\/\/)?/i, "");
    return resolveTarget(local === "" ? "." : local, options);
  }
  if (options.pack)
    throw new LeakproofError("usage", `--pack packs a package folder; ${input} is not one`);
  if (type === "remote" || type === "git") {
    const limits = options.limits ?? DEFAULT_LIMITS;
    const fetched = await registry.fetchSpecTarball(input, options, (stream) => readTarball(stream, limits));
    const { contents, integrity } = fetched.result;
    return {
      info: identify(redactUrlsIn(input), type, readPackageJson(contents), fetched.integrity ?? integrity),
      contents,
      directory: null
    };
  }
  if (type !== "registry") {
    throw new LeakproofError("usage", `${input} is not a folder, a .tgz or a registry spec; try name, name@1.2.3 or @scope/name@tag`);
  }
  return readRegistry(input, options, registry.fetchRegistryTarball);
}
async function readDirectory(input, path, options) {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const detected = options.packManager ? { manager: options.packManager, because: "--pack-manager" } : await detectPackManager(path);
  if (options.pack)
    return readPacked(input, path, detected.manager, options);
  if (detected.manager !== "npm") {
    const packed = await packWithoutScripts(path, detected.manager, options, options.packManager === void 0);
    if (packed)
      return { ...packed, info: { ...packed.info, input, kind: "directory", integrity: null } };
  }
  const listed = await packDirectory(path, limits);
  const contents = createContents(listed.files, [], listed.gaps);
  return { info: identify(input, "directory", listed.packageJson, null), contents, directory: path };
}
async function packWithoutScripts(path, manager, options, detected) {
  const destination = await mkdtemp(join4(tmpdir(), "leakproof-pack-"));
  try {
    const result = await packWithManager(path, { manager, scripts: false, env: options.env, destination });
    if (result.kind === "needs-scripts") {
      options.onNote?.(`${path}: ${result.reason}, so the files are listed the way npm packs them; --pack runs the scripts and packs with ${manager}`);
      return void 0;
    }
    return { ...await readTarballFile(path, result.file, options.limits ?? DEFAULT_LIMITS), directory: path };
  } catch (error) {
    const missing = error.cause?.code === "ENOENT";
    if (!detected || !missing)
      throw error;
    options.onNote?.(`${path} is packed by ${manager}, which is not installed here; the files are listed the way npm packs them`);
    return void 0;
  } finally {
    await rm(destination, { recursive: true, force: true });
  }
}
async function readPacked(input, path, manager, options) {
  const destination = options.packDestination ?? await mkdtemp(join4(tmpdir(), "leakproof-pack-"));
  try {
    const result = await packWithManager(path, {
      manager,
      scripts: true,
      env: options.env,
      destination,
      ...options.onOutput ? { onOutput: options.onOutput } : {}
    });
    if (result.kind !== "packed")
      throw new LeakproofError("target", `${input}: ${manager} did not pack it (${result.reason})`);
    const read = await readTarballFile(input, result.file, options.limits ?? DEFAULT_LIMITS);
    return {
      ...read,
      info: { ...read.info, kind: "packed" },
      directory: path,
      ...options.packDestination ? { tarball: result.file } : {}
    };
  } finally {
    if (!options.packDestination)
      await rm(destination, { recursive: true, force: true });
  }
}
async function readTarballFile(input, path, limits) {
  try {
    const { contents, integrity } = await readTarball(createReadStream(path, { highWaterMark: 1024 * 1024 }), limits);
    return { info: identify(input, "tarball", readPackageJson(contents), integrity), contents, directory: null };
  } catch (error) {
    throw new LeakproofError("target", `${input}: cannot read the file (${error.message})`, { cause: error });
  }
}
async function readRegistry(input, options, fetchRegistryTarball) {
  const fetched = await fetchRegistryTarball(input, { cwd: options.cwd, env: options.env }, (stream) => readTarball(stream, options.limits ?? DEFAULT_LIMITS));
  const { contents, integrity } = fetched.result;
  const info = {
    input,
    kind: "registry",
    name: fetched.name,
    version: fetched.version,
    integrity: fetched.integrity ?? integrity
  };
  return { info, contents, directory: null };
}
function identify(input, kind, pkg, integrity) {
  const name = typeof pkg?.name === "string" ? pkg.name : null;
  const version = typeof pkg?.version === "string" ? pkg.version : null;
  return { input, kind, name, version, integrity };
}

// dist/target/resolve-baseline.js
var PUBLISHED = /* @__PURE__ */ new Set(["latest", "previous"]);
async function resolveBaseline(spec, target, options) {
  if (!PUBLISHED.has(spec))
    return resolveTarget(spec, options);
  const current = target.info;
  if (!current.name || readPackageJson(target.contents)?.private === true)
    return null;
  const { resolvePublishedVersion } = await import("./fetch-registry-4W7SWWJM.js");
  const { default: semver } = await import("semver");
  const registry = { cwd: options.cwd, env: options.env };
  const version = current.version && semver.valid(current.version) ? current.version : null;
  let published = spec === "latest" || !version ? await resolvePublishedVersion(`${current.name}@latest`, registry) : null;
  if (version && (!published || !semver.lt(published.version, version))) {
    published = await resolvePublishedVersion(`${current.name}@<${version}`, registry).catch(noOlderVersion);
  }
  if (!published)
    return null;
  return resolveTarget(`${published.name}@${published.version}`, options);
}
function noOlderVersion(error) {
  const code = error?.cause?.code;
  if (code === "ETARGET" || code === "ENOVERSIONS")
    return null;
  throw error;
}

// dist/acquire.js
async function acquire(input, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const resolveOptions = {
    cwd,
    env: options.env ?? process.env,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    ...options.packManager ? { packManager: options.packManager } : {},
    ...options.onNote ? { onNote: options.onNote } : {}
  };
  const packOptions = options.pack ? {
    pack: true,
    ...options.packDestination ? { packDestination: options.packDestination } : {},
    ...options.onOutput ? { onOutput: options.onOutput } : {}
  } : {};
  const resolved = await resolveTarget(input, { ...resolveOptions, ...packOptions });
  const target = {
    ...resolved,
    dependencies: await targetDependencies(resolved, readPackageJson(resolved.contents), resolveOptions)
  };
  const manifest = await findManifest(target, cwd, options.manifest);
  const baseline = options.baseline ? await loadBaseline(options.baseline, target, manifest.policy, resolveOptions) : void 0;
  const unappliedManifest = manifest.path === null && target.directory === null ? await existing(resolve3(cwd, MANIFEST_FILE)) : null;
  return { target, manifest, baseline, unappliedManifest };
}
async function loadBaseline(spec, current, policy, options) {
  const resolved = await resolveBaseline(spec, current, options);
  if (!resolved)
    return { info: null, files: [], maps: [] };
  if (resolved.contents.gaps.length > 0) {
    throw new LeakproofError("target", `baseline ${spec} could not be fully read (${resolved.contents.gaps[0].message}); the comparison would be wrong`);
  }
  const { analyseWithPolicy } = await import("./rules-2XM62RZQ.js");
  const maps = analyseWithPolicy(resolved.contents, policy, current.dependencies).maps;
  return { info: resolved.info, files: resolved.contents.files.map(({ path, size }) => ({ path, size })), maps };
}
async function findManifest(target, cwd, option) {
  const none = { path: null, raw: null, policy: DEFAULT_POLICY };
  if (option === false)
    return none;
  const path = option ? resolve3(cwd, option) : await defaultManifestPath(target, cwd);
  if (!path)
    return none;
  return await loadManifest(path) ?? none;
}
async function defaultManifestPath(target, cwd) {
  if (target.directory)
    return join5(target.directory, MANIFEST_FILE);
  const ownName = await readFile4(join5(cwd, "package.json"), "utf8").then((text) => parseJsonText(text).name).catch(() => void 0);
  return ownName !== void 0 && ownName === target.info.name ? join5(cwd, MANIFEST_FILE) : void 0;
}
async function existing(path) {
  return access(path).then(() => path, () => null);
}

export {
  mapWorkspacePaths,
  runManager,
  acquire
};
