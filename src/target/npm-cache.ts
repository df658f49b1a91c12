/**
 * An exact version of the public registry read straight from npm's cache (`_cacache`): the
 * packument npm cached for the name, and the tarball it lists, by its integrity. pacote would read
 * the same two entries, but loading it costs ~110 ms, more than inspecting a small package
 * (docs/benchmarks.md, start-up rows). Anything missing, unusual or corrupt returns undefined, and
 * the caller fetches through pacote as before; nothing here touches the network.
 */
import type { Readable } from 'node:stream';
import cacache from 'cacache';
import npa from 'npm-package-arg';
import { isJsonObject, parseJsonText } from '../json-text.js';
import { type NpmFlatOptions, PUBLIC_REGISTRY_HOSTS, registryFor } from './npm-config.js';

/** What a packument that predates a version says when asked for it. */
export const STALE_PACKUMENT: ReadonlySet<unknown> = new Set(['ETARGET', 'ENOVERSIONS']);

/**
 * Whether an exact version is resolved from npm's cached packument when it lists the version:
 * only on the public registry, which never lets a version be published twice (a private one may,
 * and then the cache would describe other bytes than npm installs), and not when npm's config
 * asks for fresh data (`prefer-online`) or says how to use the cache itself (`offline`,
 * `prefer-offline`). Saves a request a check: the packument's revalidation.
 */
export function readsCachedVersion(spec: string, fetchOptions: NpmFlatOptions): boolean {
  if (fetchOptions.preferOnline === true || fetchOptions.offline === true || fetchOptions.preferOffline === true) return false;
  // `--before <date>` picks versions by publish time, which only the full packument records.
  if (fetchOptions.before !== undefined && fetchOptions.before !== null) return false;
  try {
    const parsed = npa(spec);
    return parsed.type === 'version' && PUBLIC_REGISTRY_HOSTS.has(new URL(registryFor(parsed.name ?? '', fetchOptions)).host);
  } catch {
    return false;
  }
}

/** An exact version found in npm's cache, and what the consumer made of its tarball. */
export interface CachedVersion<T> {
  readonly name: string;
  readonly version: string;
  /** The packument's `dist.integrity`, which the bytes read were checked against. */
  readonly integrity: string;
  /** The tarball URL the packument lists. */
  readonly resolved: string;
  readonly result: T;
}

/**
 * The tarball of `spec` from npm's cache, handed to `consume` as a stream that fails with
 * `EINTEGRITY` when the bytes do not match the packument's integrity; undefined when the cache
 * cannot answer (no packument, the version or its sha512 integrity missing, no content, corrupt
 * content, content that cannot be read) or {@link readsCachedVersion} says not to ask it.
 */
export async function cachedVersionTarball<T>(
  spec: string,
  fetchOptions: NpmFlatOptions,
  consume: (stream: Readable) => Promise<T>,
): Promise<CachedVersion<T> | undefined> {
  if (!readsCachedVersion(spec, fetchOptions) || typeof fetchOptions.cache !== 'string') return undefined;
  const parsed = npa(spec);
  const name = parsed.name ?? '';
  const registry = registryFor(name, fetchOptions);
  // make-fetch-happen's key for a GET of the packument URL, which npm-registry-fetch builds
  // from the registry and the escaped name (`@scope%2fname`).
  const key = `make-fetch-happen:request-cache:${registry}${parsed.escapedName}`;
  const entry = await cacache.get(fetchOptions.cache, key).catch(() => undefined);
  if (!entry) return undefined;
  let packument: unknown;
  try {
    packument = parseJsonText(entry.data.toString('utf8'));
  } catch {
    return undefined;
  }
  const versions = isJsonObject(packument) ? packument.versions : undefined;
  const manifest = isJsonObject(versions) ? versions[parsed.fetchSpec ?? ''] : undefined;
  const dist = isJsonObject(manifest) ? manifest.dist : undefined;
  if (!isJsonObject(manifest) || manifest.name !== name || typeof manifest.version !== 'string' || !isJsonObject(dist)) return undefined;
  const { tarball } = dist;
  const version = manifest.version;
  // The sha512 of a list of hashes (`sha512-… sha1-…`): what the bytes are checked against and reported.
  const integrity = typeof dist.integrity === 'string' ? dist.integrity.split(/\s+/).find((hash) => hash.startsWith('sha512-')) : undefined;
  if (integrity === undefined || typeof tarball !== 'string') return undefined;
  if (!(await cacache.get.hasContent(fetchOptions.cache, integrity).catch(() => false))) return undefined;
  // Any failure to read the cache (corrupt content, a file another user owns, a folder in its
  // place) sends the spec through pacote, which reads it again from the registry as npm would.
  // The consumer only rejects on errors of this stream: limits and damage are gaps in its result.
  return consume(cacache.get.stream.byDigest(fetchOptions.cache, integrity) as unknown as Readable).then(
    (result) => ({ name, version, integrity, resolved: tarball, result }),
    () => undefined,
  );
}
