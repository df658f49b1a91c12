/**
 * The picture of a package: every shipped file by size, grouped by folder, coloured and
 * patterned by its worst finding, with source maps linking to what they expose and, with a
 * baseline, new and grown files outlined.
 */

import { formatSize } from '../../format-size.js';
import type { Finding, Report, Severity, SourceMapSummary } from '../../types.js';
import { SEVERITIES } from '../../types.js';
import { classTotals, mapSectionId } from './source-maps.js';
import { renderTreemap, type TreemapCell } from './treemap-html.js';
import { count, SEVERITY_MARK } from './words.js';

/** What the findings say about one shipped file. */
interface FileFacts {
  worst?: Severity;
  rules: Set<string>;
  suppressed: number;
}

/** Unsuppressed findings per path: the worst severity and the rules. */
export function factsByPath(findings: readonly Finding[]): Map<string, FileFacts> {
  const facts = new Map<string, FileFacts>();
  for (const finding of findings) {
    let entry = facts.get(finding.path);
    if (!entry) facts.set(finding.path, (entry = { rules: new Set(), suppressed: 0 }));
    if (finding.suppressed) {
      entry.suppressed++;
      continue;
    }
    entry.rules.add(finding.rule);
    if (entry.worst === undefined || SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(entry.worst)) entry.worst = finding.severity;
  }
  return facts;
}

/** The package treemap of a report; `prefix` keeps ids unique when a page holds several. */
export function renderPackageTreemap(report: Report, prefix: string): string {
  const facts = factsByPath(report.findings);
  const mapIndex = new Map<string, number>();
  report.sourceMaps.forEach((map, index) => {
    if (map.origin !== 'remote' && !mapIndex.has(map.path)) mapIndex.set(map.path, index);
  });
  const added = new Set(report.baseline?.added.map((file) => file.path));
  const grown = new Map(report.baseline?.changed.filter((change) => change.after > change.before).map((change) => [change.path, change]));
  const since = report.baseline?.target?.version ? ` since ${report.baseline.target.version}` : ' since the baseline';
  const floor = minimumWeight(report, facts);
  const cells = report.files.map((file): TreemapCell => {
    const fact = facts.get(file.path);
    const index = mapIndex.get(file.path);
    const map = index === undefined ? undefined : report.sourceMaps[index];
    const classes = [fact?.worst ? `sev-${fact.worst}` : fact?.suppressed ? 'accepted' : 'clean'];
    const notes = [formatSize(file.size)];
    if (fact?.worst) notes.push(`${fact.worst}: ${[...fact.rules].join(', ')}`);
    else if (fact?.suppressed) notes.push(`${count(fact.suppressed, 'finding')} accepted in leakproof.json`);
    if (map) {
      classes.push('map');
      notes.push(mapNote(map));
    }
    if (report.baseline && !report.baseline.firstRelease && added.has(file.path)) {
      classes.push('new');
      notes.push(`new${since}`);
    }
    const growth = grown.get(file.path);
    if (growth) {
      classes.push('grown');
      notes.push(`grew${since} from ${formatSize(growth.before)}`);
    }
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const cell: TreemapCell = {
      path: file.path,
      size: file.size,
      ...(fact?.worst === 'error' || fact?.worst === 'warning' ? { weight: Math.max(file.size, floor) } : {}),
      className: classes.join(' '),
      label: `${fact?.worst ? `${SEVERITY_MARK[fact.worst]} ` : ''}${name}`,
      detail: map ? `${formatSize(file.size)} · ${mapNote(map)}` : formatSize(file.size),
      title: `${file.path} · ${notes.join(' · ')}`,
      ...(map ? { inner: classBar(map) } : {}),
      ...(classes.includes('new') ? { badge: 'NEW' } : classes.includes('grown') ? { badge: 'GREW' } : {}),
    };
    if (index !== undefined) return { ...cell, href: `#${mapSectionId(prefix, index)}` };
    if (fact) return { ...cell, href: `#${prefix}-findings` };
    return cell;
  });
  return renderTreemap(cells, { label: `Files of the package by size (${count(report.files.length, 'file')})`, pathAttribute: 'file' });
}

/**
 * A treemap by size hides a 100-byte `.env` beside a 60 MB map, yet the `.env` may be the worst
 * leak. Files with an error or a warning get at least 1 % of the area (less when many files have
 * findings: a third of the area at most in all); labels and tooltips keep their true size.
 */
function minimumWeight(report: Report, facts: ReadonlyMap<string, FileFacts>): number {
  const flagged = report.files.filter((file) => {
    const worst = facts.get(file.path)?.worst;
    return worst === 'error' || worst === 'warning';
  }).length;
  const total = report.files.reduce((sum, file) => sum + file.size, 0);
  return flagged === 0 ? 0 : total * Math.min(0.01, 1 / 3 / flagged);
}

/** One phrase for what a map exposes. */
function mapNote(map: SourceMapSummary): string {
  if (map.recoverable > 0) return `source map exposing ${count(map.recoverable, 'first-party source')}`;
  const readable = map.readable ?? 0;
  if (readable > 0) return `source map with ${count(readable, 'first-party source')} also shipped readable`;
  return map.withContent > 0
    ? `source map embedding ${count(map.withContent, 'third-party or shipped source')}`
    : 'source map without embedded sources';
}

/** A thin stacked bar of the map's embedded bytes by class, for the map's cell. */
function classBar(map: SourceMapSummary): string {
  const totals = classTotals(map);
  const sum = totals.reduce((total, entry) => total + entry.bytes, 0);
  if (sum === 0) return '';
  const segments = totals
    .filter((entry) => entry.bytes > 0)
    .map((entry) => `<span class="src-${entry.class}" style="width:${+((entry.bytes / sum) * 100).toFixed(2)}%"></span>`);
  return `<span class="bar" aria-hidden="true">${segments.join('')}</span>`;
}
