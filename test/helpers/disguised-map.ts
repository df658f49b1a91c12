/**
 * Source maps in disguise, built from one map whose `sourcesContent` holds first-party code:
 * every way a hostile (or careless) publisher can ship it that npm installs and a person can
 * still read. Used by test/disguised-maps.test.ts and `npm run fuzz`.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import type { FileInput } from '../../src/tarball/contents.js';

/** How the map's JSON text is written. */
export interface MapDisguise {
  encoding: 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16le' | 'utf16be-bom';
  preamble: 'none' | 'whitespace' | 'xssi';
  keys: 'plain' | 'escaped' | 'long-key-first';
  version: boolean;
  damage: 'none' | 'trailing-comma' | 'trailing-bytes' | 'comment';
  container: Container;
  dataUrl: 'base64' | 'percent' | 'charset-base64';
}

/** Where the map ships. */
export type Container =
  | 'map' | 'map.js' | 'json' | 'extensionless' | 'map.gz' | 'map.br'
  | 'inline-js' | 'inline-js-code-after' | 'inline-bin' | 'inline-html' | 'inline-vue' | 'inline-eval' | 'inline-js.gz';

/** The first-party source the map leaks, and where it claims to come from. */
export const LEAKED_SOURCE = { path: 'src/pricing-engine.ts', code: 'export function margin(cost: number): number {\n  return cost * 1.42; // negotiated with the supplier\n}\n' };

/** The map as JSON text, keys and damage as the disguise says. */
export function mapJson(disguise: Pick<MapDisguise, 'keys' | 'version' | 'damage'>): string {
  const key = (name: string): string => (disguise.keys === 'escaped' ? `"${name.slice(0, 3)}\\u00${name.charCodeAt(3).toString(16)}${name.slice(4)}"` : JSON.stringify(name));
  const fields = [
    ...(disguise.keys === 'long-key-first' ? [`"x_padding_${'p'.repeat(5000)}": 1`] : []),
    ...(disguise.version ? [`${key('version')}: 3`] : []),
    `${key('sources')}: ["../${LEAKED_SOURCE.path}"]`,
    `${key('sourcesContent')}: [${JSON.stringify(LEAKED_SOURCE.code)}]`,
    `${key('mappings')}: "AAAA"`,
    `${key('names')}: []`,
  ];
  const body = `{${fields.join(', ')}${disguise.damage === 'trailing-comma' ? ',' : ''}}`;
  if (disguise.damage === 'trailing-bytes') return `${body}\n/* built by hand */ garbage`;
  if (disguise.damage === 'comment') return body.replace('{', '{ // generated\n');
  return body;
}

function encode(text: string, encoding: MapDisguise['encoding']): Buffer {
  switch (encoding) {
    case 'utf8': return Buffer.from(text);
    case 'utf8-bom': return Buffer.from(`\uFEFF${text}`);
    case 'utf16le-bom': return Buffer.from(`\uFEFF${text}`, 'utf16le');
    case 'utf16le': return Buffer.from(text, 'utf16le');
    case 'utf16be-bom': return Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
  }
}

function dataUrl(json: string, kind: MapDisguise['dataUrl']): string {
  if (kind === 'percent') return `data:application/json,${encodeURIComponent(json)}`;
  const base64 = Buffer.from(json).toString('base64');
  return kind === 'charset-base64' ? `data:application/json;charset=utf-8;base64,${base64}` : `data:application/json;base64,${base64}`;
}

/** The files of a package shipping the disguised map, and the path the finding must name. */
export function disguisedPackage(disguise: MapDisguise): { files: FileInput[]; mapPath: string } {
  const preamble = disguise.preamble === 'whitespace' ? ' \n'.repeat(20_000) : disguise.preamble === 'xssi' ? ")]}'\n" : '';
  const json = mapJson(disguise);
  const mapBytes = encode(preamble + json, disguise.encoding);
  const pkg: FileInput = { path: 'package.json', data: '{"name":"disguised","version":"1.0.0"}' };
  const url = dataUrl(json, disguise.dataUrl);
  const code = 'exports.margin=function(c){return c*1.42};';
  const one = (path: string, data: Buffer | string): { files: FileInput[]; mapPath: string } => ({ files: [pkg, { path, data }], mapPath: path });
  switch (disguise.container) {
    case 'map': return one('dist/index.js.map', mapBytes);
    case 'map.js': return one('dist/index.map.js', mapBytes);
    case 'json': return one('dist/debug.json', mapBytes);
    case 'extensionless': return one('dist/index', mapBytes);
    case 'map.gz': return one('dist/index.js.map.gz', gzipSync(mapBytes));
    case 'map.br': return one('dist/index.js.map.br', brotliCompressSync(mapBytes));
    case 'inline-js': return one('dist/index.js', `${code}\n//# sourceMappingURL=${url}\n`);
    case 'inline-js-code-after': return one('dist/index.js', `${code}\n//# sourceMappingURL=${url}\nmodule.exports.later = 1;\n`);
    case 'inline-bin': return one('bin/cli', `#!/usr/bin/env node\n${code}\n//# sourceMappingURL=${url}\n`);
    case 'inline-html': return one('dist/index.html', `<!doctype html><script>${code}\n//# sourceMappingURL=${url}\n</script>\n`);
    case 'inline-vue': return one('src/Pricing.vue', `<template><p/></template>\n<script>\n${code}\n//# sourceMappingURL=${url}\n</script>\n<style>p{}</style>\n`);
    case 'inline-eval': return one('dist/bundle.js', `eval(${JSON.stringify(`${code}\n//# sourceURL=webpack://x/./src/pricing-engine.ts\n//# sourceMappingURL=${url}`)});\n`);
    case 'inline-js.gz': return one('dist/index.js.gz', gzipSync(`${code}\n//# sourceMappingURL=${url}\n`));
  }
}

const CONTAINERS: Container[] = [
  'map', 'map.js', 'json', 'extensionless', 'map.gz', 'map.br',
  'inline-js', 'inline-js-code-after', 'inline-bin', 'inline-html', 'inline-vue', 'inline-eval', 'inline-js.gz',
];

/** Every combination of disguises; inline maps are always UTF-8 JSON (a `data:` URL body is). */
export const disguise: fc.Arbitrary<MapDisguise> = fc
  .record({
    encoding: fc.constantFrom<MapDisguise['encoding']>('utf8', 'utf8-bom', 'utf16le-bom', 'utf16le', 'utf16be-bom'),
    preamble: fc.constantFrom<MapDisguise['preamble']>('none', 'whitespace', 'xssi'),
    keys: fc.constantFrom<MapDisguise['keys']>('plain', 'escaped', 'long-key-first'),
    version: fc.boolean(),
    damage: fc.constantFrom<MapDisguise['damage']>('none', 'trailing-comma', 'trailing-bytes', 'comment'),
    container: fc.constantFrom(...CONTAINERS),
    dataUrl: fc.constantFrom<MapDisguise['dataUrl']>('base64', 'percent', 'charset-base64'),
  })
  .map((d) => (d.container.startsWith('inline') ? { ...d, encoding: 'utf8' as const, preamble: 'none' as const } : d));
