/**
 * The packages of a monorepo, as its package manager lists them: pnpm's `packages` globs in
 * pnpm-workspace.yaml (https://pnpm.io/pnpm-workspace_yaml), else the `workspaces` field of
 * package.json that npm and yarn read (an array, or yarn's `{ "packages": [...] }`), expanded by
 * npm's own @npmcli/map-workspaces.
 */
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { LeakproofError } from '../errors.js';
import { isJsonObject, parseJsonText } from '../json-text.js';
import { comparePaths } from '../tarball/contents.js';
import { mapWorkspacePaths } from './pack-npm.js';

/** One package of a workspace. */
export interface WorkspaceMember {
  /** Absolute folder. */
  readonly dir: string;
  /** The folder relative to the root, `/`-separated. */
  readonly path: string;
  readonly name: string | null;
  /** `"private": true`: npm, pnpm and yarn never publish it. */
  readonly private: boolean;
}

/**
 * Every package the monorepo at `root` (absolute) declares, sorted by folder. The root itself is
 * left out unless a pattern names it.
 * @throws LeakproofError `usage` when `root` declares no workspaces; `target` when a file the
 *   listing needs cannot be read or parsed.
 */
export async function listWorkspaceMembers(root: string): Promise<WorkspaceMember[]> {
  const rootPkg = await readPackageJsonAt(root);
  const pnpmPatterns = await readPnpmPatterns(root);
  let dirs: string[];
  if (pnpmPatterns) {
    dirs = await expandPnpmPatterns(root, pnpmPatterns);
  } else if (rootPkg?.workspaces) {
    dirs = await mapWorkspacePaths(root, rootPkg);
  } else {
    throw new LeakproofError(
      'usage',
      `${root} declares no workspaces (no "workspaces" in package.json, no pnpm-workspace.yaml); run --workspaces in the monorepo's root folder`,
    );
  }
  const members = await Promise.all(
    [...new Set(dirs.map((dir) => resolve(dir)))].map(async (dir): Promise<WorkspaceMember | undefined> => {
      const pkg = await readPackageJsonAt(dir);
      if (!pkg) return undefined;
      const path = relative(root, dir).split('\\').join('/') || '.';
      return { dir, path, name: typeof pkg.name === 'string' ? pkg.name : null, private: pkg.private === true };
    }),
  );
  return members.filter((member): member is WorkspaceMember => member !== undefined).sort((a, b) => comparePaths(a.path, b.path));
}

/**
 * The members `-w` selects, as npm's `--workspace` does: by package name, by folder, or every
 * member under a parent folder (`-w packages`). Names and folders are tried from `cwd`.
 * @throws LeakproofError `usage` for a selector that matches nothing, listing what exists.
 */
export function selectWorkspaces(members: readonly WorkspaceMember[], selectors: readonly string[], cwd: string): WorkspaceMember[] {
  const chosen = new Set<WorkspaceMember>();
  for (const selector of selectors) {
    const folder = resolve(cwd, selector);
    const matches = members.filter((member) => member.name === selector || member.dir === folder || member.dir.startsWith(`${folder}/`));
    if (matches.length === 0) {
      const known = members.map((member) => member.name ?? member.path).join(', ');
      throw new LeakproofError('usage', `no workspace matches -w ${selector}; the workspaces are: ${known}`);
    }
    for (const match of matches) chosen.add(match);
  }
  return members.filter((member) => chosen.has(member));
}

/** The `packages` list of pnpm-workspace.yaml, or undefined when there is no such file. */
async function readPnpmPatterns(root: string): Promise<string[] | undefined> {
  const file = join(root, 'pnpm-workspace.yaml');
  // Loaded here, not at startup: only a pnpm monorepo needs a YAML parser and a glob walker.
  const { load: parseYaml } = await import('js-yaml');
  const parsed = await readParsed(file, (text) => parseYaml(text), 'YAML');
  if (parsed === absent) return undefined;
  const packages = (parsed as { packages?: unknown } | null)?.packages;
  if (packages === undefined) return [];
  if (!Array.isArray(packages) || !packages.every((entry) => typeof entry === 'string')) {
    throw new LeakproofError('target', `${file}: "packages" must be a list of globs`);
  }
  return packages;
}

/**
 * pnpm's expansion: each pattern names folders (a trailing `/package.json` is implied),
 * `!pattern` excludes, node_modules is never searched.
 */
async function expandPnpmPatterns(root: string, patterns: readonly string[]): Promise<string[]> {
  const toManifest = (pattern: string) =>
    `${pattern.replace(/^\.\//, '').replace(/\/+$/, '')}/package.json`.replace(/^\.?\/package\.json$/, 'package.json');
  const include = patterns.filter((pattern) => !pattern.startsWith('!')).map(toManifest);
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => toManifest(pattern.slice(1)));
  const { glob } = await import('glob');
  const found = await glob(include, { cwd: root, ignore: ['**/node_modules/**', ...exclude], nodir: true, dot: false, posix: true });
  return found.map((file) => resolve(root, file, '..'));
}

async function readPackageJsonAt(dir: string): Promise<Record<string, unknown> | undefined> {
  const value = await readParsed(join(dir, 'package.json'), parseJsonText, 'JSON');
  return value !== absent && isJsonObject(value) ? value : undefined;
}

/** Marks a file that is not there (as opposed to one that parses to null). */
const absent = Symbol('absent');

/** A file parsed, `absent` when it cannot be read; a file that does not parse is a target error. */
async function readParsed(file: string, parse: (text: string) => unknown, format: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return absent;
  }
  try {
    return parse(text);
  } catch (error) {
    throw new LeakproofError(
      'target',
      `${file}: not valid ${format} (${(error as Error).message.split('\n')[0]}); fix it so the package manager can read it`,
      { cause: error },
    );
  }
}
