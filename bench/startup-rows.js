// @ts-check
/**
 * Start-up rows: what a user waits for before any package is read. `node -e 0` is Node's own
 * start-up (the floor of any CLI), `leakproof --version` the CLI's, and a check of a small
 * registry package (is-number@7.0.0, 4 files) the whole gate on a package where nothing but
 * fixed costs count. Its packument and tarball come from npm's cache after the warm-up run (an
 * exact version is not revalidated); without a registry for that warm-up the row shows "not
 * available".
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timedRow } from './rows.js';

/** @typedef {import('./rows.js').Row} Row */
/** @typedef {import('./rows.js').Context} Context */

/** A small registry package: 4 files, no map, no credential. */
export const SMALL_PACKAGE = 'is-number@7.0.0';

/**
 * @param {Context} ctx
 * @param {string} id
 * @param {string} label
 * @param {string[]} args
 * @param {string} cwd
 * @returns {Promise<Row>}
 */
function startupRow(ctx, id, label, args, cwd) {
  return timedRow(ctx, id, label, { expectExit: [0], prepare: () => ({ args, options: { cwd } }) });
}

/** @param {Context} ctx @returns {Promise<Row>} */
export const nodeRow = (ctx) => startupRow(ctx, 'node', 'floor: `node -e 0` (Node start-up)', ['-e', '0'], ctx.files.dir);

/** @param {Context} ctx @returns {Promise<Row>} */
export async function versionRow(ctx) {
  const bin = join(ctx.root, 'dist', 'cli', 'bin.js');
  if (!existsSync(bin))
    return {
      id: 'version',
      variant: ctx.variant,
      label: '`leakproof --version`',
      status: 'not available',
      note: 'dist/cli/bin.js not built yet',
    };
  return startupRow(ctx, 'version', '`leakproof --version`', [bin, '--version'], ctx.files.dir);
}

/** @param {Context} ctx @returns {Promise<Row>} */
export async function smallPackageRow(ctx) {
  const label = `\`leakproof check ${SMALL_PACKAGE}\` (npm's cache warm)`;
  const bin = join(ctx.root, 'dist', 'cli', 'bin.js');
  if (!existsSync(bin)) return { id: 'small', variant: ctx.variant, label, status: 'not available', note: 'dist/cli/bin.js not built yet' };
  // An empty folder: no leakproof.json or .npmrc of ours applies to someone else's package.
  const row = await startupRow(ctx, 'small', label, [bin, 'check', SMALL_PACKAGE], mkdtempSync(join(tmpdir(), 'leakproof-bench-')));
  return row.status === 'failed' && /reach|ENOTFOUND|EAI_AGAIN/.test(row.note ?? '')
    ? { ...row, status: 'not available', note: `no registry: ${row.note}` }
    : row;
}
