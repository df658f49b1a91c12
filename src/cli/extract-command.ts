import { resolve } from 'node:path';
import { runInspection } from '../inspect.js';
import { formatSize, plural } from '../format-size.js';
import { planExtraction, writeExtraction } from '../sourcemaps/write-extraction.js';
import type { CliIo } from './io.js';
import { safeLine } from '../report/redact-report.js';
import { inspectOptions } from './check-command.js';

/**
 * `leakproof extract <target> --out <dir>`: write every recovered source as the tree an attacker
 * would get, plus an index. Writes only inside `--out`.
 */
export async function extractCommand(argv: Record<string, unknown>, io: CliIo): Promise<number> {
  const target = String(argv.target);
  const outDir = resolve(io.cwd, String(argv.out));
  const { analysis, report } = await runInspection(target, { ...inspectOptions(argv, io), secrets: false });
  const plan = planExtraction(analysis.sources, { firstPartyOnly: argv.firstPartyOnly === true });
  const result = await writeExtraction(plan, outDir);
  const maps = new Set(analysis.sources.map((source) => source.map)).size;
  const firstParty = analysis.sources.filter((source) => source.classification === 'first-party').length;
  io.stdout.write(
    `leakproof: wrote ${plural(result.written, 'file')} (${formatSize(result.bytes)}) recovered from ${plural(maps, 'source map')} ` +
      `(${firstParty} first-party) to ${outDir}\nIndex: ${result.indexPath}\n`,
  );
  if (!report.complete) {
    io.stderr.write(`leakproof: the target was not fully read (${safeLine(report.gaps.map((gap) => gap.message).join('; '))}); more sources may exist\n`);
    return 3;
  }
  return 0;
}
