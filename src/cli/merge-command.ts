import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { mergeShards } from '../audit/merge.js';
import { LeakproofError } from '../errors.js';
import { exitCode } from '../report/exit-code.js';
import { emitReport } from './emit-report.js';
import type { CliIo } from './io.js';
import type { CommandArgs } from './parse-args.js';

/** `leakproof merge <jsonl...>`: join shard outputs into one report; exit status as the audit's. */
export async function mergeCommand(argv: CommandArgs['merge'], io: CliIo): Promise<number> {
  const files = (argv.files ?? []).map(String);
  const outputs = await Promise.all(
    files.map(async (file) => ({
      name: file,
      text: await readFile(resolve(io.cwd, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new LeakproofError('usage', `${file}: cannot read it (${error.code ?? error.message}); check the path`);
      }),
    })),
  );
  const set = mergeShards(outputs);
  await emitReport(set, argv, io, []);
  return exitCode(set);
}
