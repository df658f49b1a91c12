import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createJsonlWriter } from '../audit/jsonl.js';
import { runAudit, type AuditEvent } from '../audit/run-audit.js';
import { parseShard } from '../audit/shard.js';
import { LeakproofError } from '../errors.js';
import type { Severity } from '../types.js';
import { exitCode } from '../report/exit-code.js';
import { inspectOptions } from './check-command.js';
import { createAuditProgress } from './audit-progress.js';
import { emitReport } from './emit-report.js';
import type { CliIo } from './io.js';

/** `leakproof audit [path]`: every package of a lockfile; exit status as `check`, over all of them. */
export async function auditCommand(argv: Record<string, unknown>, io: CliIo): Promise<number> {
  const format = argv.format ?? 'human';
  const output = typeof argv.output === 'string' ? resolve(io.cwd, argv.output) : null;
  const { limits, failOn, secrets } = inspectOptions(argv, io);
  const progress = createAuditProgress(io);
  // JSONL streams as packages finish: to stdout, or to --output (then stdout gets the summary).
  let jsonlText = '';
  const jsonl = format === 'jsonl' ? createJsonlWriter(output ? (text) => (jsonlText += text) : (text) => io.stdout.write(text)) : null;
  const onEvent = (event: AuditEvent): void => {
    progress.onEvent(event);
    jsonl?.onEvent(event);
  };
  let set;
  try {
    set = await runAudit(String(argv.path ?? '.'), {
      cwd: io.cwd,
      env: io.env,
      failOn: failOn as Severity,
      secrets: secrets !== false,
      ...(limits ? { limits } : {}),
      ...(typeof argv.manifest === 'string' ? { manifest: argv.manifest } : {}),
      ...(argv.concurrency !== undefined ? { concurrency: positiveInteger(argv.concurrency, '--concurrency') } : {}),
      cacheDir: argv.cache === false ? false : typeof argv.cacheDir === 'string' ? argv.cacheDir : undefined,
      ...(typeof argv.changedSince === 'string' ? { changedSince: argv.changedSince } : {}),
      ...(typeof argv.shard === 'string' ? { shard: parseShard(argv.shard, io.env) } : {}),
      onEvent,
    });
  } finally {
    progress.done();
  }
  jsonl?.end();
  if (jsonl && output) {
    await writeFile(output, jsonlText).catch((error: Error) => {
      throw new LeakproofError('usage', `cannot write --output ${output}: ${error.message}`);
    });
  }
  // Packages come from a registry, not from folders of this repository: no path prefixes.
  if (!jsonl || output) await emitReport(set, { ...argv, format: jsonl ? 'human' : format, output: jsonl ? undefined : argv.output }, io, []);
  return exitCode(set);
}

function positiveInteger(value: unknown, flag: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new LeakproofError('usage', `${flag} takes a whole number of at least 1, got ${String(value)}`);
  }
  return value;
}
