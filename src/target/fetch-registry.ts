/**
 * Registry specs (`name`, `name@1.2.3`, `name@^1`, `@scope/name@tag`) fetched the way npm does:
 * pacote with npm's own configuration (registries, tokens, cache, proxies), the tarball checked
 * against the registry's `dist.integrity`. Failures become one-line `target` errors that say
 * what to fix; no message ever contains a token.
 */
import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import npa from 'npm-package-arg';
import pacote from 'pacote';
import { LeakproofError } from '../errors.js';
import { redactUrl, redactUrlsIn } from '../redact.js';
import { readsCachedVersion, STALE_PACKUMENT } from './npm-cache.js';
import { registryFor as configuredRegistryFor, loadNpmConfig, type NpmConfigOptions, type NpmFlatOptions, nerfDart } from './npm-config.js';

/** Where to read npm's configuration from (see {@link loadNpmConfig}). */
export type FetchRegistryOptions = NpmConfigOptions;

/** A version published on a registry, as resolved from its packument. */
export interface PublishedVersion {
  readonly name: string;
  readonly version: string;
  /** The registry's `dist.integrity` (or legacy sha1 `shasum`), null when it lists none. */
  readonly integrity: string | null;
  /** The tarball URL. */
  readonly resolved: string;
}

/** What {@link fetchRegistryTarball} returns: the consumer's result plus the package identity. */
export interface FetchedTarball<T> extends PublishedVersion {
  readonly result: T;
}

/** Reads the tarball stream; see {@link fetchRegistryTarball} for the retry contract. */
export type TarballConsumer<T> = (stream: Readable) => Promise<T>;

const REGISTRY_TYPES = new Set(['tag', 'version', 'range']);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_SOCKET_TIMEOUT',
  'FETCH_ERROR',
]);

/**
 * True when `arg` names a package on a registry by name, version, range or dist-tag
 * (npm-package-arg types `tag`, `version`, `range`). Files, folders, git, URLs and aliases are not.
 */
export function isRegistrySpec(arg: string): boolean {
  try {
    return REGISTRY_TYPES.has(npa(arg).type);
  } catch {
    return false; // npa throws on invalid names and tags
  }
}

/**
 * How npm would fetch `arg`: `registry` (name, version, range, dist-tag), `remote` (a tarball
 * URL), `git` (git URLs and `user/repo` shorthands), `file`/`directory` (`file:` specs), or null
 * when npm-package-arg rejects it.
 */
export function specType(arg: string, cwd: string): 'registry' | 'remote' | 'git' | 'file' | 'directory' | null {
  try {
    const { type } = npa(arg, cwd);
    if (REGISTRY_TYPES.has(type)) return 'registry';
    return type === 'remote' || type === 'git' || type === 'file' || type === 'directory' ? type : null;
  } catch {
    return null;
  }
}

/**
 * Streams the tarball of a tarball URL or a git spec to `consume`, as pacote fetches them for
 * npm. A git repository is packed by pacote without running its `prepare` script (leakproof
 * never runs a target's scripts), where npm would run it. The identity comes from the tarball's
 * own package.json; the integrity is the sha512 of the bytes read.
 * @throws LeakproofError('target') as {@link fetchRegistryTarball}.
 */
export async function fetchSpecTarball<T>(
  spec: string,
  options: FetchRegistryOptions,
  consume: TarballConsumer<T>,
): Promise<{ result: T; integrity: string | null }> {
  const fetchOptions = await loadNpmConfig(options);
  const { default: Arborist } = await import('@npmcli/arborist');
  try {
    return await pacote.tarball.stream(spec, (source) => streamThrough(source, consume), {
      ...fetchOptions,
      where: options.cwd,
      Arborist,
      ignoreScripts: true,
    } as pacote.Options);
  } catch (error) {
    throw toTargetError(error, redactUrlsIn(spec), redactUrlsIn(spec));
  }
}

/**
 * Resolves `spec` against its registry (a fresh packument, except for an exact version of the
 * public registry, see {@link readsCachedVersion}) and streams the tarball of the chosen version
 * to `consume`. The stream is a plain Node `Readable` of the
 * gzipped bytes; the promise resolves only once the whole tarball arrived and matched the
 * registry's integrity (bytes the consumer leaves unread are drained for that check; a
 * consumer that destroys the stream stops the download instead, and then the integrity is the
 * registry's, unverified). Pacote may call `consume` again with a fresh stream after a
 * corrupt cache entry, so it must not depend on running once.
 *
 * @returns the consumer's result plus name, version, `sha512-` integrity of the bytes read
 * (the registry's when the download was stopped early) and the tarball URL.
 * @throws LeakproofError('target') for a missing package or version, missing auth, an
 * unreachable registry or an integrity mismatch.
 */
