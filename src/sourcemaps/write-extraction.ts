/**
 * `leakproof extract`: write every recovered source as the tree an attacker would get, so a
 * maintainer can see exactly what their package gives away. Planning (which source goes where)
 * is a pure function; writing refuses to touch anything it did not create. See docs/extract.md.
 */
import { lstatSync, mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { LeakproofError } from '../errors.js';
import { contentBytes } from './lazy-content.js';
import { toSafeRelativePath } from './safe-path.js';
import type { RecoveredSource } from './types.js';

/** Name of the index written next to the sources (suffixed only if a folder takes the name). */
export const INDEX_FILE_NAME = 'leakproof-extract.json';

/**
 * Files and folders are made with synchronous calls, this many between two turns of the event
 * loop. Each asynchronous call is a round trip through libuv's thread pool, three per file (open,
 * write, close): on the incident-sized benchmark (4,750 files in 828 folders) the writes took
 * 0.3-0.6 s that way and about a third of that made directly, the way reverse-sourcemap makes them.
 * Batches keep a library caller's event loop turning.
 */
const BATCH = 256;

/** Where one recovered source goes. */
export interface PlannedFile {
  /** Output path relative to the folder, `/`-separated. */
  readonly path: string;
  readonly source: RecoveredSource;
  /** UTF-8 size of the content. */
  readonly bytes: number;
  /** False when an earlier source with identical content already takes this exact path. */
  readonly write: boolean;
}

/** The decided layout of an extraction; {@link writeExtraction} carries it out. */
export interface ExtractionPlan {
  /** One entry per selected source, in input order; none is ever dropped. */
  readonly files: readonly PlannedFile[];
  /** Relative path of the index file; never collides with a source path. */
  readonly indexPath: string;
  /** Sources left out by `firstPartyOnly`. */
  readonly skipped: number;
}

/** One entry of the index file: where a source was written, and where it came from. */
export type ExtractionIndexEntry = Pick<PlannedFile, 'path' | 'bytes'> &
  Pick<RecoveredSource, 'map' | 'source' | 'index' | 'classification'>;

/** What {@link writeExtraction} did. */
export interface ExtractionResult {
  /** Source files written (duplicates written once; the index not counted). */
  readonly written: number;
  /** Bytes of those files. */
  readonly bytes: number;
  /** Absolute path of the index file. */
  readonly indexPath: string;
}

/**
 * Decide where each source is written. Paths come from {@link toSafeRelativePath} applied to
 * `resolved` (or `source` when that is empty); folder names are given the casing they first
 * appear with; a file that collides with another file (case- and Unicode-normalisation-
 * insensitively, as on macOS and Windows) or with a folder is renamed `name~2.ext`, `~3`...
 * Identical content at the same path is written once but listed for every source.
 */
export function planExtraction(sources: readonly RecoveredSource[], options: { firstPartyOnly: boolean }): ExtractionPlan {
  const selected = options.firstPartyOnly ? sources.filter((s) => s.classification === 'first-party') : sources;
  const tree = new FolderTree();
  const desired = selected.map((s) => tree.place(toSafeRelativePath(s.resolved || s.source)));
  const indexPath = tree.claim({ folder: ROOT, dir: '', name: INDEX_FILE_NAME });
  // Per wanted path, where each content went. Most paths are wanted once: their source is kept
  // as is, and only a second source wanting the path makes a map keyed by content (hashing every
  // source's text to key it cost 40 ms on the incident-sized benchmark).
  const sameContent = new Map<string, { source: RecoveredSource; path: string } | Map<string, string>>();
  const files = selected.map((source, i): PlannedFile => {
    const want = desired[i]!;
    const wanted = joinPath(want.dir, want.name);
    const bytes = source.size;
    let written = sameContent.get(wanted);
    if (written !== undefined && !(written instanceof Map)) {
      if (sameText(written.source, source)) return { path: written.path, source, bytes, write: false };
      written = new Map([[written.source.content, written.path]]);
      sameContent.set(wanted, written);
    }
    const earlier = written?.get(source.content);
    if (earlier !== undefined) return { path: earlier, source, bytes, write: false };
    const path = tree.claim(want);
    if (written) written.set(source.content, path);
    else sameContent.set(wanted, { source, path });
    return { path, source, bytes, write: true };
  });
  return { files, indexPath, skipped: sources.length - selected.length };
}

/**
 * Whether two sources hold the same text. Sources of lazily read maps are compared in the map's
 * bytes (the same escaped literal is the same text), so they are not decoded to strings for it.
 */
function sameText(a: RecoveredSource, b: RecoveredSource): boolean {
  if (a.size !== b.size) return false;
  if (a.raw && b.raw && a.raw.data.compare(b.raw.data, b.raw.start, b.raw.end, a.raw.start, a.raw.end) === 0) return true;
  return a.content === b.content;
}

/** Comparison key: how a case-insensitive, normalisation-insensitive file system sees a name. */
function nameKey(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase();
}

function joinPath(dir: string, name: string): string {
  return dir === '' ? name : `${dir}/${name}`;
}

/** A file's wanted place: its folder (by id and canonical spelling) and its name. */
interface Placement {
  readonly folder: number;
  readonly dir: string;
  readonly name: string;
}

const ROOT = 0;

/**
 * Folders interned by (parent id, name key), so each distinct folder costs one map entry however
 * deep it sits: keys never grow with depth (a map of sources nested 400 folders deep planned in
 * quadratic time and memory before). Files and folders share one namespace per folder, which is
 * how a file `a` and a folder `a/` collide on disk.
 */
class FolderTree {
  private readonly ids = new Map<string, number>();
  private readonly spelling = new Map<number, string>([[ROOT, '']]);
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();

  /** Register a path's folders (first spelling wins, so `Src/a` and `src/b` share one) and return its placement. */
  place(path: string): Placement {
    const parts = path.split('/');
    let folder = ROOT;
    for (const segment of parts.slice(0, -1)) {
      const key = `${folder}\0${nameKey(segment)}`;
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size + 1;
        this.ids.set(key, id);
        this.taken.add(key);
        this.spelling.set(id, joinPath(this.spelling.get(folder)!, segment));
      }
      folder = id;
    }
    return { folder, dir: this.spelling.get(folder)!, name: parts[parts.length - 1]! };
  }

  /** Take the name, or the first free `name~N.ext` in its folder, and return the full path. */
  claim(placement: Placement): string {
    const { folder, dir, name } = placement;
    const base = `${folder}\0${name}`;
    let chosen = name;
    let n = this.nextSuffix.get(base) ?? 2;
    while (this.taken.has(`${folder}\0${nameKey(chosen)}`)) chosen = withSuffix(name, n++);
    if (chosen !== name) this.nextSuffix.set(base, n);
    this.taken.add(`${folder}\0${nameKey(chosen)}`);
    return joinPath(dir, chosen);
  }
}

