/**
 * Absolute paths of the machine that built a package, as bundlers leak them into `sources`,
 * `sourceRoot` and `sourceMappingURL` comments: they reveal user names, directory layout and
 * build-farm names. Any absolute path counts, whatever folder it starts with (corporate home
 * folders, `/build/agent-7/...`, `D:\a\1\s`): a package has no business naming one.
 */

const FILE_URL = /^file:\/\//i;
/** POSIX root (not `//`, a protocol-relative URL), drive letter, or UNC share. */
const ABSOLUTE = /^(?:\/(?!\/)|[A-Za-z]:[\\/]|\\\\[^\\])/;
/** `webpack://namespace/rest`: a bundler pseudo-URL and what follows its namespace. */
const BUNDLER_URL = /^[a-z][\w+.-]*:\/\/((?:@[^/]+\/)?[^/]*)\/(.*)$/is;

/**
 * True when `path` is an absolute path on a build machine or a `file://` URL. Behind a bundler
 * scheme, webpack writes a relative resource as `webpack:///./src/a.ts` and an absolute one as
 * `webpack:///home/me/a.ts` (empty namespace), or `webpack://ns//home/me/a.ts`.
 */
export function isBuildMachinePath(path: string): boolean {
  if (FILE_URL.test(path)) return true;
  if (ABSOLUTE.test(path)) return true;
  const bundler = BUNDLER_URL.exec(path);
  if (!bundler || /^https?:/i.test(path)) return false;
  const [, namespace, rest] = bundler as unknown as [string, string, string];
  if (ABSOLUTE.test(rest) || /^[A-Za-z]:[\\/]/.test(rest)) return true;
  return namespace === '' && rest !== '' && !rest.startsWith('.') && /^[^/]+\/.+/.test(rest) && !isBundlerInternal(rest);
}

/** Bundler-internal module names that look like paths (`webpack/bootstrap`, `(webpack)/...`). */
function isBundlerInternal(rest: string): boolean {
  return /^(?:webpack|\(webpack\)|external|ignored|vite|@vite|node_modules)\b/.test(rest);
}
