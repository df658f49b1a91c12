/**
 * Which package manager packs a project, decided as the managers themselves and Corepack do:
 * the `packageManager` field of package.json (https://nodejs.org/api/packages.html#packagemanager),
 * else the lockfile beside it, looked up from the package folder towards the root (a workspace
 * member's lockfile sits at the monorepo root). Nothing found means npm.
 */
import { access, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseJsonText } from '../json-text.js';

/** The package managers leakproof can pack with. */
export const PACK_MANAGERS = ['npm', 'pnpm', 'yarn', 'bun'] as const;
export type PackManager = (typeof PACK_MANAGERS)[number];

/** A detected manager and the evidence, for messages (`packageManager in package.json`, `pnpm-lock.yaml`). */
export interface DetectedManager {
  readonly manager: PackManager;
  readonly because: string;
}

/** Lockfiles and workspace files, in the order a folder's own files are trusted. */
const LOCKFILES: readonly [string, PackManager][] = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['pnpm-workspace.yaml', 'pnpm'],
  ['yarn.lock', 'yarn'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

/** True for one of {@link PACK_MANAGERS}. */
export function isPackManager(value: string): value is PackManager {
  return (PACK_MANAGERS as readonly string[]).includes(value);
}

/**
 * The manager that packs the package in `dir` (absolute): the nearest folder, from `dir` up,
 * whose package.json names one in `packageManager` or which holds a lockfile decides.
 */
export async function detectPackManager(dir: string): Promise<DetectedManager> {
  for (let at = dir; ; at = dirname(at)) {
    const declared = await declaredManager(at);
    if (declared) return { manager: declared, because: `"packageManager" in ${join(at, 'package.json')}` };
    for (const [file, manager] of LOCKFILES) {
      if (await exists(join(at, file))) return { manager, because: join(at, file) };
    }
    if (dirname(at) === at) return { manager: 'npm', because: 'no packageManager field or lockfile' };
  }
}

/** `"packageManager": "pnpm@9.1.0+sha512..."` -> `pnpm`; undefined when absent or unknown. */
async function declaredManager(folder: string): Promise<PackManager | undefined> {
  try {
    const pkg = parseJsonText(await readFile(join(folder, 'package.json'), 'utf8')) as { packageManager?: unknown };
    const name = typeof pkg.packageManager === 'string' ? (pkg.packageManager.split('@')[0] ?? '') : '';
    return isPackManager(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
