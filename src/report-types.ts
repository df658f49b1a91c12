/**
 * The report: what `inspect` returns and `--format json` prints (schema/report.schema.json), for
 * one package or a set of them. Re-exported by types.ts with the rest of the data model.
 */
import type { Finding, InspectionGap, Severity, TargetInfo } from './types.js';

/**
 * How a recovered source is classified (docs/sourcemaps.md#classification):
 * - `first-party`: the package's own code, recoverable only through the map: the leak;
 * - `readable`: the package's own code that the package also ships in readable form;
 * - `third-party`: code of a dependency, a copied helper or a bundler runtime;
 * - `shipped`: identical to a file the package ships.
 */
export type SourceClass = 'first-party' | 'readable' | 'third-party' | 'shipped';

/** One source with content recovered from a map, as reported in JSON (`sourceMaps[].recovered`). */
export interface RecoveredSourceSummary {
  /** The `sources` entry as written in the map (or `sourcesContent[i]` when it has none). */
  source: string;
  /** The source path resolved against `sourceRoot` and the map's location. */
  resolved: string;
  /** UTF-8 bytes of the embedded content. */
  size: number;
  class: SourceClass;
  /** Why: `node_modules`, `dependency`, `known-helper`, `shipped-content`, `shown-in-generated`, `minified`, `absent` ... */
  reason: string;
  /** Set when the map lists the source in `ignoreList`: a debugging hint, never a classification. */
  ignored?: boolean;
}

/** One source map found in the package, as reported in JSON. */
export interface SourceMapSummary {
  /** The map file, or for an inline map the file that holds it. */
  path: string;
  origin: 'file' | 'inline' | 'remote';
  /** Files whose sourceMappingURL comment points at this map. */
  generated: string[];
  valid: boolean;
  /** Reason the map breaks ECMA-426, when it does. */
  invalidReason?: string;
  /** Number of entries in `sources`. */
  sources: number;
  /** Entries with non-null `sourcesContent`. */
  withContent: number;
  firstParty: number;
  /** First-party sources with content that are not already shipped. */
  recoverable: number;
  recoverableBytes: number;
  /** First-party sources with content whose code the package also ships readable (`readable`). */
  readable?: number;
  readableBytes?: number;
  /** Every source with content, in map order, as classified. */
  recovered?: RecoveredSourceSummary[];
  /** For remote maps. */
  url?: string;
}

/** Totals of a report. */
export interface ReportSummary {
  files: number;
  unpackedSize: number;
  errors: number;
  warnings: number;
  infos: number;
  suppressed: number;
  /**
   * Distinct first-party sources recoverable only through maps, counted once across maps (the
   * same resolved path and content in the esm, cjs and umd maps is one source).
   */
  uniqueRecoverable: number;
  /** Distinct first-party sources that maps embed and the package also ships readable. */
  uniqueReadable: number;
}

/** The report object: the CLI's `--format json` output and the library's return value. */
export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  target: TargetInfo;
  files: { path: string; size: number }[];
  findings: Finding[];
  sourceMaps: SourceMapSummary[];
  summary: ReportSummary;
  /** Whether the manifest (leakproof.json) was found and applied. */
  manifest: { path: string | null };
  /** False when something could not be inspected (see `gaps`). */
  complete: boolean;
  gaps: InspectionGap[];
  /** True when complete and nothing at or above `failOn` remains. */
  ok: boolean;
  failOn: Severity;
  /** Present when run with `--baseline`: what changed since the previous release. */
  baseline?: BaselineComparison;
}

/** A file present in both releases whose size changed. */
export interface FileChange {
  path: string;
  before: number;
  after: number;
}

/** What changed between a baseline release and the inspected target. */
export interface BaselineComparison {
  /** The baseline inspected; null when nothing was published yet (a first release). */
  target: TargetInfo | null;
  firstRelease: boolean;
  added: { path: string; size: number }[];
  removed: { path: string; size: number }[];
  /** Files whose size changed (grown and shrunk). */
  changed: FileChange[];
  totals: { before: { files: number; unpackedSize: number }; after: { files: number; unpackedSize: number } };
  /** Source maps (paths as in `sourceMaps`) that the baseline did not ship. */
  newSourceMaps: string[];
}

/** A target of a {@link ReportSet} that produced no report. */
export interface SkippedTarget {
  /** The target as given (spec, path, workspace folder). */
  input: string;
  /** One line: why it has no report. */
  reason: string;
  /**
   * True when it could not be read or fetched: the set is then incomplete and never `ok`. False
   * when it was left out on purpose (a `private` workspace package, which npm never publishes).
   */
  gap: boolean;
}

/**
 * Several packages' reports in one: `check` with several targets or `--workspaces`, and `audit`.
 * Each report is a complete single-package {@link Report}; the set adds what spans them.
 */
export interface ReportSet {
  schemaVersion: 1;
  kind: 'set';
  tool: { name: string; version: string };
  /** One report per package inspected, in the order given (renderers may sort worst first). */
  reports: Report[];
  /** Targets that produced no report at all (could not be resolved or fetched, or private), with why. */
  skipped: SkippedTarget[];
  summary: { packages: number; failing: number; incomplete: number; errors: number; warnings: number; infos: number; suppressed: number };
  /** False when any report is incomplete or any skipped target is a gap. */
  complete: boolean;
  /** True when complete and every report is ok. */
  ok: boolean;
  failOn: Severity;
}
