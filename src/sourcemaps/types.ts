import type { InspectionGap, SourceClass, SourceMapSummary } from '../types.js';
import type { OutsideReference } from './find-maps.js';
import type { ContentRef } from './lazy-content.js';

export type { SourceClass } from '../types.js';

/** One original source recovered from a map's `sourcesContent`. */
export interface RecoveredSource {
  /** The map file, or for an inline map the file holding it. */
  readonly map: string;
  /** The `sources` entry as written in the map (before `sourceRoot` is applied). */
  readonly source: string;
  /** The source path resolved against `sourceRoot` and the map's location, normalised. */
  readonly resolved: string;
  /** Index of the entry in its map's `sources` (for index maps: `section.index`). */
  readonly index: string;
  /** The embedded content. */
  readonly content: string;
  /** UTF-8 bytes of the content. */
  readonly size: number;
  /** Listed in the map's `ignoreList`: a debugging hint, never a classification. */
  readonly ignored: boolean;
  /** Set by provenance, then `first-party` splits into itself and `readable` (exposure.ts). */
  classification: SourceClass;
  /**
   * Short reason for the classification: `node_modules`, `dependency`, `known-helper`,
   * `shipped-content`, ... and for first-party sources the exposure: `shown-in-generated`,
   * `minified`, `absent` (see exposure.ts).
   */
  reason: string;
  /** For a readable source: the shipped file that shows its code. */
  shownIn?: string;
  /**
   * For a large map read lazily: where the content sits in the map's bytes, still JSON-escaped.
   * `content` is then decoded on first read; consumers that only need to search (the credential
   * prefilter) can search these bytes instead.
   */
  readonly raw?: ContentRef;
}

/** One map as read, with the facts the `sourcemap/` rules judge. */
export interface MapFacts {
  /** What the report says about the map (`sourceMaps[]`). */
  readonly summary: SourceMapSummary;
  /** Its sources with content, classified (the same objects as in {@link SourceMapAnalysis.sources}). */
  readonly sources: readonly RecoveredSource[];
  /** Shipped files the map describes: those that reference it, the file it is named after. */
  readonly generatedFiles: readonly string[];
  /** Build-machine paths named in `sources` or `sourceRoot`. */
  readonly localPaths: readonly string[];
}

/** `sourceMappingURL` comments that do not lead to a map inside the package. */
export interface OutsideReferences {
  readonly remote: readonly OutsideReference[];
  readonly dangling: readonly OutsideReference[];
  /** Comments naming a build-machine path (`file:///...`, `/Users/...`). */
  readonly localPaths: readonly OutsideReference[];
}

/** Result of finding and reading every source map in a package: facts, never findings. */
export interface SourceMapAnalysis {
  /** Every map as reported (remote ones included), sorted by path. */
  readonly maps: SourceMapSummary[];
  /** Every source with content, in map then index order. */
  readonly sources: RecoveredSource[];
  /** Every map read, in the order it was found. */
  readonly inspected: readonly MapFacts[];
  readonly references: OutsideReferences;
  /** Distinct sources per class across all maps (resolved path and content). */
  readonly unique?: { readonly recoverable: number; readonly readable: number };
  /** Maps that could not be read in full (the report is then incomplete). */
  readonly gaps?: InspectionGap[];
}

/** An analysis with nothing in it, for callers that skip source maps. */
export const EMPTY_ANALYSIS: SourceMapAnalysis = {
  maps: [],
  sources: [],
  inspected: [],
  references: { remote: [], dangling: [], localPaths: [] },
};
