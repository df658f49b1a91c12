/**
 * The differential oracle: what npm's own extraction writes (pacote's `extract`, the code path
 * `npm install` runs: FetcherBase `#extract` through node-tar's `Unpack`) against what
 * leakproof's tarball reader inspects, for the same bytes. Used by test/differential.test.ts
 * (a few thousand cases in `npm test`) and by `npm run fuzz` (long runs).
 *
 * The contract judged here, for every tarball:
 * - leakproof reports a gap (the report is incomplete, exit 3), or
 * - every file npm writes is inspected with the same bytes, every file leakproof inspects that npm
 *   does not write on this system is reported as `platform-dependent`, and when an entry of the
 *   tarball does not end up on disk as a file of its own, leakproof reports at least one unsafe
 *   entry (never a silent pass).
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pacote from 'pacote';
import { Parser, type ReadEntry } from 'tar';
import type { PackageContents } from '../../src/types.js';
import { readBuffer } from './tarball.js';

/** What npm left on disk: files by package path, and the error if extraction failed. */
export interface NpmOutcome {
  readonly files: Map<string, Buffer>;
  readonly error?: string;
}

/** How one case was judged. */
export type Verdict = { readonly kind: 'agree' | 'gap' | 'npm-failed' } | { readonly kind: 'disagree'; readonly problems: string[] };

/**
 * Extract `tgz` with pacote exactly as npm does into a new folder `dir` and read the tree back;
 * `dir` is removed afterwards. Each case needs its own folder: after a failed extraction
 * node-tar may still be finishing writes, which must not land in the next case.
 */
export async function extractWithNpm(tgz: Buffer, dir: string): Promise<NpmOutcome> {
  const file = join(dir, 'case.tgz');
  const dest = join(dir, 'out');
  await mkdir(dir, { recursive: true });
  await writeFile(file, tgz);
  // FileFetcher reads package.json after extracting (to chmod bins); a preset manifest skips that
  // step, which is not part of extraction and fails on the many cases without a package.json.
  const FileFetcher = (
    pacote as unknown as { FileFetcher: new (spec: string, opts: object) => { package: object; extract(dest: string): Promise<unknown> } }
  ).FileFetcher;
  const fetcher = new FileFetcher(`file:${file}`, {});
  fetcher.package = { name: 'case', version: '1.0.0' };
  let error: string | undefined;
  try {
    await fetcher.extract(dest);
  } catch (caught) {
    error = `${(caught as { code?: string }).code ?? ''} ${(caught as Error).message}`;
  }
  const files = new Map<string, Buffer>();
  await walk(dest, '', files).catch(() => undefined);
  await rm(dir, { recursive: true, force: true, maxRetries: 10 }).catch(() => undefined);
  return error === undefined ? { files } : { files, error };
}

async function walk(root: string, prefix: string, out: Map<string, Buffer>): Promise<void> {
  for (const entry of await readdir(join(root, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) await walk(root, path, out);
    else if (entry.isFile()) out.set(path, await readFile(join(root, path)));
    else out.set(path, Buffer.from(`<not a regular file: ${path}>`));
  }
}

/** Entries of the archive that npm could write as a file or a link (directories excluded). */
function countEntries(tgz: Buffer): number {
  let count = 0;
  const parser = new Parser();
  const note = (entry: ReadEntry): void => {
    if (!entry.meta && entry.type !== 'Directory' && entry.type !== 'GNUDumpDir') count += 1;
    entry.resume();
  };
  parser.on('entry', note);
  parser.on('ignoredEntry', note);
  parser.on('warn', () => undefined);
  parser.on('error', () => undefined);
  try {
    parser.end(tgz);
  } catch {
    // a broken archive: the count stays what was read
  }
  return count;
}

/** Judge leakproof's reading of `tgz` against npm's extraction of it. */
export async function judge(tgz: Buffer, npm: NpmOutcome): Promise<{ verdict: Verdict; contents: PackageContents }> {
  const { contents } = await readBuffer(tgz);
  if (contents.gaps.length > 0) return { verdict: { kind: 'gap' }, contents };
  if (npm.error !== undefined) return { verdict: { kind: 'npm-failed' }, contents };
  const problems: string[] = [];
  for (const [path, bytes] of npm.files) {
    const file = contents.byPath.get(path);
    if (!file) problems.push(`npm installs ${JSON.stringify(path)}, leakproof does not inspect it`);
    else if (!file.data.equals(bytes)) problems.push(`${JSON.stringify(path)}: leakproof inspected other bytes than npm installs`);
  }
  const platformDependent = new Set(contents.unsafeEntries.filter((e) => e.reason === 'platform-dependent').map((e) => e.path));
  for (const file of contents.files) {
    if (!npm.files.has(file.path) && !platformDependent.has(file.path)) {
      problems.push(`leakproof inspects ${JSON.stringify(file.path)}, which npm does not install, without reporting it`);
    }
  }
  if (countEntries(tgz) > npm.files.size && contents.unsafeEntries.length === 0) {
    problems.push('an entry of the tarball does not reach the disk and leakproof reports nothing');
  }
  return { verdict: problems.length === 0 ? { kind: 'agree' } : { kind: 'disagree', problems }, contents };
}
