import { runInspection } from '../inspect.js';
import { compareWithBaseline } from '../rules/baseline-rules.js';
import { renderDiff } from '../report/diff.js';
import { jsonText } from '../report/escape.js';
import { redactValue } from '../report/redact-report.js';
import { inspectOptions } from './check-command.js';
import { writeForPeople, type CliIo } from './io.js';

/**
 * `leakproof diff <a> <b>`: what changed from release a to release b. Informational: exit 0
 * unless a side cannot be read (2 or 3 as usual).
 */
export async function diffCommand(argv: Record<string, unknown>, io: CliIo): Promise<number> {
  const options = { ...inspectOptions(argv, io), manifest: false as const, secrets: false };
  const [a, b] = await Promise.all([runInspection(String(argv.a), options), runInspection(String(argv.b), options)]);
  const snapshot = { info: a.report.target, files: a.report.files, maps: a.report.sourceMaps };
  const comparison = compareWithBaseline(snapshot, b.target.contents, b.report.sourceMaps);
  // The same redaction and escaping as every report format.
  const safe = redactValue({ schemaVersion: 1, from: a.report.target, to: b.report.target, ...comparison });
  if (argv.format === 'json') io.stdout.write(`${jsonText(safe, 2)}\n`);
  else writeForPeople(io, renderDiff(redactValue(comparison), safe.to));
  return a.report.complete && b.report.complete ? 0 : 3;
}
