import { access, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { isLeakproofError, LeakproofError } from '../errors.js';
import { assess, runInspection, type Inspection, type InspectOptions } from '../inspect.js';
import { serializeManifest, updateManifest } from '../policy/init-manifest.js';
import { unusedIgnores } from '../policy/apply-policy.js';
import { parseManifest } from '../policy/parse-manifest.js';
import { parseSize } from '../policy/sizes.js';
import { safeLine } from '../report/redact-report.js';
import { isPackManager } from '../target/package-manager.js';
import type { Report, Severity, TarballLimits } from '../types.js';
import { exitCode } from '../report/exit-code.js';
import type { HtmlOptions, SourceTextLookup } from '../report/index.js';
import type { RecoveredSource } from '../sourcemaps/types.js';
import type { CliIo } from './io.js';
import { selectTargets, warnPrepublishOnly } from './check-targets.js';
import { createProgress } from './progress.js';
import { watchRetries } from './retry-notice.js';

/**
 * `leakproof check [targets..]`: inspect, print, and map the report to an exit status. One target
 * gives one report; several targets or `--workspaces` give one combined report (a ReportSet)
 * whose exit status is the worst of them.
 */
export async function checkCommand(argv: Record<string, unknown>, io: CliIo): Promise<number> {
  const stopWatching = watchRetries(io);
  try {
    return await checkTargets(argv, io);
  } finally {
    stopWatching();
  }
}

async function checkTargets(argv: Record<string, unknown>, io: CliIo): Promise<number> {
  await warnPrepublishOnly(argv, io);
  const selection = await selectTargets(argv, io);
  if (!selection) return checkOne(String((argv.targets as string[] | undefined)?.[0] ?? '.'), argv, io);
  // The renderers load while the packages are read (as the rules do, see inspect.ts).
  const rendering = loadRenderers();
  const inspections: Inspection[] = [];
  const skipped = [...selection.skipped];
  const progress = createProgress(io);
  for (const [index, target] of selection.targets.entries()) {
    progress.step(`leakproof: reading ${target} (${index + 1}/${selection.targets.length}) …`);
    try {
      inspections.push(await inspectAndUpdate(target, argv, io));
    } catch (error) {
      // One unreadable package must not hide the others' reports; it makes the set incomplete.
      if (!isLeakproofError(error) || error.code !== 'target') throw error;
      skipped.push({ input: target, reason: error.message, gap: true });
    } finally {
      progress.done();
    }
  }
  const { buildReportSet, emitReport } = await rendering;
  const set = buildReportSet(inspections.map((each) => each.report), skipped, (argv.failOn as Severity | undefined) ?? 'error');
  if (argv.htmlSources === true) throw new LeakproofError('usage', '--html-sources applies to one package at a time; check the packages one by one');
  await emitReport(set, argv, io, inspections.map((each) => pathPrefix(each.target.directory, io)));
  return exitCode(set);
}

/** The single-package flow: one report, printed as it always was. */
async function checkOne(target: string, argv: Record<string, unknown>, io: CliIo): Promise<number> {
  const rendering = loadRenderers();
  const progress = createProgress(io);
  progress.step(`leakproof: reading ${target} …`);
  let inspection: Inspection;
  try {
    inspection = await inspectAndUpdate(target, argv, io);
  } finally {
    progress.done();
  }
  const html = htmlOptions(inspection, argv);
  const { emitReport } = await rendering;
  await emitReport(inspection.report, argv, io, [pathPrefix(inspection.target.directory, io)], { ...(html ? { html } : {}), ...initCommand(inspection, io) });
  return exitCode(inspection.report);
}

/**
 * The report renderers (every format), loaded while the target is read rather than at start-up:
 * ~12 ms of module compilation that would otherwise come before the read.
 */
function loadRenderers(): Promise<typeof import('./emit-report.js') & typeof import('../report/report-set.js')> {
  const loading = Promise.all([import('./emit-report.js'), import('../report/report-set.js')]).then(([emit, set]) => ({ ...emit, ...set }));
  loading.catch(() => undefined); // awaited where the report is written; no unhandled rejection meanwhile
  return loading;
}

/** Inspect one target, apply `--update`, and say on stderr what the user should know about it. */
async function inspectAndUpdate(target: string, argv: Record<string, unknown>, io: CliIo): Promise<Inspection> {
  let inspection = await runInspection(target, { ...inspectOptions(argv, io), ...(argv.pack ? { pack: true } : {}) });
  if (argv.update) inspection = await applyUpdate(inspection, io, { secrets: argv.secrets !== false });
  warnUnusedIgnores(inspection, io, argv.secrets !== false);
  await noteUnappliedManifest(inspection, io);
  return inspection;
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
  io.stderr.write(`leakproof: ${here} was not applied: it belongs to this folder's package, not to ${safeLine(name)}; pass --manifest to apply it\n`);
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

export { exitCode };

/** CLI flags to library options; the only place they meet. */
export function inspectOptions(argv: Record<string, unknown>, io: CliIo): InspectOptions {
  const limits = {
    ...limit(argv.maxEntries, '--max-entries', 'maxEntries'),
    ...limit(argv.maxSize, '--max-size', 'maxTotalBytes'),
    ...limit(argv.maxFileSize, '--max-file-size', 'maxFileBytes'),
  };
  const packManager = typeof argv.packManager === 'string' && isPackManager(argv.packManager) ? argv.packManager : undefined;
  return {
    cwd: io.cwd,
    env: io.env,
    ...(typeof argv.manifest === 'string' ? { manifest: argv.manifest } : {}),
    failOn: (argv.failOn as Severity | undefined) ?? 'error',
    secrets: argv.secrets !== false,
    limits,
    ...(typeof argv.baseline === 'string' ? { baseline: argv.baseline } : {}),
    ...(packManager ? { packManager } : {}),
    onNote: (text) => io.stderr.write(`leakproof: ${safeLine(text)}\n`),
    // A --pack build's own log; stdout stays for the report.
    onOutput: (text) => io.stderr.write(text),
  };
}

/**
 * Where the package folder sits in the repository, so SARIF and annotations point at files
 * GitHub knows (`packages/a/dist/x.js`, not `dist/x.js`). Empty for the root or outside it.
 */
export function pathPrefix(directory: string | null, io: CliIo): string {
  if (!directory) return '';
  const path = relative(io.env.GITHUB_WORKSPACE ?? io.cwd, directory).split('\\').join('/');
  return path === '' || path.startsWith('..') || isAbsolute(path) ? '' : `${path}/`;
}

/** Writing an allowlist from a partial read would drop the files that were not read. */
export function refusePartialRead(report: Report, action: string): void {
  if (report.complete) return;
  throw new LeakproofError('target', `cannot ${action} from a partial read (${report.gaps[0]!.message}); nothing was written`);
}

/**
 * A limit flag as an option: a whole number, or for sizes the units leakproof.json takes
 * (`500MB`, `1GiB`). A value that is neither would silently disable the limit.
 */
function limit(value: unknown, flag: string, key: keyof TarballLimits): Partial<TarballLimits> {
  if (value === undefined) return {};
  const isCount = key === 'maxEntries';
  const parsed = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : isCount ? value : parseSize(value);
  if (typeof parsed !== 'number' || !Number.isSafeInteger(parsed) || parsed < 0) {
    const expected = isCount ? 'a whole number of entries' : 'a number of bytes or a size like 500MB or 1GiB';
    throw new LeakproofError('usage', `${flag} takes ${expected}, got ${String(value)}`);
  }
  return { [key]: parsed };
}

/**
 * The `leakproof init` a user can run for this target: a folder they pointed at, named unless it
 * is the current one. An audited registry package or tarball gets no such advice.
 */
function initCommand({ target }: Inspection, io: CliIo): { suggestInit?: string } {
  if (target.directory === null) return {};
  const folder = relative(io.cwd, target.directory).split('\\').join('/');
  return { suggestInit: folder === '' ? 'leakproof init' : `leakproof init ${/^[\w./-]+$/.test(folder) ? folder : JSON.stringify(folder)}` };
}

/** `--html-sources`: let the HTML page embed the recovered sources this inspection holds. */
function htmlOptions({ analysis }: Inspection, argv: Record<string, unknown>): HtmlOptions | undefined {
  if (argv.htmlSources !== true) return undefined;
  if (argv.format !== 'html') throw new LeakproofError('usage', '--html-sources only applies to --format html');
  const byMap = new Map<string, RecoveredSource[]>();
  for (const source of analysis.sources) {
    const list = byMap.get(source.map);
    if (list) list.push(source);
    else byMap.set(source.map, [source]);
  }
  const text: SourceTextLookup = (map, index) => {
    const source = byMap.get(map.path)?.[index];
    return source !== undefined && source.source === map.recovered?.[index]?.source ? source.content : undefined;
  };
  return { sourceText: () => text };
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
    ...[...new Set(changes.added)].map((path) => `  + ${safeLine(path)}`),
    ...[...new Set(changes.removed)].map((path) => `  - ${safeLine(path)}`),
    ...changes.budgets.map((change) => `  ~ budgets ${change.budget}: ${change.before} -> ${change.after}`),
  ];
  io.stderr.write(lines.length ? `leakproof: updated ${manifest.path}:\n${lines.join('\n')}\n` : `leakproof: ${manifest.path} already accepts what ships\n`);
  const parsed = parseManifest(text, manifest.path);
  const loaded = { path: manifest.path, raw: parsed.raw as Record<string, unknown>, policy: parsed.policy };
  return assess(target, loaded, inspection.baseline, { secrets: options.secrets, failOn: report.failOn });
}
