import { resolve } from 'node:path';
import { acquire } from '../acquire.js';
import { recover } from '../check.js';
import { formatSize, plural } from '../format-size.js';
import { safeLine } from '../report/redact-report.js';
import { planExtraction, writeExtraction } from '../sourcemaps/write-extraction.js';
import { inspectOptions } from './inspect-options.js';
import type { CliIo } from './io.js';
import type { CommandArgs } from './parse-args.js';

/**
 * `leakproof extract <target> --out <dir>`: write every recovered source as the tree an attacker
 * would get, plus an index. Writes only inside `--out`.
 */
export async function extractCommand(argv: CommandArgs['extract'], io: CliIo): Promise<number> {
  const target = String(argv.target);
  const outDir = resolve(io.cwd, argv.out);
  // extract takes none of the flags that shape an inspection, and runs no rule: the maps alone.
  const { analysis, gaps } = recover(await acquire(target, inspectOptions({}, io)));
  const plan = planExtraction(analysis.sources, { firstPartyOnly: argv.firstPartyOnly });
  const result = await writeExtraction(plan, outDir);
  const maps = new Set(analysis.sources.map((source) => source.map)).size;
  const firstParty = analysis.sources.filter((source) => source.classification === 'first-party').length;
  io.stdout.write(
    `leakproof: wrote ${plural(result.written, 'file')} (${formatSize(result.bytes)}) recovered from ${plural(maps, 'source map')} ` +
      `(${firstParty} first-party) to ${outDir}\nIndex: ${result.indexPath}\n`,
  );
  if (gaps.length > 0) {
    io.stderr.write(
      `leakproof: the target was not fully read (${safeLine(gaps.map((gap) => gap.message).join('; '))}); more sources may exist\n`,
    );
    return 3;
  }
  return 0;
}
