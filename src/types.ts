/**
 * The shared data model: what a package contains, what rules find, and the report.
 * Everything after acquiring a tarball is a pure function from {@link PackageContents}
 * to {@link Finding}s; these types are the contract between those stages.
 */
import type { MANIFEST_SCHEMA } from './policy/generated/manifest-schema.js';

/** How bad a finding is. `--fail-on` compares against this order. */
export type Severity = 'error' | 'warning' | 'info';

/** Severities from worst to mildest; index order is used for sorting and `--fail-on`. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One regular file shipped in the package, held in memory. */
export interface PackageFile {
  /** Path relative to the package root, `/`-separated, no `package/` prefix. */
  readonly path: string;
  /** Size in bytes of the file's content. */
  readonly size: number;
  /** Unix mode bits from the tar header (or the file system). */
  readonly mode: number;
  /** The whole content. Never written to disk by leakproof. */
  readonly data: Buffer;
}

/**
 * A tar entry that npm does not install as written, or installs differently from what the
 * tarball says (link, path escape, device, stripped root, duplicate, platform-dependent name).
 */
export interface UnsafeEntry {
  /** The package path npm installs it at, or for an entry npm skips, its path without the first folder. */
  readonly path: string;
  /**
   * Why it was reported. `absolute-path` and `platform-dependent` entries are still inspected
   * (at the path npm writes on POSIX); `duplicate-path` inspects the copy npm leaves on disk;
   * the others are not installed and their bytes are not inspected.
   */
  readonly reason:
    | 'path-traversal'
    | 'absolute-path'
    | 'symlink'
    | 'hardlink'
    | 'special-file'
    | 'duplicate-path'
    | 'not-installed'
    | 'platform-dependent';
  /** Link target, for links. */
  readonly linkpath?: string;
  /** One clause saying what npm does with it, for the reasons that need one. */
  readonly detail?: string;
  /** For `duplicate-path`: every copy has the same bytes, so what npm keeps is what was inspected. */
  readonly identicalCopies?: boolean;
}

/**
 * Something that stopped leakproof from inspecting the whole target. A report with any of
 * these is incomplete: the CLI exits 3 and the report is never `ok`.
 */
export interface InspectionGap {
  readonly code: 'entry-limit' | 'size-limit' | 'file-size-limit' | 'corrupt-tarball' | 'unreadable';
  readonly message: string;
  readonly path?: string;
}

/** Limits that keep a hostile tarball from exhausting memory or time. */
export interface TarballLimits {
  /** Maximum number of entries read (default 100,000). */
  readonly maxEntries: number;
  /** Maximum total decompressed bytes held in memory (default 1 GiB). */
  readonly maxTotalBytes: number;
  /** Maximum bytes of one entry (default 512 MiB). */
  readonly maxFileBytes: number;
}

/** The read-only view of a package every rule works on. */
export interface PackageContents {
  /** Regular files, sorted by path. */
  readonly files: readonly PackageFile[];
  /** Lookup by package-relative path. */
  readonly byPath: ReadonlyMap<string, PackageFile>;
  /** Entries refused as unsafe (reported by the `tarball/` rules). */
  readonly unsafeEntries: readonly UnsafeEntry[];
  /** Reasons the contents are not the whole package; empty when complete. */
  readonly gaps: readonly InspectionGap[];
}

/**
 * What kind of thing the user pointed at: a folder read without scripts, a .tgz file, a registry
 * spec, a folder `packed` by its package manager with lifecycle scripts (`check --pack`,
 * `publish`), a tarball URL (`remote`) or a git spec.
 */
export type TargetKind = 'directory' | 'tarball' | 'registry' | 'packed' | 'remote' | 'git';

/** Identity of the inspected target, as reported. */
export interface TargetInfo {
  /** The argument as the user gave it. */
  readonly input: string;
  readonly kind: TargetKind;
  readonly name: string | null;
  readonly version: string | null;
  /** `sha512-...` of the tarball when one was read, packed or fetched; null for a directory. */
  readonly integrity: string | null;
}

/**
 * A rule leakproof can report: the ids leakproof.json may name (schema/leakproof.schema.json
 * `$defs.ruleId`). The rule table (rules/meta.ts) must describe every one of them: adding a rule
 * is one id in the schema and one entry there, and the type check fails until both exist.
 */
export type RuleId = (typeof MANIFEST_SCHEMA)['$defs']['ruleId']['enum'][number];

/** Fields a finding may carry beyond the common ones. Rules add what helps the reader. */
export interface FindingDetails {
  /** Sub-classification, e.g. `env-file` for `file/sensitive`, `aws-access-key-id` for `secret`. */
  kind?: string;
  /** 1-based line in `path` (or in `source` for a recovered source). */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** For a finding inside a recovered source: the original path inside the map. */
  source?: string;
  /** Bytes involved (file size, recoverable bytes ...). */
  size?: number;
  /** Masked credential preview; never the whole value. */
  preview?: string;
  /** Length of the credential value. */
  length?: number;
  /** Short hash of the credential, so duplicates can be recognised. */
  hash?: string;
  /** Glob or limit the finding relates to. */
  glob?: string;
  limit?: number;
  /** A URL (remote source map) or other reference. */
  url?: string;
  count?: number;
  sample?: string[];
  [key: string]: unknown;
}

/** One problem in the package. A problem in the tool is an error, never a finding. */
export interface Finding extends FindingDetails {
  /** Stable kebab-case id with a family prefix, never renamed once shipped. */
  rule: RuleId;
  severity: Severity;
  /** Package-relative path the finding is about ('' for the package as a whole). */
  path: string;
  /**
   * One sentence: what and why it matters. It names `path` (when not '') and, for a finding
   * inside a recovered source, `source`: renderers add no location the message already gives.
   */
  message: string;
  /** Set when a manifest `ignore` entry suppressed it; suppressed findings do not count. */
  suppressed?: { reason: string };
}

export type * from './report-types.js';
