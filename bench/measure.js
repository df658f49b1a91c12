// @ts-check
/**
 * Runs one command in a fresh child process and measures its wall time and peak resident set
 * size. Peak RSS comes from GNU time (`/usr/bin/time -f %M`, kilobytes) when present; otherwise
 * from a preloaded probe that records `process.resourceUsage().maxRSS` as the Node child exits.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const PROBE = new URL('./rss-probe.js', import.meta.url);

/**
 * @typedef {object} Sample
 * @property {number} ms Wall time of the child process, milliseconds.
 * @property {number | null} rssMB Peak RSS in MB (10^6 bytes), null when unknown.
 * @property {number | null} exitCode
 * @property {string} stdout Captured stdout (empty when redirected to a file).
 * @property {string} stderr Last 2,000 characters of stderr.
 */

/**
 * @typedef {object} RunOptions
 * @property {string} [cwd]
 * @property {string} [stdoutFile] Send stdout to this file instead of capturing it.
 * @property {boolean} [discardStdout] Drop stdout (chatty tools).
 * @property {string} rssFile Scratch file for the RSS reading.
 */

/** @returns {boolean} */
export function hasGnuTime() {
  return existsSync(GNU_TIME);
}

/**
 * Runs `node <args>` once.
 * @param {string[]} args Arguments after the Node executable.
 * @param {RunOptions} options
 * @returns {Promise<Sample>}
 */
export function runNode(args, options) {
  rmSync(options.rssFile, { force: true });
  const gnu = hasGnuTime();
  const command = gnu ? GNU_TIME : process.execPath;
  const argv = gnu ? ['-f', '%M', '-o', options.rssFile, process.execPath, ...args] : args;
  const env = { ...process.env };
  if (!gnu) {
    env.BENCH_RSS_FILE = options.rssFile;
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import=${PROBE.href}`.trim();
  }
  const out = options.stdoutFile ? openSync(options.stdoutFile, 'w') : null;
  /** @type {import('node:child_process').StdioOptions} */
  const stdio = ['ignore', out ?? (options.discardStdout ? 'ignore' : 'pipe'), 'pipe'];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: options.cwd, env, stdio });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (/** @type {Buffer} */ chunk) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (/** @type {Buffer} */ chunk) => {
      stderr = (stderr + chunk).slice(-2000);
    });
    child.on('error', reject);
    child.on('close', (/** @type {number | null} */ code) => {
      const ms = performance.now() - started;
      if (out !== null) closeSync(out);
      resolve({ ms, rssMB: readRss(options.rssFile), exitCode: code, stdout, stderr });
    });
  });
}

/**
 * Reads a peak-RSS file written by GNU time or the probe (kilobytes, last line).
 * @param {string} file
 * @returns {number | null}
 */
function readRss(file) {
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  // GNU time prints "Command exited with non-zero status N" before the format line.
  const kilobytes = Number(lines[lines.length - 1]);
  if (!Number.isFinite(kilobytes) || kilobytes <= 0) return null;
  return (kilobytes * 1024) / 1e6;
}

/**
 * Median of numbers (null entries ignored); null for none.
 * @param {(number | null)[]} values
 * @returns {number | null}
 */
export function median(values) {
  const sorted = /** @type {number[]} */ (values.filter((v) => v !== null)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? /** @type {number} */ (sorted[mid])
    : /** @type {number} */ (sorted[mid - 1] + /** @type {number} */ (sorted[mid])) / 2;
}

/**
 * Runs a measurement `runs` times, each in a fresh process, calling `prepare` before each run
 * (e.g. to empty an output directory; not timed). `warmup` runs go first and are discarded:
 * the first start of a tool pays for cold disk caches that a user's second run would not.
 * @param {number} runs
 * @param {() => { args: string[], options: Omit<RunOptions, 'rssFile'> }} prepare
 * @param {string} workDir Where the RSS scratch file goes.
 * @param {number} [warmup]
 * @returns {Promise<Sample[]>}
 */
export async function runRepeated(runs, prepare, workDir, warmup = 0) {
  const samples = [];
  for (let i = 0; i < warmup + runs; i++) {
    const { args, options } = prepare();
    const sample = await runNode(args, { ...options, rssFile: join(workDir, 'rss.txt') });
    if (i >= warmup) samples.push(sample);
  }
  return samples;
}
