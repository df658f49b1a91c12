import { formatSize } from '../format-size.js';
import type { BaselineComparison, Finding, PackageContents, SourceMapSummary } from '../types.js';
import { finding } from './finding.js';
import type { BaselineSnapshot, RuleContext, RuleFamily } from './rule.js';

/** What changed between a previous release and the current contents: pure, no I/O. */
export function compareWithBaseline(
  baseline: BaselineSnapshot,
  contents: PackageContents,
  maps: readonly SourceMapSummary[],
): BaselineComparison {
  const before = new Map(baseline.files.map((file) => [file.path, file.size]));
  const after = new Map(contents.files.map((file) => [file.path, file.size]));
  const added = contents.files.filter((file) => !before.has(file.path)).map(({ path, size }) => ({ path, size }));
  const removed = baseline.files.filter((file) => !after.has(file.path)).map(({ path, size }) => ({ path, size }));
  const changed = contents.files
    .filter((file) => before.has(file.path) && before.get(file.path) !== file.size)
    .map((file) => ({ path: file.path, before: before.get(file.path)!, after: file.size }));
  const oldMaps = new Set(baseline.maps.map((map) => mapKey(map)));
  return {
    target: baseline.info,
    firstRelease: baseline.info === null,
    added,
    removed,
    changed,
    totals: { before: totals(baseline.files), after: totals(contents.files) },
    newSourceMaps: baseline.info === null ? [] : maps.filter((map) => !oldMaps.has(mapKey(map))).map((map) => map.path),
  };
}

function mapKey(map: SourceMapSummary): string {
  return `${map.origin}:${map.path}`;
}

function totals(files: readonly { size: number }[]): { files: number; unpackedSize: number } {
  return { files: files.length, unpackedSize: files.reduce((sum, file) => sum + file.size, 0) };
}

function percent(before: number, after: number): number {
  return before === 0 ? Number.POSITIVE_INFINITY : ((after - before) / before) * 100;
}

/**
 * `baseline/`: new and removed files, growth past the manifest's thresholds, and, failing by
 * default, new source maps and newly embedded first-party sources. A first release has nothing
 * to compare with and yields no findings.
 */
export const baselineRules: RuleFamily = {
  family: 'baseline',
  check({ baseline: given, sourceMaps, policy }: RuleContext): Finding[] {
    const info = given?.snapshot.info;
    if (!given || !info) return [];
    const { snapshot: baseline, comparison } = given;
    const { fileGrowthPercent, packageGrowthPercent, minGrowthBytes } = policy.baseline;
    const since = `since ${info.name ?? 'the baseline'}@${info.version ?? '?'}`;
    const findings: Finding[] = [
      ...comparison.added.map((file) =>
        finding('baseline/new-file', file.path, `${file.path} (${formatSize(file.size)}) is new ${since}.`, { size: file.size }),
      ),
      ...comparison.removed.map((file) =>
        finding('baseline/removed-file', file.path, `${file.path} (${formatSize(file.size)}) was removed ${since}.`, { size: file.size }),
      ),
      ...comparison.changed
        .filter((file) => file.after - file.before >= minGrowthBytes && percent(file.before, file.after) > fileGrowthPercent)
        .map((file) =>
          finding(
            'baseline/file-growth',
            file.path,
            `${file.path} grew from ${formatSize(file.before)} to ${formatSize(file.after)} ${since}.`,
            { size: file.after, before: file.before },
          ),
        ),
    ];
    const { before, after } = comparison.totals;
    if (
      after.unpackedSize - before.unpackedSize >= minGrowthBytes &&
      percent(before.unpackedSize, after.unpackedSize) > packageGrowthPercent
    ) {
      findings.push(
        finding(
          'baseline/package-growth',
          '',
          `The package grew from ${formatSize(before.unpackedSize)} to ${formatSize(after.unpackedSize)} (${Math.round(percent(before.unpackedSize, after.unpackedSize))}%) ${since}.`,
          { size: after.unpackedSize, before: before.unpackedSize },
        ),
      );
    }
    return [...findings, ...mapFindings(comparison, baseline, sourceMaps.maps, since)];
  },
};

function mapFindings(
  comparison: BaselineComparison,
  baseline: BaselineSnapshot,
  maps: readonly SourceMapSummary[],
  since: string,
): Finding[] {
  const fresh = new Set(comparison.newSourceMaps);
  const previous = new Map(baseline.maps.map((map) => [mapKey(map), map]));
  const findings: Finding[] = [];
  for (const map of maps) {
    if (fresh.has(map.path)) {
      const what = map.recoverable > 0 ? `; it embeds ${map.recoverable} first-party sources (${formatSize(map.recoverableBytes)})` : '';
      findings.push(
        finding('baseline/new-source-map', map.path, `${map.path} is a new source map ${since}${what}.`, {
          count: map.recoverable,
          size: map.recoverableBytes,
        }),
      );
      continue;
    }
    const old = previous.get(mapKey(map));
    if (old && map.recoverable > old.recoverable) {
      findings.push(
        finding(
          'baseline/new-embedded-sources',
          map.path,
          `${map.path} now embeds ${map.recoverable} recoverable first-party sources, up from ${old.recoverable} ${since}.`,
          { count: map.recoverable - old.recoverable },
        ),
      );
    }
  }
  return findings;
}
