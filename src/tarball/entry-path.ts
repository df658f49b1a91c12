import type { UnsafeEntry } from '../types.js';

/** What to do with one tar entry, decided from its path and type alone. */
export type EntryVerdict =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'ignore' }
  | { readonly kind: 'unsafe'; readonly path: string; readonly entry: UnsafeEntry };

const LINK_REASONS: Readonly<Record<string, UnsafeEntry['reason']>> = {
  SymbolicLink: 'symlink',
  Link: 'hardlink',
};

/**
 * Turn a raw tar path into a package-relative path. npm strips the first folder whatever its
 * name (pacote extracts with `strip: 1`), so `package/dist/a.js` and `node/dist/a.js` are both
 * `dist/a.js`. Absolute paths and `..` segments are refused: extracting them writes outside the
 * install folder (the class of bug behind CVE-2021-32804 and friends).
 */
export function classifyEntryPath(rawPath: string, type: string): EntryVerdict {
  const slashed = rawPath.replace(/\\/g, '/');
  const absolute = slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed);
  const segments = slashed.split('/').filter((segment) => segment !== '' && segment !== '.');
  const path = (segments.length > 1 ? segments.slice(1) : segments).join('/');
  if (absolute) return unsafe(slashed, 'absolute-path');
  if (segments.includes('..')) return unsafe(path, 'path-traversal');
  const linkReason = LINK_REASONS[type];
  if (linkReason) return unsafe(path, linkReason);
  // The root folder entry itself (`package/`) carries nothing.
  if (segments.length <= 1 && type === 'Directory') return { kind: 'ignore' };
  if (path === '') return { kind: 'ignore' };
  return { kind: 'file', path };
}

function unsafe(path: string, reason: UnsafeEntry['reason']): EntryVerdict {
  return { kind: 'unsafe', path, entry: { path, reason } };
}
