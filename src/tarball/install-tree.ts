/**
 * What `npm install` leaves on disk after extracting a tarball, entry by entry in archive order:
 * the file system outcome of pacote's extraction (lib/fetcher.js `#extract`) through node-tar's
 * `Unpack` (src/unpack.ts `[CHECKFS2]`, src/mkdir.ts) on POSIX, modelled in memory.
 *
 * - A path that appears twice: the later copy overwrites the earlier one (`[ISREUSABLE]` or
 *   unlink, then write); both are reported as `duplicate-path`.
 * - A file whose folder is a file already, or a file over a non-empty folder: node-tar's mkdir or
 *   rmdir fails, the entry is skipped with a warning, and so it is reported here.
 * - `.gitignore` becomes `.npmignore` unless a `.npmignore` entry came first (pacote's filter).
 * - Names whose meaning depends on the platform (a backslash, a name over 255 bytes, a Windows
 *   device name, two names equal on case-insensitive file systems) are inspected as POSIX npm
 *   writes them and reported, since npm on another system writes something else.
 */
import { posix } from 'node:path';
import type { UnsafeEntry } from '../types.js';
import type { FileInput } from './contents.js';
import { classifyEntryPath, FILE_TYPES, isGitignore } from './entry-path.js';

/** A file npm writes, or a folder it creates on the way. */
type Slot = { kind: 'file'; input?: FileInput; previous?: FileInput } | { kind: 'folder'; children: number };

/** Longest file name on Linux, macOS and most file systems (NAME_MAX), in UTF-8 bytes. */
const NAME_MAX = 255;
/** ASCII only: case folding needs no Unicode normalisation. */
const ASCII = /^[\x00-\x7f]*$/;
/** Names Windows reserves in every folder and with any extension. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Builds the installed tree from entries in archive order; see the module comment. */
export class InstallTree {
  private readonly slots = new Map<string, Slot>();
  /** Files whose name no POSIX file system accepts (too long), inspected outside the model. */
  private readonly unmodelled: FileInput[] = [];
  private readonly reported: UnsafeEntry[] = [];
  private readonly overwritten = new Set<string>();
  /** Overwritten paths whose copies did not all have the same bytes. */
  private readonly differing = new Set<string>();
  private readonly sawNpmignore = new Set<string>();
  private readonly folded = new Map<string, string>();

  /**
   * Admit the next entry. Returns the package path its bytes are installed at (then call
   * {@link write} with them once read), or undefined when npm does not install it.
   */
  admit(rawPath: string, type: string, linkpath?: string): string | undefined {
    const renamed = this.renameIgnoreFile(rawPath, type);
    if (renamed === undefined) return undefined;
    const verdict = classifyEntryPath(renamed, type);
    if (verdict.kind === 'ignore') return undefined;
    if (verdict.kind === 'unsafe') {
      this.reported.push(linkpath ? { ...verdict.entry, linkpath } : verdict.entry);
      return undefined;
    }
    const { path } = verdict;
    if (verdict.stripped !== undefined) {
      this.reported.push({
        path,
        reason: 'absolute-path',
        detail: `the tarball names it ${renamed}; npm strips ${verdict.stripped} and installs it at ${path}`,
      });
    }
    const portability = portabilityProblem(path);
    if (portability?.unmodelled) {
      // node-tar still creates the folders before the first name the file system refuses.
      this.createFolders(
        path
          .split('/')
          .slice(0, -1)
          .filter((_, i, all) => all.slice(0, i + 1).every((segment) => Buffer.byteLength(segment) <= NAME_MAX)),
      );
      this.reported.push({ path, reason: 'platform-dependent', detail: portability.detail });
      return path;
    }
    if (!this.place(path)) return undefined;
    if (portability) this.reported.push({ path, reason: 'platform-dependent', detail: portability.detail });
    this.noteCaseCollision(path);
    return path;
  }

  /** Attach the bytes of the entry {@link admit} last returned `path` for. */
  write(input: FileInput): void {
    const slot = this.slots.get(input.path);
    if (slot?.kind !== 'file') {
      this.unmodelled.push(input);
      return;
    }
    // A later copy with other bytes hid the earlier ones from whoever reads the last copy only.
    if (slot.previous && !Buffer.from(slot.previous.data).equals(Buffer.from(input.data))) this.differing.add(input.path);
    slot.previous = undefined;
    slot.input = input;
  }

