import { SourceMapGenerator } from 'source-map';
import type { FileInput } from '../../src/tarball/contents.js';

/** One original module: its path as the map names it and its lines. */
export interface BundledModule {
  readonly source: string;
  readonly lines: readonly string[];
}

/**
 * A one-line bundle of `modules` and its source map, as a bundler writes them: each original line
 * becomes a segment of line 1, mapped to its original line. With `withContent` the map embeds the
 * sources; with `comment` the bundle names its map, else the map is an orphan (`x.js.map`).
 */
export function bundleWithMap(
  path: string,
  modules: readonly BundledModule[],
  options: { withContent?: boolean; comment?: boolean } = {},
): FileInput[] {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const map = new SourceMapGenerator({ file: name });
  let code = '';
  for (const module of modules) {
    module.lines.forEach((line, index) => {
      map.addMapping({ generated: { line: 1, column: code.length }, original: { line: index + 1, column: 0 }, source: module.source });
      code += `${line.trim()} `;
    });
    if (options.withContent) map.setSourceContent(module.source, module.lines.join('\n'));
  }
  const comment = options.comment ? `\n//# ${'source'}MappingURL=${name}.map\n` : '\n';
  return [
    { path, data: code + comment },
    { path: `${path}.map`, data: map.toString() },
  ];
}
