/**
 * Write a tree of files described by an object into a fresh temporary folder, so tests build
 * their fixtures from sources written in the test itself.
 */
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** One entry: file content, or a file with an explicit mode, a symlink, or an empty folder. */
export type TreeEntry =
  | string
  | Buffer
  | { readonly data: string | Buffer; readonly mode: number }
  | { readonly symlink: string }
  | { readonly dir: true };

/** `/`-separated relative paths to entries. */
export type Tree = Readonly<Record<string, TreeEntry>>;

/**
 * Create a fresh folder under the OS temp dir and write `tree` into it; returns its path.
 * Parent folders are created as needed. Remove it with {@link removeTree}.
 */
export async function writeTree(tree: Tree, prefix = 'leakproof-tree-'): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  await writeTreeInto(root, tree);
  return root;
}

/** Write `tree` into an existing folder. */
export async function writeTreeInto(root: string, tree: Tree): Promise<void> {
  for (const [path, entry] of Object.entries(tree)) {
    const target = join(root, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    if (typeof entry === 'string' || Buffer.isBuffer(entry)) {
      await writeFile(target, entry);
    } else if ('symlink' in entry) {
      await symlink(entry.symlink, target);
    } else if ('dir' in entry) {
      await mkdir(target, { recursive: true });
    } else {
      await writeFile(target, entry.data);
      // chmod after writing so the process umask does not change the mode asked for.
      await chmod(target, entry.mode);
    }
  }
}

/** Remove a folder made by {@link writeTree}. */
export async function removeTree(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}
