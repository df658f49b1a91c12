/**
 * Where a finding belongs in a repository, for the formats that place findings on files (SARIF,
 * GitHub annotations, JUnit): the shipped file itself, leakproof.json for a manifest entry, or
 * package.json for the package as a whole and for paths that cannot be files.
 */
import { MANIFEST_FILE } from '../policy/manifest-json.js';
import { isRuleId, ruleMeta } from '../rules/meta.js';
import type { Finding } from '../types.js';

/** Where a package-level finding (path '') points: the manifest every package has. */
const PACKAGE_LEVEL_PATH = 'package.json';

/**
 * The file a finding belongs on: the shipped file itself; leakproof.json for a manifest entry
 * (its `path` is a glob, not a file); package.json for the package as a whole or for a path
 * that cannot be a file in the repository (an unsafe tarball entry). Only in the first case do
 * the finding's line and column apply.
 */
export function artifactOf(finding: Finding): { file: string; isPackageLevel: boolean } {
  if (isRuleId(finding.rule) && ruleMeta(finding.rule).locatedIn === 'manifest') return { file: MANIFEST_FILE, isPackageLevel: true };
  if (finding.path === '' || !isSafeRelativePath(finding.path)) return { file: PACKAGE_LEVEL_PATH, isPackageLevel: true };
  return { file: finding.path, isPackageLevel: false };
}

/**
 * True when a finding's path can name a file of the repository: relative, no `.`/`..` or empty
 * segments, no drive letter. Unsafe tarball entries fail this and are reported at package.json.
 */
export function isSafeRelativePath(path: string): boolean {
  if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)) return false;
  return !path.split(/[\\/]/).some((segment) => segment === '..' || segment === '.' || segment === '');
}

/**
 * The message, with the recovered source and line for a finding inside one (`lead` words the
 * note): the file such a finding is placed on is the map, so only the message can say where in
 * the original it is. Every rule's message names the finding's path (see `Finding.message`), so
 * a path that cannot be a location is not repeated.
 */
export function messageWithSource(finding: Finding, lead: string): string {
  if (finding.source === undefined) return finding.message;
  return withNote(finding.message, `${lead} ${finding.source}${finding.line === undefined ? '' : ` line ${finding.line}`}`);
}

/** `Key found.` + `x` -> `Key found (x).`: the note reads as part of the sentence. */
function withNote(message: string, note: string): string {
  return message.endsWith('.') ? `${message.slice(0, -1)} (${note}).` : `${message} (${note})`;
}
