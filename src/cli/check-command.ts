import { access, appendFile, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { LeakproofError } from '../errors.js';
import { assess, runInspection, type Inspection, type InspectOptions } from '../inspect.js';
import { serializeManifest, updateManifest } from '../policy/init-manifest.js';
import { unusedIgnores } from '../policy/apply-policy.js';
import { parseManifest } from '../policy/parse-manifest.js';
import { renderGithubAnnotations, renderReport, type ReportFormat } from '../report/index.js';
import { printable } from '../report/printable.js';
import type { Report, Severity, TarballLimits } from '../types.js';
import { useColor, writeForPeople, type CliIo } from './io.js';
import { createProgress } from './progress.js';

/** `leakproof check [target]`: inspect, print, and map the report to an exit status. */
export async function checkCommand(argv: Record<string, unknown>, io: CliIo): Promise<number> {
  const target = String(argv.target ?? '.');
  const progress = createProgress(io);
  progress.step(`leakproof: reading ${target} …`);
  let inspection: Inspection;
  try {
    inspection = await runInspection(target, inspectOptions(argv, io));
  } finally {
    progress.done();
  }
  if (argv.update) inspection = await applyUpdate(inspection, io, { secrets: argv.secrets !== false });
  warnUnusedIgnores(inspection, io, argv.secrets !== false);
  await noteUnappliedManifest(inspection, io);
  await emit(inspection.report, argv, io, pathPrefix(inspection.target.directory, io));
  return exitCode(inspection.report);
}

/**
 * A .tgz or registry target only gets the current folder's leakproof.json when the package names
 * match (auditing someone else's package must not apply your allowlist). Say so when that is why
 * a manifest lying right here was not used.
 */
async function noteUnappliedManifest({ report, target }: Inspection, io: CliIo): Promise<void> {
  if (report.manifest.path || target.directory) return;
  const here = resolve(io.cwd, 'leakproof.json');
  if (!(await access(here).then(() => true, () => false))) return;
  const name = report.target.name ?? 'a package without a readable name';
  io.stderr.write(`leakproof: ${here} was not applied: it belongs to this folder's package, not to ${printable(name)}; pass --manifest to apply it\n`);
}

/** An ignore entry that silences nothing is stale: say so, on stderr so formats stay clean. */
function warnUnusedIgnores({ report, manifest }: Inspection, io: CliIo, secretsRan: boolean): void {
  if (!report.complete) return;
  // An entry for a rule that did not run this time (no baseline, --no-secrets, severity off) is
  // not stale: it may match in the run that does run it.
  const ran = (rule: string): boolean =>
    manifest.policy.severity[rule] !== 'off' &&
    (rule !== 'secret' || (secretsRan && manifest.policy.secrets.enabled)) &&
    (!rule.startsWith('baseline/') || Boolean(report.baseline?.target));
  for (const entry of unusedIgnores(report.findings, manifest.policy).filter((ignore) => ran(ignore.rule))) {
    io.stderr.write(`leakproof: ${manifest.path}: ignore entry for ${entry.rule} at "${entry.path}" matched nothing; remove it\n`);
  }
}

/** 3 when anything was not inspected, else 1 when something fails, else 0. */
export function exitCode(report: Report): number {
  if (!report.complete) return 3;
  return report.ok ? 0 : 1;
}

/** CLI flags to library options; the only place they meet. */
export function inspectOptions(argv: Record<string, unknown>, io: CliIo): InspectOptions {
  const limits = {
    ...limit(argv.maxEntries, '--max-entries', 'maxEntries'),
    ...limit(argv.maxSize, '--max-size', 'maxTotalBytes'),
    ...limit(argv.maxFileSize, '--max-file-size', 'maxFileBytes'),
  };
  return {
    cwd: io.cwd,
    env: io.env,
    ...(typeof argv.manifest === 'string' ? { manifest: argv.manifest } : {}),
    failOn: (argv.failOn as Severity | undefined) ?? 'error',
    secrets: argv.secrets !== false,
    limits,
    ...(typeof argv.baseline === 'string' ? { baseline: argv.baseline } : {}),
  };
}

/**
 * Where the package folder sits in the repository, so SARIF and annotations point at files
 * GitHub knows (`packages/a/dist/x.js`, not `dist/x.js`). Empty for the root or outside it.
 */
function pathPrefix(directory: string | null, io: CliIo): string {
  if (!directory) return '';
  const path = relative(io.env.GITHUB_WORKSPACE ?? io.cwd, directory).split('\\').join('/');
  return path === '' || path.startsWith('..') || isAbsolute(path) ? '' : `${path}/`;
}

/** Writing an allowlist from a partial read would drop the files that were not read. */
export function refusePartialRead(report: Report, action: string): void {
  if (report.complete) return;
  throw new LeakproofError('target', `cannot ${action} from a partial read (${report.gaps[0]!.message}); nothing was written`);
}

/** A limit flag as an option; a value that is not a whole number >= 0 would silently disable it. */
function limit(value: unknown, flag: string, key: keyof TarballLimits): Partial<TarballLimits> {
  if (value === undefined) return {};
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new LeakproofError('usage', `${flag} takes a whole number of ${flag === '--max-entries' ? 'entries' : 'bytes'}, got ${String(value)}`);
  }
  return { [key]: value };
}