/** `dir/name.ext` -> `dir/name~N.ext`; a leading dot (`.env`) is part of the name. */
function withSuffix(path: string, n: number): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? `${path.slice(0, dot)}~${n}${path.slice(dot)}` : `${path}~${n}`;
}

/**
 * Carry out a plan: create `outDir` (it must be missing or an empty folder), write each file
 * with exclusive create so nothing is ever overwritten, never through a symbolic link, then
 * write the index `{ schemaVersion: 1, files: [...] }`.
 *
 * @throws LeakproofError `usage` when `outDir` is unusable or a file cannot be written.
 */
export async function writeExtraction(plan: ExtractionPlan, outDir: string): Promise<ExtractionResult> {
  const toWrite = plan.files.filter((f) => f.write);
  // Writes run concurrently, so two files with one path would race: refuse such a plan up front.
  const seen = new Set<string>();
  const duplicate = toWrite.find((f) => seen.size === seen.add(f.path).size);
  if (duplicate) throw usage(`extract: the plan writes ${duplicate.path} twice; build plans with planExtraction`);
  const root = await prepareOutDir(resolve(outDir));
  await createFolders(
    root,
    toWrite.map((f) => f.path),
  );
  // Sources of lazily read maps are unescaped straight to UTF-8 into one reused buffer: 47 MB of
  // sources are then neither decoded to strings nor encoded back, nor allocated file by file.
  const scratch = Buffer.allocUnsafe(toWrite.reduce((most, f) => (f.source.raw ? Math.max(most, f.bytes) : most), 0));
  // The index gives the bytes of the file as written: for a damaged element (a bad escape, bytes
  // that are not UTF-8) the size measured in the map's bytes is not the decoded text's.
  const sizes = new Map<string, number>();
  await inBatches(toWrite, (f) => {
    const content = (f.source.raw && contentBytes(f.source.raw, scratch)) ?? Buffer.from(f.source.content);
    writeNew(root, f.path, content);
    sizes.set(f.path, content.length);
  });
  const files: ExtractionIndexEntry[] = plan.files.map((f) => ({
    path: f.path,
    map: f.source.map,
    source: f.source.source,
    index: f.source.index,
    classification: f.source.classification,
    bytes: sizes.get(f.path) ?? f.bytes,
  }));
  writeNew(root, plan.indexPath, `${JSON.stringify({ schemaVersion: 1, files }, null, 2)}\n`);
  let bytes = 0;
  for (const size of sizes.values()) bytes += size;
  return { written: toWrite.length, bytes, indexPath: join(resolve(outDir), ...plan.indexPath.split('/')) };
}

