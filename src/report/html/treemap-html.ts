/**
 * A treemap as HTML: one absolutely positioned element per item, placed in percentages of a
 * box with a fixed aspect ratio, so it scales with the window and prints without a script.
 * Folder frames come first (underneath), items after. Small cells carry no visible label, only
 * a tooltip, which keeps the page small for maps with thousands of sources.
 */

import { formatSize } from '../../format-size.js';
import { attributes, escapeHtml } from './escape.js';
import { buildTree, layoutTree, type Rect } from './treemap-layout.js';

/** The layout space: 1000 x 400 units; CSS gives the box the same 5:2 aspect ratio. */
const WIDTH = 1000;
const HEIGHT = 400;
/** Folder label band and inset, in layout units (about pixels at a 1000 px wide box). */
const NEST = { band: 15, pad: 2 };
/** Below these sizes (layout units) a cell shows no text: it would be clipped to nothing. */
const MIN_LABEL = { w: 34, h: 13 };
const MIN_SIZE_LINE = { w: 50, h: 28 };
const MIN_BADGE = { w: 44, h: 22 };

/** One item of a treemap. */
export interface TreemapCell {
  /** Path that decides the folder grouping. */
  readonly path: string;
  readonly size: number;
  /** Area to give the cell instead of its size (a minimum for small files with findings). */
  readonly weight?: number;
  /** CSS classes (colour and pattern). */
  readonly className: string;
  /** Short visible text, e.g. `✖ cli.js.map`; escaped here. */
  readonly label: string;
  /** Second visible line, e.g. the size; escaped here. */
  readonly detail?: string;
  /** Tooltip and accessible name; escaped here. */
  readonly title: string;
  /** Makes the cell a link (keyboard-focusable); must be a same-page `#id` we generated. */
  readonly href?: string;
  /** A corner mark such as `NEW`, drawn when the cell has room for it; escaped here. */
  readonly badge?: string;
  /** Trusted HTML appended inside the cell (a bar we built); never package text. */
  readonly inner?: string;
}

/** Options of {@link renderTreemap}. */
export interface TreemapOptions {
  /** Accessible name of the whole treemap. */
  readonly label: string;
  /** Name of a `data-*` attribute holding each cell's path (for scripts and tests); none when absent. */
  readonly pathAttribute?: string;
}

/** Render `cells` as a treemap grouped by folder. */
export function renderTreemap(cells: readonly TreemapCell[], options: TreemapOptions): string {
  const tree = buildTree(cells);
  const layout = layoutTree(tree, cells.length, { x: 0, y: 0, w: WIDTH, h: HEIGHT }, NEST);
  const folders = layout.folders.map(({ node, rect, labelled }) => {
    const text = labelled
      ? `<span class="dir-name">${escapeHtml(node.name)} <span class="dir-size">${formatSize(node.size)}</span></span>`
      : '';
    return `<div class="dir" style="${position(rect)}"${attributes({ title: `${node.path}/ (${formatSize(node.size)})` })}>${text}</div>`;
  });
  const items = cells.map((cell, index) => renderCell(cell, layout.leaves[index]!, options.pathAttribute));
  return `<div class="treemap" role="group"${attributes({ 'aria-label': options.label })}>${folders.join('')}${items.join('')}</div>`;
}

function renderCell(cell: TreemapCell, rect: Rect, pathAttribute: string | undefined): string {
  const data = pathAttribute ? { [`data-${pathAttribute}`]: cell.path } : {};
  const showLabel = cell.href !== undefined || (rect.w >= MIN_LABEL.w && rect.h >= MIN_LABEL.h);
  const showDetail = cell.detail !== undefined && rect.w >= MIN_SIZE_LINE.w && rect.h >= MIN_SIZE_LINE.h;
  const text =
    (showLabel ? `<span class="name">${escapeHtml(cell.label)}</span>` : '') +
    (showDetail ? `<span class="detail">${escapeHtml(cell.detail!)}</span>` : '') +
    (showDetail && cell.inner ? cell.inner : '') +
    (cell.badge !== undefined && rect.w >= MIN_BADGE.w && rect.h >= MIN_BADGE.h
      ? `<span class="badge">${escapeHtml(cell.badge)}</span>`
      : '');
  const tag = cell.href === undefined ? 'div' : 'a';
  const attrs = attributes({ class: `cell ${cell.className}`, href: cell.href, title: cell.title, ...data });
  return `<${tag}${attrs} style="${position(rect)}">${text}</${tag}>`;
}

/** CSS position in percent of the box, to 0.01 %: a tenth of a pixel on a 1000 px box. */
function position(rect: Rect): string {
  const pct = (value: number, of: number): string => `${+((value / of) * 100).toFixed(2)}%`;
  return `left:${pct(rect.x, WIDTH)};top:${pct(rect.y, HEIGHT)};width:${pct(rect.w, WIDTH)};height:${pct(rect.h, HEIGHT)}`;
}
