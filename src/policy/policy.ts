import type { RuleId, Severity } from '../types.js';
import type { ManifestJson } from './manifest-json.js';

/** A glob (or exact path) allowed with a written reason. */
export interface AllowEntry {
  readonly glob: string;
  readonly reason: string;
}

/** A suppression: a finding matching rule and path (and hash, for secrets) is ignored. */
export interface IgnoreEntry {
  readonly rule: RuleId;
  /** Exact path or picomatch glob. */
  readonly path: string;
  readonly reason: string;
  /** For `secret` findings: only the credential with this hash. */
  readonly hash?: string;
}

/**
 * How source paths in a monorepo's sibling packages (`../other-pkg/src/x.ts`,
 * `packages/*` outside this package) count: `first-party` (default, safer) or `third-party`.
 */
export type WorkspacePolicy = 'first-party' | 'third-party';

/** The normalised allowlist manifest (leakproof.json) every rule may read. */
export interface Policy {
  /** Allowed shipped paths/globs; undefined when there is no manifest (no allowlist check). */
  readonly files: readonly string[] | undefined;
  /** Byte budgets: `total` for the whole unpacked package, `globs` per glob. */
  readonly budgets: { readonly total?: number; readonly globs: ReadonlyArray<{ glob: string; limit: number }> };
  readonly sourceMaps: {
    /** Map files (or files with inline maps) allowed to ship: no `sourcemap/shipped`. */
    readonly allowMaps: readonly AllowEntry[];
    /** Maps allowed to embed first-party sources: no `sourcemap/embedded-sources`. */
    readonly allowEmbeddedSources: readonly AllowEntry[];
    readonly workspacePackages: WorkspacePolicy;
    /** Resolved source paths (picomatch globs) always counted as third-party. */
    readonly thirdPartyGlobs: readonly string[];
  };
  readonly secrets: { readonly enabled: boolean };
  /** Per-rule severity overrides, or `off`. */
  readonly severity: Readonly<Partial<Record<RuleId, Severity | 'off'>>>;
  readonly ignore: readonly IgnoreEntry[];
  /** Thresholds for the `baseline/` rules. */
  readonly baseline: { readonly packageGrowthPercent: number; readonly fileGrowthPercent: number; readonly minGrowthBytes: number };
}

/** The policy used when there is no leakproof.json. */
export const DEFAULT_POLICY: Policy = {
  files: undefined,
  budgets: { globs: [] },
  sourceMaps: { allowMaps: [], allowEmbeddedSources: [], workspacePackages: 'first-party', thirdPartyGlobs: [] },
  secrets: { enabled: true },
  severity: {},
  ignore: [],
  baseline: { packageGrowthPercent: 25, fileGrowthPercent: 50, minGrowthBytes: 10_240 },
};

/** The manifest that applies to a run: where it was found and what it says; all null for none. */
export interface LoadedPolicy {
  readonly path: string | null;
  /** The file as written (for `--update`, which keeps its comments, globs and key order). */
  readonly raw: ManifestJson | null;
  readonly policy: Policy;
}