export async function fetchRegistryTarball<T>(
  spec: string,
  options: FetchRegistryOptions,
  consume: TarballConsumer<T>,
): Promise<FetchedTarball<T>> {
  const fetchOptions = await loadNpmConfig(options);
  const manifest = await resolveManifest(spec, fetchOptions);
  const exact = `${manifest.name}@${manifest.version}`;
  try {
    const streamed = await pacote.tarball.stream(exact, (source) => streamThrough(source, consume), {
      ...fetchOptions,
      resolved: manifest.resolved,
      integrity: manifest.integrity ?? undefined,
    } as pacote.Options);
    return { ...manifest, integrity: streamed.integrity ?? manifest.integrity, result: streamed.result };
  } catch (error) {
    throw toTargetError(error, exact, registryFor(spec, fetchOptions));
  }
}

/**
 * Manifests from the registry with npm's config and cache, for {@link sameScopeDependencies};
 * undefined for anything that cannot be fetched.
 */
export function registryManifestLookup(
  options: FetchRegistryOptions,
): (name: string, range: string) => Promise<Record<string, unknown> | undefined> {
  let fetchOptions: Promise<NpmFlatOptions> | undefined;
  // One lookup per name and range (in an audit, @babel/types is a dependency of a hundred units),
  // and one parse per packument; a lookup that failed is tried again by the next unit.
  const looked = new Map<string, Promise<Record<string, unknown> | undefined>>();
  const packumentCache = new Map<string, unknown>();
  const lookup = async (name: string, range: string): Promise<Record<string, unknown> | undefined> => {
    // Loaded once, on the first lookup's way: most packages (unscoped ones) never look anything up.
    const config = await (fetchOptions ??= loadNpmConfig(options));
    const spec = `${name}@${range}`;
    // The packument comes from npm's cache when it holds one, whatever its age: the names of
    // dependencies do not need a fresh one, and revalidating cost a request per lookup (1,894 in
    // a warm audit of 511 packages, two thirds of its time). One that lacks the version or range
    // is fetched again; `prefer-online` in npm's config always fetches.
    const cached = config.preferOnline !== true ? await cachedManifest(spec, { ...config, packumentCache }) : undefined;
    return (cached ?? (await pacote.manifest(spec, { ...config, preferOnline: true } as pacote.Options))) as unknown as Record<
      string,
      unknown
    >;
  };
  return (name, range) => {
    const key = `${name}@${range}`;
    let found = looked.get(key);
    if (!found) {
      // A broken config or an unreachable registry makes the lookup undefined, for this unit only.
      found = lookup(name, range).catch(() => {
        looked.delete(key);
        return undefined;
      });
      looked.set(key, found);
    }
    return found;
  };
}

/**
 * The version `spec` resolves to on its registry (a bare name resolves the `latest` dist-tag),
 * or null when the package was never published there (HTTP 404). Used for `--baseline latest`.
 * @throws LeakproofError('target') for every other failure, as {@link fetchRegistryTarball}.
 */
export async function resolvePublishedVersion(spec: string, options: FetchRegistryOptions): Promise<PublishedVersion | null> {
  try {
    return await resolveManifest(spec, await loadNpmConfig(options));
  } catch (error) {
    if (error instanceof LeakproofError && (error.cause as { code?: unknown } | undefined)?.code === 'E404') return null;
    throw error;
  }
}

async function resolveManifest(spec: string, fetchOptions: NpmFlatOptions): Promise<PublishedVersion> {
  // A tag or a range resolves against the registry as it is now: the packument is revalidated
  // (a publish gate compares with what is published).
  const preferOnline = fetchOptions.offline !== true && fetchOptions.preferOffline !== true;
  try {
    const cached = readsCachedVersion(spec, fetchOptions) ? await cachedManifest(spec, fetchOptions) : undefined;
    const manifest = cached ?? (await pacote.manifest(spec, { ...fetchOptions, preferOnline } as pacote.Options));
    return {
      name: manifest.name,
      version: manifest.version,
      integrity: manifest._integrity ?? null,
      resolved: manifest._resolved,
    };
  } catch (error) {
    throw toTargetError(error, spec, registryFor(spec, fetchOptions));
  }
}

