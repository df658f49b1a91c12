import { acquire } from '../acquire.js';
import { check } from '../check.js';
import { renderDiff } from '../report/diff.js';
import { jsonText } from '../report/escape.js';
import { redactValue } from '../report/redact-report.js';
import { compareWithBaseline } from '../rules/baseline-rules.js';
import { inspectOptions } from './inspect-options.js';
import { type CliIo, writeForPeople } from './io.js';
import type { CommandArgs } from './parse-args.js';

/**
 * `leakproof diff <a> <b>`: what changed from release a to release b. Informational: exit 0
 * unless a side cannot be read (2 or 3 as usual).
 */
export async function diffCommand(argv: CommandArgs['diff'], io: CliIo): Promise<number> {
  const options = { ...inspectOptions({}, io), manifest: false as const, secrets: false };
  const inspectRelease = async (input: string) => check(await acquire(input, options), options);
  const [a, b] = await Promise.all([inspectRelease(String(argv.a)), inspectRelease(String(argv.b))]);
  const snapshot = { info: a.report.target, files: a.report.files, maps: a.report.sourceMaps };
  const comparison = compareWithBaseline(snapshot, b.target.contents, b.report.sourceMaps);
  // The same redaction and escaping as every report format.
  const safe = redactValue({ schemaVersion: 1, from: a.report.target, to: b.report.target, ...comparison });
  if (argv.format === 'json') io.stdout.write(`${jsonText(safe, 2)}\n`);
  else writeForPeople(io, renderDiff(redactValue(comparison), safe.to));
  return a.report.complete && b.report.complete ? 0 : 3;
}
