/**
 * The packages of the target's own scope that it depends on, directly or through one another:
 * `@emotion/react` depends on `@emotion/cache`, which depends on `@emotion/sheet`. A monorepo
 * bundle embeds them from sibling folders (`../sheet/src/index.ts`); knowing their names lets
 * classification call that code a dependency's (docs/sourcemaps.md#third-party). Only the target's
 * scope is followed, a few levels deep: that is where monorepo siblings live, and it bounds the
 * lookups. Best effort: a lookup that fails only leaves a name out, which can make a finding
 * more severe, never hide one.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isJsonObject, parseJsonText } from '../json-text.js';

/** A package's manifest by name and range, or undefined when it cannot be found. */
export type ManifestLookup = (name: string, range: string) => Promise<Record<string, unknown> | undefined>;

const FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;
const MAX_DEPTH = 3;
const MAX_PACKAGES = 40;

/** Names of the same-scope packages `manifest` depends on, transitively (not the declared ones only). */
export async function sameScopeDependencies(manifest: Record<string, unknown> | undefined, lookup: ManifestLookup): Promise<string[]> {
  const scope = /^(@[^/]+)\//.exec(typeof manifest?.name === 'string' ? manifest.name : '')?.[1];
  if (!manifest || scope === undefined) return [];
  const found = new Map<string, string>();
  let level = scoped(manifest, scope);
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && found.size < MAX_PACKAGES; depth++) {
    const fresh = level.filter(([name]) => !found.has(name) && name !== manifest.name).slice(0, MAX_PACKAGES - found.size);
    for (const [name, range] of fresh) found.set(name, range);
    const manifests = await Promise.all(fresh.map(([name, range]) => lookup(name, range).catch(() => undefined)));
    level = manifests.flatMap((next) => (next ? scoped(next, scope) : []));
  }
  return [...found.keys()].sort();
}

function scoped(manifest: Record<string, unknown>, scope: string): [string, string][] {
  const out: [string, string][] = [];
  for (const field of FIELDS) {
    const value = manifest[field];
    if (!isJsonObject(value)) continue;
    for (const [name, range] of Object.entries(value))
      if (name.startsWith(`${scope}/`)) out.push([name, typeof range === 'string' ? range : '*']);
  }
  return out;
}

/** Manifests installed under `directory`, found the way Node resolves packages (up the folders). */
export function installedLookup(directory: string): ManifestLookup {
  return async (name) => {
    for (let dir = directory; ; dir = dirname(dir)) {
      const text = await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8').catch(() => undefined);
      if (text !== undefined) {
        const value = parseJsonText(text);
        return isJsonObject(value) ? value : undefined;
      }
      if (dirname(dir) === dir) return undefined;
    }
  };
}

/**
 * {@link sameScopeDependencies} for a resolved target: from the registry for a registry spec (npm's
 * config and cache), from the installed `node_modules` for a folder; none for a tarball file,
 * which is checked without touching the network.
 */
export async function targetDependencies(
  target: { readonly info: { readonly kind: string }; readonly directory: string | null },
  manifest: Record<string, unknown> | undefined,
  options: { readonly cwd: string; readonly env: Record<string, string | undefined> },
): Promise<string[]> {
  if (target.info.kind === 'registry') {
    // Only a scoped package looks anything up: an unscoped one never loads pacote for it.
    if (typeof manifest?.name !== 'string' || !manifest.name.startsWith('@')) return [];
    const { registryManifestLookup } = await import('./fetch-registry.js');
    return sameScopeDependencies(manifest, registryManifestLookup(options));
  }
  if (target.directory !== null) return sameScopeDependencies(manifest, installedLookup(target.directory));
  return [];
}
