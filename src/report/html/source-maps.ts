/**
 * The drill-down: for every source map, what it embeds, by class, as a treemap of its recovered
 * sources (first-party exposed, first-party readable elsewhere, third-party, already shipped).
 * Maps that expose first-party code are open; the rest are one line each until opened.
 */

import { formatSize } from '../../format-size.js';
import type { RecoveredSourceSummary, SourceClass, SourceMapSummary } from '../../types.js';
import { attributes, escapeHtml } from './escape.js';
import { isEmbedded, renderSourceText, type SourceTextLookup, sourceTextId } from './source-text.js';
import { renderTreemap, type TreemapCell } from './treemap-html.js';
import { count, SOURCE_CLASSES } from './words.js';

/** The id of a map's section. */
export function mapSectionId(prefix: string, index: number): string {
  return `${prefix}-map-${index}`;
}

/** Embedded sources and bytes of a map per class, in legend order. */
export function classTotals(map: SourceMapSummary): { class: SourceClass; sources: number; bytes: number }[] {
  const totals = SOURCE_CLASSES.map((entry) => ({ class: entry.class, sources: 0, bytes: 0 }));
  if (map.recovered) {
    for (const source of map.recovered) {
      const total = totals.find((entry) => entry.class === source.class)!;
      total.sources++;
      total.bytes += source.size;
    }
    return totals;
  }
  // A report without the per-source list (an older JSON report): the first-party counts only.
  totals[0]!.sources = map.recoverable;
  totals[0]!.bytes = map.recoverableBytes;
  return totals;
}

/** The source-map section of one report. */
export function renderSourceMaps(maps: readonly SourceMapSummary[], prefix: string, sourceText?: SourceTextLookup): string {
  if (maps.length === 0) return '';
  const exposing = maps.filter((map) => map.recoverable > 0).length;
  const intro = `${count(maps.length, 'source map')}${exposing > 0 ? `, ${exposing.toLocaleString('en-US')} exposing first-party sources` : ''}. Open a map to see every source it embeds.`;
  const sections = maps.map((map, index) => renderMap(map, mapSectionId(prefix, index), sourceText));
  return `<section class="maps"${attributes({ 'aria-labelledby': `${prefix}-maps-h` })}><h2 id="${prefix}-maps-h">What the source maps expose</h2><p>${intro}</p>${classLegend()}${sections.join('')}</section>`;
}

function renderMap(map: SourceMapSummary, id: string, sourceText: SourceTextLookup | undefined): string {
  const totals = classTotals(map);
  const open = map.recoverable > 0;
  const mark =
    map.recoverable > 0
      ? '<span class="flag sev-error">✖ exposes first-party code</span>'
      : (map.readable ?? 0) > 0
        ? '<span class="flag src-readable">readable code embedded</span>'
        : '';
  const summary = `<summary><code>${escapeHtml(map.path)}</code> ${mark}<span class="map-totals">${totalsText(map, totals)}</span></summary>`;
  const body = [`<p class="map-facts">${mapFacts(map)}</p>`, stackedBar(totals)];
  if (map.recovered && map.recovered.length > 0) {
    body.push(renderSourcesTreemap(map, map.recovered, id, sourceText));
    if (sourceText) body.push(renderSourceText(map, map.recovered, id, sourceText));
  }
  return `<details class="map"${attributes({ id, open })}>${summary}${body.join('')}</details>`;
}

function totalsText(map: SourceMapSummary, totals: ReturnType<typeof classTotals>): string {
  if (map.origin === 'remote') return 'remote map, not fetched';
  if (map.withContent === 0) return `${count(map.sources, 'source')} listed, no source text embedded`;
  const parts = totals
    .filter((entry) => entry.sources > 0)
    .map((entry) => `${className(entry.class)} ${entry.sources.toLocaleString('en-US')} (${formatSize(entry.bytes)})`);
  return parts.join(' · ');
}

function mapFacts(map: SourceMapSummary): string {
  const facts: string[] = [];
  facts.push(
    map.origin === 'inline'
      ? 'inline map (a data: URL inside the file)'
      : map.origin === 'remote'
        ? `remote map at <code>${escapeHtml(map.url ?? '')}</code>`
        : 'map file',
  );
  facts.push(
    map.generated.length > 0
      ? `referenced by ${map.generated.map((path) => `<code>${escapeHtml(path)}</code>`).join(', ')}`
      : 'no file references it',
  );
  facts.push(map.valid ? 'valid ECMA-426' : `invalid: ${escapeHtml(map.invalidReason ?? 'breaks ECMA-426')}`);
  facts.push(`${count(map.sources, 'source')}, ${map.withContent.toLocaleString('en-US')} with embedded text`);
  return facts.join(' · ');
}

function className(sourceClass: SourceClass): string {
  return SOURCE_CLASSES.find((entry) => entry.class === sourceClass)!.name.toLowerCase();
}

/** The map's embedded bytes by class, as one bar with a text label per segment. */
function stackedBar(totals: ReturnType<typeof classTotals>): string {
  const sum = totals.reduce((total, entry) => total + entry.bytes, 0);
  if (sum === 0) return '';
  const segments = totals
    .filter((entry) => entry.bytes > 0)
    .map((entry) => {
      const share = (entry.bytes / sum) * 100;
      const label = `${className(entry.class)}: ${Math.round(share)}%`;
      return `<span class="src-${entry.class}" style="width:${+share.toFixed(2)}%"${attributes({ title: label })}>${share >= 12 ? escapeHtml(label) : ''}</span>`;
    });
  return `<div class="stack" role="img"${attributes({
    'aria-label': `Embedded bytes by class: ${totals
      .filter((entry) => entry.bytes > 0)
      .map((entry) => `${className(entry.class)} ${Math.round((entry.bytes / sum) * 100)}%`)
      .join(', ')}`,
  })}>${segments.join('')}</div>`;
}

function renderSourcesTreemap(
  map: SourceMapSummary,
  recovered: readonly RecoveredSourceSummary[],
  id: string,
  sourceText: SourceTextLookup | undefined,
): string {
  const cells = recovered.map((source, index): TreemapCell => {
    const path = source.resolved || source.source;
    const name = path.slice(path.lastIndexOf('/') + 1) || path;
    const where = source.resolved && source.resolved !== source.source ? `${source.source} → ${source.resolved}` : source.source;
    const notes = [where, formatSize(source.size), className(source.class), ...(source.ignored ? ['in ignoreList'] : [])];
    const cell: TreemapCell = {
      path,
      size: source.size,
      className: `src-${source.class}`,
      label: name,
      detail: formatSize(source.size),
      title: notes.join(' · '),
    };
    return sourceText && isEmbedded(source) ? { ...cell, href: `#${sourceTextId(id, index)}` } : cell;
  });
  return renderTreemap(cells, { label: `Sources embedded in ${map.path} by size and class` });
}

/** The colour key of the source classes, patterns included. */
export function classLegend(): string {
  const items = SOURCE_CLASSES.map(
    (entry) =>
      `<li><span class="swatch src-${entry.class}"></span><span><b>${escapeHtml(entry.name)}</b>: ${escapeHtml(entry.meaning)}</span></li>`,
  );
  return `<ul class="legend">${items.join('')}</ul>`;
}
