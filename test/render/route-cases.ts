/**
 * Random flows over grids as the form prints them, split into pages by planPages, for the router's
 * property tests (and for trying a failing case by hand).
 */
import fc from 'fast-check';
import { routeEdges, type RouteGrid, type RouteResult, type SymbolShape } from '../../src/render/layout/route.js';
import { planPages, type FlowEdge, type FlowEnd, type FlowStep } from '../../src/render/layout/pages.js';
import type { Geometry, Pt, Rect } from './flow-geometry.js';
import { columnWidths } from '../../src/render/view-model.js';

export type Page = Geometry['pages'][number];
export const rect = (b: { x: number; y: number; width: number; height: number }): Rect => ({ left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height });

/** The router's result in the shape the browser collects, hops drawn into the points as the runtime draws them. */
export function asPage(grid: RouteGrid, result: RouteResult, page = 1): Page {
  return {
    page,
    kind: 'alur',
    rect: { left: 0, right: 1e6, top: -1e6, bottom: 1e6 },
    overflow: [],
    actors: grid.columns.map((c, i) => ({ id: `a${i}`, rect: { left: c.left, right: c.right, top: 0, bottom: 0 } })),
    rows: grid.rows.map((r) => ({ step: r.step, rect: { left: 0, right: 0, top: r.top, bottom: r.bottom } })),
    ruleYs: [...grid.rows.flatMap((r) => [r.top, r.bottom]), ...(grid.topBand ? [grid.topBand.top] : [])],
    ruleXs: grid.columns.flatMap((c) => [c.left, c.right]),
    symbols: result.symbols.filter((s) => !s.branchEnd).map((s) => ({ step: s.step, actor: `a${s.column}`, kind: s.kind, box: rect(s.box), outline: [] })),
    ends: result.symbols.filter((s) => s.branchEnd).map((s) => ({ endOf: s.step, actor: `a${s.column}`, text: 'Selesai', box: rect(s.box), outline: [] })),
    remarks: [],
    connectors: result.connectors.map((c) => ({ letter: c.letter, direction: c.direction, box: rect(c.box), outline: [] })),
    paths: result.paths.map((p) => {
      const points: Pt[] = [p.points[0]!];
      const hops: Array<{ index: number; r: number }> = [];
      for (let i = 1; i < p.points.length; i++) {
        for (const h of p.hops.filter((x) => x.segment === i)) {
          points.push(h.a, h.b);
          hops.push({ index: points.length - 1, r: Math.hypot(h.b[0] - h.a[0], h.b[1] - h.a[1]) / 2 });
        }
        points.push(p.points[i]!);
      }
      return { from: p.from, to: p.to, label: p.label, opc: p.opc, points, hops, head: p.head };
    }),
    labels: result.paths.filter((p) => p.labelBox).map((p) => ({ for: `${p.from}>${p.to || 'selesai'}`, text: p.labelLines.join(' '), box: rect(p.labelBox!), fontPx: 9.34 })),
    footer: '',
    trailing: 0,
  };
}

/** A loop-back target: one of the 8 steps before i (as real SOPs go back to a check or a draft). */
export const back = (i: number, k: number) => i - 1 - (k % Math.min(i - 1, 8));
/** A forward jump target: 2 to 7 steps ahead, within the SOP. */
export const fwd = (i: number, n: number, k: number) => i + 2 + (k % Math.min(n - i - 1, 6));

/** One step of a random flow: its actor, what kind of flow it has, and two numbers that pick targets. */
export interface StepSpec {
  actor: number;
  kind: 'seq' | 'loop' | 'jump' | 'end' | 'lanjut' | 'yaJump';
  a: number;
  b: number;
}
/** Mostly plain steps; decisions (loop-back, jump, end, both) and process jumps among them. */
export const stepSpec = (actors: number): fc.Arbitrary<StepSpec> =>
  fc.record({
    actor: fc.nat({ max: actors - 1 }),
    kind: fc.constantFrom<StepSpec['kind']>('seq', 'seq', 'seq', 'seq', 'seq', 'seq', 'loop', 'loop', 'jump', 'end', 'lanjut', 'yaJump'),
    a: fc.nat({ max: 1000 }),
    b: fc.nat({ max: 1000 }),
  });

export interface Case {
  widths: number[];
  heights: number[];
  steps: FlowStep[];
  edges: FlowEdge[];
  ends: FlowEnd[];
  perPage: number;
}

