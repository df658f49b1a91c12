import { LeakproofError } from '../errors.js';
import { writeOrFail } from './check-command.js';
import { useColor, writeForPeople, type CliIo } from './io.js';
import type { AuditSet } from '../audit/audit-set.js';
import { formatSize, plural } from '../format-size.js';
import { printable } from '../report/printable.js';

/** Formats `audit` and `merge` write (jsonl is streamed by `audit` itself). */
export const SET_FORMATS = ['human', 'json', 'jsonl', 'sarif', 'markdown', 'junit'] as const;
export type SetFormat = (typeof SET_FORMATS)[number];

/**
 * Print an audit's set in `format` to stdout, or to `output` with the human summary on stdout.
 * MINIMAL WIRING until src/report/report-set.ts (issue 10) lands on main: only json and a short
 * human summary; every format will go through its renderReportSet.
 */
export async function emitSet(set: AuditSet, format: SetFormat, io: CliIo, output: string | null): Promise<void> {
  const render = (which: SetFormat, color: boolean): string => {
    if (which === 'json' || which === 'jsonl') return `${JSON.stringify(set, null, 2)}\n`;
    if (which === 'human') return renderSummary(set, color);
    throw new LeakproofError('usage', `--format ${which} is not available for audit yet; use json, jsonl or human`);
  };
  if (output) {
    await writeOrFail(output, render(format, false), '--output', false);
    writeForPeople(io, render('human', useColor(io)));
  } else if (format === 'human') {
    writeForPeople(io, render('human', useColor(io)));
  } else {
    io.stdout.write(render(format, false));
  }
}

function renderSummary(set: AuditSet, _color: boolean): string {
  const lines = [`leakproof audit ${printable(set.lockfile.path)} (${set.lockfile.format} lockfile ${set.lockfile.version})`];
  for (const report of set.reports.filter((each) => !each.ok)) {
    const sources = report.sourceMaps.reduce((sum, map) => sum + map.recoverable, 0);
    lines.push(`  ✖ ${printable(report.target.input)}  ${plural(report.summary.errors, 'error')}, ${plural(sources, 'recoverable source')}, ${formatSize(report.summary.unpackedSize)}`);
  }
  for (const entry of set.skipped) lines.push(`  ${entry.gap ? '✖ not inspected' : '- skipped'} ${printable(entry.input)}: ${printable(entry.reason)}`);
  const verdict = !set.complete ? 'INCOMPLETE' : set.ok ? 'PASS' : 'FAIL';
  lines.push(`${verdict}: ${plural(set.summary.packages, 'package')}, ${set.summary.failing} failing, ${set.summary.incomplete} not fully inspected`);
  return `${lines.join('\n')}\n`;
}
