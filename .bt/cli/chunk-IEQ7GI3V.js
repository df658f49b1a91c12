import {
  safeLine
} from "./chunk-R5VEDDXK.js";
import {
  parseSize
} from "./chunk-VG33CBMA.js";
import {
  MAX_TEXT_BYTES,
  createContents
} from "./chunk-NRAWCYD3.js";
import {
  isJsonObject,
  parseJsonText
} from "./chunk-H3QZ6UYL.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";

// dist/cli/inspect-options.js
import { isAbsolute, relative } from "node:path";
function inspectOptions(argv, io) {
  const limits = {
    ...limit(argv.maxEntries, "--max-entries", "maxEntries"),
    ...limit(argv.maxSize, "--max-size", "maxTotalBytes"),
    ...limit(argv.maxFileSize, "--max-file-size", "maxFileBytes")
  };
  return {
    cwd: io.cwd,
    env: io.env,
    ...argv.manifest !== void 0 ? { manifest: argv.manifest } : {},
    failOn: argv.failOn ?? "error",
    secrets: argv.secrets !== false,
    limits,
    ...argv.baseline !== void 0 ? { baseline: argv.baseline } : {},
    ...argv.packManager ? { packManager: argv.packManager } : {},
    onNote: (text) => io.stderr.write(`leakproof: ${safeLine(text)}
`),
    // A --pack build's own log; stdout stays for the report.
    onOutput: (text) => io.stderr.write(text)
  };
}
function pathPrefix(directory, io) {
  if (!directory)
    return "";
  const path = relative(io.env.GITHUB_WORKSPACE ?? io.cwd, directory).split("\\").join("/");
  return path === "" || path.startsWith("..") || isAbsolute(path) ? "" : `${path}/`;
}
function limit(value, flag, key) {
  if (value === void 0)
    return {};
  const isCount = key === "maxEntries";
  const parsed = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : isCount ? value : parseSize(value);
  if (typeof parsed !== "number" || !Number.isSafeInteger(parsed) || parsed < 0) {
    const expected = isCount ? "a whole number of entries" : "a number of bytes or a size like 500MB or 1GiB";
    throw new LeakproofError("usage", `${flag} takes ${expected}, got ${String(value)}`);
  }
  return { [key]: parsed };
}

// dist/tarball/read-tarball.js
import { createHash } from "node:crypto";
import { createGunzip } from "node:zlib";
import { Parser } from "tar";

// dist/tarball/install-tree.js
import { posix as posix2 } from "node:path";

// dist/tarball/entry-path.js
import { posix, win32 } from "node:path";
var FILE_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]);
var LINK_REASONS = { SymbolicLink: "symlink", Link: "hardlink" };
var MAY_HAVE_ROOT = /^[/\\]|:/;
var MAX_DEPTH = 1024;
function classifyEntryPath(rawPath, type) {
  const linkReason = LINK_REASONS[type];
  if (linkReason)
    return unsafe(stripFirst(rawPath), linkReason);
  if (type === "Directory" || type === "GNUDumpDir")
    return { kind: "ignore" };
  if (!FILE_TYPES.has(type))
    return unsafe(stripFirst(rawPath), "special-file", `a ${type} entry`);
  const parts = rawPath.split("/");
  parts.splice(0, 1);
  const afterStrip = parts.join("/");
  if (parts.length > MAX_DEPTH)
    return unsafe(afterStrip, "not-installed", `more than ${MAX_DEPTH} folders deep`);
  const [root, stripped] = MAY_HAVE_ROOT.test(afterStrip) ? stripAbsolutePath(afterStrip) : ["", afterStrip];
  if (stripped.replaceAll("\\", "/").split("/").includes(".."))
    return unsafe(stripped, "path-traversal");
  const path = normaliseSegments(stripped);
  if (path === "")
    return unsafe(rawPath, "not-installed", "it names the package folder itself");
  const removed = root || (MAY_HAVE_ROOT.test(rawPath) ? stripAbsolutePath(rawPath)[0] : "");
  return removed === "" ? { kind: "file", path } : { kind: "file", path, stripped: removed };
}
function stripAbsolutePath(input) {
  let path = input;
  let removed = "";
  let parsed = win32.parse(path);
  while (win32.isAbsolute(path) || parsed.root) {
    const root = path.charAt(0) === "/" && path.slice(0, 4) !== "//?/" ? "/" : parsed.root;
    path = path.slice(root.length);
    removed += root;
    parsed = win32.parse(path);
  }
  return [removed, path];
}
function normaliseSegments(path) {
  return path.split("/").filter((segment) => segment !== "" && segment !== ".").join("/");
}
function stripFirst(rawPath) {
  const slash = rawPath.indexOf("/");
  const rest = slash < 0 ? rawPath : rawPath.slice(slash + 1);
  return rest === "" ? rawPath : rest;
}
function unsafe(path, reason, detail) {
  return { kind: "unsafe", entry: detail === void 0 ? { path, reason } : { path, reason, detail } };
}
function isGitignore(rawPath) {
  return posix.basename(rawPath) === ".gitignore";
}

