import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { applyPolicy } from './policy/apply-policy.js';
import { loadManifest } from './policy/parse-manifest.js';
import { DEFAULT_POLICY, type Policy } from './policy/policy.js';
import { RULE_FAMILIES } from './rules/index.js';
import { analyseSourceMaps } from './sourcemaps/analyse-source-maps.js';
import type { SourceMapAnalysis } from './sourcemaps/types.js';
import { DEFAULT_LIMITS } from './tarball/read-tarball.js';
import { resolveTarget, type ResolvedTarget } from './target/resolve-target.js';
import type { Finding, PackageContents, Report, Severity, TarballLimits } from './types.js';
import { SEVERITIES } from './types.js';
import { TOOL } from './version.js';

/** Options of {@link inspect}; every field is optional. */
export interface InspectOptions {
  /** Folder relative targets and manifests resolve against (default `process.cwd()`). */
  cwd?: string;
  /** Environment used for npm config (`npm_config_*`); default `process.env`. */
  env?: Record<string, string | undefined>;
  /**
   * Path of leakproof.json, or `false` for none. Default: `leakproof.json` in the target folder;
   * for a .tgz or registry target, the one in `cwd` only when `cwd`'s package.json has the same
   * name (so auditing someone else's package never applies your allowlist to it).
   */
  manifest?: string | false;
  /** Lowest severity that fails (default `error`). */
  failOn?: Severity;
  /** Set false to skip the credential scan. */
  secrets?: boolean;
  limits?: Partial<TarballLimits>;
}

/** A manifest as found for a run. */
export interface LoadedPolicy {
  readonly path: string | null;
  readonly raw: Record<string, unknown> | null;
  readonly policy: Policy;
}

/** Everything one inspection computed, for commands that need more than the report. */
export interface Inspection {
  readonly report: Report;
  readonly target: ResolvedTarget;
  readonly manifest: LoadedPolicy;
  readonly analysis: SourceMapAnalysis;
}

/**
 * Inspect a package (folder, .tgz or registry spec) and return the report: the same object the
 * CLI prints with `--format json`.
 */
export async function inspect(target = '.', options: InspectOptions = {}): Promise<Report> {
  return (await runInspection(target, options)).report;
}

/** {@link inspect}, keeping the resolved target, manifest and source-map analysis. */
export async function runInspection(input: string, options: InspectOptions = {}): Promise<Inspection> {
  const cwd = options.cwd ?? process.cwd();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const target = await resolveTarget(input, { cwd, env: options.env ?? process.env, limits });
  const manifest = await findManifest(target, cwd, options.manifest);
  const policy = options.secrets === false ? { ...manifest.policy, secrets: { enabled: false } } : manifest.policy;
  const { findings, analysis } = evaluate(target.contents, policy);
  const report = buildReport(target, findings, analysis, manifest.path, options.failOn ?? 'error');
  return { report, target, manifest, analysis };
}

/** Run every rule family on in-memory contents and apply the policy: the pure core. */
export function evaluate(contents: PackageContents, policy: Policy): { findings: Finding[]; analysis: SourceMapAnalysis } {
  const analysis = analyseSourceMaps(contents, policy);
  const context = { contents, policy, sourceMaps: analysis };
  const findings = applyPolicy(RULE_FAMILIES.flatMap((family) => family.check(context)), policy);
  return { findings: sortFindings(findings), analysis };
}

/** Order findings by path, then position, then rule, so output is deterministic. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      compare(a.path, b.path) ||
      compare(a.source ?? '', b.source ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compare(a.rule, b.rule) ||
      compare(a.kind ?? '', b.kind ?? ''),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

async function findManifest(target: ResolvedTarget, cwd: string, option: string | false | undefined): Promise<LoadedPolicy> {
  const none: LoadedPolicy = { path: null, raw: null, policy: DEFAULT_POLICY };
  if (option === false) return none;
  const path = option ? resolve(cwd, option) : await defaultManifestPath(target, cwd);
  if (!path) return none;
  const loaded = await loadManifest(path);
  if (!loaded) return none;
  return { path: loaded.path, raw: loaded.raw as Record<string, unknown>, policy: loaded.policy };
}

async function defaultManifestPath(target: ResolvedTarget, cwd: string): Promise<string | undefined> {
  if (target.directory) return join(target.directory, 'leakproof.json');
  const ownName = await readFile(join(cwd, 'package.json'), 'utf8')
    .then((text) => (JSON.parse(text) as { name?: unknown }).name)
    .catch(() => undefined);
  return ownName !== undefined && ownName === target.info.name ? join(cwd, 'leakproof.json') : undefined;
}

/** Assemble the report object from findings; `ok` needs a complete read and nothing failing. */
export function buildReport(
  target: ResolvedTarget,
  findings: Finding[],
  analysis: SourceMapAnalysis,
  manifestPath: string | null,
  failOn: Severity,
): Report {
  const files = target.contents.files.map((file) => ({ path: file.path, size: file.size }));
  const active = findings.filter((finding) => !finding.suppressed);
  const count = (severity: Severity): number => active.filter((finding) => finding.severity === severity).length;
  const gaps = [...target.contents.gaps];
  const complete = gaps.length === 0;
  return {
    schemaVersion: 1,
    tool: TOOL,
    target: target.info,
    files,
    findings,
    sourceMaps: analysis.maps,
    summary: {
      files: files.length,
      unpackedSize: files.reduce((sum, file) => sum + file.size, 0),
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      suppressed: findings.length - active.length,
    },
    manifest: { path: manifestPath },
    complete,
    gaps,
    ok: complete && !active.some((finding) => failsAt(finding.severity, failOn)),
    failOn,
  };
}

/** True when a finding of `severity` fails a run with `--fail-on failOn`. */
export function failsAt(severity: Severity, failOn: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}
