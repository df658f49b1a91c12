// @ts-check
/**
 * The floor: the least any JavaScript tool must do to look inside the incident's source map.
 * Gunzip the tarball with Node's zlib, find the map entry, JSON.parse it once. Run as its own
 * process by bench/run.js so its wall time and peak RSS compare like for like with the CLIs.
 *
 * Usage: node bench/floor.js <tarball> [entry]   (prints one JSON line)
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { findTarEntry } from './tar-walk.js';

const [tarball, entry = 'package/cli.js.map'] = process.argv.slice(2);
if (!tarball) throw new Error('usage: node bench/floor.js <tarball> [entry]');

const started = performance.now();
const archive = gunzipSync(readFileSync(tarball));
const gunzipped = performance.now();
const data = findTarEntry(archive, entry);
if (!data) throw new Error(`${entry} not found in ${tarball}`);
const map = JSON.parse(data.toString('utf8'));
const parsed = performance.now();

process.stdout.write(
  `${JSON.stringify({
    gunzipMs: gunzipped - started,
    parseMs: parsed - gunzipped,
    innerMs: parsed - started,
    sources: map.sources.length,
    archiveBytes: archive.length,
    mapBytes: data.length,
  })}\n`,
);