// dist/tarball/install-tree.js
var NAME_MAX = 255;
var ASCII = /^[\x00-\x7f]*$/;
var WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
var InstallTree = class {
  slots = /* @__PURE__ */ new Map();
  /** Files whose name no POSIX file system accepts (too long), inspected outside the model. */
  unmodelled = [];
  reported = [];
  overwritten = /* @__PURE__ */ new Set();
  /** Overwritten paths whose copies did not all have the same bytes. */
  differing = /* @__PURE__ */ new Set();
  sawNpmignore = /* @__PURE__ */ new Set();
  folded = /* @__PURE__ */ new Map();
  /**
   * Admit the next entry. Returns the package path its bytes are installed at (then call
   * {@link write} with them once read), or undefined when npm does not install it.
   */
  admit(rawPath, type, linkpath) {
    const renamed = this.renameIgnoreFile(rawPath, type);
    if (renamed === void 0)
      return void 0;
    const verdict = classifyEntryPath(renamed, type);
    if (verdict.kind === "ignore")
      return void 0;
    if (verdict.kind === "unsafe") {
      this.reported.push(linkpath ? { ...verdict.entry, linkpath } : verdict.entry);
      return void 0;
    }
    const { path } = verdict;
    if (verdict.stripped !== void 0) {
      this.reported.push({
        path,
        reason: "absolute-path",
        detail: `the tarball names it ${renamed}; npm strips ${verdict.stripped} and installs it at ${path}`
      });
    }
    const portability = portabilityProblem(path);
    if (portability?.unmodelled) {
      this.createFolders(path.split("/").slice(0, -1).filter((_, i, all) => all.slice(0, i + 1).every((segment) => Buffer.byteLength(segment) <= NAME_MAX)));
      this.reported.push({ path, reason: "platform-dependent", detail: portability.detail });
      return path;
    }
    if (!this.place(path))
      return void 0;
    if (portability)
      this.reported.push({ path, reason: "platform-dependent", detail: portability.detail });
    this.noteCaseCollision(path);
    return path;
  }
  /** Attach the bytes of the entry {@link admit} last returned `path` for. */
  write(input) {
    const slot = this.slots.get(input.path);
    if (slot?.kind !== "file") {
      this.unmodelled.push(input);
      return;
    }
    if (slot.previous && !Buffer.from(slot.previous.data).equals(Buffer.from(input.data)))
      this.differing.add(input.path);
    slot.previous = void 0;
    slot.input = input;
  }
  /** Every file on disk with its final bytes, and every entry reported on the way. */
  result() {
    const files = [];
    for (const slot of this.slots.values())
      if (slot.kind === "file" && slot.input)
        files.push(slot.input);
    const duplicates = [...this.overwritten].map((path) => ({ path, reason: "duplicate-path", detail: this.differing.has(path) ? "copies differ" : "identical copies" }));
    return { files: [...files, ...this.unmodelled], unsafe: [...this.reported, ...duplicates] };
  }
  /** pacote's filter: `.gitignore` becomes `.npmignore` unless that name was already seen. */
  renameIgnoreFile(rawPath, type) {
    if (!FILE_TYPES.has(type))
      return rawPath;
    if (posix2.basename(rawPath) === ".npmignore")
      this.sawNpmignore.add(rawPath);
    if (!isGitignore(rawPath))
      return rawPath;
    const renamed = rawPath.replace(/\.gitignore$/, ".npmignore");
    if (!this.sawNpmignore.has(renamed))
      return renamed;
    const path = rawPath.slice(rawPath.indexOf("/") + 1);
    this.reported.push({ path, reason: "not-installed", detail: "npm drops a .gitignore when the same folder has a .npmignore" });
    return void 0;
  }
  /**
   * Create `folders` (the segments of a path, outermost first) as node-tar's mkdir does; returns
   * the first one that is a file already (where mkdir fails), else undefined.
   */
  createFolders(folders) {
    let folder = "";
    for (const segment of folders) {
      const next = folder === "" ? segment : `${folder}/${segment}`;
      const slot = this.slots.get(next);
      if (slot?.kind === "file")
        return next;
      if (!slot)
        this.create(next, { kind: "folder", children: 0 });
      folder = next;
    }
    return void 0;
  }
  /** Create the folders and the file as node-tar would; false when node-tar skips the entry. */
  place(path) {
    const blocked = this.createFolders(path.split("/").slice(0, -1));
    if (blocked !== void 0)
      return this.skip(path, `its folder ${blocked} is a file in the tarball`);
    const existing = this.slots.get(path);
    if (existing?.kind === "folder" && existing.children > 0)
      return this.skip(path, "a folder of the package has the same path");
    if (existing?.kind === "file") {
      this.overwritten.add(path);
      existing.previous = existing.input ?? existing.previous;
      existing.input = void 0;
      return true;
    }
    if (existing)
      this.slots.set(path, { kind: "file" });
    else
      this.create(path, { kind: "file" });
    return true;
  }
  create(path, slot) {
    this.slots.set(path, slot);
    const parent = this.slots.get(posix2.dirname(path));
    if (parent?.kind === "folder")
      parent.children++;
  }
  skip(path, detail) {
    this.reported.push({ path, reason: "not-installed", detail });
    return false;
  }
  /** macOS and Windows fold case and Unicode normalisation: two names become one file there. */
  noteCaseCollision(path) {
    const key = ASCII.test(path) ? path.toLowerCase() : path.normalize("NFD").toLowerCase();
    const first = this.folded.get(key);
    if (first === void 0)
      this.folded.set(key, path);
    else if (first !== path)
      this.reported.push({
        path,
        reason: "platform-dependent",
        detail: `${first} and ${path} are one file on case-insensitive file systems`
      });
  }
};
function portabilityProblem(path) {
  const segments = path.split("/");
  const mayBeLong = path.length > NAME_MAX || !ASCII.test(path);
  if (mayBeLong && segments.some((segment) => Buffer.byteLength(segment) > NAME_MAX)) {
    return { detail: `a name longer than ${NAME_MAX} bytes: Linux and macOS refuse it, Windows may write it`, unmodelled: true };
  }
  if (path.includes("\\"))
    return { detail: "a backslash: Windows reads it as a folder separator" };
  const windows = segments.find((segment) => WINDOWS_DEVICE.test(segment) || /[. ]$/.test(segment));
  if (windows !== void 0)
    return { detail: `${windows} is a device name or ends in a dot or space on Windows` };
  return void 0;
}

