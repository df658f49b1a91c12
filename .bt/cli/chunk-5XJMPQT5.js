// dist/project.js
var PROJECT_URL = "https://github.com/leakproof/leakproof";
function repositoryFileUrl(path) {
  return `${PROJECT_URL}/blob/main/${path}`;
}

// dist/rules/meta.js
var RULES_DOC_URL = repositoryFileUrl("docs/rules.md");
var RULES = {
  "file/sensitive": {
    title: "Sensitive file shipped",
    defaultSeverity: "error",
    description: "A file that usually holds secrets or private state (.env, .npmrc with auth, a private key, .git) or that should never be published (nested archive, build cache, coverage, logs, editor leftovers) is in the package.",
    help: 'Remove the file from the package: add it to .npmignore or narrow the "files" field, then rebuild. If it must ship, add an ignore entry with a reason to leakproof.json.',
    securitySeverity: "8.0"
  },
  "file/unlisted": {
    title: "File not in the allowlist",
    defaultSeverity: "error",
    description: 'The package ships a file that no entry of leakproof.json "files" allows.',
    help: 'If the file should ship, run `leakproof check --update` (or add a glob to "files"); otherwise stop it from being packed.'
  },
  "file/missing": {
    title: "Allowlisted file missing",
    defaultSeverity: "error",
    description: 'An entry of leakproof.json "files" matches nothing in the package: a build that lost its output is a broken release.',
    help: "Rebuild the package, or remove the entry with `leakproof check --update` if the file is gone on purpose.",
    locatedIn: "manifest",
    claimsAbsence: true
  },
  "size/budget": {
    title: "Size budget exceeded",
    defaultSeverity: "error",
    description: "The files matching a budget glob, or the whole unpacked package, are larger than leakproof.json allows.",
    help: "Find what grew (`leakproof diff`), shrink or drop it, or raise the budget in leakproof.json on purpose.",
    locatedIn: "manifest"
  },
  "tarball/unsafe-entry": {
    title: "Unsafe tarball entry",
    defaultSeverity: "error",
    description: "The tarball holds an entry npm does not install as written: a link, a `..` path, an absolute or drive root, a duplicate, an entry npm skips, or a name that differs by platform.",
    help: "Rebuild the tarball with `npm pack`; never publish links or hand-made archives.",
    securitySeverity: "7.0"
  },
  "sourcemap/embedded-sources": {
    title: "Source map embeds first-party sources",
    defaultSeverity: "error",
    description: "A shipped source map carries original first-party source code in `sourcesContent` that the package does not otherwise ship in readable form (its bundle is minified, or the code is absent from what ships); anyone who installs the package can recover it.",
    help: 'Stop shipping the map (exclude *.map from "files") or build without sourcesContent; if publishing sources is intended, allow the map in leakproof.json sourceMaps.allowEmbeddedSources with a reason.',
    securitySeverity: "7.5"
  },
  "sourcemap/readable-sources": {
    title: "Source map embeds sources the package ships readable",
    defaultSeverity: "warning",
    description: "A shipped source map carries first-party sources whose code the package already ships in readable form (tsc or unminified bundler output): the map adds their types and comments, and reveals the source layout.",
    help: "Nothing secret is exposed by the code itself; build without sourcesContent or stop shipping maps if the types, comments or layout should stay private, or allow the map in leakproof.json sourceMaps.allowMaps."
  },
  "sourcemap/shipped": {
    title: "Source map shipped",
    defaultSeverity: "warning",
    description: "A source map ships in the package without recoverable first-party sources; it still reveals file layout and adds weight.",
    help: "Exclude maps from the package, or allow them in leakproof.json sourceMaps.allowMaps with a reason.",
    securitySeverity: "3.0"
  },
  "sourcemap/local-path": {
    title: "Build-machine path in source map",
    defaultSeverity: "warning",
    description: "A source map names absolute paths of the machine that built it (/Users/..., /home/..., C:\\..., file:///...), revealing user names and layout.",
    help: "Configure the bundler to emit relative source paths (e.g. sourceRoot or devtoolModuleFilenameTemplate).",
    securitySeverity: "3.5"
  },
  "sourcemap/invalid": {
    title: "Invalid source map",
    defaultSeverity: "warning",
    description: "A source map breaks ECMA-426; tools may fail on it, yet any sourcesContent it carries is still readable.",
    help: "Fix or regenerate the map, or stop shipping it."
  },
  "sourcemap/remote-url": {
    title: "Source map at a remote URL",
    defaultSeverity: "warning",
    description: "A sourceMappingURL points at an http(s) URL: the map lives elsewhere and may be public.",
    help: "Check that the URL does not serve your sources publicly, or drop the comment from the build.",
    securitySeverity: "4.0"
  },
  "sourcemap/dangling-reference": {
    title: "Source map reference to a missing file",
    defaultSeverity: "warning",
    description: "A sourceMappingURL comment points at a file the package does not contain: the map was left out (or lives elsewhere), and debuggers will report errors.",
    help: "Remove the comment from the build output, or ship the map on purpose.",
    claimsAbsence: true
  },
  secret: {
    title: "Credential in package",
    defaultSeverity: "error",
    description: "A credential (key, token, password in a URL) appears in a shipped file or in a source recovered from a source map: an error in code and configuration, a warning in tests, docs, comments, templates and dependency code.",
    help: "For an error, revoke and rotate the credential now, then remove it from the package and its source. For a warning, check that the value is an example, not a live credential. To accept a known value, add an ignore entry with its hash.",
    securitySeverity: "9.5",
    runsWith: "secrets"
  },
  "baseline/new-file": {
    title: "New file since baseline",
    defaultSeverity: "info",
    description: "The package ships a file the baseline release did not.",
    help: "Check that the new file is meant to ship.",
    runsWith: "baseline"
  },
  "baseline/removed-file": {
    title: "File removed since baseline",
    defaultSeverity: "info",
    description: "A file the baseline release shipped is gone.",
    help: "Check that consumers do not import the removed file.",
    claimsAbsence: true,
    runsWith: "baseline"
  },
  "baseline/file-growth": {
    title: "File grew since baseline",
    defaultSeverity: "warning",
    description: "A file grew past the configured threshold since the baseline release.",
    help: "Check what made it grow; raise baseline.fileGrowthPercent in leakproof.json if it is expected.",
    runsWith: "baseline"
  },
  "baseline/package-growth": {
    title: "Package grew since baseline",
    defaultSeverity: "warning",
    description: "The unpacked package grew past the configured threshold since the baseline release.",
    help: "Run `leakproof diff` to see what grew.",
    runsWith: "baseline"
  },
  "baseline/new-source-map": {
    title: "New source map since baseline",
    defaultSeverity: "error",
    description: "The package ships a source map the baseline release did not: the shape of the 2026 incident.",
    help: "Stop shipping the map, or allow it in leakproof.json with a reason.",
    securitySeverity: "7.0",
    runsWith: "baseline"
  },
  "baseline/new-embedded-sources": {
    title: "New embedded sources since baseline",
    defaultSeverity: "error",
    description: "A source map now embeds first-party sources that the baseline release did not expose.",
    help: "Build without sourcesContent or stop shipping the map.",
    securitySeverity: "7.5",
    runsWith: "baseline"
  }
};
function ruleMeta(id) {
  return RULES[id];
}
function isRuleId(id) {
  return Object.hasOwn(RULES, id);
}
function ranIn(id, scope) {
  const needs = ruleMeta(id).runsWith;
  return needs === void 0 || scope[needs];
}
function ruleAnchor(id) {
  return id.replace(/[^a-z0-9]+/g, "-");
}

// dist/types.js
var SEVERITIES = ["error", "warning", "info"];

export {
  PROJECT_URL,
  RULES_DOC_URL,
  RULES,
  ruleMeta,
  isRuleId,
  ranIn,
  ruleAnchor,
  SEVERITIES
};
