import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LeakproofError } from '../errors.js';
import { buildReport, evaluate, runInspection, type Inspection, type InspectOptions } from '../inspect.js';
import { serializeManifest, updateManifest } from '../policy/init-manifest.js';
import { parseManifest } from '../policy/parse-manifest.js';
import { renderGithubAnnotations, renderReport, type ReportFormat } from '../report/index.js';
import type { Report, Severity } from '../types.js';
import { useColor, type CliIo } from './io.js';
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
  if (argv.update) inspection = await applyUpdate(inspection, io);
  await emit(inspection.report, argv, io);
  return exitCode(inspection.report);
}

/** 3 when anything was not inspected, else 1 when something fails, else 0. */
export function exitCode(report: Report): number {
  if (!report.complete) return 3;
  return report.ok ? 0 : 1;
}

/** CLI flags to library options; the only place they meet. */
export function inspectOptions(argv: Record<string, unknown>, io: CliIo): InspectOptions {
  const limits = {
    ...(typeof argv.maxEntries === 'number' ? { maxEntries: argv.maxEntries } : {}),
    ...(typeof argv.maxSize === 'number' ? { maxTotalBytes: argv.maxSize } : {}),
    ...(typeof argv.maxFileSize === 'number' ? { maxFileBytes: argv.maxFileSize } : {}),
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

async function emit(report: Report, argv: Record<string, unknown>, io: CliIo): Promise<void> {
  const format = (argv.format as ReportFormat | undefined) ?? 'human';
  const color = useColor(io);
  if (typeof argv.output === 'string') {
    const path = resolve(io.cwd, argv.output);
    await writeFile(path, renderReport(report, format, { color: false })).catch((error: Error) => {
      throw new LeakproofError('usage', `cannot write --output ${argv.output}: ${error.message}`);
    });
    io.stdout.write(renderReport(report, 'human', { color }));
  } else {
    io.stdout.write(renderReport(report, format, { color }));
  }
  // On GitHub Actions, findings also become annotations on the files (workflow commands).
  if (io.env.GITHUB_ACTIONS === 'true' && format !== 'human') io.stderr.write(renderGithubAnnotations(report));
  else if (io.env.GITHUB_ACTIONS === 'true') io.stdout.write(renderGithubAnnotations(report));
}

/** `--update`: accept what ships now, print what changed, and re-evaluate with the new manifest. */
async function applyUpdate(inspection: Inspection, io: CliIo): Promise<Inspection> {
  const { manifest, target, report } = inspection;
  if (!manifest.path || !manifest.raw) {
    throw new LeakproofError('usage', 'no leakproof.json to update; run `leakproof init` to create one');
  }
  const { manifest: next, changes } = updateManifest(manifest.raw, report.files);
  const text = serializeManifest(next);
  await writeFile(manifest.path, text);
  const lines = [
    ...changes.added.map((path) => `  + ${path}`),
    ...changes.removed.map((path) => `  - ${path}`),
    ...changes.budgets.map((change) => `  ~ budgets ${change.budget}: ${change.before} -> ${change.after}`),
  ];
  io.stderr.write(lines.length ? `leakproof: updated ${manifest.path}:\n${lines.join('\n')}\n` : `leakproof: ${manifest.path} already accepts what ships\n`);
  const parsed = parseManifest(text, manifest.path);
  const policy = inspection.manifest.policy.secrets.enabled ? parsed.policy : { ...parsed.policy, secrets: { enabled: false } };
  const { findings, analysis } = evaluate(target.contents, policy, inspection.baseline);
  const updated = buildReport(target, findings, analysis, manifest.path, report.failOn);
  if (report.baseline) updated.baseline = report.baseline;
  return { ...inspection, report: updated, manifest: { path: manifest.path, raw: parsed.raw as Record<string, unknown>, policy }, analysis };
}
