/**
 * The directory target: the exact files `npm pack` / `npm publish` would put in the tarball for a
 * package folder, read into memory without running any lifecycle script.
 *
 * npm's rules (https://docs.npmjs.com/cli/v11/configuring-npm/package-json#files) are applied by
 * npm's own code (see ./pack-npm.ts), so `files` with negations, `.npmignore`, the `.gitignore`
 * fallback, nested ignore files, always- and never-included files and bundled dependencies all
 * behave as in npm. Symbolic links are left out, as npm-packlist does. File bytes are kept as on
 * disk: npm pack normalises no content, package.json included.
 */
import { lstat, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { LeakproofError } from '../errors.js';
import { parseJsonText } from '../json-text.js';
import { mapLimit } from '../map-limit.js';
import { comparePaths, type FileInput } from '../tarball/contents.js';
import { DEFAULT_LIMITS } from '../tarball/read-tarball.js';
import type { InspectionGap, TarballLimits } from '../types.js';
import { createPackedMode, listPackedPaths } from './pack-npm.js';
import { findWorkspaceRoot } from './pack-workspace.js';

/** What {@link packDirectory} returns. */
export interface PackedDirectory {
  /** The files npm would pack: package-relative, `/`-separated, sorted by path, bytes as on disk. */
  readonly files: FileInput[];
  /** The folder's package.json as parsed from disk (not normalized). */
  readonly packageJson: Record<string, unknown>;
  /** Files left unread because of the limits (same limits as for a tarball). */
  readonly gaps: InspectionGap[];
}

/** Files read at once; enough to overlap I/O without running out of file descriptors. */
const READ_CONCURRENCY = 32;

/**
 * Read the files `npm pack` would ship from the package folder `dir`, with the modes they would
 * have in the tarball. Runs no `prepack`/`prepare` script: the folder is inspected as it is.
 * When `dir` is a workspace of a project above it, the list is the one `npm pack` gives when run
 * inside `dir` (the root's and intermediate ignore files apply), as for `npm publish -w`.
 *
 * @throws LeakproofError `target` when the folder has no readable, valid package.json, or when
 *   npm's file listing or a listed file cannot be read.
 */
export async function packDirectory(dir: string, limits: TarballLimits = DEFAULT_LIMITS): Promise<PackedDirectory> {
  const packageJson = await readManifest(dir);
  let listed: Awaited<ReturnType<typeof listPackedPaths>>;
  try {
    // npm compares absolute paths when it applies a workspace root's ignore files.
    const absolute = resolve(dir);
    listed = await listPackedPaths(absolute, await findWorkspaceRoot(absolute));
  } catch (error) {
    throw new LeakproofError('target', `${dir}: could not list the files npm would pack (${describe(error)})`, {
      cause: error,
    });
  }
  const modeOf = createPackedMode(listed.tree.package);
  const paths = [...listed.paths].sort(comparePaths);
  const sized = await mapLimit(paths, READ_CONCURRENCY, (path) => statPackedFile(dir, path));
  const { selected, gaps } = withinLimits(sized, limits);
  const files = await mapLimit(selected, READ_CONCURRENCY, (file) => readPackedFile(dir, file, modeOf));
  return { files, packageJson, gaps };
}

interface SizedPath {
  readonly path: string;
  readonly size: number;
  readonly fsMode: number;
}

/**
 * Apply the tarball limits before reading anything, so a folder holding a huge file or
 * millions of files becomes an inspection gap instead of exhausting memory.
 */
function withinLimits(files: readonly SizedPath[], limits: TarballLimits): { selected: SizedPath[]; gaps: InspectionGap[] } {
  const gaps: InspectionGap[] = [];
  const selected: SizedPath[] = [];
  let total = 0;
  if (files.length > limits.maxEntries) {
    gaps.push({ code: 'entry-limit', message: `more than ${limits.maxEntries} files; raise --max-entries to inspect it` });
  }
  for (const file of files.slice(0, limits.maxEntries)) {
    if (file.size > limits.maxFileBytes) {
      gaps.push({
        code: 'file-size-limit',
        path: file.path,
        message: `${file.path} is larger than ${limits.maxFileBytes} bytes; raise --max-file-size to inspect it`,
      });
      continue;
    }
    total += file.size;
    if (total > limits.maxTotalBytes) {
      gaps.push({ code: 'size-limit', message: `more than ${limits.maxTotalBytes} bytes unpacked; raise --max-size to inspect it` });
      break;
    }
    selected.push(file);
  }
  return { selected, gaps };
}

/** lstat, not stat, because node-tar takes the mode from lstat. */
async function statPackedFile(dir: string, path: string): Promise<SizedPath> {
  const absolute = join(dir, path);
  try {
    const stats = await lstat(absolute);
    return { path, size: stats.size, fsMode: stats.mode };
  } catch (error) {
    throw unreadable(absolute, error);
  }
}

/** Parse `dir/package.json`, turning each way it can fail into a one-line target error. */
async function readManifest(dir: string): Promise<Record<string, unknown>> {
  const file = join(dir, 'package.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new LeakproofError('target', `${dir}: no package.json found; point leakproof at a package folder, a .tgz or a registry spec`, {
        cause: error,
      });
    }
    throw new LeakproofError('target', `${file}: cannot be read (${code ?? describe(error)}); check it is a readable file`, {
      cause: error,
    });
  }
  let value: unknown;
  try {
    value = parseJsonText(text);
  } catch (error) {
    throw new LeakproofError('target', `${file}: not valid JSON (${describe(error)}); fix it so npm can pack the folder`, {
      cause: error,
    });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new LeakproofError('target', `${file}: must hold a JSON object; fix it so npm can pack the folder`);
  }
  return value as Record<string, unknown>;
}

/** Read one listed file with the mode it would have in the tarball. */
async function readPackedFile(dir: string, file: SizedPath, modeOf: (path: string, fsMode: number) => number): Promise<FileInput> {
  const absolute = join(dir, file.path);
  try {
    return { path: file.path, data: await readFile(absolute), mode: modeOf(file.path, file.fsMode) };
  } catch (error) {
    throw unreadable(absolute, error);
  }
}

function unreadable(absolute: string, error: unknown): LeakproofError {
  return new LeakproofError(
    'target',
    `${absolute}: cannot be read (${errorCode(error) ?? describe(error)}); npm would fail to pack it too`,
    { cause: error },
  );
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
