/**
 * An exact version of the public registry read straight from npm's cache (`_cacache`): the
 * packument npm cached for the name, and the tarball it lists, by its integrity. pacote would read
 * the same two entries, but loading it costs ~110 ms, more than inspecting a small package
 * (docs/benchmarks.md, start-up rows). Anything missing, unusual or corrupt returns undefined, and
 * the caller fetches through pacote as before; nothing here touches the network.
 *
 * The two files are read as cacache 20 lays them out (`index-v5`, `content-v2`) rather than
 * through cacache: importing it cost 32 ms of a 250 ms check (its writers, glob and @npmcli/fs
 * load with the reader). cacache names these folders after its format version, so a future layout
 * is a miss here and pacote reads it: this reader can miss, never misread. Both files are checked
 * against their hashes as cacache checks them.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
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
 * The tarball of `spec` from npm's cache, handed to `consume` as the path of its content file; `consume` returns the
 * sha512 integrity of the bytes it read, and the result counts only when it is the packument's.
 * Undefined when the cache cannot answer (no packument, the version or its sha512 integrity
 * missing, no content, damaged or unreadable content) or {@link readsCachedVersion} says not to
 * ask it.
 */
export async function cachedVersionTarball<T extends { readonly integrity: string | null }>(
  spec: string,
  fetchOptions: NpmFlatOptions,
  consume: (path: string) => Promise<T>,
): Promise<CachedVersion<T> | undefined> {
  if (!readsCachedVersion(spec, fetchOptions) || typeof fetchOptions.cache !== 'string') return undefined;
  const parsed = npa(spec);
  const name = parsed.name ?? '';
  const registry = registryFor(name, fetchOptions);
  // make-fetch-happen's key for a GET of the packument URL, which npm-registry-fetch builds
  // from the registry and the escaped name (`@scope%2fname`).
  const cache = fetchOptions.cache;
  const packumentIntegrity = await indexedIntegrity(cache, `make-fetch-happen:request-cache:${registry}${parsed.escapedName}`);
  const text = packumentIntegrity === undefined ? undefined : await verifiedContent(cache, packumentIntegrity);
  if (text === undefined) return undefined;
  let packument: unknown;
  try {
    packument = parseJsonText(text.toString('utf8'));
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
  const integrity = typeof dist.integrity === 'string' ? sha512Of(dist.integrity) : undefined;
  if (integrity === undefined || typeof tarball !== 'string') return undefined;
  // Read by the consumer, which hashes what it reads: bytes that do not hash to the
  // packument's integrity (a damaged file, or a read stopped at a limit) are pacote's to read.
  // Any failure to read (a file another user owns, a folder in its place) is pacote's too.
  const path = contentPath(cache, integrity);
  if (!(await isFile(path))) return undefined;
  return consume(path).then(
    (result) => (result.integrity === integrity ? { name, version, integrity, resolved: tarball, result } : undefined),
    () => undefined,
  );
}

/** Far above the largest packument on the registry (tens of MB for the biggest full documents). */
const MAX_PACKUMENT_BYTES = 256 * 1024 * 1024;

const hex = (algorithm: string, text: string): string => createHash(algorithm).update(text).digest('hex');
const segments = (digest: string): string[] => [digest.slice(0, 2), digest.slice(2, 4), digest.slice(4)];

/** The integrity of the latest index entry for `key`; undefined when none, deleted or damaged (as cacache reads it). */
async function indexedIntegrity(cache: string, key: string): Promise<string | undefined> {
  const path = join(cache, 'index-v5', ...segments(hex('sha256', key)));
  const bucket = (await isFile(path)) ? await readFile(path, 'utf8').catch(() => undefined) : undefined;
  let integrity: string | undefined;
  for (const line of bucket?.split('\n') ?? []) {
    // Split as cacache splits: the entry is what stands between the first and the second tab.
    const [hash, json] = line.split('\t');
    // A line whose hash does not match is damage, and cacache skips it too.
    if (json === undefined || hex('sha1', json) !== hash) continue;
    let entry: unknown;
    try {
      entry = JSON.parse(json);
    } catch {
      continue;
    }
    // The last entry wins; one without an integrity deletes the key.
    if (isJsonObject(entry) && entry.key === key) integrity = typeof entry.integrity === 'string' ? sha512Of(entry.integrity) : undefined;
  }
  return integrity;
}

/** The sha512 hash of an integrity string that may list several (`sha512-… sha1-…`). */
function sha512Of(integrity: string): string | undefined {
  return integrity.split(/\s+/).find((hash) => hash.startsWith('sha512-'));
}

function contentPath(cache: string, sha512: string): string {
  return join(cache, 'content-v2', 'sha512', ...segments(Buffer.from(sha512.slice('sha512-'.length), 'base64').toString('hex')));
}

/**
 * A regular file, or a link to one: a FIFO someone put in the cache would block a read forever,
 * and a packument larger than {@link MAX_PACKUMENT_BYTES} is not one npm wrote.
 */
async function isFile(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<boolean> {
  const found = await stat(path).catch(() => undefined);
  return found?.isFile() === true && found.size <= maxBytes;
}

/** The bytes stored under a sha512 integrity, when they hash to it. */
async function verifiedContent(cache: string, sha512: string): Promise<Buffer | undefined> {
  const path = contentPath(cache, sha512);
  const data = (await isFile(path, MAX_PACKUMENT_BYTES)) ? await readFile(path).catch(() => undefined) : undefined;
  return data && `sha512-${createHash('sha512').update(data).digest('base64')}` === sha512 ? data : undefined;
}
