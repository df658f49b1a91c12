/**
 * What a path says about a file for the exposure comparison: code, TypeScript, declarations,
 * stylesheets, templates, single-file components, and where a build mirrors a source.
 */
import type { RecoveredSource } from './types.js';

/** A source at a path with this name can be compared with the code file at the same path. */
export const CODE_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i;
/** Shipped TypeScript, erased like a source before it is compared. */
export const TYPESCRIPT = /\.[cm]?tsx?$/i;
/** Declaration files hold types only, whatever the erasure makes of them. */
export const DECLARATION_FILE = /\.d\.[cm]?ts$/i;
/**
 * Stylesheets always ship in some form, because browsers run them: a map adds their formatting,
 * comments and variable names, never code that is not out there.
 */
export const STYLESHEET = /\.(?:css|scss|sass|less|styl|pcss)(?:$|\?)/i;
/**
 * Component templates (Angular's `.html`) are compiled into the render code that ships: a map adds
 * their markup as written, not logic the package does not ship.
 */
export const TEMPLATE = /\.html?(?:$|\?)/i;
/** Single-file components: only their `<script>` blocks hold code; template and style are markup. */
export const SINGLE_FILE_COMPONENT = /\.(?:vue|svelte|astro)(?:$|\?)/i;

/**
 * The code of a source: a single-file component's `<script>` blocks and Astro frontmatter, with
 * whatever stands outside its `<template>` and `<style>` blocks (a name is the map's word: a
 * "component" of plain script is all code); any other source whole.
 */
export function codeText(source: RecoveredSource): string {
  if (!SINGLE_FILE_COMPONENT.test(source.resolved)) return source.content;
  const scripts: string[] = [];
  const rest = source.content
    .replace(/^\uFEFF?\s*---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/, (_, frontmatter: string) => {
      scripts.push(frontmatter);
      return '\n';
    })
    .replace(/<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi, (_, script: string) => {
      scripts.push(script);
      return '\n';
    })
    .replace(/<(template|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '\n')
    .replace(/<!--[\s\S]*?-->/g, '\n');
  // Outside its blocks a component holds markup (Svelte and Astro templates are top-level):
  // code there is script written without a block.
  if (holdsScriptOutsideMarkup(rest)) scripts.push(rest);
  return scripts.join('\n');
}

/** Top-level text of a component that reads as script, not markup: no tags, and some code. */
function holdsScriptOutsideMarkup(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && !/^</.test(trimmed) && /[;{}=()]/.test(trimmed);
}

/** Mirrored files compared with one source at most (`src/index.ts` has many look-alikes). */
export const MAX_MIRRORS = 4;

/** Folder names that are build or source roots, not part of a module's own path. */
const ROOTS: ReadonlySet<string> = new Set([
  'src',
  'source',
  'lib',
  'es',
  'es6',
  'esm',
  'cjs',
  'dist',
  'build',
  'out',
  'module',
  'modules',
  'umd',
]);

/** `src/util/a.ts` and `lib/util/a.js` -> `util/a`; `src/hooks.ts` and `lib/hooks.js` -> `hooks`. */
export function tailKey(path: string): string {
  const parts = path.replace(/\.[^./]+$/, '').split('/');
  const parent = parts[parts.length - 2];
  return parent === undefined || ROOTS.has(parent) ? parts[parts.length - 1]! : `${parent}/${parts[parts.length - 1]}`;
}

/**
 * `source-map.min.js` and `dist/source-map.debug.js` -> `#source-map`: the builds of one bundle
 * (webpack's map of a minified output embeds the unminified bundle under the output's name).
 */
export function stemKey(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return `#${name.slice(0, name.indexOf('.') < 0 ? name.length : name.indexOf('.'))}`;
}

/** `a.js` -> `a.d.ts`, `a.cjs` -> `a.d.cts`, `a.mjs` -> `a.d.mts`. */
export function declarationSiblings(path: string): string[] {
  const match = /^(.*)\.([cm]?)js$/.exec(path);
  return match ? [`${match[1]}.d.${match[2]}ts`] : [];
}
