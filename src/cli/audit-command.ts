import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createJsonlWriter } from '../audit/jsonl.js';
import { type AuditEvent, runAudit } from '../audit/run-audit.js';
import { parseShard } from '../audit/shard.js';
import { LeakproofError } from '../errors.js';
import { exitCode } from '../report/exit-code.js';
import { createAuditProgress } from './audit-progress.js';
import { emitReport } from './emit-report.js';
import { inspectOptions } from './inspect-options.js';
import type { CliIo } from './io.js';
import type { CommandArgs } from './parse-args.js';

/** `leakproof audit [path]`: every package of a lockfile; exit status as `check`, over all of them. */
export async function auditCommand(argv: CommandArgs['audit'], io: CliIo): Promise<number> {
  const format = argv.format;
  const output = argv.output !== undefined ? resolve(io.cwd, argv.output) : null;
  const { limits, failOn, secrets } = inspectOptions(argv, io);
  const progress = createAuditProgress(io);
  // JSONL streams as packages finish: to stdout, or to --output (then stdout gets the summary).
  let jsonlText = '';
  const jsonl = format === 'jsonl' ? createJsonlWriter(output ? (text) => (jsonlText += text) : (text) => io.stdout.write(text)) : null;
  const onEvent = (event: AuditEvent): void => {
    progress.onEvent(event);
    jsonl?.onEvent(event);
  };
  let set: Awaited<ReturnType<typeof runAudit>>;
  try {
    set = await runAudit(argv.path, {
      cwd: io.cwd,
      env: io.env,
      failOn,
      secrets,
      limits,
      ...(argv.manifest !== undefined ? { manifest: argv.manifest } : {}),
      ...(argv.concurrency !== undefined ? { concurrency: positiveInteger(argv.concurrency, '--concurrency') } : {}),
      cacheDir: argv.cache === false ? false : argv.cacheDir,
      ...(argv.changedSince !== undefined ? { changedSince: argv.changedSince } : {}),
      ...(argv.shard !== undefined ? { shard: parseShard(argv.shard, io.env) } : {}),
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
  if (!jsonl || output)
    await emitReport(
      set,
      { summary: argv.summary, format: format === 'jsonl' ? 'human' : format, output: jsonl ? undefined : argv.output },
      io,
      [],
    );
  return exitCode(set);
}

function positiveInteger(value: number, flag: string): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new LeakproofError('usage', `${flag} takes a whole number of at least 1, got ${String(value)}`);
  }
  return value;
}
