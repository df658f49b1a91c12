import {
  mapWorkspacePaths
} from "./chunk-WVTN2LW6.js";
import {
  comparePaths
} from "./chunk-NRAWCYD3.js";
import {
  isJsonObject,
  parseJsonText
} from "./chunk-H3QZ6UYL.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";

// dist/cli/check-targets.js
import { readFile as readFile2 } from "node:fs/promises";
import { join as join2, relative as relative2, resolve as resolve2 } from "node:path";

// dist/target/workspaces.js
import { readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
async function listWorkspaceMembers(root) {
  const rootPkg = await readPackageJsonAt(root);
  const pnpmPatterns = await readPnpmPatterns(root);
  let dirs;
  if (pnpmPatterns) {
    dirs = await expandPnpmPatterns(root, pnpmPatterns);
  } else if (rootPkg?.workspaces) {
    dirs = await mapWorkspacePaths(root, rootPkg);
  } else {
    throw new LeakproofError("usage", `${root} declares no workspaces (no "workspaces" in package.json, no pnpm-workspace.yaml); run --workspaces in the monorepo's root folder`);
  }
  const members = await Promise.all([...new Set(dirs.map((dir) => resolve(dir)))].map(async (dir) => {
    const pkg = await readPackageJsonAt(dir);
    if (!pkg)
      return void 0;
    const path = relative(root, dir).split("\\").join("/") || ".";
    return { dir, path, name: typeof pkg.name === "string" ? pkg.name : null, private: pkg.private === true };
  }));
  return members.filter((member) => member !== void 0).sort((a, b) => comparePaths(a.path, b.path));
}
function selectWorkspaces(members, selectors, cwd) {
  const chosen = /* @__PURE__ */ new Set();
  for (const selector of selectors) {
    const folder = resolve(cwd, selector);
    const matches = members.filter((member) => member.name === selector || member.dir === folder || member.dir.startsWith(`${folder}/`));
    if (matches.length === 0) {
      const known = members.map((member) => member.name ?? member.path).join(", ");
      throw new LeakproofError("usage", `no workspace matches -w ${selector}; the workspaces are: ${known}`);
    }
    for (const match of matches)
      chosen.add(match);
  }
  return members.filter((member) => chosen.has(member));
}
async function readPnpmPatterns(root) {
  const file = join(root, "pnpm-workspace.yaml");
  const { load: parseYaml } = await import("js-yaml");
  const parsed = await readParsed(file, (text) => parseYaml(text), "YAML");
  if (parsed === absent)
    return void 0;
  const packages = parsed?.packages;
  if (packages === void 0)
    return [];
  if (!Array.isArray(packages) || !packages.every((entry) => typeof entry === "string")) {
    throw new LeakproofError("target", `${file}: "packages" must be a list of globs`);
  }
  return packages;
}
async function expandPnpmPatterns(root, patterns) {
  const toManifest = (pattern) => `${pattern.replace(/^\.\//, "").replace(/\/+$/, "")}/package.json`.replace(/^\.?\/package\.json$/, "package.json");
  const include = patterns.filter((pattern) => !pattern.startsWith("!")).map(toManifest);
  const exclude = patterns.filter((pattern) => pattern.startsWith("!")).map((pattern) => toManifest(pattern.slice(1)));
  const { glob } = await import("glob");
  const found = await glob(include, { cwd: root, ignore: ["**/node_modules/**", ...exclude], nodir: true, dot: false, posix: true });
  return found.map((file) => resolve(root, file, ".."));
}
async function readPackageJsonAt(dir) {
  const value = await readParsed(join(dir, "package.json"), parseJsonText, "JSON");
  return value !== absent && isJsonObject(value) ? value : void 0;
}
var absent = Symbol("absent");
async function readParsed(file, parse, format) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return absent;
  }
  try {
    return parse(text);
  } catch (error) {
    throw new LeakproofError("target", `${file}: not valid ${format} (${error.message.split("\n")[0]}); fix it so the package manager can read it`, { cause: error });
  }
}

// dist/cli/check-targets.js
async function selectTargets(argv, io) {
  const inputs = argv.targets ?? [];
  const selectors = argv.workspace ?? [];
  if (!argv.workspaces && selectors.length === 0)
    return inputs.length > 1 ? { targets: [...inputs], skipped: [] } : void 0;
  if (inputs.length > 1)
    throw new LeakproofError("usage", "--workspaces takes one folder, the monorepo root; give several targets without it");
  const root = resolve2(io.cwd, inputs[0] ?? ".");
  const members = await listWorkspaceMembers(root);
  const chosen = selectors.length > 0 ? selectWorkspaces(members, selectors, io.cwd) : members;
  const asInput = (dir) => relative2(io.cwd, dir).split("\\").join("/") || ".";
  const targets = [];
  const skipped = [];
  for (const member of chosen) {
    if (member.private)
      skipped.push({ input: asInput(member.dir), reason: `${member.name ?? member.path} is private: true (never published)`, gap: false });
    else
      targets.push(asInput(member.dir));
  }
  return { targets, skipped };
}
async function warnPrepublishOnly(argv, io) {
  if (io.env.npm_lifecycle_event !== "prepublishOnly" || argv.pack === true || io.env.LEAKPROOF_PUBLISHING === "1")
    return;
  const scripts = await readFile2(join2(io.cwd, "package.json"), "utf8").then((text) => parseJsonText(text).scripts ?? {}).catch(() => ({}));
  const builds = ["prepack", "prepare"].filter((name) => typeof scripts[name] === "string");
  if (builds.length === 0)
    return;
  io.stderr.write(`leakproof: warning: this check runs as prepublishOnly, before ${builds.join(" and ")}: it sees the files before that build, not what will be published.
leakproof: use \`leakproof publish\` instead (pack once, check that tarball, publish exactly it).
`);
}

export {
  selectTargets,
  warnPrepublishOnly
};
