import { relative } from 'node:path';
import { acquire } from '../acquire.js';
import type { Inspection } from '../check.js';
import { isLeakproofError, LeakproofError } from '../errors.js';
import { exitCode } from '../report/exit-code.js';
import type { HtmlOptions, SourceTextLookup } from '../report/index.js';
import type { RecoveredSource } from '../sourcemaps/types.js';
import { selectTargets, warnPrepublishOnly } from './check-targets.js';
import { inspectOptions, pathPrefix } from './inspect-options.js';
import { noteInspection, writeManifestUpdate } from './inspection-notes.js';
import type { CliIo } from './io.js';
import type { CommandArgs } from './parse-args.js';
import { createProgress } from './progress.js';
import { watchRetries } from './retry-notice.js';

type CheckArgs = CommandArgs['check'];

/**
 * `leakproof check [targets..]`: inspect, print, and map the report to an exit status. One target
 * gives one report; several targets or `--workspaces` give one combined report (a ReportSet)
 * whose exit status is the worst of them.
 */
export async function checkCommand(argv: CheckArgs, io: CliIo): Promise<number> {
  const stopWatching = watchRetries(io);
  try {
    return await checkTargets(argv, io);
  } finally {
    stopWatching();
  }
}

async function checkTargets(argv: CheckArgs, io: CliIo): Promise<number> {
  await warnPrepublishOnly(argv, io);
  const selection = await selectTargets(argv, io);
  if (!selection) return checkOne(argv.targets?.[0] ?? '.', argv, io);
  // The renderers load while the packages are read (as the rules do, see loadCheck).
  const rendering = loadRenderers();
  const inspections: Inspection[] = [];
  const skipped = [...selection.skipped];
  const progress = createProgress(io);
  for (const [index, target] of selection.targets.entries()) {
    progress.step(`leakproof: reading ${target} (${index + 1}/${selection.targets.length}) …`);
    try {
      inspections.push(await inspectTarget(target, argv, io));
    } catch (error) {
      // One unreadable package must not hide the others' reports; it makes the set incomplete.
      if (!isLeakproofError(error) || error.code !== 'target') throw error;
      skipped.push({ input: target, reason: error.message, gap: true });
    } finally {
      progress.done();
    }
  }
  const { buildReportSet, emitReport } = await rendering;
  const set = buildReportSet(
    inspections.map((each) => each.report),
    skipped,
    argv.failOn,
  );
  if (argv.htmlSources) throw new LeakproofError('usage', '--html-sources applies to one package at a time; check the packages one by one');
  await emitReport(
    set,
    argv,
    io,
    inspections.map((each) => pathPrefix(each.target.directory, io)),
  );
  return exitCode(set);
}

/** The single-package flow: one report, printed as it always was. */
async function checkOne(target: string, argv: CheckArgs, io: CliIo): Promise<number> {
  const rendering = loadRenderers();
  const progress = createProgress(io);
  progress.step(`leakproof: reading ${target} …`);
  let inspection: Inspection;
  try {
    inspection = await inspectTarget(target, argv, io);
  } finally {
    progress.done();
  }
  const html = htmlOptions(inspection, argv);
  const { emitReport } = await rendering;
  await emitReport(inspection.report, argv, io, [pathPrefix(inspection.target.directory, io)], {
    ...(html ? { html } : {}),
    ...suggestInit(inspection, io),
  });
  return exitCode(inspection.report);
}

/** Inspect one target (and `--update` its manifest), and say on stderr what the user should know. */
async function inspectTarget(target: string, argv: CheckArgs, io: CliIo): Promise<Inspection> {
  const options = { ...inspectOptions(argv, io), ...(argv.pack ? { pack: true } : {}), update: argv.update };
  // The rules load while the target is read: their ~35 ms of module compilation fills the wait
  // on gunzip, the disk or the registry instead of coming before it.
  const checking = loadCheck();
  const acquired = await acquire(target, options);
  const inspection = await (await checking).check(acquired, options);
  if (inspection.manifestUpdate) await writeManifestUpdate(inspection.manifestUpdate, io);
  noteInspection(inspection, io);
  return inspection;
}

/**
 * The `leakproof init` a user can run for this target: a folder they pointed at, named unless it
 * is the current one. An audited registry package or tarball gets no such advice.
 */
function suggestInit({ target }: Inspection, io: CliIo): { suggestInit?: string } {
  if (target.directory === null) return {};
  const folder = relative(io.cwd, target.directory).split('\\').join('/');
  return {
    suggestInit: folder === '' ? 'leakproof init' : `leakproof init ${/^[\w./-]+$/.test(folder) ? folder : JSON.stringify(folder)}`,
  };
}

/** `--html-sources`: let the HTML page embed the recovered sources this inspection holds. */
function htmlOptions({ analysis }: Inspection, argv: CheckArgs): HtmlOptions | undefined {
  if (!argv.htmlSources) return undefined;
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

/**
 * The report renderers, loaded while the target is read rather than at start-up: ~12 ms of
 * module compilation that would otherwise come before the read.
 */
function loadRenderers(): Promise<typeof import('./emit-report.js') & typeof import('../report/report-set.js')> {
  return early(Promise.all([import('./emit-report.js'), import('../report/report-set.js')]).then(([emit, set]) => ({ ...emit, ...set })));
}

/** The rules and the report builder (check.ts), loaded the same way. */
function loadCheck(): Promise<typeof import('../check.js')> {
  return early(import('../check.js'));
}

/** A load started before it is needed: awaited where it is used, so no unhandled rejection meanwhile. */
function early<T>(loading: Promise<T>): Promise<T> {
  loading.catch(() => undefined);
  return loading;
}
