import type { TargetInfo } from '../types.js';
import { resolveTarget, type ResolveOptions, type ResolvedTarget } from './resolve-target.js';

/** Words that mean "the release before this one, from the registry". */
const PUBLISHED = new Set(['latest', 'previous']);

/**
 * Resolve `--baseline`. `latest`/`previous` look up the same package name on its registry: the
 * `latest` dist-tag, or, when that is the very version being checked (already published), the
 * highest version below it. Returns null for a first release (nothing published yet), which is
 * not an error. Anything else is a target like any other (spec, .tgz, folder).
 */
export async function resolveBaseline(spec: string, current: TargetInfo, options: ResolveOptions): Promise<ResolvedTarget | null> {
  if (!PUBLISHED.has(spec)) return resolveTarget(spec, options);
  if (!current.name) return null;
  const { resolvePublishedVersion } = await import('./fetch-registry.js');
  const registry = { cwd: options.cwd, env: options.env };
  let published = await resolvePublishedVersion(`${current.name}@latest`, registry);
  if (published && current.version && published.version === current.version) {
    published = await resolvePublishedVersion(`${current.name}@<${current.version}`, registry).catch(() => null);
  }
  if (!published) return null;
  return resolveTarget(`${published.name}@${published.version}`, options);
}