  /** Every file on disk with its final bytes, and every entry reported on the way. */
  result(): { files: FileInput[]; unsafe: UnsafeEntry[] } {
    const files: FileInput[] = [];
    for (const slot of this.slots.values()) if (slot.kind === 'file' && slot.input) files.push(slot.input);
    const duplicates = [...this.overwritten].map((path): UnsafeEntry => {
      const identicalCopies = !this.differing.has(path);
      return { path, reason: 'duplicate-path', detail: identicalCopies ? 'identical copies' : 'copies differ', identicalCopies };
    });
    return { files: [...files, ...this.unmodelled], unsafe: [...this.reported, ...duplicates] };
  }

  /** pacote's filter: `.gitignore` becomes `.npmignore` unless that name was already seen. */
  private renameIgnoreFile(rawPath: string, type: string): string | undefined {
    if (!FILE_TYPES.has(type)) return rawPath;
    if (posix.basename(rawPath) === '.npmignore') this.sawNpmignore.add(rawPath);
    if (!isGitignore(rawPath)) return rawPath;
    const renamed = rawPath.replace(/\.gitignore$/, '.npmignore');
    if (!this.sawNpmignore.has(renamed)) return renamed;
    const path = rawPath.slice(rawPath.indexOf('/') + 1);
    this.reported.push({ path, reason: 'not-installed', detail: 'npm drops a .gitignore when the same folder has a .npmignore' });
    return undefined;
  }

  /**
   * Create `folders` (the segments of a path, outermost first) as node-tar's mkdir does; returns
   * the first one that is a file already (where mkdir fails), else undefined.
   */
  private createFolders(folders: readonly string[]): string | undefined {
    let folder = '';
    for (const segment of folders) {
      const next = folder === '' ? segment : `${folder}/${segment}`;
      const slot = this.slots.get(next);
      if (slot?.kind === 'file') return next;
      if (!slot) this.create(next, { kind: 'folder', children: 0 });
      folder = next;
    }
    return undefined;
  }

  /** Create the folders and the file as node-tar would; false when node-tar skips the entry. */
  private place(path: string): boolean {
    const blocked = this.createFolders(path.split('/').slice(0, -1));
    if (blocked !== undefined) return this.skip(path, `its folder ${blocked} is a file in the tarball`);
    const existing = this.slots.get(path);
    if (existing?.kind === 'folder' && existing.children > 0) return this.skip(path, 'a folder of the package has the same path');
    if (existing?.kind === 'file') {
      this.overwritten.add(path);
      // Kept until the new copy's bytes arrive, so `write` can tell whether they differ.
      existing.previous = existing.input ?? existing.previous;
      existing.input = undefined;
      return true;
    }
    if (existing) this.slots.set(path, { kind: 'file' });
    else this.create(path, { kind: 'file' });
    return true;
  }

  private create(path: string, slot: Slot): void {
    this.slots.set(path, slot);
    const parent = this.slots.get(posix.dirname(path));
    if (parent?.kind === 'folder') parent.children++;
  }

  private skip(path: string, detail: string): false {
    this.reported.push({ path, reason: 'not-installed', detail });
    return false;
  }

  /** macOS and Windows fold case and Unicode normalisation: two names become one file there. */
  private noteCaseCollision(path: string): void {
    const key = ASCII.test(path) ? path.toLowerCase() : path.normalize('NFD').toLowerCase();
    const first = this.folded.get(key);
    if (first === undefined) this.folded.set(key, path);
    else if (first !== path)
      this.reported.push({
        path,
        reason: 'platform-dependent',
        detail: `${first} and ${path} are one file on case-insensitive file systems`,
      });
  }
}

/**
 * Why a path means different files on different systems, or undefined. `unmodelled`: npm on
 * Linux cannot write it at all (a name over 255 bytes), so it stays out of the folder model.
 */
function portabilityProblem(path: string): { detail: string; unmodelled?: true } | undefined {
  const segments = path.split('/');
  // An ASCII path of at most 255 characters has no segment over 255 bytes: skip the byte counts.
  const mayBeLong = path.length > NAME_MAX || !ASCII.test(path);
  if (mayBeLong && segments.some((segment) => Buffer.byteLength(segment) > NAME_MAX)) {
    return { detail: `a name longer than ${NAME_MAX} bytes: Linux and macOS refuse it, Windows may write it`, unmodelled: true };
  }
  if (path.includes('\\')) return { detail: 'a backslash: Windows reads it as a folder separator' };
  const windows = segments.find((segment) => WINDOWS_DEVICE.test(segment) || /[. ]$/.test(segment));
  if (windows !== undefined) return { detail: `${windows} is a device name or ends in a dot or space on Windows` };
  return undefined;
}