async function emit(report: Report, argv: Record<string, unknown>, io: CliIo, prefix: string): Promise<void> {
  const format = (argv.format as ReportFormat | undefined) ?? 'human';
  const color = useColor(io);
  if (typeof argv.output === 'string') {
    const path = resolve(io.cwd, argv.output);
    await writeOrFail(path, renderReport(report, format, { color: false, pathPrefix: prefix }), '--output', false);
    writeForPeople(io, renderReport(report, 'human', { color }));
  } else if (format === 'human') {
    writeForPeople(io, renderReport(report, format, { color }));
  } else {
    io.stdout.write(renderReport(report, format, { color, pathPrefix: prefix }));
  }
  if (typeof argv.summary === 'string') await writeOrFail(resolve(io.cwd, argv.summary), renderReport(report, 'markdown', { color: false }), '--summary', true);
  // On GitHub Actions, findings also become annotations on the files (workflow commands). They go
  // with the human output; when stdout carries a machine format they go to stderr instead.
  if (io.env.GITHUB_ACTIONS === 'true') {
    const humanOnStdout = format === 'human' || typeof argv.output === 'string';
    (humanOnStdout ? io.stdout : io.stderr).write(renderGithubAnnotations(report, prefix ? { pathPrefix: prefix } : {}));
  }
}

export async function writeOrFail(path: string, text: string, option: string, append: boolean): Promise<void> {
  await (append ? appendFile(path, text) : writeFile(path, text)).catch((error: Error) => {
    throw new LeakproofError('usage', `cannot write ${option} ${path}: ${error.message}`);
  });
}

/** `--update`: accept what ships now, print what changed, and re-evaluate with the new manifest. */
async function applyUpdate(inspection: Inspection, io: CliIo, options: { secrets: boolean }): Promise<Inspection> {
  const { manifest, target, report } = inspection;
  if (!manifest.path || !manifest.raw) {
    throw new LeakproofError('usage', 'no leakproof.json to update; run `leakproof init` to create one');
  }
  refusePartialRead(report, 'update leakproof.json');
  const { manifest: next, changes } = updateManifest(manifest.raw, report.files);
  const text = serializeManifest(next);
  await writeFile(manifest.path, text);
  const lines = [
    ...[...new Set(changes.added)].map((path) => `  + ${printable(path)}`),
    ...[...new Set(changes.removed)].map((path) => `  - ${printable(path)}`),
    ...changes.budgets.map((change) => `  ~ budgets ${change.budget}: ${change.before} -> ${change.after}`),
  ];
  io.stderr.write(lines.length ? `leakproof: updated ${manifest.path}:\n${lines.join('\n')}\n` : `leakproof: ${manifest.path} already accepts what ships\n`);
  const parsed = parseManifest(text, manifest.path);
  const loaded = { path: manifest.path, raw: parsed.raw as Record<string, unknown>, policy: parsed.policy };
  return assess(target, loaded, inspection.baseline, { secrets: options.secrets, failOn: report.failOn });
}
