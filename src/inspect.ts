import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadManifest } from './policy/parse-manifest.js';
import { DEFAULT_POLICY, type Policy } from './policy/policy.js';
import type { SourceMapAnalysis } from './sourcemaps/types.js';
import { comparePaths, readPackageJson } from './tarball/contents.js';
import { DEFAULT_LIMITS } from './tarball/read-tarball.js';
import { LeakproofError } from './errors.js';
import type { BaselineSnapshot } from './rules/rule.js';
import { resolveBaseline } from './target/resolve-baseline.js';
import type { PackManager } from './target/package-manager.js';
import { targetDependencies } from './target/dependency-closure.js';
import { resolveTarget, type ResolveOptions, type ResolvedTarget } from './target/resolve-target.js';
import type { BaselineComparison, Finding, PackageContents, Report, Severity, TarballLimits } from './types.js';
import { SEVERITIES } from './types.js';
import { TOOL } from './version.js';
import { parseJsonText } from './json-text.js';

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
  /** Compare with a previous release: spec, .tgz, folder, or `latest`/`previous` from the registry. */
  baseline?: string;
  /** Package manager that packs a folder target (default: detected, see docs). */
  packManager?: PackManager;
  /** Pack a folder target with its package manager, lifecycle scripts included (kind `packed`). */
  pack?: boolean;
  /** With `pack`: keep the tarball in this empty folder (`publish` hands it to npm). */
  packDestination?: string;
  /** Receives one-line notes for the user that are not findings (a fallback taken). */
  onNote?: (text: string) => void;
  /** With `pack`: receives the package manager's and build scripts' output as it comes. */
  onOutput?: (text: string) => void;
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
  readonly baseline: BaselineSnapshot | undefined;
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
  const resolveOptions: ResolveOptions = {
    cwd,
    env: options.env ?? process.env,
    limits,
    ...(options.packManager ? { packManager: options.packManager } : {}),
    ...(options.onNote ? { onNote: options.onNote } : {}),
  };
  const packOptions = options.pack
    ? { pack: true, ...(options.packDestination ? { packDestination: options.packDestination } : {}), ...(options.onOutput ? { onOutput: options.onOutput } : {}) }
    : {};
  void loadRules().catch(() => undefined); // the rules load while the target is read; a failure surfaces in evaluate
  const resolved = await resolveTarget(input, { ...resolveOptions, ...packOptions });
  const target: ResolvedTarget = { ...resolved, dependencies: await targetDependencies(resolved, readPackageJson(resolved.contents), resolveOptions) };
  const manifest = await findManifest(target, cwd, options.manifest);
  // A baseline is a release as published: never packed with scripts.
  const baseline = options.baseline ? await loadBaseline(options.baseline, target, manifest.policy, resolveOptions) : undefined;
  return assess(target, manifest, baseline, options);
}

/**
 * Everything after reading: rules, policy and report for a target already in memory. `check
 * --update` calls it again with the rewritten manifest.
 */
export async function assess(
  target: ResolvedTarget,
  manifest: LoadedPolicy,
  baseline: BaselineSnapshot | undefined,
  options: Pick<InspectOptions, 'secrets' | 'failOn'>,
): Promise<Inspection> {
  const policy = options.secrets === false ? { ...manifest.policy, secrets: { enabled: false } } : manifest.policy;
  const { findings, analysis, comparison } = await evaluate(target.contents, policy, baseline, target.dependencies);
  const report = buildReport(target, findings, analysis, manifest.path, options.failOn ?? 'error');
  if (comparison) report.baseline = comparison;
  return { report, target, manifest, analysis, baseline };
}

/** Read the baseline release and keep what the comparison needs (files and maps). */
async function loadBaseline(spec: string, current: ResolvedTarget, policy: Policy, options: ResolveOptions): Promise<BaselineSnapshot> {
  const resolved = await resolveBaseline(spec, current, options);
  if (!resolved) return { info: null, files: [], maps: [] };
  if (resolved.contents.gaps.length > 0) {
    throw new LeakproofError('target', `baseline ${spec} could not be fully read (${resolved.contents.gaps[0]!.message}); the comparison would be wrong`);
  }
  const { analyseSourceMaps } = await loadRules();
  const maps = analyseSourceMaps(resolved.contents, policy, current.dependencies).maps;
  return { info: resolved.info, files: resolved.contents.files.map(({ path, size }) => ({ path, size })), maps };
}

