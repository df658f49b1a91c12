/**
 * Absolute paths of the machine that built a package, as bundlers leak them into `sources`,
 * `sourceRoot` and `sourceMappingURL` comments: they reveal user names and directory layout.
 */

/**
 * `/Users/<name>`, `/home/<name>`, `/root/`, macOS temp folders, CI workspaces, Windows drive
 * paths (`C:\`, `C:/`), UNC paths and `file://` URLs, optionally behind a bundler scheme such as
 * `webpack://<namespace>` (webpack writes `webpack:///home/...` for absolute resources).
 */
const BUILD_MACHINE_PATH =
  /^(?:[a-z][\w+.-]*:\/\/[^/]*)?(?:\/(?:Users|home|root|private\/var|var\/folders|Volumes|mnt|tmp|opt\/build|builds|runner|github\/workspace|__w)\/|[A-Za-z]:[\\/]|\\\\[^\\])/;

const FILE_URL = /^file:\/\//i;

/** True when `path` is an absolute path on a build machine or a `file://` URL. */
export function isBuildMachinePath(path: string): boolean {
  return FILE_URL.test(path) || BUILD_MACHINE_PATH.test(path);
}
