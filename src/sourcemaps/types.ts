import type { Finding, InspectionGap, SourceClass, SourceMapSummary } from '../types.js';
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

/** Result of finding and reading every source map in a package. */
export interface SourceMapAnalysis {
  readonly maps: SourceMapSummary[];
  /** Every source with content, in map then index order. */
  readonly sources: RecoveredSource[];
  /** Findings of the `sourcemap/` family. */
  readonly findings: Finding[];
  /** Distinct sources per class across all maps (resolved path and content). */
  readonly unique?: { readonly recoverable: number; readonly readable: number };
  /** Maps that could not be read in full (the report is then incomplete). */
  readonly gaps?: InspectionGap[];
}

/** An analysis with nothing in it, for callers that skip source maps. */
export const EMPTY_ANALYSIS: SourceMapAnalysis = { maps: [], sources: [], findings: [] };
