import { formatSize, plural } from '../format-size.js';
import type { BaselineComparison, TargetInfo } from '../types.js';
import { printable } from './printable.js';
import { targetName } from './target-name.js';

/** The comparison for people: added, removed, grown and shrunk files with sizes, new maps, totals. */
export function renderDiff(comparison: BaselineComparison, after: TargetInfo): string {
  const before = comparison.target;
  const lines = [`${label(before)} -> ${label(after)}`, ''];
  const grown = comparison.changed.filter((file) => file.after > file.before).sort((a, b) => b.after - b.before - (a.after - a.before));
  const shrunk = comparison.changed.filter((file) => file.after < file.before).sort((a, b) => a.after - a.before - (b.after - b.before));
  section(
    lines,
    'Added',
    comparison.added.map((file) => `  + ${printable(file.path)}  ${formatSize(file.size)}`),
  );
  section(
    lines,
    'Removed',
    comparison.removed.map((file) => `  - ${printable(file.path)}  ${formatSize(file.size)}`),
  );
  section(
    lines,
    'Grown',
    grown.map(
      (file) => `  ↑ ${printable(file.path)}  ${formatSize(file.before)} -> ${formatSize(file.after)} (${change(file.before, file.after)})`,
    ),
  );
  section(
    lines,
    'Shrunk',
    shrunk.map(
      (file) => `  ↓ ${printable(file.path)}  ${formatSize(file.before)} -> ${formatSize(file.after)} (${change(file.before, file.after)})`,
    ),
  );
  section(
    lines,
    'New source maps',
    comparison.newSourceMaps.map((path) => `  ! ${printable(path)}`),
  );
  const { before: b, after: a } = comparison.totals;
  lines.push(
    `Total: ${plural(b.files, 'file')}, ${formatSize(b.unpackedSize)} -> ${plural(a.files, 'file')}, ${formatSize(a.unpackedSize)} (${change(b.unpackedSize, a.unpackedSize)})`,
  );
  if (comparison.added.length + comparison.removed.length + comparison.changed.length === 0) lines.push('No file changed.');
  return `${lines.join('\n')}\n`;
}

function label(info: TargetInfo | null): string {
  if (!info) return '(nothing published)';
  return printable(targetName(info, '?'));
}

function section(lines: string[], title: string, rows: string[]): void {
  if (rows.length === 0) return;
  lines.push(`${title} (${rows.length})`, ...rows, '');
}

function change(before: number, after: number): string {
  if (before === 0) return after === 0 ? '±0%' : 'new';
  const percent = ((after - before) / before) * 100;
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(Math.abs(percent) < 10 ? 1 : 0)}%`;
}
