// Routing benchmark: the arrows of a 60-step SOP over 16 actors on A4 (41px actor columns, pages of
// 9 rows, decisions with loop-backs and jumps, off-page connectors), all pages through routeEdges —
// against a baseline in the same process: the same SOP over 3 actors. Medians of 15 runs.
import { routeEdges } from '../lib/render/layout/route.js';
import { planPages } from '../lib/render/layout/pages.js';
import { columnWidths } from '../lib/render/view-model.js';

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A deterministic flow: every 5th step a decision (loop-back up to 4 steps, or a jump of 3), every 7th a jump. */
export function benchFlow(steps, actors) {
  const flow = { steps: [], edges: [], ends: [] };
  for (let i = 1; i <= steps; i++) {
    const column = (i * 7) % actors;
    let symbol = i === 1 ? 'mulai' : i === steps ? 'selesai' : 'proses';
    if (i > 2 && i < steps - 3 && i % 5 === 0) {
      symbol = 'keputusan';
      flow.edges.push({ from: i, to: i + 1, label: 'Ya' });
      if (i % 10 === 0) flow.edges.push({ from: i, to: i + 3, label: 'Tidak' });
      else flow.edges.push({ from: i, to: i - 1 - (i % 4), label: 'Tidak' });
    } else if (i > 1 && i < steps - 3 && i % 7 === 0) flow.edges.push({ from: i, to: i + 3, label: null });
    else if (i < steps) flow.edges.push({ from: i, to: i + 1, label: null });
    flow.steps.push({ number: i, column, symbol });
  }
  return flow;
}

function grids(flow, actors, perPage = 9) {
  const table = 1047;
  const w = (table * parseFloat(columnWidths(actors).actor)) / 100;
  const columns = Array.from({ length: actors }, (_, i) => ({ left: 140 + i * w, right: 140 + (i + 1) * w }));
  const symW = Math.max(30, Math.min(56, Math.floor(w - 30)));
  const pages = [];
  for (let i = 0; i < flow.steps.length; i += perPage) pages.push(flow.steps.slice(i, i + perPage).map((s) => s.number));
  return planPages(pages, flow.steps, flow.edges, flow.ends).map((plan) => {
    let y = plan.needsTopBand ? 132 : 100;
    const rows = plan.steps.map((n) => {
      const s = flow.steps[n - 1];
      const row = { top: y, bottom: y + 58, column: s.column, symbol: s.symbol, step: n };
      y += 58;
      return row;
    });
    return {
      grid: {
        columns, rows,
        topBand: plan.needsTopBand ? { top: 100, bottom: 132 } : null,
        bottomBand: plan.needsBottomBand ? { top: y, bottom: y + 34 } : null,
        symbol: { width: symW, height: 22, diamondHeight: 32 },
        connector: { width: 18, height: 20 },
        labels: { Ya: [{ lines: ['Ya'], width: 11.5, height: 11.2 }], Tidak: [{ lines: ['Tidak'], width: 24.5, height: 11.2 }] },
      },
      edges: plan.edges,
    };
  });
}

function time(pages, runs) {
  const out = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (const p of pages) routeEdges(p.grid, p.edges);
    out.push(performance.now() - start);
  }
  return median(out);
}

export function benchRoute({ runs = 15 } = {}) {
  const big = grids(benchFlow(60, 16), 16);
  const small = grids(benchFlow(60, 3), 3);
  time(big, 3); // warm up
  time(small, 3);
  const bigMs = time(big, runs);
  const smallMs = time(small, runs);
  const crowded = big.reduce((n, p) => n + routeEdges(p.grid, p.edges).paths.filter((x) => !x.clean).length, 0);
  return { bigMs, smallMs, ratio: bigMs / smallMs, pages: big.length, crowded };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = benchRoute();
  console.log(`60 steps, 16 actors, ${r.pages} pages: ${r.bigMs.toFixed(1)} ms (target < 20 ms); 3 actors ${r.smallMs.toFixed(1)} ms → ${r.ratio.toFixed(2)}×; crowded arrows ${r.crowded}`);
}