export const flowCase: fc.Arbitrary<Case> = fc
  .record({ actors: fc.integer({ min: 3, max: 16 }), steps: fc.integer({ min: 5, max: 60 }), perPage: fc.integer({ min: 6, max: 12 }) })
  .chain(({ actors, steps, perPage }) =>
    fc.record({
      // As the form prints them: the actor columns share what the text columns leave of an A4 or
      // F4 table (about 1,040–1,120px), e.g. 41px each for 16 actors on A4.
      widths: fc.integer({ min: 1040, max: 1120 }).map((table) => Array.from({ length: actors }, () => Math.floor((table * parseFloat(columnWidths(actors).actor)) / 100))),
      heights: fc.array(fc.integer({ min: 58, max: 130 }), { minLength: steps, maxLength: steps }),
      specs: fc.array(stepSpec(actors), { minLength: steps, maxLength: steps }),
      perPage: fc.constant(perPage),
    }),
  )
  .map(({ widths, heights, specs, perPage }) => {
    const n = specs.length;
    const steps: FlowStep[] = [];
    const edges: FlowEdge[] = [];
    const ends: FlowEnd[] = [];
    specs.forEach((s, k) => {
      const i = k + 1;
      const middle = i >= 2 && i <= n - 1;
      let symbol: SymbolShape = i === 1 ? 'mulai' : i === n ? 'selesai' : 'proses';
      const next = i < n ? [{ from: i, to: i + 1, label: null as string | null }] : [];
      if (s.kind === 'loop' && middle) {
        symbol = 'keputusan';
        edges.push({ from: i, to: i + 1, label: 'Ya' }, { from: i, to: back(i, s.a), label: 'Tidak' });
      } else if (s.kind === 'jump' && middle && i <= n - 2) {
        symbol = 'keputusan';
        edges.push({ from: i, to: i + 1, label: 'Ya' }, { from: i, to: fwd(i, n, s.a), label: 'Tidak' });
      } else if (s.kind === 'end' && middle) {
        symbol = 'keputusan';
        edges.push({ from: i, to: i + 1, label: 'Ya' });
        ends.push({ from: i, label: 'Tidak' });
      } else if (s.kind === 'yaJump' && middle && i <= n - 2) {
        symbol = 'keputusan';
        edges.push({ from: i, to: fwd(i, n, s.a), label: 'Ya' }, { from: i, to: back(i, s.b), label: 'Tidak' });
      } else if (s.kind === 'lanjut' && middle && i <= n - 2) {
        edges.push({ from: i, to: s.b % 2 ? fwd(i, n, s.a) : back(i, s.a), label: null });
      } else edges.push(...next);
      steps.push({ number: i, column: s.actor, symbol });
    });
    return { widths, heights, steps, edges, ends, perPage };
  });

/** Lays the case out as the browser would: columns side by side from x=140, pages of perPage rows under a header. */
export function routePages(c: Case): Array<{ grid: RouteGrid; result: RouteResult }> {
  const pages: number[][] = [];
  for (let i = 0; i < c.steps.length; i += c.perPage) pages.push(c.steps.slice(i, i + c.perPage).map((s) => s.number));
  const plans = planPages(pages, c.steps, c.edges, c.ends);
  const columns: Array<{ left: number; right: number }> = [];
  let x = 140;
  for (const w of c.widths) {
    columns.push({ left: x, right: x + w });
    x += w;
  }
  const minCol = Math.min(...c.widths);
  const symW = Math.max(30, Math.min(56, Math.floor(minCol - 2 * 15)));
  return plans.map((plan) => {
    let y = plan.needsTopBand ? 132 : 100;
    const rows = plan.steps.map((n) => {
      const s = c.steps[n - 1]!;
      const row = { top: y, bottom: y + c.heights[n - 1]!, column: s.column, symbol: s.symbol, step: n };
      y = row.bottom;
      return row;
    });
    const grid: RouteGrid = {
      columns,
      rows,
      topBand: plan.needsTopBand ? { top: 100, bottom: 132 } : null,
      bottomBand: plan.needsBottomBand ? { top: y, bottom: y + 34 } : null,
      symbol: { width: symW, height: 22, diamondHeight: 32 },
      connector: { width: 18, height: 20 },
      labels: { Ya: [{ lines: ['Ya'], width: 11.5, height: 11.2 }], Tidak: [{ lines: ['Tidak'], width: 24.5, height: 11.2 }] },
    };
    return { grid, result: routeEdges(grid, plan.edges) };
  });
}