/** The manifest `spec` names in npm's cached packument, whatever its age; undefined when it lacks the version or range. */
async function cachedManifest(
  spec: string,
  fetchOptions: NpmFlatOptions & { packumentCache?: Map<string, unknown> },
): Promise<Awaited<ReturnType<typeof pacote.manifest>> | undefined> {
  try {
    return await pacote.manifest(spec, { ...fetchOptions, preferOffline: true } as pacote.Options);
  } catch (error) {
    if (STALE_PACKUMENT.has((error as { code?: unknown }).code)) return undefined;
    throw error;
  }
}

/** Pipes pacote's stream through a sha512 hasher to the consumer and waits for both ends. */
async function streamThrough<T>(
  source: NodeJS.ReadableStream,
  consume: TarballConsumer<T>,
): Promise<{ result: T; integrity: string | null }> {
  const hash = createHash('sha512');
  const hashed = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  let stoppedEarly = false;
  const sourceDone = new Promise<void>((resolve, reject) => {
    source.on('end', resolve);
    source.on('error', (error: Error) => (stoppedEarly ? resolve() : reject(error)));
  });
  // Rejections are awaited below; this keeps an early one from being reported as unhandled.
  sourceDone.catch(() => undefined);
  source.on('error', (error: Error) => hashed.destroy(error));
  hashed.on('close', () => {
    if (hashed.readableEnded || hashed.writableFinished) return;
    stoppedEarly = true; // the consumer gave up: abort the download rather than buffer it
    (source as Readable).destroy?.();
  });
  source.pipe(hashed);
  let result: T;
  try {
    result = await consume(hashed);
  } catch (error) {
    stoppedEarly = true;
    (source as Readable).destroy?.();
    throw error;
  }
  if (stoppedEarly) return { result, integrity: null };
  hashed.resume(); // drain what the consumer left so pacote can check the integrity
  await sourceDone;
  return { result, integrity: stoppedEarly ? null : `sha512-${hash.digest('base64')}` };
}

/** The registry a spec is fetched from: its scope's registry or the default one, redacted. */
function registryFor(spec: string, fetchOptions: NpmFlatOptions): string {
  let name = '';
  try {
    name = npa(spec).name ?? '';
  } catch {
    // an invalid spec fails in pacote with its own message
  }
  return redactUrl(configuredRegistryFor(name, fetchOptions));
}

/** One-line, actionable messages for what goes wrong when fetching (never includes a token). */
export function toTargetError(error: unknown, spec: string, registry: string): LeakproofError {
  if (error instanceof LeakproofError) return error;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  const name = safeName(spec);
  const message = (() => {
    if (code === 'E404') return `${name} is not published on ${registry}; check the name, or the registry in .npmrc`;
    if (code === 'ETARGET' || code === 'ENOVERSIONS') return `no version of ${name} matches ${spec}; check the version or dist-tag`;
    if (code === 'E401' || code === 'EOTP') {
      return `${registry} needs authentication for ${name}; add \`${authKeyFor(registry)}=<token>\` to .npmrc`;
    }
    if (code === 'E403') return `${registry} refused access to ${name} (HTTP 403); check that the token in .npmrc may read it`;
    if (code === 'EINTEGRITY')
      return `the tarball of ${spec} does not match the integrity ${registry} lists; retry, and report it if it persists`;
    if (NETWORK_CODES.has(code) || (error as { type?: unknown } | null)?.type === 'system') {
      return `cannot reach ${registry} (${code}); check the registry URL, your network or proxy settings`;
    }
    // npm-registry-fetch puts the raw request URL, credentials included, in its messages.
    return `cannot fetch ${spec} from ${registry}: ${redactUrlsIn(firstLine(error))}`;
  })();
  return new LeakproofError('target', message, { cause: error });
}

function authKeyFor(registry: string): string {
  try {
    return `${nerfDart(registry)}:_authToken`;
  } catch {
    return '//<registry host>/:_authToken';
  }
}

function safeName(spec: string): string {
  try {
    return npa(spec).name ?? spec;
  } catch {
    return spec;
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
