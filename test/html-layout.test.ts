import { describe, expect, it } from 'vitest';
import { buildTree, layoutTree, type Rect, squarify } from '../src/report/html/treemap-layout.js';

const BOX: Rect = { x: 0, y: 0, w: 1000, h: 400 };
const area = (rect: Rect): number => rect.w * rect.h;
const inside = (rect: Rect, box: Rect): boolean =>
  rect.x >= box.x - 1e-6 && rect.y >= box.y - 1e-6 && rect.x + rect.w <= box.x + box.w + 1e-6 && rect.y + rect.h <= box.y + box.h + 1e-6;
const overlap = (a: Rect, b: Rect): number =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

describe('squarify', () => {
  it('fills the box in proportion to the sizes, in input order, without overlaps', () => {
    const sizes = [6, 6, 4, 3, 2, 2, 1];
    const rects = squarify(sizes, BOX);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    rects.forEach((rect, i) => {
      expect(inside(rect, BOX)).toBe(true);
      expect(area(rect)).toBeCloseTo((sizes[i]! / total) * area(BOX), 6);
      for (const other of rects.slice(i + 1)) expect(overlap(rect, other)).toBeLessThan(1e-6);
    });
  });

  it('keeps cells close to square (the point of the algorithm)', () => {
    const rects = squarify(
      Array.from({ length: 40 }, (_, i) => 100 + ((i * 37) % 90)),
      BOX,
    );
    const ratios = rects.map((rect) => Math.max(rect.w / rect.h, rect.h / rect.w));
    expect(Math.max(...ratios)).toBeLessThan(4);
  });

  it('gives empty items an empty rectangle and survives all-zero input', () => {
    const rects = squarify([5, 0, 5], BOX);
    expect(area(rects[1]!)).toBe(0);
    expect(area(rects[0]!) + area(rects[2]!)).toBeCloseTo(area(BOX), 6);
    expect(squarify([0, 0], BOX).map(area)).toEqual([0, 0]);
  });
});

describe('buildTree and layoutTree', () => {
  const items = [
    { path: 'dist/cli.js', size: 600 },
    { path: 'dist/cli.js.map', size: 3000 },
    { path: 'dist/deep/only/child.js', size: 100 },
    { path: 'README.md', size: 300 },
  ];

  it('groups by folder, sums sizes and merges single-child folder chains', () => {
    const root = buildTree(items);
    expect(root.size).toBe(4000);
    const dist = root.children.find((child) => child.name === 'dist')!;
    expect(dist.size).toBe(3700);
    expect(dist.children.map((child) => child.name).sort()).toEqual(['cli.js', 'cli.js.map', 'deep/only']);
  });

  it('drops a single folder above everything (the `..` of every map source)', () => {
    const root = buildTree([
      { path: '../src/a.ts', size: 1 },
      { path: '../lib/b.ts', size: 1 },
    ]);
    expect(root.children.map((child) => child.name).sort()).toEqual(['lib', 'src']);
  });

  it('places every item inside its folder frame, below the label band', () => {
    const layout = layoutTree(buildTree(items), items.length, BOX, { band: 15, pad: 2 });
    expect(layout.leaves).toHaveLength(items.length);
    const dist = layout.folders.find(({ node }) => node.name === 'dist')!;
    expect(dist.labelled).toBe(true);
    for (const index of [0, 1, 2]) {
      const leaf = layout.leaves[index]!;
      expect(inside(leaf, dist.rect)).toBe(true);
      expect(leaf.y).toBeGreaterThanOrEqual(dist.rect.y + 15 - 1e-6);
    }
    expect(overlap(layout.leaves[3]!, dist.rect)).toBeLessThan(1e-6);
  });

  it('lays out by weight when an item asks for more room than its size', () => {
    const weighted = [
      { path: 'big.map', size: 1_000_000 },
      { path: '.env', size: 100, weight: 50_000 },
    ];
    const root = buildTree(weighted);
    expect(root.size).toBe(1_000_100);
    const layout = layoutTree(root, 2, BOX, { band: 15, pad: 2 });
    expect(area(layout.leaves[1]!) / area(BOX)).toBeCloseTo(50_000 / 1_050_000, 6);
  });
});
