/**
 * Fetch the tarball a lockfile pins, the way npm installs from a lockfile: pacote with npm's
 * configuration and cache (registries, scoped registries, tokens, proxies, `_cacache`), the
 * bytes checked against the lockfile's `integrity`. With both a URL and an integrity pacote
 * reads npm's cache by digest and makes no request at all.
 *
 * An entry without `resolved` (npm's `omit-lockfile-registry-resolved`, pnpm, bun, yarn berry)
 * is fetched from the configured registry for its scope at the registry's tarball path
 * (`<registry><name>/-/<base>-<version>.tgz`, the layout npm's `replace-registry-host` relies on
 * too), so no packument is downloaded; a registry with another layout answers 404 there and the
 * version is then resolved through its packument. An entry whose integrity the lockfile does
 * not record is resolved through the packument, whose `dist.integrity` pacote checks.
 */
import type pacoteModule from 'pacote';
import { LeakproofError } from '../errors.js';
import { redactUrl } from '../redact.js';
import { toTargetError } from '../target/fetch-registry.js';
import { loadNpmConfig, type NpmConfigOptions, PUBLIC_REGISTRY_HOSTS, type RegistryConfig, registryFor } from '../target/npm-config.js';
import type { AuditUnit } from './plan.js';

/** The tarball bytes as fetched and verified. */
export interface FetchedTarball {
  readonly bytes: Buffer;
  /** The integrity pacote verified: the lockfile's, or for an entry without one the registry's. */
  readonly integrity: string | null;
}

/** Fetches one unit's tarball; rejects with a LeakproofError('target'). */
export type LockedFetcher = (unit: AuditUnit) => Promise<FetchedTarball>;

/** A fetcher bound to npm's configuration for `cwd` and `env`. Loads pacote once. */
export async function createLockedFetcher(options: NpmConfigOptions): Promise<LockedFetcher> {
  const { default: pacote } = await import('pacote');
  const config = await loadNpmConfig(options);
  // tarballUrl applies replace-registry-host itself; pacote must not move the URL again.
  const fetchOptions = { ...config, replaceRegistryHost: 'never' };
  return async (unit) => {
    const spec = `${unit.name}@${unit.version}`;
    const url = tarballUrl(unit, config);
    const registry = redactUrl(registryFor(unit.name, config));
    try {
      if (unit.integrity === null) return fetched(await pacote.tarball(spec, fetchOptions as pacoteModule.Options));
      const locked = { ...fetchOptions, integrity: unit.integrity } as pacoteModule.Options;
      try {
        return fetched(await pacote.tarball(url, locked));
      } catch (error) {
        // A URL we built on a registry with another layout: ask the packument where it is.
        if (unit.resolved !== null || (error as { code?: unknown }).code !== 'E404') throw error;
        return fetched(await pacote.tarball(spec, locked));
      }
    } catch (error) {
      if ((error as { code?: unknown }).code === 'EINTEGRITY') {
        throw new LeakproofError(
          'target',
          `the tarball of ${spec} from ${redactUrl(url)} does not match the lockfile's integrity: the registry serves other bytes than were locked; find out why before installing it`,
          { cause: error },
        );
      }
      throw toTargetError(error, spec, registry);
    }
  };
}

function fetched(data: Buffer & { integrity?: string | null }): FetchedTarball {
  return { bytes: data, integrity: data.integrity ?? null };
}

/**
 * Where to download a unit: the lockfile's URL (moved to the configured registry when it names
 * the public one, as npm's default `replace-registry-host=npmjs` does), or the registry layout.
 */
export function tarballUrl(unit: Pick<AuditUnit, 'name' | 'version' | 'resolved'>, config: RegistryConfig): string {
  const registry = registryFor(unit.name, config);
  if (unit.resolved !== null) {
    const url = new URL(unit.resolved);
    const replace = config.replaceRegistryHost ?? 'npmjs';
    const replaced = replace === 'always' || (replace === 'npmjs' ? PUBLIC_REGISTRY_HOSTS.has(url.host) : replace === url.host);
    return replaced && replace !== 'never' ? `${registry}${url.pathname.slice(1)}` : unit.resolved;
  }
  const base = unit.name.startsWith('@') ? unit.name.slice(unit.name.indexOf('/') + 1) : unit.name;
  return `${registry}${unit.name}/-/${base}-${unit.version}.tgz`;
}
