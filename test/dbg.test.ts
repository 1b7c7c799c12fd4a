import { it } from 'vitest';
import { routeEdges } from '../src/render/layout/route.js';
import { planPages } from '../src/render/layout/pages.js';
it('dbg', () => {
  const c = JSON.parse(process.env.CASE!);
  const pages: number[][] = [];
  for (let i = 0; i < c.steps.length; i += c.perPage) pages.push(c.steps.slice(i, i + c.perPage).map((s: any) => s.number));
  const plans = planPages(pages, c.steps, c.edges, c.ends);
  const columns: any[] = []; let x = 140;
  for (const w of c.widths) { columns.push({ left: x, right: x + w }); x += w; }
  const symW = Math.max(30, Math.min(56, Math.floor(Math.min(...c.widths) - 30)));
  plans.forEach((plan: any, k: number) => {
    let y = plan.needsTopBand ? 132 : 100;
    const rows = plan.steps.map((n: number) => { const s = c.steps[n - 1]; const row = { top: y, bottom: y + c.heights[n - 1], column: s.column, symbol: s.symbol, step: n }; y = row.bottom; return row; });
    const grid = { columns, rows, topBand: plan.needsTopBand ? { top: 100, bottom: 132 } : null, bottomBand: plan.needsBottomBand ? { top: y, bottom: y + 34 } : null, symbol: { width: symW, height: 22, diamondHeight: 32 }, connector: { width: 18, height: 20 }, labels: { Ya: [{ lines: ['Ya'], width: 11.5, height: 11.2 }], Tidak: [{ lines: ['Tidak'], width: 24.5, height: 11.2 }] } };
    console.log('PAGE', k + 1, JSON.stringify(columns), JSON.stringify(rows.map((r: any) => [r.step, r.top, r.bottom, r.column, r.symbol])), 'bands', JSON.stringify([grid.topBand, grid.bottomBand]));
    const r = routeEdges(grid as any, plan.edges);
    for (const s of r.symbols) console.log('  sym', s.step, s.kind, JSON.stringify(s.box), s.branchEnd ? 'END' : '');
    for (const cn of r.connectors) console.log('  con', cn.letter, cn.direction, JSON.stringify(cn.box));
    for (const p of r.paths) console.log('  path', p.from, '->', p.to, JSON.stringify(p.points), p.label, JSON.stringify(p.labelBox), 'merge', p.merge, p.head, 'hops', JSON.stringify(p.hops), p.clean ? '' : 'UNCLEAN', p.labelClean ? '' : 'LABEL-UNCLEAN');
  });
});
