// @ts-check
/**
 * The credential scanner alone: leakproof's `scanText` over every recovered first-party source,
 * already in memory, so the number is scanning throughput and nothing else (no gunzip, no map
 * parse, no disk). Run as a child of bench/run.js.
 *
 * Usage: node bench/scan-bench.js <dir-of-sources>   (prints one JSON line)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: node bench/scan-bench.js <dir>');

const module = await import(new URL('../dist/secrets/scan-text.js', import.meta.url).href);
/** @type {(text: string, path: string) => unknown[] | Iterable<unknown>} */
const scanText = module.scanText;
if (typeof scanText !== 'function') throw new Error('dist/secrets/scan-text.js has no scanText export');

const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { path: relative(dir, path), text: readFileSync(path, 'utf8') };
  })
  .sort((a, b) => (a.path < b.path ? -1 : 1));
const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);

const started = performance.now();
let findings = 0;
for (const file of files) findings += [...scanText(file.text, file.path)].length;
const ms = performance.now() - started;

process.stdout.write(`${JSON.stringify({ files: files.length, bytes, ms, findings })}\n`);
