/**
 * A nested squarified treemap, laid out once on the server so the page needs no layout script
 * and prints as it shows. The algorithm is Bruls, Huizing and van Wijk, "Squarified Treemaps"
 * (2000): items in decreasing size are added to a row along the shorter side of the free space
 * while that improves the row's worst aspect ratio, then the row is fixed and the rest laid out
 * in what remains. Folders are nested: each gets a frame with a label band when there is room.
 * Pure and linear after the sort; coordinates are in an abstract `width` x `height` space the
 * renderer turns into percentages.
 */

/** An axis-aligned rectangle. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * Rectangles for `sizes`, in input order, filling `rect` in proportion to each size. Items of
 * size 0 (or less) get an empty rectangle in the corner: they exist but take no area.
 */
export function squarify(sizes: readonly number[], rect: Rect): Rect[] {
  const out: Rect[] = sizes.map(() => ({ x: rect.x, y: rect.y, w: 0, h: 0 }));
  const order = sizes
    .map((size, index) => ({ size, index }))
    .filter((item) => item.size > 0)
    .sort((a, b) => b.size - a.size || a.index - b.index);
  const total = order.reduce((sum, item) => sum + item.size, 0);
  if (total === 0 || rect.w <= 0 || rect.h <= 0) return out;
  const scale = (rect.w * rect.h) / total;
  let free = rect;
  let row: { area: number; index: number }[] = [];
  for (const item of order) {
    const next = { area: item.size * scale, index: item.index };
    const side = Math.min(free.w, free.h);
    if (row.length > 0 && worstRatio([...row, next], side) > worstRatio(row, side)) {
      free = placeRow(row, free, out);
      row = [];
    }
    row.push(next);
  }
  placeRow(row, free, out);
  return out;
}

/** The worst aspect ratio of a row of areas laid along a side of length `side`. */
function worstRatio(row: readonly { area: number }[], side: number): number {
  let sum = 0;
  let max = 0;
  let min = Infinity;
  for (const { area } of row) {
    sum += area;
    max = Math.max(max, area);
    min = Math.min(min, area);
  }
  const side2 = side * side;
  return Math.max((side2 * max) / (sum * sum), (sum * sum) / (side2 * min));
}

/** Fix a row along the shorter side of `free`; returns the space left. */
function placeRow(row: readonly { area: number; index: number }[], free: Rect, out: Rect[]): Rect {
  const sum = row.reduce((total, item) => total + item.area, 0);
  if (free.w >= free.h) {
    // A column on the left, items stacked top to bottom.
    const width = Math.min(free.w, sum / free.h);
    let y = free.y;
    for (const item of row) {
      const h = item.area / width;
      out[item.index] = { x: free.x, y, w: width, h };
      y += h;
    }
    return { x: free.x + width, y: free.y, w: free.w - width, h: free.h };
  }
  const height = Math.min(free.h, sum / free.w);
  let x = free.x;
  for (const item of row) {
    const w = item.area / height;
    out[item.index] = { x, y: free.y, w, h: height };
    x += w;
  }
  return { x: free.x, y: free.y + height, w: free.w, h: free.h - height };
}

/** A folder (with children) or a leaf (with the index of the item it stands for). */
export interface TreeNode {
  /** The node's own name; a chain of single-child folders is merged into `a/b/c`. */
  readonly name: string;
  /** Full path from the root, `/`-separated. */
  readonly path: string;
  readonly size: number;
  /** What the layout divides: `size`, unless items asked for more room (see {@link buildTree}). */
  readonly weight: number;
  readonly children: readonly TreeNode[];
  /** For leaves: the index of the item in the input list. */
  readonly item?: number;
}

/**
 * The folder tree of `paths` (empty segments dropped, so `webpack://x/a.ts` nests under
 * `webpack:` / `x`), with sizes summed upwards and single-child folder chains merged. An item's
 * `weight` (default: its size) is what the layout divides, so a renderer can give a small but
 * important item a minimum area while labels keep the true size.
 */
export function buildTree(items: readonly { path: string; size: number; weight?: number }[]): TreeNode {
  interface Mutable {
    name: string;
    path: string;
    size: number;
    weight: number;
    children: Map<string, Mutable>;
    leaves: TreeNode[];
  }
  const folderAt = (name: string, path: string): Mutable => ({ name, path, size: 0, weight: 0, children: new Map(), leaves: [] });
  const root = folderAt('', '');
  items.forEach((item, index) => {
    const segments = item.path.split('/').filter((segment) => segment !== '');
    const name = segments.pop() ?? item.path;
    const size = Math.max(0, item.size);
    const weight = Math.max(0, item.weight ?? size);
    let folder = root;
    folder.size += size;
    folder.weight += weight;
    for (const segment of segments) {
      let child = folder.children.get(segment);
      if (!child) folder.children.set(segment, (child = folderAt(segment, folder.path ? `${folder.path}/${segment}` : segment)));
      child.size += size;
      child.weight += weight;
      folder = child;
    }
    folder.leaves.push({ name, path: item.path, size, weight, children: [], item: index });
  });
  const freeze = (folder: Mutable): TreeNode => {
    const children = [...[...folder.children.values()].map(freeze), ...folder.leaves];
    const only = children[0];
    if (folder !== root && children.length === 1 && only && only.item === undefined) {
      return { ...only, name: `${folder.name}/${only.name}` };
    }
    return { name: folder.name, path: folder.path, size: folder.size, weight: folder.weight, children };
  };
  // A root holding a single folder (`../` above every source of a map) frames nothing useful.
  let top = freeze(root);
  while (top.children.length === 1 && top.children[0]!.item === undefined) top = { ...top, children: top.children[0]!.children };
  return top;
}

/** Where each leaf and folder of a tree went. */
export interface TreeLayout {
  /** One rectangle per input item, in input order. */
  readonly leaves: Rect[];
  /** Folders below the root, outermost first, with whether their label band was drawn. */
  readonly folders: { node: TreeNode; rect: Rect; labelled: boolean }[];
}

/** Spacing of the nested layout, in layout units. */
export interface NestOptions {
  /** Height of a folder's label band. */
  readonly band: number;
  /** Inset of a folder's children from its frame. */
  readonly pad: number;
}

/**
 * Lay out a tree: the root fills `rect`; every folder below it is a frame with a label band when
 * it is large enough to show one (else its children fill it unframed).
 */
export function layoutTree(root: TreeNode, itemCount: number, rect: Rect, options: NestOptions): TreeLayout {
  const leaves: Rect[] = Array.from({ length: itemCount }, () => ({ x: rect.x, y: rect.y, w: 0, h: 0 }));
  const folders: TreeLayout['folders'] = [];
  const place = (node: TreeNode, area: Rect): void => {
    if (node.item !== undefined) {
      leaves[node.item] = area;
      return;
    }
    let inner = area;
    if (node !== root) {
      const labelled = area.w > options.band * 4 && area.h > options.band * 2.5;
      folders.push({ node, rect: area, labelled });
      if (labelled)
        inner = { x: area.x + options.pad, y: area.y + options.band, w: area.w - 2 * options.pad, h: area.h - options.band - options.pad };
    }
    const rects = squarify(
      node.children.map((child) => child.weight),
      inner,
    );
    for (const [index, child] of node.children.entries()) place(child, rects[index]!);
  };
  place(root, rect);
  return { leaves, folders };
}
