import {
  PUBLIC_REGISTRY_HOSTS,
  loadNpmConfig,
  nerfDart,
  registryFor
} from "./chunk-5OE3TZND.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";
import {
  redactUrl,
  redactUrlsIn
} from "./chunk-RYFOSZ5Q.js";

// dist/target/fetch-registry.js
import { createHash } from "node:crypto";
import { Transform } from "node:stream";
import npa from "npm-package-arg";
import pacote from "pacote";
var REGISTRY_TYPES = /* @__PURE__ */ new Set(["tag", "version", "range"]);
var NETWORK_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "ECONNRESET",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ERR_SOCKET_TIMEOUT",
  "FETCH_ERROR"
]);
function isRegistrySpec(arg) {
  try {
    return REGISTRY_TYPES.has(npa(arg).type);
  } catch {
    return false;
  }
}
function specType(arg, cwd) {
  try {
    const { type } = npa(arg, cwd);
    if (REGISTRY_TYPES.has(type))
      return "registry";
    return type === "remote" || type === "git" || type === "file" || type === "directory" ? type : null;
  } catch {
    return null;
  }
}
async function fetchSpecTarball(spec, options, consume) {
  const fetchOptions = await loadNpmConfig(options);
  const { default: Arborist } = await import("@npmcli/arborist");
  try {
    return await pacote.tarball.stream(spec, (source) => streamThrough(source, consume), {
      ...fetchOptions,
      where: options.cwd,
      Arborist,
      ignoreScripts: true
    });
  } catch (error) {
    throw toTargetError(error, redactUrlsIn(spec), redactUrlsIn(spec));
  }
}
async function fetchRegistryTarball(spec, options, consume) {
  const fetchOptions = await loadNpmConfig(options);
  const manifest = await resolveManifest(spec, fetchOptions);
  const exact = `${manifest.name}@${manifest.version}`;
  try {
    const streamed = await pacote.tarball.stream(exact, (source) => streamThrough(source, consume), {
      ...fetchOptions,
      resolved: manifest.resolved,
      integrity: manifest.integrity ?? void 0
    });
    return { ...manifest, integrity: streamed.integrity ?? manifest.integrity, result: streamed.result };
  } catch (error) {
    throw toTargetError(error, exact, registryFor2(spec, fetchOptions));
  }
}
function registryManifestLookup(options) {
  let fetchOptions;
  const looked = /* @__PURE__ */ new Map();
  const packumentCache = /* @__PURE__ */ new Map();
  const lookup = async (name, range) => {
    const config = await (fetchOptions ??= loadNpmConfig(options));
    const spec = `${name}@${range}`;
    if (config.preferOnline !== true) {
      try {
        return await pacote.manifest(spec, { ...config, packumentCache, preferOffline: true });
      } catch (error) {
        if (!STALE_PACKUMENT.has(error.code))
          throw error;
      }
    }
    return await pacote.manifest(spec, { ...config, preferOnline: true });
  };
  return (name, range) => {
    const key = `${name}@${range}`;
    let found = looked.get(key);
    if (!found) {
      found = lookup(name, range).catch(() => {
        looked.delete(key);
        return void 0;
      });
      looked.set(key, found);
    }
    return found;
  };
}
async function resolvePublishedVersion(spec, options) {
  try {
    return await resolveManifest(spec, await loadNpmConfig(options));
  } catch (error) {
    if (error instanceof LeakproofError && error.cause?.code === "E404")
      return null;
    throw error;
  }
}
async function resolveManifest(spec, fetchOptions) {
  const preferOnline = fetchOptions.offline !== true && fetchOptions.preferOffline !== true;
  try {
    const cached = readsCachedVersion(spec, fetchOptions) ? await cachedManifest(spec, fetchOptions) : void 0;
    const manifest = cached ?? await pacote.manifest(spec, { ...fetchOptions, preferOnline });
    return {
      name: manifest.name,
      version: manifest.version,
      integrity: manifest._integrity ?? null,
      resolved: manifest._resolved
    };
  } catch (error) {
    throw toTargetError(error, spec, registryFor2(spec, fetchOptions));
  }
}
function readsCachedVersion(spec, fetchOptions) {
  if (fetchOptions.preferOnline === true || fetchOptions.offline === true || fetchOptions.preferOffline === true)
    return false;
  try {
    const parsed = npa(spec);
    return parsed.type === "version" && PUBLIC_REGISTRY_HOSTS.has(new URL(registryFor(parsed.name ?? "", fetchOptions)).host);
  } catch {
    return false;
  }
}
var STALE_PACKUMENT = /* @__PURE__ */ new Set(["ETARGET", "ENOVERSIONS"]);
async function cachedManifest(spec, fetchOptions) {
  try {
    return await pacote.manifest(spec, { ...fetchOptions, preferOffline: true });
  } catch (error) {
    if (STALE_PACKUMENT.has(error.code))
      return void 0;
    throw error;
  }
}
async function streamThrough(source, consume) {
  const hash = createHash("sha512");
  const hashed = new Transform({
    transform(chunk, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    }
  });
  let stoppedEarly = false;
  const sourceDone = new Promise((resolve, reject) => {
    source.on("end", resolve);
    source.on("error", (error) => stoppedEarly ? resolve() : reject(error));
  });
  sourceDone.catch(() => void 0);
  source.on("error", (error) => hashed.destroy(error));
  hashed.on("close", () => {
    if (hashed.readableEnded || hashed.writableFinished)
      return;
    stoppedEarly = true;
    source.destroy?.();
  });
  source.pipe(hashed);
  let result;
  try {
    result = await consume(hashed);
  } catch (error) {
    stoppedEarly = true;
    source.destroy?.();
    throw error;
  }
  if (stoppedEarly)
    return { result, integrity: null };
  hashed.resume();
  await sourceDone;
  return { result, integrity: stoppedEarly ? null : `sha512-${hash.digest("base64")}` };
}
function registryFor2(spec, fetchOptions) {
  let name = "";
  try {
    name = npa(spec).name ?? "";
  } catch {
  }
  return redactUrl(registryFor(name, fetchOptions));
}
function toTargetError(error, spec, registry) {
  if (error instanceof LeakproofError)
    return error;
  const code = String(error?.code ?? "");
  const name = safeName(spec);
  const message = (() => {
    if (code === "E404")
      return `${name} is not published on ${registry}; check the name, or the registry in .npmrc`;
    if (code === "ETARGET" || code === "ENOVERSIONS")
      return `no version of ${name} matches ${spec}; check the version or dist-tag`;
    if (code === "E401" || code === "EOTP") {
      return `${registry} needs authentication for ${name}; add \`${authKeyFor(registry)}=<token>\` to .npmrc`;
    }
    if (code === "E403")
      return `${registry} refused access to ${name} (HTTP 403); check that the token in .npmrc may read it`;
    if (code === "EINTEGRITY")
      return `the tarball of ${spec} does not match the integrity ${registry} lists; retry, and report it if it persists`;
    if (NETWORK_CODES.has(code) || error?.type === "system") {
      return `cannot reach ${registry} (${code}); check the registry URL, your network or proxy settings`;
    }
    return `cannot fetch ${spec} from ${registry}: ${redactUrlsIn(firstLine(error))}`;
  })();
  return new LeakproofError("target", message, { cause: error });
}
function authKeyFor(registry) {
  try {
    return `${nerfDart(registry)}:_authToken`;
  } catch {
    return "//<registry host>/:_authToken";
  }
}
function safeName(spec) {
  try {
    return npa(spec).name ?? spec;
  } catch {
    return spec;
  }
}
function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0] ?? text;
}

export {
  isRegistrySpec,
  specType,
  fetchSpecTarball,
  fetchRegistryTarball,
  registryManifestLookup,
  resolvePublishedVersion,
  readsCachedVersion,
  toTargetError
};