/** Create the folder or accept an empty one; return its real path. */
async function prepareOutDir(outDir: string): Promise<string> {
  const existing = await stat(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw usage(`cannot use ${outDir} (${error.code ?? error.message}); choose another output folder`);
  });
  if (existing === null) {
    await mkdir(outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
      throw usage(`cannot create ${outDir} (${error.code ?? error.message}); choose another output folder`);
    });
  } else if (!existing.isDirectory()) {
    throw usage(`${outDir} is a file; pass a new or empty folder to extract into`);
  } else if ((await readdir(outDir).catch(() => [''])).length > 0) {
    throw usage(`${outDir} is not empty or not readable; pass a new or empty folder so nothing is overwritten`);
  }
  return realpath(outDir);
}

/** Create every folder the files need, parents first, checking each is a real folder inside `root`. */
async function createFolders(root: string, paths: readonly string[]): Promise<void> {
  const byDepth: string[][] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    // Walk up from the file's folder and stop at the first one already listed: every folder
    // string is built once, however deep the tree.
    for (let folder = parentOf(path); folder !== '' && !seen.has(folder); folder = parentOf(folder)) {
      seen.add(folder);
      (byDepth[depthOf(folder)] ??= []).push(folder);
    }
  }
  await inBatches(
    byDepth.flatMap((level) => level ?? []),
    (folder) => createFolder(root, folder),
  );
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function depthOf(folder: string): number {
  let depth = 1;
  for (let at = folder.indexOf('/'); at >= 0; at = folder.indexOf('/', at + 1)) depth++;
  return depth;
}

/** Create one folder (its parent exists) and check that it is a real folder inside `root`. */
function createFolder(root: string, folder: string): void {
  const full = join(root, ...folder.split('/'));
  try {
    mkdirSync(full);
  } catch (error) {
    // EEXIST is expected where a case-insensitive file system merges two spellings.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw writeFailure(folder, error);
  }
  const info = lstatSync(full);
  if (!info.isDirectory() || info.isSymbolicLink() || !isInside(root, realpathSync.native(full))) {
    throw usage(`${folder} in the output folder is not a folder leakproof created; extract into a new empty folder`);
  }
}

/** Write a file that must not exist yet (`wx` = O_CREAT | O_EXCL, which also refuses symlinks). */
function writeNew(root: string, path: string, content: Buffer | string): void {
  const full = join(root, ...path.split('/'));
  if (!isInside(root, full)) {
    throw usage(`refusing to write ${path} outside the output folder; this is a leakproof bug, please report it`);
  }
  try {
    writeFileSync(full, content, { flag: 'wx' });
  } catch (error) {
    throw writeFailure(path, error);
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}

function writeFailure(path: string, error: unknown): LeakproofError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const hint =
    code === 'EEXIST'
      ? 'something else wrote into the output folder meanwhile; extract into a new empty folder'
      : 'check permissions and free space, then extract into a new empty folder';
  return usage(`could not write ${path} (${code}); ${hint}`, error);
}

function usage(message: string, cause?: unknown): LeakproofError {
  return new LeakproofError('usage', `extract: ${message}`, cause === undefined ? undefined : { cause });
}

/** Run `task` over `items` in order, {@link BATCH} at a time; the first failure stops the rest. */
async function inBatches<T>(items: readonly T[], task: (item: T) => void): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % BATCH === 0) await nextTurn();
    task(items[i]!);
  }
}
