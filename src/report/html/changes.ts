/**
 * With `--baseline`: what changed since the baseline release. New maps first (the shape of the
 * 2026 incident), then added, grown, removed and shrunk files; the treemap outlines the new and
 * grown ones.
 */

import { formatSize } from '../../format-size.js';
import type { BaselineComparison } from '../../types.js';
import { targetName } from '../target-name.js';
import { escapeHtml } from './escape.js';
import { count } from './words.js';

/** Rows shown at most; the JSON report lists every change. */
const MAX_ROWS = 200;

/** The changes section, or nothing without a baseline. */
export function renderChanges(baseline: BaselineComparison | undefined, prefix: string): string {
  if (!baseline) return '';
  const since = baseline.target ? `<code>${escapeHtml(targetName(baseline.target))}</code>` : 'the previous release';
  const { before, after } = baseline.totals;
  const parts = [`<h2 id="${prefix}-changes-h">Changes since ${since}</h2>`];
  if (baseline.firstRelease) parts.push('<p>First release: nothing was published before, so there is nothing to compare with.</p>');
  parts.push(
    `<p>${count(before.files, 'file')}, ${formatSize(before.unpackedSize)} → ${count(after.files, 'file')}, ${formatSize(after.unpackedSize)} (${signed(after.unpackedSize - before.unpackedSize)}). New and grown files are outlined in the treemap.</p>`,
  );
  if (baseline.newSourceMaps.length > 0) {
    parts.push(
      `<p class="new-maps"><b>✖ New source maps:</b> ${baseline.newSourceMaps.map((path) => `<code>${escapeHtml(path)}</code>`).join(', ')}</p>`,
    );
  }
  const rows = changeRows(baseline);
  if (rows.length > 0) {
    const more =
      rows.length > MAX_ROWS ? `<p>… and ${count(rows.length - MAX_ROWS, 'more change')} (the JSON report lists every one).</p>` : '';
    parts.push(
      `<table><thead><tr><th scope="col">Change</th><th scope="col">Path</th><th scope="col">Before</th><th scope="col">After</th></tr></thead><tbody>${rows.slice(0, MAX_ROWS).join('')}</tbody></table>${more}`,
    );
  }
  return `<section class="changes" aria-labelledby="${prefix}-changes-h">${parts.join('')}</section>`;
}

/** Added first (what may leak), then grown, removed and shrunk. */
function changeRows(baseline: BaselineComparison): string[] {
  const row = (kind: string, path: string, before: string, after: string): string =>
    `<tr class="change-${kind}"><td>${kind}</td><td><code>${escapeHtml(path)}</code></td><td>${before}</td><td>${after}</td></tr>`;
  const grown = baseline.changed.filter((change) => change.after > change.before);
  const shrunk = baseline.changed.filter((change) => change.after < change.before);
  const delta = (from: number, to: number): string => `${formatSize(to)} (${signed(to - from)})`;
  return [
    ...baseline.added.map((file) => row('added', file.path, '', formatSize(file.size))),
    ...grown.map((change) => row('grown', change.path, formatSize(change.before), delta(change.before, change.after))),
    ...baseline.removed.map((file) => row('removed', file.path, formatSize(file.size), '')),
    ...shrunk.map((change) => row('shrunk', change.path, formatSize(change.before), delta(change.before, change.after))),
  ];
}

function signed(bytes: number): string {
  return bytes < 0 ? `−${formatSize(-bytes)}` : `+${formatSize(bytes)}`;
}
