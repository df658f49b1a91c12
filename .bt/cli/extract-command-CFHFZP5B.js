import {
  recover
} from "./chunk-NZHXSPUL.js";
import "./chunk-LUUKWAVK.js";
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
  safeLine
} from "./chunk-R5VEDDXK.js";
import "./chunk-VG33CBMA.js";
import "./chunk-NRAWCYD3.js";
import "./chunk-H3QZ6UYL.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";
import "./chunk-7TUM52OJ.js";
import {
  formatSize,
  plural
} from "./chunk-BD6EW6TF.js";
import {
  percentDecode
} from "./chunk-IUMYWW7D.js";
import "./chunk-RYFOSZ5Q.js";

// dist/cli/extract-command.js
import { resolve as resolve2 } from "node:path";

// dist/sourcemaps/write-extraction.js
import { lstatSync, mkdirSync, realpathSync, writeFileSync } from "node:fs";
import { mkdir, readdir, realpath, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";

// dist/sourcemaps/safe-path.js
import { createHash } from "node:crypto";
var MAX_SEGMENT_BYTES = 200;
var MAX_PATH_BYTES = 768;
var REMOTE_SCHEMES = /* @__PURE__ */ new Set(["http", "https", "ftp", "ws", "wss"]);
var RESERVED_NAMES = /^(con|prn|aux|nul|conin\$|conout\$|clock\$|(com|lpt)[0-9¹²³])$/i;
var VCS_NAMES = /* @__PURE__ */ new Set([".git", ".hg", ".svn", ".bzr", "_darcs", ".jj", ".pijul", ".sl", ".fslckout", "_fossil_", "head"]);
var IGNORABLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u206a-\u206f\ufeff]/g;
function isVcsName(name) {
  return VCS_NAMES.has(name.replace(IGNORABLE, "").normalize("NFC").toLowerCase());
}
var RESERVED_CHARS = /[<>:"|?*/\\]/g;
var CONTROL_CHARS = /[\u0000-\u001f\u007f]/g;
function toSafeRelativePath(sourcePath) {
  const { prefix, rest, decode } = splitOrigin(sourcePath.replace(/\\/g, "/"), sourcePath);
  const segments = [...prefix, ...normaliseSegments(rest, decode)].map(sanitiseSegment);
  if (segments.length === prefix.length)
    segments.push("_empty");
  return limitPathLength(segments);
}
function splitOrigin(path, original) {
  const url = /^([a-z][a-z0-9+.-]+):\/\/([^/]*)\/?(.*)$/is.exec(path);
  if (url) {
    const scheme = url[1].toLowerCase();
    const host = url[2];
    const rest = url[3];
    if (scheme === "file") {
      if (host !== "" && host.toLowerCase() !== "localhost")
        return origin(["_unc", host], rest, true);
      const drive = /^([a-z])[:|](\/|$)(.*)$/is.exec(rest);
      if (drive)
        return origin(["_drive", drive[1].toUpperCase()], drive[3], true);
      return origin(["_abs"], rest, true);
    }
    if (REMOTE_SCHEMES.has(scheme))
      return origin(["_remote", ...hostFolder(host)], rest, true);
    const inner = splitPlainPath(rest, rest);
    return origin([...hostFolder(host), ...inner.prefix], inner.rest, false);
  }
  return splitPlainPath(path, original);
}
function splitPlainPath(path, original) {
  const extended = /^\/\/[?.]\/(.*)$/s.exec(path);
  if (extended) {
    const body = extended[1];
    const unc = /^unc\/(.*)$/is.exec(body);
    if (unc)
      return origin(["_unc"], unc[1], false);
    return splitPlainPath(body, body);
  }
  if (path.startsWith("//")) {
    const isUnc = original.startsWith("\\\\") || original.startsWith("\\/") || original.startsWith("/\\");
    const body = path.replace(/^\/+/, "");
    const host = body.split("/")[0];
    const rest = body.slice(host.length);
    return isUnc ? origin(["_unc", ...hostFolder(host)], rest, false) : origin(["_remote", ...hostFolder(host)], rest, true);
  }
  const drive = /^([a-z]):\/?(.*)$/is.exec(path);
  if (drive)
    return origin(["_drive", drive[1].toUpperCase()], drive[2], false);
  if (path.startsWith("/"))
    return origin(["_abs"], path, false);
  return origin([], path, false);
}
function origin(prefix, rest, decode) {
  if (!decode)
    return { prefix, rest, decode };
  const path = rest.replace(/#.*$/s, "").replace(/\?.*$/s, (query) => query.replace(/\//g, "%2F"));
  return { prefix, rest: path, decode };
}
function hostFolder(host) {
  return host === "" ? [] : [host];
}
function normaliseSegments(path, decode) {
  const kept = [];
  let ups = 0;
  for (const raw of path.split("/")) {
    const segment = decode ? percentDecode(raw) : raw;
    if (segment === "" || segment === ".")
      continue;
    if (segment === "..") {
      if (kept.length > 0)
        kept.pop();
      else
        ups += 1;
      continue;
    }
    kept.push(segment);
  }
  return [...Array(ups).fill("_up"), ...kept];
}
function sanitiseSegment(segment) {
  let name = segment.replace(CONTROL_CHARS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`).replace(RESERVED_CHARS, "_").replace(/[. ]+$/, (tail) => "_".repeat(tail.length));
  const stem = name.split(".")[0].replace(/ +$/, "");
  if (RESERVED_NAMES.test(stem) || isVcsName(name))
    name = `_${name}`;
  return truncateSegment(name, segment);
}
function truncateSegment(name, original) {
  if (Buffer.byteLength(name) <= MAX_SEGMENT_BYTES)
    return name;
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 && Buffer.byteLength(name.slice(dot)) <= 16 ? name.slice(dot) : "";
  const tag = `~${shortHash(original)}`;
  const budget = MAX_SEGMENT_BYTES - Buffer.byteLength(tag + ext);
  return truncateToBytes(name.slice(0, name.length - ext.length), budget) + tag + ext;
}
function truncateToBytes(text, budget) {
  let out = "";
  let used = 0;
  for (const char of text) {
    const size = Buffer.byteLength(char);
    if (used + size > budget)
      break;
    out += char;
    used += size;
  }
  return out;
}
function limitPathLength(segments) {
  const joined = segments.join("/");
  if (Buffer.byteLength(joined) <= MAX_PATH_BYTES)
    return joined;
  const file = segments[segments.length - 1];
  const tail = `_long~${shortHash(joined)}/${file}`;
  let budget = MAX_PATH_BYTES - Buffer.byteLength(tail);
  const kept = [];
  for (const segment of segments.slice(0, -1)) {
    const size = Buffer.byteLength(segment) + 1;
    if (size > budget)
      break;
    kept.push(segment);
    budget -= size;
  }
  return [...kept, tail].join("/");
}
function shortHash(text) {
  return createHash("sha256").update(text).digest("hex").slice(0, 10);
}

// dist/sourcemaps/write-extraction.js
var INDEX_FILE_NAME = "leakproof-extract.json";
var BATCH = 256;
function planExtraction(sources, options) {
  const selected = options.firstPartyOnly ? sources.filter((s) => s.classification === "first-party") : sources;
  const tree = new FolderTree();
  const desired = selected.map((s) => tree.place(toSafeRelativePath(s.resolved || s.source)));
  const indexPath = tree.claim({ folder: ROOT, dir: "", name: INDEX_FILE_NAME });
  const sameContent = /* @__PURE__ */ new Map();
  const files = selected.map((source, i) => {
    const want = desired[i];
    const wanted = joinPath(want.dir, want.name);
    const content = source.content;
    const bytes = Buffer.byteLength(content);
    let written = sameContent.get(wanted);
    if (written !== void 0 && !(written instanceof Map)) {
      if (written.content === content)
        return { path: written.path, source, bytes, write: false };
      written = /* @__PURE__ */ new Map([[written.content, written.path]]);
      sameContent.set(wanted, written);
    }
    const earlier = written?.get(content);
    if (earlier !== void 0)
      return { path: earlier, source, bytes, write: false };
    const path = tree.claim(want);
    if (written)
      written.set(content, path);
    else
      sameContent.set(wanted, { content, path });
    return { path, source, bytes, write: true };
  });
  return { files, indexPath, skipped: sources.length - selected.length };
}
function nameKey(name) {
  return name.normalize("NFC").toUpperCase().toLowerCase();
}
function joinPath(dir, name) {
  return dir === "" ? name : `${dir}/${name}`;
}
var ROOT = 0;
var FolderTree = class {
  ids = /* @__PURE__ */ new Map();
  spelling = /* @__PURE__ */ new Map([[ROOT, ""]]);
  taken = /* @__PURE__ */ new Set();
  nextSuffix = /* @__PURE__ */ new Map();
  /** Register a path's folders (first spelling wins, so `Src/a` and `src/b` share one) and return its placement. */
  place(path) {
    const parts = path.split("/");
    let folder = ROOT;
    for (const segment of parts.slice(0, -1)) {
      const key = `${folder}\0${nameKey(segment)}`;
      let id = this.ids.get(key);
      if (id === void 0) {
        id = this.ids.size + 1;
        this.ids.set(key, id);
        this.taken.add(key);
        this.spelling.set(id, joinPath(this.spelling.get(folder), segment));
      }
      folder = id;
    }
    return { folder, dir: this.spelling.get(folder), name: parts[parts.length - 1] };
  }
  /** Take the name, or the first free `name~N.ext` in its folder, and return the full path. */
  claim(placement) {
    const { folder, dir, name } = placement;
    const base = `${folder}\0${name}`;
    let chosen = name;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.taken.has(`${folder}\0${nameKey(chosen)}`))
      chosen = withSuffix(name, n++);
    if (chosen !== name)
      this.nextSuffix.set(base, n);
    this.taken.add(`${folder}\0${nameKey(chosen)}`);
    return joinPath(dir, chosen);
  }
};
function withSuffix(path, n) {
  const slash = path.lastIndexOf("/");
  const dot = path.lastIndexOf(".");
  return dot > slash + 1 ? `${path.slice(0, dot)}~${n}${path.slice(dot)}` : `${path}~${n}`;
}
async function writeExtraction(plan, outDir) {
  const toWrite = plan.files.filter((f) => f.write);
  const seen = /* @__PURE__ */ new Set();
  const duplicate = toWrite.find((f) => seen.size === seen.add(f.path).size);
  if (duplicate)
    throw usage(`extract: the plan writes ${duplicate.path} twice; build plans with planExtraction`);
  const root = await prepareOutDir(resolve(outDir));
  await createFolders(root, toWrite.map((f) => f.path));
  await inBatches(toWrite, (f) => writeNew(root, f.path, f.source.content));
  const files = plan.files.map((f) => ({
    path: f.path,
    map: f.source.map,
    source: f.source.source,
    index: f.source.index,
    classification: f.source.classification,
    bytes: f.bytes
  }));
  writeNew(root, plan.indexPath, `${JSON.stringify({ schemaVersion: 1, files }, null, 2)}
`);
  const bytes = toWrite.reduce((sum, f) => sum + f.bytes, 0);
  return { written: toWrite.length, bytes, indexPath: join(resolve(outDir), ...plan.indexPath.split("/")) };
}
async function prepareOutDir(outDir) {
  const existing = await stat(outDir).catch((error) => {
    if (error.code === "ENOENT")
      return null;
    throw usage(`cannot use ${outDir} (${error.code ?? error.message}); choose another output folder`);
  });
  if (existing === null) {
    await mkdir(outDir, { recursive: true }).catch((error) => {
      throw usage(`cannot create ${outDir} (${error.code ?? error.message}); choose another output folder`);
    });
  } else if (!existing.isDirectory()) {
    throw usage(`${outDir} is a file; pass a new or empty folder to extract into`);
  } else if ((await readdir(outDir).catch(() => [""])).length > 0) {
    throw usage(`${outDir} is not empty or not readable; pass a new or empty folder so nothing is overwritten`);
  }
  return realpath(outDir);
}
async function createFolders(root, paths) {
  const byDepth = [];
  const seen = /* @__PURE__ */ new Set();
  for (const path of paths) {
    for (let folder = parentOf(path); folder !== "" && !seen.has(folder); folder = parentOf(folder)) {
      seen.add(folder);
      (byDepth[depthOf(folder)] ??= []).push(folder);
    }
  }
  await inBatches(byDepth.flatMap((level) => level ?? []), (folder) => createFolder(root, folder));
}
function parentOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function depthOf(folder) {
  let depth = 1;
  for (let at = folder.indexOf("/"); at >= 0; at = folder.indexOf("/", at + 1))
    depth++;
  return depth;
}
function createFolder(root, folder) {
  const full = join(root, ...folder.split("/"));
  try {
    mkdirSync(full);
  } catch (error) {
    if (error.code !== "EEXIST")
      throw writeFailure(folder, error);
  }
  const info = lstatSync(full);
  if (!info.isDirectory() || info.isSymbolicLink() || !isInside(root, realpathSync.native(full))) {
    throw usage(`${folder} in the output folder is not a folder leakproof created; extract into a new empty folder`);
  }
}
function writeNew(root, path, content) {
  const full = join(root, ...path.split("/"));
  if (!isInside(root, full)) {
    throw usage(`refusing to write ${path} outside the output folder; this is a leakproof bug, please report it`);
  }
  try {
    writeFileSync(full, content, { flag: "wx" });
  } catch (error) {
    throw writeFailure(path, error);
  }
}
function isInside(root, path) {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function writeFailure(path, error) {
  const code = error.code ?? String(error);
  const hint = code === "EEXIST" ? "something else wrote into the output folder meanwhile; extract into a new empty folder" : "check permissions and free space, then extract into a new empty folder";
  return usage(`could not write ${path} (${code}); ${hint}`, error);
}
function usage(message, cause) {
  return new LeakproofError("usage", `extract: ${message}`, cause === void 0 ? void 0 : { cause });
}
async function inBatches(items, task) {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % BATCH === 0)
      await nextTurn();
    task(items[i]);
  }
}

// dist/cli/extract-command.js
async function extractCommand(argv, io) {
  const target = String(argv.target);
  const outDir = resolve2(io.cwd, argv.out);
  const { analysis, gaps } = recover(await acquire(target, inspectOptions({}, io)));
  const plan = planExtraction(analysis.sources, { firstPartyOnly: argv.firstPartyOnly });
  const result = await writeExtraction(plan, outDir);
  const maps = new Set(analysis.sources.map((source) => source.map)).size;
  const firstParty = analysis.sources.filter((source) => source.classification === "first-party").length;
  io.stdout.write(`leakproof: wrote ${plural(result.written, "file")} (${formatSize(result.bytes)}) recovered from ${plural(maps, "source map")} (${firstParty} first-party) to ${outDir}
Index: ${result.indexPath}
`);
  if (gaps.length > 0) {
    io.stderr.write(`leakproof: the target was not fully read (${safeLine(gaps.map((gap) => gap.message).join("; "))}); more sources may exist
`);
    return 3;
  }
  return 0;
}
export {
  extractCommand
};
