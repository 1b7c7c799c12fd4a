/**
 * The router as a pure function (no browser): random flows over random grids — 3 to 16 actor
 * columns of 40 to 160px, rows of 58 to 130px, split into pages with off-page connectors by
 * planPages — routed by routeEdges and held to the drawing rules of flow-geometry.ts (checkDrawing,
 * fed the router's own points, hops and label boxes), plus: no path through a symbol or a connector
 * that is not one of its ends, runs off the table rules, every route clean. fast-check prints the
 * seed and the shrunk case of a failure; FC_SEED=<seed> replays it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkDrawing } from './flow-geometry.js';
import { asPage, flowCase, rect, routePages, type Page } from './route-cases.js';
import type { RouteResult } from '../../src/render/layout/route.js';

// A fixed seed keeps CI repeatable; FC_SEED=<seed> replays a reported failure or tries others.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261203;

/** The page without the arrows the router marked crowded (and their labels), and how many it dropped. */
function cleanPart(page: Page, result: RouteResult): { page: Page; dropped: number } {
  const bad = new Set(result.paths.filter((p) => !p.clean || !p.labelClean).map((p) => `${p.from}>${p.to}:${p.opc}`));
  const keep = (p: { from: number; to: number; opc: string | null }) => !bad.has(`${p.from}>${p.to}:${p.opc}`);
  return {
    page: { ...page, paths: page.paths.filter(keep), labels: page.labels.filter((l) => page.paths.some((p) => keep(p) && l.for === `${p.from}>${p.to || 'selesai'}`)) },
    dropped: bad.size,
  };
}

describe('routeEdges on random flows (property, no browser)', () => {
  it('draws every arrow by the rules — ports, merges, hops, spacing, labels, no symbol crossed — or marks it crowded', () => {
    fc.assert(
      fc.property(flowCase, (c) => {
        routePages(c).forEach(({ grid, result }, k) => {
          const { page } = cleanPart(asPage(grid, result, k + 1), result);
          checkDrawing(page);
          // No path through a symbol or connector that is not one of its own ends, crowded or not.
          const boxes = [
            ...result.symbols.map((s) => ({ id: s.branchEnd ? `e${s.step}` : `s${s.step}`, box: rect(s.box) })),
            ...result.connectors.map((cn) => ({ id: `c${cn.letter}${cn.direction}`, box: rect(cn.box) })),
          ];
          for (const p of result.paths) {
            const own = new Set([`s${p.from}`, p.to === 0 ? `e${p.from}` : `s${p.to}`, `c${p.opc}out`, `c${p.opc}in`]);
            for (let i = 1; i < p.points.length; i++) {
              const [a, b] = [p.points[i - 1]!, p.points[i]!];
              expect(a[0] === b[0] || a[1] === b[1], 'orthogonal').toBe(true);
              for (const { id, box } of boxes) {
                if (own.has(id)) continue;
                const hit = Math.max(a[0], b[0]) > box.left + 1 && Math.min(a[0], b[0]) < box.right - 1 && Math.max(a[1], b[1]) > box.top + 1 && Math.min(a[1], b[1]) < box.bottom - 1;
                expect(hit, `page ${k + 1}: ${p.from}→${p.to} crosses ${id}`).toBe(false);
              }
              if (!p.clean) continue;
              if (a[0] === b[0]) for (const x of page.ruleXs) expect(Math.abs(a[0] - x), `page ${k + 1}: ${p.from}→${p.to} along a column rule`).toBeGreaterThan(2);
              if (a[1] === b[1]) for (const y of page.ruleYs) expect(Math.abs(a[1] - y), `page ${k + 1}: ${p.from}→${p.to} along a row rule`).toBeGreaterThan(2);
            }
          }
        });
      }),
      { numRuns: 150, seed },
    );
  });

  it('leaves at most 2 % of random flows with a crowded arrow or label (dense ones: decisions in a row, narrow columns)', () => {
    const cases = fc.sample(flowCase, { numRuns: 400, seed: seed + 1 });
    let crowdedFlows = 0;
    let arrows = 0;
    let crowded = 0;
    for (const c of cases) {
      let any = false;
      for (const { result } of routePages(c)) {
        arrows += result.paths.length;
        const n = result.paths.filter((p) => !p.clean || !p.labelClean).length;
        crowded += n;
        if (n) any = true;
      }
      if (any) crowdedFlows++;
    }
    console.log(`route property: ${crowdedFlows} of ${cases.length} flows with a crowded arrow; ${crowded} of ${arrows} arrows`);
    expect(arrows).toBeGreaterThan(10_000);
    expect(crowdedFlows / cases.length).toBeLessThanOrEqual(0.02);
  });
});
