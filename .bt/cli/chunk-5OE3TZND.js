// dist/target/npm-config.js
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
var PUBLIC_REGISTRY_HOSTS = /* @__PURE__ */ new Set(["registry.npmjs.org", "registry.yarnpkg.com"]);
async function loadNpmConfig(options) {
  const require2 = createRequire(import.meta.url);
  const Config = require2("@npmcli/config");
  const { definitions, shorthands, flatten, nerfDarts } = require2("@npmcli/config/lib/definitions");
  const config = new Config({
    definitions,
    shorthands,
    flatten,
    nerfDarts,
    npmPath: npmInstallPath(options.env),
    // A copy: loading writes npm_config_* variables back into the environment it is given.
    env: { ...options.env },
    argv: [],
    cwd: options.cwd,
    warn: false
  });
  await config.load();
  config.repair();
  return flatKeepingProcessEnv(config);
}
var FLATTEN_WRITES = ["NODE_ENV", "npm_config_user_agent"];
function flatKeepingProcessEnv(config) {
  const before = FLATTEN_WRITES.map((name) => process.env[name]);
  try {
    return config.flat;
  } finally {
    FLATTEN_WRITES.forEach((name, i) => {
      if (before[i] === void 0)
        delete process.env[name];
      else
        process.env[name] = before[i];
    });
  }
}
function registryFor(name, config) {
  const scope = name.startsWith("@") ? name.slice(0, name.indexOf("/")) : null;
  const scoped = scope === null ? void 0 : config[`${scope}:registry`];
  return withTrailingSlash(typeof scoped === "string" ? scoped : config.registry);
}
function nerfDart(url) {
  const parsed = new URL(url);
  const base = new URL(".", `${parsed.protocol}//${parsed.host}${parsed.pathname}`);
  return `//${base.host}${base.pathname}`;
}
function npmInstallPath(env) {
  const execPath = env.npm_execpath;
  if (execPath && /npm-cli\.[cm]?js$/.test(execPath))
    return dirname(dirname(execPath));
  const nodeDir = dirname(process.execPath);
  return process.platform === "win32" ? join(nodeDir, "node_modules", "npm") : join(dirname(nodeDir), "lib", "node_modules", "npm");
}
function withTrailingSlash(url) {
  return url.endsWith("/") ? url : `${url}/`;
}

export {
  PUBLIC_REGISTRY_HOSTS,
  loadNpmConfig,
  registryFor,
  nerfDart
};
