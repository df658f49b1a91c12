import { readPackageJson } from '../tarball/contents.js';
import { type ResolvedTarget, type ResolveOptions, resolveTarget } from './resolve-target.js';

/** Words that mean "the release before this one, from the registry". */
const PUBLISHED = new Set(['latest', 'previous']);

/**
 * Resolve `--baseline`. For `latest` and `previous` the same package name is looked up on its
 * registry:
 * - `previous`: the highest published version below the one being checked;
 * - `latest`: the `latest` dist-tag, unless that is not older than the version being checked
 *   (it is already published, or an older version is being audited), then `previous`.
 * Returns null for a first release (nothing published yet, nothing older, or a `private`
 * package, which npm never publishes), which is not an error. Anything else is a target like
 * any other (spec, .tgz, folder).
 */
export async function resolveBaseline(spec: string, target: ResolvedTarget, options: ResolveOptions): Promise<ResolvedTarget | null> {
  if (!PUBLISHED.has(spec)) return resolveTarget(spec, options);
  const current = target.info;
  // A private package is never published: the registry's package of that name is a stranger's.
  if (!current.name || readPackageJson(target.contents)?.private === true) return null;
  const { resolvePublishedVersion } = await import('./fetch-registry.js');
  // semver loads all of its 47 files: only `--baseline latest|previous` pays for them.
  const { default: semver } = await import('semver');
  const registry = { cwd: options.cwd, env: options.env };
  const version = current.version && semver.valid(current.version) ? current.version : null;
  let published = spec === 'latest' || !version ? await resolvePublishedVersion(`${current.name}@latest`, registry) : null;
  if (version && (!published || !semver.lt(published.version, version))) {
    published = await resolvePublishedVersion(`${current.name}@<${version}`, registry).catch(noOlderVersion);
  }
  if (!published) return null;
  return resolveTarget(`${published.name}@${published.version}`, options);
}

/** "No version matches `<x`" means nothing older was published; anything else is a real failure. */
function noOlderVersion(error: unknown): null {
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  if (code === 'ETARGET' || code === 'ENOVERSIONS') return null;
  throw error;
}
