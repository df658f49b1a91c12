/**
 * `leakproof merge`: join the JSONL outputs of `audit --shard k/n` into the one set the
 * unsharded audit would have produced. It refuses what would make that set wrong: a shard
 * missing or given twice, outputs of different lockfiles or options, and output cut short.
 */
import { LeakproofError } from '../errors.js';
import { type AuditReport, type AuditSet, type AuditSkip, buildAuditSet } from './audit-set.js';
import type { JsonlHeader, JsonlLine } from './jsonl.js';

/** One shard's JSONL output, as read. */
export interface ShardOutput {
  /** Where it came from, for messages. */
  readonly name: string;
  readonly text: string;
}

/**
 * Merge shard outputs into one set.
 * @throws LeakproofError('target') when a shard is missing or cut short (the sweep is not
 * whole); ('usage') when a shard is given twice or the outputs do not belong together.
 */
export function mergeShards(outputs: readonly ShardOutput[]): AuditSet {
  if (outputs.length === 0) throw new LeakproofError('usage', 'give the JSONL files of every shard: leakproof merge shard-*.jsonl');
  const shards = outputs.map(readShard);
  const first = shards[0]!.header;
  for (const { name, header } of shards.slice(1)) {
    const differs = (['failOn', 'changedSince'] as const).find((key) => header[key] !== first[key]);
    if (header.lockfile.sha256 !== first.lockfile.sha256) throw mismatch(name, shards[0]!.name, 'lockfile');
    if (differs) throw mismatch(name, shards[0]!.name, `--${differs === 'failOn' ? 'fail-on' : 'changed-since'}`);
    if ((header.shard?.total ?? 1) !== (first.shard?.total ?? 1)) throw mismatch(name, shards[0]!.name, 'shard count');
  }
  checkShardIndexes(shards);
  const reports: AuditReport[] = [];
  const skipped: AuditSkip[] = [];
  const seen = new Map<string, string>();
  for (const { name, lines } of shards) {
    for (const line of lines) {
      if (line.kind !== 'report' && line.kind !== 'skipped') continue;
      const id = line.kind === 'report' ? `${line.target.input} ${line.target.integrity ?? ''}` : `skipped ${line.input}`;
      const other = seen.get(id);
      if (other !== undefined)
        throw new LeakproofError('usage', `${name} and ${other} both list ${id.split(' ')[0]}: they are not shards of one audit`);
      seen.set(id, name);
      if (line.kind === 'report') {
        const { kind: _kind, cached: _cached, ...report } = line;
        reports.push(report);
      } else {
        const { kind: _kind, ...skip } = line;
        skipped.push(skip);
      }
    }
  }
  const { sha256: _sha, ...lockfile } = first.lockfile;
  return buildAuditSet(reports, skipped, { lockfile, shard: null, failOn: first.failOn });
}

interface ReadShard {
  name: string;
  header: JsonlHeader;
  lines: JsonlLine[];
}

function readShard({ name, text }: ShardOutput): ReadShard {
  const lines: JsonlLine[] = [];
  for (const [index, row] of text.split('\n').entries()) {
    if (row.trim() === '') continue;
    try {
      lines.push(JSON.parse(row) as JsonlLine);
    } catch {
      throw new LeakproofError('usage', `${name}:${index + 1} is not JSON; give the output of \`leakproof audit --format jsonl\``);
    }
  }
  const header = lines[0];
  if (header?.kind !== 'audit')
    throw new LeakproofError('usage', `${name} does not start with an audit line; give the output of \`leakproof audit --format jsonl\``);
  const end = lines[lines.length - 1];
  const counted = {
    packages: lines.filter((line) => line.kind === 'report').length,
    skipped: lines.filter((line) => line.kind === 'skipped').length,
  };
  if (end?.kind !== 'end' || end.packages !== counted.packages || end.skipped !== counted.skipped) {
    throw new LeakproofError('target', `${name} is cut short (no complete end line): its shard did not finish; run it again`);
  }
  if (counted.packages + counted.skipped !== header.packages + header.skipped) {
    throw new LeakproofError(
      'target',
      `${name} lists ${counted.packages + counted.skipped} entries of the ${header.packages + header.skipped} its shard planned; run it again`,
    );
  }
  return { name, header, lines };
}

/** Every shard 1..n exactly once. */
function checkShardIndexes(shards: readonly ReadShard[]): void {
  const total = shards[0]!.header.shard?.total ?? 1;
  const byIndex = new Map<number, string>();
  for (const { name, header } of shards) {
    const index = header.shard?.index ?? 1;
    const other = byIndex.get(index);
    if (other !== undefined)
      throw new LeakproofError('usage', `shard ${index}/${total} is given twice (${other} and ${name}); give each shard's output once`);
    byIndex.set(index, name);
  }
  const missing = Array.from({ length: total }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0) {
    throw new LeakproofError(
      'target',
      `shard${missing.length > 1 ? 's' : ''} ${missing.map((index) => `${index}/${total}`).join(', ')} missing: the merge would leave packages unaudited; add the output of every shard`,
    );
  }
}

function mismatch(name: string, other: string, what: string): LeakproofError {
  return new LeakproofError('usage', `${name} and ${other} differ in ${what}: they are not shards of one audit`);
}
