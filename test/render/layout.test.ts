import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/render/layout/paginate.js';
import { routeEdges, type RouteEdge, type RouteGrid, type RoutedPath } from '../../src/render/layout/route.js';
import { connectorLetter, planPages } from '../../src/render/layout/pages.js';

describe('paginate', () => {
  it('fills each page with whole rows as far as the capacity allows', () => {
    const pages = paginate([100, 100, 100, 100, 100], 250, { firstPageCapacity: 320 });
    expect(pages.map((p) => p.rows)).toEqual([[0, 1, 2], [3, 4]]);
    expect(pages.map((p) => p.used)).toEqual([300, 200]);
    expect(pages.map((p) => p.trailing)).toEqual([false, true]);
  });
  it('never splits a row; a row taller than a page gets a page of its own, flagged', () => {
    const pages = paginate([50, 400, 50], 200);
    expect(pages.map((p) => p.rows)).toEqual([[0], [1], [2]]);
    expect(pages.map((p) => p.overflow)).toEqual([false, true, false]);
  });
  it('keeps the trailing block with the last row, moving that row when needed', () => {
    expect(paginate([90, 90], 200, { trailingHeight: 20 }).map((p) => p.rows)).toEqual([[0, 1]]);
    const moved = paginate([90, 90], 200, { trailingHeight: 30 });
    expect(moved.map((p) => p.rows)).toEqual([[0], [1]]);
    expect(moved[1]!.trailing).toBe(true);
    const alone = paginate([190], 200, { trailingHeight: 30 });
    expect(alone.map((p) => [p.rows, p.trailing])).toEqual([[[0], false], [[], true]]);
  });
});

