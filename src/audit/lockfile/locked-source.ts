/**
 * Where a lockfile says a dependency comes from, decided from the one string each format keeps
 * for it (npm's `resolved` or `version`, yarn's `resolved` or descriptor range, bun's
 * resolution). Only registry tarballs are audited: a git checkout or a local folder has no
 * published tarball to fetch, so it is listed as skipped with what to run instead.
 */
import { redactUrlsIn } from '../../redact.js';

/** A registry tarball, or why the entry is skipped. */
export type LockedSource =
  | { readonly kind: 'registry'; readonly resolved: string | null }
  | { readonly kind: 'skip'; readonly reason: string };

const GIT = /^(git\+|git:|github:|gitlab:|bitbucket:|gist:|ssh:)|^https?:\/\/codeload\.github\.com\/|\.git(#|$)|#commit=/;
/** The npm registry layout: `<registry>/<name>/-/<name>-<version>.tgz` (scoped: `@s/n/-/n-v.tgz`). */
const REGISTRY_TARBALL = /\/-\/[^/]+\.tgz(?:[?#].*)?$/;

/**
 * Classify a lockfile reference. `null` (nothing recorded) means the configured registry, as with
 * npm's `omit-lockfile-registry-resolved`.
 */
export function classifyLockedSource(reference: string | null | undefined): LockedSource {
  if (reference === null || reference === undefined || reference === '') return { kind: 'registry', resolved: null };
  const shown = redactUrlsIn(reference); // a lockfile URL may carry a token
  if (reference.startsWith('file:')) return skip(`local file or folder (${shown}): run \`leakproof check\` on it`);
  if (reference.startsWith('link:') || reference.startsWith('portal:'))
    return skip(`link to a local folder (${shown}): run \`leakproof check\` on it`);
  if (reference.startsWith('workspace:')) return skip(`workspace package (${shown}): run \`leakproof check\` on its folder`);
  if (GIT.test(reference)) return skip(`git dependency (${shown}): not a published tarball; run \`leakproof check\` on a clone`);
  if (/^https?:\/\//.test(reference)) {
    if (REGISTRY_TARBALL.test(reference)) return { kind: 'registry', resolved: reference.replace(/#.*$/, '') };
    return skip(`remote tarball (${shown}): not from a registry; download it and run \`leakproof check\` on the .tgz`);
  }
  return skip(`unsupported source (${shown})`);
}

/** A skipped entry for a package whose lockfile entry is a link to a folder (npm `link: true`). */
export function linkReason(target: string): string {
  return `link to ${target} (workspace or local folder): run \`leakproof check ${target}\``;
}

function skip(reason: string): LockedSource {
  return { kind: 'skip', reason };
}
