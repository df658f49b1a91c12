import {
  parseJsonText
} from "./chunk-H3QZ6UYL.js";

// dist/target/package-manager.js
import { access, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var PACK_MANAGERS = ["npm", "pnpm", "yarn", "bun"];
var LOCKFILES = [
  ["pnpm-lock.yaml", "pnpm"],
  ["pnpm-workspace.yaml", "pnpm"],
  ["yarn.lock", "yarn"],
  ["bun.lock", "bun"],
  ["bun.lockb", "bun"],
  ["package-lock.json", "npm"],
  ["npm-shrinkwrap.json", "npm"]
];
function isPackManager(value) {
  return PACK_MANAGERS.includes(value);
}
async function detectPackManager(dir) {
  for (let at = dir; ; at = dirname(at)) {
    const declared = await declaredManager(at);
    if (declared)
      return { manager: declared, because: `"packageManager" in ${join(at, "package.json")}` };
    for (const [file, manager] of LOCKFILES) {
      if (await exists(join(at, file)))
        return { manager, because: join(at, file) };
    }
    if (dirname(at) === at)
      return { manager: "npm", because: "no packageManager field or lockfile" };
  }
}
async function declaredManager(folder) {
  try {
    const pkg = parseJsonText(await readFile(join(folder, "package.json"), "utf8"));
    const name = typeof pkg.packageManager === "string" ? pkg.packageManager.split("@")[0] ?? "" : "";
    return isPackManager(name) ? name : void 0;
  } catch {
    return void 0;
  }
}
async function exists(path) {
  return access(path).then(() => true, () => false);
}

export {
  PACK_MANAGERS,
  detectPackManager
};