describe('planPages', () => {
  const steps = [1, 2, 3, 4, 5].map((n) => ({ number: n, column: n % 2, symbol: 'proses' as const }));
  it('keeps same-page edges and turns cut edges into lettered pairs, downward and upward', () => {
    const plans = planPages([[1, 2, 3], [4, 5]], steps, [
      { from: 1, to: 2, label: null },
      { from: 3, to: 4, label: null },
      { from: 5, to: 2, label: 'Tidak' },
    ]);
    expect(plans[0]!.edges).toEqual([
      { from: 1, to: 2, source: { kind: 'step', row: 0 }, target: { kind: 'step', row: 1 }, label: null, opc: null },
      { from: 3, to: 4, source: { kind: 'step', row: 2 }, target: { kind: 'connector', column: 1, band: 'bottom', letter: 'A' }, label: null, opc: 'A' },
      { from: 5, to: 2, source: { kind: 'connector', column: 0, band: 'bottom', letter: 'B' }, target: { kind: 'step', row: 1 }, label: null, opc: 'B' },
    ]);
    expect(plans[1]!.edges).toEqual([
      { from: 3, to: 4, source: { kind: 'connector', column: 0, band: 'top', letter: 'A' }, target: { kind: 'step', row: 0 }, label: null, opc: 'A' },
      { from: 5, to: 2, source: { kind: 'step', row: 1 }, target: { kind: 'connector', column: 1, band: 'top', letter: 'B' }, label: 'Tidak', opc: 'B' },
    ]);
    expect(plans.map((p) => [p.needsTopBand, p.needsBottomBand])).toEqual([[false, true], [true, false]]);
  });
  it('keeps a branch to the end on its source page, as an edge to an end beside it', () => {
    const plans = planPages([[1, 2], [3]], steps, [{ from: 1, to: 2, label: null }], [{ from: 2, label: 'Tidak' }]);
    expect(plans[0]!.edges).toEqual([
      { from: 1, to: 2, source: { kind: 'step', row: 0 }, target: { kind: 'step', row: 1 }, label: null, opc: null },
      { from: 2, to: 0, source: { kind: 'step', row: 1 }, target: { kind: 'end', row: 1 }, label: 'Tidak', opc: null },
    ]);
    expect(plans[1]!.edges).toEqual([]);
  });
  it('gives arrows cut on their way to one step one letter: an out-connector per source page, one in-connector', () => {
    // Steps 1 and 3 (page 1) and 4 (page 2) all go on to step 5 (page 3).
    const plans = planPages([[1, 2, 3], [4], [5]], steps, [
      { from: 1, to: 5, label: null },
      { from: 3, to: 5, label: null },
      { from: 4, to: 5, label: null },
    ]);
    const letters = plans.flatMap((p) => p.edges.map((e) => e.opc));
    expect(new Set(letters)).toEqual(new Set(['A']));
    // Page 1: both arrows into one out-connector, in the column of the first of them (step 1: column 1).
    expect(plans[0]!.edges.map((e) => [e.from, e.target])).toEqual([
      [1, { kind: 'connector', column: 1, band: 'bottom', letter: 'A' }],
      [3, { kind: 'connector', column: 1, band: 'bottom', letter: 'A' }],
    ]);
    expect(plans[1]!.edges.map((e) => [e.from, e.target])).toEqual([[4, { kind: 'connector', column: 0, band: 'bottom', letter: 'A' }]]);
    // Page 3: one arrow in, from one in-connector above step 5 (column 1).
    expect(plans[2]!.edges).toEqual([
      { from: 1, to: 5, source: { kind: 'connector', column: 1, band: 'top', letter: 'A' }, target: { kind: 'step', row: 0 }, label: null, opc: 'A' },
    ]);
  });
  it('letters A…Z then AA', () => {
    expect([0, 1, 25, 26, 27].map(connectorLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB']);
  });
});

// A grid of 3 actor columns (100px each, from x=100) and rows of 60px from y=0.
function grid(columnsOfRows: number[], symbols?: Array<'mulai' | 'proses' | 'keputusan' | 'selesai'>, bands = false): RouteGrid {
  return {
    columns: [0, 1, 2].map((i) => ({ left: 100 + i * 100, right: 200 + i * 100 })),
    rows: columnsOfRows.map((column, i) => ({ top: 30 + i * 60, bottom: 90 + i * 60, column, step: i + 1, symbol: symbols?.[i] ?? 'proses' })),
    topBand: bands ? { top: 0, bottom: 30 } : null,
    bottomBand: bands ? { top: 30 + columnsOfRows.length * 60, bottom: 64 + columnsOfRows.length * 60 } : null,
    symbol: { width: 50, height: 22, diamondHeight: 32 },
    connector: { width: 18, height: 20 },
  };
}
const edge = (from: number, to: number, label: string | null = null): RouteEdge => ({
  from, to, source: { kind: 'step', row: from - 1 }, target: { kind: 'step', row: to - 1 }, label, opc: null,
});

type Box = { x: number; y: number; width: number; height: number };
function crossesBox(path: RoutedPath, box: Box): boolean {
  for (let i = 1; i < path.points.length; i++) {
    const [ax, ay] = path.points[i - 1]!;
    const [bx, by] = path.points[i]!;
    const l = box.x + 0.5, r = box.x + box.width - 0.5, t = box.y + 0.5, b = box.y + box.height - 0.5;
    if (ax === bx && ax > l && ax < r && Math.max(ay, by) > t && Math.min(ay, by) < b) return true;
    if (ay === by && ay > t && ay < b && Math.max(ax, bx) > l && Math.min(ax, bx) < r) return true;
  }
  return false;
}
function overlaps(p: RoutedPath, q: RoutedPath): boolean {
  for (let i = 1; i < p.points.length; i++) {
    for (let j = 1; j < q.points.length; j++) {
      const [a, b] = [p.points[i - 1]!, p.points[i]!];
      const [c, d] = [q.points[j - 1]!, q.points[j]!];
      if (a[0] === b[0] && c[0] === d[0] && Math.abs(a[0] - c[0]) < 0.5) {
        if (Math.min(Math.max(a[1], b[1]), Math.max(c[1], d[1])) - Math.max(Math.min(a[1], b[1]), Math.min(c[1], d[1])) > 0.5) return true;
      }
      if (a[1] === b[1] && c[1] === d[1] && Math.abs(a[1] - c[1]) < 0.5) {
        if (Math.min(Math.max(a[0], b[0]), Math.max(c[0], d[0])) - Math.max(Math.min(a[0], b[0]), Math.min(c[0], d[0])) > 0.5) return true;
      }
    }
  }
  return false;
}

describe('routeEdges', () => {
  it('centres same-size symbols in their cells', () => {
    const r = routeEdges(grid([0, 2, 1], ['mulai', 'keputusan', 'selesai']), []);
    expect(r.symbols.map((s) => s.box)).toEqual([
      { x: 125, y: 49, width: 50, height: 22 },
      { x: 325, y: 104, width: 50, height: 32 },
      { x: 225, y: 169, width: 50, height: 22 },
    ]);
  });
  it('draws a straight arrow to the next row in the same column, bottom to top border', () => {
    const r = routeEdges(grid([0, 0]), [edge(1, 2)]);
    expect(r.paths[0]!.points).toEqual([[150, 71], [150, 109]]);
  });
  it('turns inside the source row, away from the rules, to reach the next row in another column', () => {
    const r = routeEdges(grid([0, 2]), [edge(1, 2)]);
    expect(r.paths[0]!.points).toEqual([[150, 71], [150, 79], [350, 79], [350, 109]]);
    // 79 is 11px above the row rule at 90.
  });
  it('sends a loop-back from its own vertex up a lane into the side of its target, the other branch from another vertex', () => {
    const g = grid([0, 1, 2, 1], ['mulai', 'proses', 'keputusan', 'selesai']);
    const r = routeEdges(g, [edge(1, 2), edge(2, 3), edge(3, 4, 'Ya'), edge(3, 1, 'Tidak')]);
    const back = r.paths.find((p) => p.from === 3 && p.to === 1)!;
    const yes = r.paths.find((p) => p.from === 3 && p.to === 4)!;
    // The diamond of step 3 spans 325–375 in column 2 (centre row height 180); the capsule of step 1
    // 125–175 at 60. "Tidak" leaves the right vertex, runs up the lane 4px beside it and enters the
    // capsule's right side; "Ya" leaves the left vertex straight to the top of step 4 (centre 250).
    expect(back.points).toEqual([[375, 180], [379, 180], [379, 60], [175, 60]]);
    expect(yes.points).toEqual([[325, 180], [250, 180], [250, 229]]);
    for (const p of r.paths) for (const s of r.symbols) if (s.step !== p.from && s.step !== p.to) expect(crossesBox(p, s.box)).toBe(false);
    for (const p of r.paths) for (const q of r.paths) if (p !== q) expect(overlaps(p, q)).toBe(false);
    // Labels beside their first segment, on no line and no symbol.
    for (const p of [back, yes]) {
      const box = p.labelBox!;
      for (const q of r.paths) expect(crossesBox(q, box)).toBe(false);
      for (const s of r.symbols) expect(box.x < s.box.x + s.box.width && s.box.x < box.x + box.width && box.y < s.box.y + s.box.height && s.box.y < box.y + box.height).toBe(false);
    }
  });
  it('joins arrows into one step into one trunk with one arrowhead', () => {
    const g = grid([0, 1, 0, 1, 0, 1]);
    const edges = [edge(1, 2), edge(2, 3), edge(3, 4), edge(4, 5), edge(5, 6), edge(5, 1), edge(6, 1), edge(4, 1)];
    const r = routeEdges(g, edges);
    expect(r.paths).toHaveLength(edges.length);
    const back = r.paths.filter((p) => p.to === 1);
    // Step 1 sits 125–175 at height 60: all three loop-backs enter its left side at (125, 60), up one
    // lane 4px left of it (x 121), so they share the trunk and draw one arrowhead.
    for (const p of back) {
      expect(p.points[p.points.length - 1]).toEqual([125, 60]);
      expect(p.points[p.points.length - 2]).toEqual([121, 60]);
      expect(p.merge).toBe(back[0]!.merge);
    }
    expect(back.filter((p) => p.head)).toHaveLength(1);
    for (const p of r.paths) {
      expect(p.clean).toBe(true);
      for (const s of r.symbols) if (s.step !== p.from && s.step !== p.to) expect(crossesBox(p, s.box)).toBe(false);
    }
  });
  it('routes a long forward jump round the symbols in between and joins the trunk above its target', () => {
    const r = routeEdges(grid([0, 0, 0, 0]), [edge(1, 2), edge(2, 3), edge(3, 4), edge(1, 4)]);
    const jump = r.paths.find((p) => p.from === 1 && p.to === 4)!;
    // Step 1's bottom is taken by 1→2, so the jump leaves its left side (125, 60), passes 2 and 3 in
    // the lane at 121 and joins 3→4's trunk above step 4 (top 229, row top 210): one arrowhead there.
    expect(jump.points[0]).toEqual([125, 60]);
    expect(jump.points[1]).toEqual([121, 60]);
    const [joinX, joinY] = jump.points[jump.points.length - 2]!;
    expect(joinX).toBe(150);
    expect(joinY).toBeGreaterThan(210 + 3);
    expect(joinY).toBeLessThan(229 - 3);
    expect(jump.points[jump.points.length - 1]).toEqual([150, 229]);
    const straight = r.paths.find((p) => p.from === 3 && p.to === 4)!;
    expect([jump.head, straight.head].filter(Boolean)).toHaveLength(1);
    for (const s of r.symbols.slice(1, 3)) expect(crossesBox(jump, s.box)).toBe(false);
  });
  it('draws a hop where two arrows must cross, and never lets them touch elsewhere', () => {
    // One column, three jumps each overlapping the next (1→4, 2→5, 3→6): two sides for three runs,
    // so one crossing is unavoidable.
    const g: RouteGrid = { ...grid([0, 0, 0, 0, 0, 0]), columns: [{ left: 100, right: 200 }] };
    const r = routeEdges(g, [edge(1, 2), edge(2, 3), edge(3, 4), edge(4, 5), edge(5, 6), edge(1, 4), edge(2, 5), edge(3, 6)]);
    const crossings: Array<{ x: number; y: number; on: RoutedPath[] }> = [];
    for (const p of r.paths) for (const q of r.paths) {
      if (p === q || p.merge === q.merge) continue;
      for (let i = 1; i < p.points.length; i++) for (let j = 1; j < q.points.length; j++) {
        const [a, b] = [p.points[i - 1]!, p.points[i]!];
        const [c, d] = [q.points[j - 1]!, q.points[j]!];
        if (a[1] !== b[1] || c[0] !== d[0]) continue; // p horizontal, q vertical
        const x = c[0], y = a[1];
        if (x > Math.min(a[0], b[0]) && x < Math.max(a[0], b[0]) && y > Math.min(c[1], d[1]) && y < Math.max(c[1], d[1])) crossings.push({ x, y, on: [p, q] });
      }
    }
    expect(crossings.length).toBeGreaterThan(0);
    for (const c of crossings) {
      const hop = c.on.flatMap((p) => p.hops).find((h) => (h.a[1] === c.y && Math.min(h.a[0], h.b[0]) < c.x && Math.max(h.a[0], h.b[0]) > c.x) || (h.a[0] === c.x && Math.min(h.a[1], h.b[1]) < c.y && Math.max(h.a[1], h.b[1]) > c.y));
      expect(hop, `hop at (${c.x}, ${c.y})`).toBeDefined();
    }
  });
  it('places off-page connectors in the bands, straight below the last row or above the first', () => {
    const g = grid([1, 2], ['proses', 'proses'], true);
    const edges: RouteEdge[] = [
      { from: 7, to: 1, source: { kind: 'connector', column: 1, band: 'top', letter: 'A' }, target: { kind: 'step', row: 0 }, label: null, opc: 'A' },
      edge(1, 2),
      { from: 2, to: 9, source: { kind: 'step', row: 1 }, target: { kind: 'connector', column: 2, band: 'bottom', letter: 'B' }, label: null, opc: 'B' },
    ];
    const r = routeEdges(g, edges);
    expect(r.connectors).toEqual([
      { letter: 'A', direction: 'in', band: 'top', column: 1, box: { x: 241, y: 5, width: 18, height: 20 } },
      { letter: 'B', direction: 'out', band: 'bottom', column: 2, box: { x: 341, y: 157, width: 18, height: 20 } },
    ]);
    expect(r.paths.find((p) => p.opc === 'A')!.points).toEqual([[250, 25], [250, 49]]);
    expect(r.paths.find((p) => p.opc === 'B')!.points).toEqual([[350, 131], [350, 157]]);
  });

  describe('a branch that ends the procedure (tidak: selesai)', () => {
    const toEnd = (from: number, label: string): RouteEdge => ({ from, to: 0, source: { kind: 'step', row: from - 1 }, target: { kind: 'end', row: from - 1 }, label, opc: null });
    it('draws an end capsule in the next column of the same row, reached straight from the diamond, with room for the label', () => {
      const r = routeEdges(grid([0, 1, 2], ['mulai', 'keputusan', 'selesai']), [edge(1, 2), edge(2, 3, 'Ya'), toEnd(2, 'Tidak')]);
      const capsule = r.symbols.find((s) => s.branchEnd)!;
      // Row 2 spans 90–150 (centre 120); the diamond's right vertex is at 275. Centred in column 2
      // (300–400) the capsule would leave 25px on each side of the rule at 300, too little for
      // "Tidak" (about 24px + margins): it moves to the far side of its cell, 400 − 6 − 50 = 344.
      expect(capsule).toEqual({ row: 1, step: 2, kind: 'selesai', column: 2, branchEnd: true, box: { x: 344, y: 109, width: 50, height: 22 } });
      const branch = r.paths.find((p) => p.to === 0)!;
      expect(branch.points).toEqual([[275, 120], [344, 120]]);
      const label = branch.labelBox!;
      expect(label.x).toBeGreaterThan(300);
      expect(label.x + label.width).toBeLessThan(344);
      expect(label.y + label.height).toBeLessThanOrEqual(120);
      // The "Ya" branch still leaves by the bottom and passes under the capsule.
      expect(r.paths.find((p) => p.to === 3)!.points).toEqual([[250, 136], [250, 143], [350, 143], [350, 169]]);
      for (const p of r.paths) expect(crossesBox(p, capsule.box)).toBe(false);
    });
    it('uses the column to the left when the decision is in the last column', () => {
      const r = routeEdges(grid([0, 2], ['mulai', 'keputusan']), [edge(1, 2), toEnd(2, 'Tidak')]);
      // Column 1 (200–300), pushed to its far (left) side: 200 + 6 = 206.
      expect(r.symbols.find((s) => s.branchEnd)!.box).toEqual({ x: 206, y: 109, width: 50, height: 22 });
      const branch = r.paths.find((p) => p.to === 0)!;
      expect(branch.points).toEqual([[325, 120], [256, 120]]);
      expect(branch.labelBox!.x).toBeGreaterThan(256);
      expect(branch.labelBox!.x + branch.labelBox!.width).toBeLessThan(300);
    });
    it('with one actor column, sits in the gap beside the diamond and keeps loop-backs out of it', () => {
      const g: RouteGrid = {
        ...grid([0, 0], ['keputusan', 'proses']),
        columns: [{ left: 100, right: 400 }],
      };
      const r = routeEdges(g, [edge(1, 2, 'Ya'), toEnd(1, 'Tidak'), edge(2, 1)]);
      // Diamond 225–275 in a column 100–400: the gap right of it is 275–397, the capsule in its middle.
      const capsule = r.symbols.find((s) => s.branchEnd)!;
      expect(capsule.box).toEqual({ x: 311, y: 49, width: 50, height: 22 });
      expect(capsule.column).toBe(0);
      expect(r.paths.find((p) => p.to === 0)!.points).toEqual([[275, 60], [311, 60]]);
      const back = r.paths.find((p) => p.from === 2 && p.to === 1)!;
      // The loop-back takes the other side: up the lane left of both symbols into the diamond's left vertex.
      expect(back.points).toEqual([[225, 120], [221, 120], [221, 60], [225, 60]]);
      expect(crossesBox(back, capsule.box)).toBe(false);
      for (const p of r.paths) for (const q of r.paths) if (p !== q) expect(overlaps(p, q)).toBe(false);
    });
    it('sends both branches to ends on both sides when both end the procedure', () => {
      const r = routeEdges(grid([1], ['keputusan']), [toEnd(1, 'Ya'), toEnd(1, 'Tidak')]);
      expect(r.symbols.filter((s) => s.branchEnd).map((s) => s.column)).toEqual([2, 0]);
    });
  });
});
