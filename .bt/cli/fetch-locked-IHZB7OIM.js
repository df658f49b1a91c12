import {
  toTargetError
} from "./chunk-NZG66ZRB.js";
import {
  PUBLIC_REGISTRY_HOSTS,
  loadNpmConfig,
  registryFor
} from "./chunk-5OE3TZND.js";
import {
  LeakproofError
} from "./chunk-HLT5EGBY.js";
import {
  redactUrl
} from "./chunk-RYFOSZ5Q.js";

// dist/audit/fetch-locked.js
async function createLockedFetcher(options) {
  const { default: pacote } = await import("pacote");
  const config = await loadNpmConfig(options);
  const fetchOptions = { ...config, replaceRegistryHost: "never" };
  return async (unit) => {
    const spec = `${unit.name}@${unit.version}`;
    const url = tarballUrl(unit, config);
    const registry = redactUrl(registryFor(unit.name, config));
    try {
      if (unit.integrity === null)
        return fetched(await pacote.tarball(spec, fetchOptions));
      const locked = { ...fetchOptions, integrity: unit.integrity };
      try {
        return fetched(await pacote.tarball(url, locked));
      } catch (error) {
        if (unit.resolved !== null || error.code !== "E404")
          throw error;
        return fetched(await pacote.tarball(spec, locked));
      }
    } catch (error) {
      if (error.code === "EINTEGRITY") {
        throw new LeakproofError("target", `the tarball of ${spec} from ${redactUrl(url)} does not match the lockfile's integrity: the registry serves other bytes than were locked; find out why before installing it`, { cause: error });
      }
      throw toTargetError(error, spec, registry);
    }
  };
}
function fetched(data) {
  return { bytes: data, integrity: data.integrity ?? null };
}
function tarballUrl(unit, config) {
  const registry = registryFor(unit.name, config);
  if (unit.resolved !== null) {
    const url = new URL(unit.resolved);
    const replace = config.replaceRegistryHost ?? "npmjs";
    const replaced = replace === "always" || (replace === "npmjs" ? PUBLIC_REGISTRY_HOSTS.has(url.host) : replace === url.host);
    return replaced && replace !== "never" ? `${registry}${url.pathname.slice(1)}` : unit.resolved;
  }
  const base = unit.name.startsWith("@") ? unit.name.slice(unit.name.indexOf("/") + 1) : unit.name;
  return `${registry}${unit.name}/-/${base}-${unit.version}.tgz`;
}
export {
  createLockedFetcher,
  tarballUrl
};
