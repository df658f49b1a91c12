/**
 * Find the workspace root a package folder belongs to, the way npm does when `npm pack` or
 * `npm publish` runs inside that folder (@npmcli/config `loadLocalPrefix`): walk up from the
 * folder; the first package.json with `workspaces` whose mapped workspaces include the folder
 * is the root. npm then applies the root's and intermediate folders' ignore files too.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isJsonObject, parseJsonText } from '../json-text.js';
import { mapWorkspacePaths } from './pack-npm.js';

/**
 * The absolute path of the project whose `workspaces` include `dir` (itself absolute), or
 * undefined when `dir` is not a workspace. Unreadable or invalid package.json files above are
 * skipped, as npm skips them.
 */
export async function findWorkspaceRoot(dir: string): Promise<string | undefined> {
  for (let at = dirname(dir); ; at = dirname(at)) {
    const pkg = await readWorkspacesManifest(at);
    if (pkg && (await mapWorkspacePaths(at, pkg).catch((): string[] => [])).includes(dir)) return at;
    if (dirname(at) === at) return undefined;
  }
}

/** The parsed package.json in `folder` when it declares `workspaces`. */
async function readWorkspacesManifest(folder: string): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = parseJsonText(await readFile(join(folder, 'package.json'), 'utf8'));
    return isJsonObject(value) && value.workspaces ? value : undefined;
  } catch {
    return undefined;
  }
}