// dist/tarball/read-tarball.js
var DEFAULT_LIMITS = {
  maxEntries: 1e5,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxFileBytes: 512 * 1024 * 1024
};
function readTarball(source, limits = DEFAULT_LIMITS) {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha512");
    const state = { entries: 0, bytes: 0, stopped: false };
    const tree = new InstallTree();
    const gaps = [];
    const parser = new Parser({ maxDecompressionRatio: Number.POSITIVE_INFINITY });
    let gunzip;
    const stop = (gap) => {
      gaps.push(gap);
      if (state.stopped)
        return;
      state.stopped = true;
      source.unpipe();
      source.destroy();
      gunzip?.destroy();
      finish();
    };
    let finished = false;
    const finish = () => {
      if (finished)
        return;
      finished = true;
      const { files, unsafe: unsafe2 } = tree.result();
      resolve({ contents: createContents(files, unsafe2, gaps), integrity: `sha512-${hash.digest("base64")}` });
    };
    parser.on("warn", (code, message) => {
      if (code !== "TAR_ENTRY_INFO")
        stop(corrupt(code, message));
    });
    parser.on("error", (error) => stop(corrupt(error.code ?? "TAR_ERROR", error)));
    parser.on("entry", (entry) => {
      if (state.stopped)
        return void entry.resume();
      state.entries += 1;
      if (state.entries > limits.maxEntries) {
        entry.resume();
        return stop({ code: "entry-limit", message: `more than ${limits.maxEntries} entries; raise --max-entries to inspect it` });
      }
      collectEntry(entry, limits, state, { tree, gaps, stop });
    });
    parser.on("ignoredEntry", (entry) => {
      if (!state.stopped && !entry.meta)
        tree.admit(entry.path, entry.type);
    });
    parser.on("end", finish);
    source.on("data", (chunk) => finished ? void 0 : hash.update(chunk));
    source.on("error", (error) => state.stopped ? void 0 : reject(error));
    let started = false;
    source.once("data", (first) => {
      started = true;
      if (first[0] === 31 && first[1] === 139) {
        gunzip = createGunzip({ chunkSize: 256 * 1024 });
        gunzip.on("error", (error) => stop(corrupt(error.code ?? "Z_ERROR", error)));
        gunzip.write(first);
        source.pipe(gunzip).pipe(parser);
      } else {
        parser.write(first);
        source.pipe(parser);
      }
    });
    source.once("end", () => started || state.stopped ? void 0 : parser.end());
  });
}
function collectEntry(entry, limits, state, sinks) {
  const path = sinks.tree.admit(entry.path, entry.type, entry.linkpath);
  if (path === void 0)
    return void entry.resume();
  const size = entry.size ?? 0;
  if (size > limits.maxFileBytes || size > MAX_TEXT_BYTES) {
    const why = size > limits.maxFileBytes ? `${path} is larger than ${limits.maxFileBytes} bytes; raise --max-file-size to inspect it` : `${path} is larger than the longest string Node can hold (${MAX_TEXT_BYTES} bytes); leakproof cannot scan it`;
    sinks.gaps.push({ code: "file-size-limit", path, message: why });
    return void entry.resume();
  }
  const data = Buffer.allocUnsafe(size);
  let filled = 0;
  entry.on("data", (chunk) => {
    if (state.stopped)
      return;
    state.bytes += chunk.length;
    if (state.bytes > limits.maxTotalBytes) {
      sinks.stop({ code: "size-limit", message: `more than ${limits.maxTotalBytes} bytes unpacked; raise --max-size to inspect it` });
      return;
    }
    filled += chunk.copy(data, filled);
  });
  entry.on("end", () => {
    if (state.stopped)
      return;
    sinks.tree.write({ path, data: filled === data.length ? data : data.subarray(0, filled), mode: entry.mode ?? 420 });
  });
}
function corrupt(code, message) {
  const text = typeof message === "string" ? message : message.message;
  return { code: "corrupt-tarball", message: `not a readable npm tarball (${code}: ${text})` };
}