/**
 * Run every rule family on in-memory contents and apply the policy: the pure core. Async only
 * because findings in generated files are pointed at their original source through the file's
 * map (attribute-originals.ts), which `source-map` reads asynchronously.
 */
export async function evaluate(
  contents: PackageContents,
  policy: Policy,
  baseline?: BaselineSnapshot,
  dependencies?: readonly string[],
): Promise<{ findings: Finding[]; analysis: SourceMapAnalysis; comparison: BaselineComparison | undefined }> {
  const { analyseSourceMaps, compareWithBaseline, attributeToOriginals, RULE_FAMILIES, applyPolicy } = await loadRules();
  const analysis = analyseSourceMaps(contents, policy, dependencies);
  const comparison = baseline ? compareWithBaseline(baseline, contents, analysis.maps) : undefined;
  const context = { contents, policy, sourceMaps: analysis, ...(baseline && comparison ? { baseline: { snapshot: baseline, comparison } } : {}) };
  // Severity changes (a bundle's credential that is a dependency's) come before the policy.
  const all = await attributeToOriginals(RULE_FAMILIES.flatMap((family) => family.check(context)), contents, analysis);
  // A partial read cannot show that something is absent: the missing map or file may sit in
  // the part that was not read. Such findings would be noise; the gaps already fail the run.
  const trusted = contents.gaps.length > 0 ? all.filter((finding) => !ABSENCE_RULES.has(finding.rule)) : all;
  return { findings: sortFindings(applyPolicy(trusted, policy)), analysis, comparison };
}

/**
 * The rules, the source-map analysis and the policy, loaded on the first inspection's way rather
 * than at start-up: runInspection starts loading them before it reads the target, so their ~35 ms
 * of module compilation fills the time spent waiting on gunzip, the disk or the registry.
 */
function loadRules(): ReturnType<typeof importRules> {
  return (rules ??= importRules());
}

let rules: ReturnType<typeof importRules> | undefined;

function importRules() {
  return Promise.all([
    import('./sourcemaps/analyse-source-maps.js'),
    import('./rules/baseline-rules.js'),
    import('./rules/attribute-originals.js'),
    import('./rules/index.js'),
    import('./policy/apply-policy.js'),
  ]).then(([sourceMaps, baseline, originals, families, policy]) => ({
    analyseSourceMaps: sourceMaps.analyseSourceMaps,
    compareWithBaseline: baseline.compareWithBaseline,
    attributeToOriginals: originals.attributeToOriginals,
    RULE_FAMILIES: families.RULE_FAMILIES,
    applyPolicy: policy.applyPolicy,
  }));
}

/** Rules whose findings claim that something is not in the package. */
const ABSENCE_RULES: ReadonlySet<string> = new Set(['sourcemap/dangling-reference', 'file/missing', 'baseline/removed-file']);

/** Order findings by path, then position, then rule, so output is deterministic. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      comparePaths(a.path, b.path) ||
      comparePaths(a.source ?? '', b.source ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      comparePaths(a.rule, b.rule) ||
      comparePaths(a.kind ?? '', b.kind ?? ''),
  );
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
    .then((text) => (parseJsonText(text) as { name?: unknown }).name)
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
  const summary = summarize(findings, files, analysis.unique);
  const gaps = [...target.contents.gaps, ...(analysis.gaps ?? [])];
  const complete = gaps.length === 0;
  return {
    schemaVersion: 1,
    tool: TOOL,
    target: target.info,
    files,
    findings,
    sourceMaps: analysis.maps,
    summary,
    manifest: { path: manifestPath },
    complete,
    gaps,
    ok: complete && !findings.some((finding) => !finding.suppressed && failsAt(finding.severity, failOn)),
    failOn,
  };
}

/** Counts of unsuppressed findings per severity, files and unpacked bytes. */
export function summarize(
  findings: readonly Finding[],
  files: readonly { size: number }[],
  unique: { readonly recoverable: number; readonly readable: number } = { recoverable: 0, readable: 0 },
): Report['summary'] {
  const active = findings.filter((finding) => !finding.suppressed);
  const count = (severity: Severity): number => active.filter((finding) => finding.severity === severity).length;
  return {
    files: files.length,
    unpackedSize: files.reduce((sum, file) => sum + file.size, 0),
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    suppressed: findings.length - active.length,
    uniqueRecoverable: unique.recoverable,
    uniqueReadable: unique.readable,
  };
}

/** True when a finding of `severity` fails a run with `--fail-on failOn`. */
export function failsAt(severity: Severity, failOn: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(failOn);
}
