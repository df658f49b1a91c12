// @ts-check
/**
 * Untimed preparation for one variant: pull the map out of the tarball (the peers take a map
 * file, not a tarball), write the first-party sources to disk (secretlint reads files), and
 * count what tools wrote.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { findTarEntry, walkTar } from './tar-walk.js';

/**
 * @typedef {object} VariantFiles
 * @property {string} dir Scratch directory of this variant.
 * @property {string} mapRelative The map's path relative to `dir` (peers are run with cwd = dir).
 * @property {string} firstPartyDir First-party sources as files (`src/...`).
 * @property {string} secretlintrc Path of the secretlint config.
 * @property {number} firstPartyFiles
 * @property {number} firstPartyBytes
 */

/**
 * @param {string} tarball
 * @param {string} workDir
 * @returns {VariantFiles}
 */
export function prepareVariant(tarball, workDir) {
  const dir = join(workDir, `run-${basename(tarball, '.tgz')}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'map'), { recursive: true });
  const data = findTarEntry(gunzipSync(readFileSync(tarball)), 'package/cli.js.map');
  if (!data) throw new Error(`${tarball} has no package/cli.js.map; delete bench/.work and rerun`);
  writeFileSync(join(dir, 'map', 'cli.js.map'), data);
  /** @type {{ sources: string[], sourcesContent: (string | null)[] }} */
  const map = JSON.parse(data.toString('utf8'));
  const firstPartyDir = join(dir, 'first-party');
  let firstPartyFiles = 0;
  let firstPartyBytes = 0;
  map.sources.forEach((source, i) => {
    const content = map.sourcesContent[i];
    if (!source.startsWith('../src/') || typeof content !== 'string') return;
    const file = join(firstPartyDir, source.slice(3));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    firstPartyFiles++;
    firstPartyBytes += Buffer.byteLength(content);
  });
  const secretlintrc = join(dir, 'secretlintrc.json');
  writeFileSync(secretlintrc, `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2)}\n`);
  return { dir, mapRelative: join('map', 'cli.js.map'), firstPartyDir, secretlintrc, firstPartyFiles, firstPartyBytes };
}

/**
 * Untimed preparation for the many-maps package: every source its maps embed written to disk
 * (under the map's own name, so equal paths in two maps stay two files) for secretlint.
 * @param {string} tarball
 * @param {string} workDir
 * @returns {VariantFiles}
 */
export function prepareManyMaps(tarball, workDir) {
  const dir = join(workDir, `run-${basename(tarball, '.tgz')}`);
  rmSync(dir, { recursive: true, force: true });
  const sourcesDir = join(dir, 'sources');
  let files = 0;
  let bytes = 0;
  for (const { path, data } of walkTar(gunzipSync(readFileSync(tarball)))) {
    if (!path.endsWith('.js.map')) continue;
    /** @type {{ sources: string[], sourcesContent: (string | null)[] }} */
    const map = JSON.parse(data.toString('utf8'));
    const mapDir = join(sourcesDir, path.replace(/^package\//, '').replace(/\.js\.map$/, ''));
    map.sources.forEach((source, i) => {
      const content = map.sourcesContent[i];
      if (typeof content !== 'string') return;
      const file = join(mapDir, source.replace(/^(\.\.\/)+/, ''));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      files++;
      bytes += Buffer.byteLength(content);
    });
  }
  const secretlintrc = join(dir, 'secretlintrc.json');
  writeFileSync(secretlintrc, `${JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }, null, 2)}\n`);
  return { dir, mapRelative: '', firstPartyDir: sourcesDir, secretlintrc, firstPartyFiles: files, firstPartyBytes: bytes };
}

/**
 * Number of regular files under `dir` (0 when it does not exist).
 * @param {string} dir
 * @returns {number}
 */
export function countFiles(dir) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
  } catch {
    return 0;
  }
}

/**
 * An empty directory at `dir` (removed first if present).
 * @param {string} dir
 * @returns {string}
 */
export function freshDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}
