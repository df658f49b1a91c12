// @ts-check
/**
 * Start-up rows: what a user waits for before any package is read. `node -e 0` is Node's own
 * start-up (the floor of any CLI), `leakproof --version` the CLI's, and a check of a small
 * registry package (is-number@7.0.0, 4 files) the whole gate on a package where nothing but
 * fixed costs count. Its tarball comes from npm's cache after the warm-up run; the packument is
 * revalidated with the registry as every `check` does, so the row needs the network and shows
 * "not available" without it.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, runRepeated } from './measure.js';

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
async function startupRow(ctx, id, label, args, cwd) {
  const samples = await runRepeated(ctx.runs, () => ({ args, options: { cwd } }), ctx.files.dir, ctx.warmup);
  const base = {
    id,
    variant: ctx.variant,
    label,
    samples: samples.map(({ stdout, ...rest }) => ({ ...rest, stdout: stdout.slice(0, 200) })),
  };
  const bad = samples.find((s) => s.exitCode !== 0);
  if (bad)
    return { ...base, status: 'failed', note: `exit ${bad.exitCode}: ${bad.stderr.trim().split('\n').slice(-1)[0]?.slice(0, 160) ?? ''}` };
  return {
    ...base,
    status: 'ok',
    ms: median(samples.map((s) => s.ms)),
    bestMs: Math.min(...samples.map((s) => s.ms)),
    rssMB: median(samples.map((s) => s.rssMB)),
  };
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
