/**
 * Find and read a project's lockfile. `leakproof audit [path]` takes a folder (its lockfile is
 * found by the names below, in npm's order of precedence first) or the lockfile itself.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { LeakproofError } from '../../errors.js';
import { parseJsonText } from '../../json-text.js';
import { readBunLock } from './bun-lock.js';
import { readNpmLock } from './npm-lock.js';
import { readPnpmLock } from './pnpm-lock.js';
import type { Lockfile, LockfileEntries, LockfileFormat } from './types.js';
import { isYarnBerry, readYarnBerry, readYarnClassic } from './yarn-lock.js';

/** Lockfile names looked for in a folder, first match wins (npm prefers the shrinkwrap). */
export const LOCKFILE_NAMES = ['npm-shrinkwrap.json', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock'] as const;

/**
 * Read the lockfile at `input` (a folder or a file), relative to `cwd`.
 * @throws LeakproofError('usage') when a folder holds no lockfile; ('target') when the file
 * cannot be read or parsed.
 */
export async function readLockfile(input: string, cwd: string): Promise<Lockfile> {
  const path = await locateLockfile(input, cwd);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new LeakproofError('target', `${input}: cannot read it (${error.code ?? error.message}); check the path`, { cause: error });
  });
  return parseLockfile(text, path);
}

/** Parse lockfile text as the file `path` (its name decides the format). */
export async function parseLockfile(text: string, path: string): Promise<Lockfile> {
  const format = formatOf(path, text);
  try {
    const entries = await readEntries(format, text, path);
    return { path, format, ...entries };
  } catch (error) {
    if (error instanceof LeakproofError) throw error;
    throw new LeakproofError('target', `${path} is not a readable ${format} lockfile: ${firstLine(error)}`, { cause: error });
  }
}

async function locateLockfile(input: string, cwd: string): Promise<string> {
  const path = resolve(cwd, input);
  const stats = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new LeakproofError(
      'target',
      `${input}: ${error.code === 'ENOENT' ? 'no such file or folder' : `cannot read it (${error.code})`}; check the path`,
      { cause: error },
    );
  });
  if (!stats.isDirectory()) return path;
  for (const name of LOCKFILE_NAMES) {
    const candidate = join(path, name);
    if (
      await stat(candidate).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return candidate;
  }
  if (
    await stat(join(path, 'bun.lockb')).then(
      () => true,
      () => false,
    )
  ) {
    throw new LeakproofError('usage', `${input} has only the binary bun.lockb; run \`bun install --save-text-lockfile\` to write bun.lock`);
  }
  throw new LeakproofError(
    'usage',
    `${input} has no lockfile (${LOCKFILE_NAMES.join(', ')}); run your package manager's install, or give the lockfile's path`,
  );
}

function formatOf(path: string, text: string): LockfileFormat {
  const name = basename(path);
  if (name.endsWith('.json')) return 'npm';
  if (name.endsWith('.yaml') || name.endsWith('.yml')) return 'pnpm';
  if (name.endsWith('.lock') && name.startsWith('bun')) return 'bun';
  if (name.endsWith('.lock') || name.startsWith('yarn')) return isYarnBerry(text) ? 'yarn-berry' : 'yarn-classic';
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return /"lockfileVersion"\s*:\s*\d+\s*,\s*"(workspaces|configVersion)"/.test(trimmed) ? 'bun' : 'npm';
  if (trimmed.startsWith('lockfileVersion:')) return 'pnpm';
  return isYarnBerry(text) ? 'yarn-berry' : 'yarn-classic';
}

async function readEntries(format: LockfileFormat, text: string, path: string): Promise<LockfileEntries> {
  switch (format) {
    case 'npm':
      return readNpmLock(parseJsonText(text));
    case 'yarn-classic':
      return readYarnClassic(text);
    case 'yarn-berry':
      return readYarnBerry(text);
    case 'bun':
      return readBunLock(text);
    case 'pnpm':
      return readPnpmText(text, path);
  }
}

/** pnpm's reader takes a folder holding `pnpm-lock.yaml`: use the file's own, or a scratch copy. */
async function readPnpmText(text: string, path: string): Promise<LockfileEntries> {
  if (
    basename(path) === 'pnpm-lock.yaml' &&
    (await readFile(path, 'utf8').then(
      (disk) => disk === text,
      () => false,
    ))
  ) {
    return readPnpmLock(dirname(path));
  }
  const scratch = await mkdtemp(join(tmpdir(), 'leakproof-pnpm-'));
  try {
    await writeFile(join(scratch, 'pnpm-lock.yaml'), text);
    return await readPnpmLock(scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