// dist/target/dependency-closure.js
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var FIELDS = ["dependencies", "optionalDependencies", "peerDependencies"];
var MAX_DEPTH2 = 3;
var MAX_PACKAGES = 40;
async function sameScopeDependencies(manifest, lookup) {
  const scope = /^(@[^/]+)\//.exec(typeof manifest?.name === "string" ? manifest.name : "")?.[1];
  if (!manifest || scope === void 0)
    return [];
  const found = /* @__PURE__ */ new Map();
  let level = scoped(manifest, scope);
  for (let depth = 0; depth < MAX_DEPTH2 && level.length > 0 && found.size < MAX_PACKAGES; depth++) {
    const fresh = level.filter(([name]) => !found.has(name) && name !== manifest.name).slice(0, MAX_PACKAGES - found.size);
    for (const [name, range] of fresh)
      found.set(name, range);
    const manifests = await Promise.all(fresh.map(([name, range]) => lookup(name, range).catch(() => void 0)));
    level = manifests.flatMap((next) => next ? scoped(next, scope) : []);
  }
  return [...found.keys()].sort();
}
function scoped(manifest, scope) {
  const out = [];
  for (const field of FIELDS) {
    const value = manifest[field];
    if (!isJsonObject(value))
      continue;
    for (const [name, range] of Object.entries(value))
      if (name.startsWith(`${scope}/`))
        out.push([name, typeof range === "string" ? range : "*"]);
  }
  return out;
}
function installedLookup(directory) {
  return async (name) => {
    for (let dir = directory; ; dir = dirname(dir)) {
      const text = await readFile(join(dir, "node_modules", name, "package.json"), "utf8").catch(() => void 0);
      if (text !== void 0) {
        const value = parseJsonText(text);
        return isJsonObject(value) ? value : void 0;
      }
      if (dirname(dir) === dir)
        return void 0;
    }
  };
}
async function targetDependencies(target, manifest, options) {
  if (target.info.kind === "registry") {
    const { registryManifestLookup } = await import("./fetch-registry-4W7SWWJM.js");
    return sameScopeDependencies(manifest, registryManifestLookup(options));
  }
  if (target.directory !== null)
    return sameScopeDependencies(manifest, installedLookup(target.directory));
  return [];
}

// dist/map-limit.js
async function mapLimit(items, limit2, task) {
  const results = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit2, items.length)) }, lane));
  return results;
}
async function forEachLimit(items, limit2, task) {
  await mapLimit(items, limit2, task);
}

export {
  DEFAULT_LIMITS,
  readTarball,
  sameScopeDependencies,
  targetDependencies,
  mapLimit,
  forEachLimit,
  inspectOptions,
  pathPrefix
};
