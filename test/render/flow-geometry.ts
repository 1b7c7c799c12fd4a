/**
 * The rendered flowchart measured in a real Chromium: every box, path, hop and label of every page,
 * and the checks a drawn flowchart must pass (shared by browser.test.ts and the property tests).
 */
import { expect } from 'vitest';
import type { Browser } from 'puppeteer-core';
import type { Paper } from '../../src/config/types.js';
import type { ExpectedFlow } from './expected-flow.js';

export type Pt = [number, number];
export interface Rect { left: number; right: number; top: number; bottom: number }
export interface Geometry {
  layout: string | null;
  error: string | null;
  paperPx: { width: number; height: number };
  pages: Array<{
    page: number;
    kind: 'identitas' | 'alur';
    rect: Rect;
    overflow: Array<{ tag: string; cls: string; rect: Rect }>;
    actors: Array<{ id: string; rect: Rect }>;
    rows: Array<{ step: number; rect: Rect }>;
    ruleYs: number[];
    ruleXs: number[];
    symbols: Array<{ step: number; actor: string; kind: string; box: Rect; outline: Pt[] }>;
    /** End capsules of branches that end the procedure (\`tidak: selesai\`), by the decision they end. */
    ends: Array<{ endOf: number; actor: string; text: string; box: Rect; outline: Pt[] }>;
    /** Keterangan cells: the step whose note it is, rows spanned on this page, a continuation or not. */
    remarks: Array<{ from: number; rowspan: number; continued: boolean; firstRow: number; text: string; rect: Rect }>;
    connectors: Array<{ letter: string; direction: string; box: Rect; outline: Pt[] }>;
    /** Points of the drawn path; hops[i].index is the point where a hop (a half circle) ends. */
    /** crowded: the router found no clean route and said so (data-crowded). */
    paths: Array<{ from: number; to: number; label: string | null; opc: string | null; points: Pt[]; hops: Array<{ index: number; r: number }>; head: boolean; crowded?: boolean }>;
    labels: Array<{ for: string; text: string; box: Rect; fontPx: number; crowded?: boolean }>;
    footer: string;
    trailing: number;
  }>;
}

// Runs in the page: collects every box and path in client coordinates (px).
const COLLECT = `(() => {
  const r = (el) => { const b = el.getBoundingClientRect(); return { left: b.left, right: b.right, top: b.top, bottom: b.bottom }; };
  const outline = (svg, shape) => {
    const o = svg.getBoundingClientRect();
    const len = shape.getTotalLength();
    const pts = [];
    for (let d = 0; d <= len; d += 0.25) { const p = shape.getPointAtLength(d); pts.push([p.x + o.left, p.y + o.top]); }
    return pts;
  };
  const html = document.documentElement;
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;width:100mm;height:100mm';
  document.body.appendChild(probe);
  const mm = probe.getBoundingClientRect().width / 100;
  probe.remove();
  const pages = Array.from(document.querySelectorAll('section.page')).map((page) => {
    const rect = r(page);
    const overflow = [];
    for (const el of page.querySelectorAll('*')) {
      const b = el.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) continue;
      if (b.left < rect.left - 0.5 || b.right > rect.right + 0.5 || b.top < rect.top - 0.5 || b.bottom > rect.bottom + 0.5) overflow.push({ tag: el.tagName, cls: String(el.getAttribute('class')), rect: r(el) });
    }
    const svg = page.querySelector('svg.flow-svg');
    const o = svg ? svg.getBoundingClientRect() : { left: 0, top: 0 };
    // The path's own drawing commands: M/L points, and A (a hop) as a point marked as the end of a hop.
    const paths = Array.from(page.querySelectorAll('path.arrow')).map((p) => {
      const tokens = p.getAttribute('d').match(/[MLA]|-?[0-9.]+/g);
      const points = [];
      const hops = [];
      for (let i = 0; i < tokens.length;) {
        const cmd = tokens[i++];
        if (cmd === 'A') {
          const rx = Number(tokens[i]);
          const x = Number(tokens[i + 5]) + o.left, y = Number(tokens[i + 6]) + o.top;
          i += 7;
          hops.push({ index: points.length, r: rx });
          points.push([x, y]);
        } else {
          points.push([Number(tokens[i]) + o.left, Number(tokens[i + 1]) + o.top]);
          i += 2;
        }
      }
      return { from: Number(p.dataset.from), to: p.dataset.to === 'selesai' ? 0 : Number(p.dataset.to), label: p.dataset.label ?? null, opc: p.dataset.opc ?? null, points, hops, head: p.hasAttribute('marker-end'), crowded: p.hasAttribute('data-crowded') };
    });
    const labels = Array.from(page.querySelectorAll('text.branch-label')).map((t) => ({ for: t.dataset.labelFor, text: Array.from(t.querySelectorAll('tspan')).map((s) => s.textContent).join(' '), box: r(t), fontPx: parseFloat(getComputedStyle(t).fontSize), crowded: t.hasAttribute('data-crowded') }));
    const rowEls = Array.from(page.querySelectorAll('table.flow tbody > tr'));
    const cellEls = Array.from(page.querySelectorAll('table.flow thead tr.head-2 th, table.flow thead th[rowspan]'));
    return {
      page: Number(page.dataset.page),
      kind: page.classList.contains('alur') ? 'alur' : 'identitas',
      rect,
      overflow,
      actors: Array.from(page.querySelectorAll('thead th[data-actor]')).map((th) => ({ id: th.dataset.actor, rect: r(th) })),
      rows: Array.from(page.querySelectorAll('tbody > tr[data-step]')).map((tr) => ({ step: Number(tr.dataset.step), rect: r(tr) })),
      ruleYs: rowEls.flatMap((tr) => [r(tr).top, r(tr).bottom]),
      ruleXs: cellEls.flatMap((th) => [r(th).left, r(th).right]),
      remarks: Array.from(page.querySelectorAll('table.flow td.remarks')).map((td) => ({ from: Number(td.dataset.remarksFrom), rowspan: td.rowSpan, continued: td.dataset.remarksContinued === 'true', firstRow: Number(td.parentElement.dataset.step), text: td.textContent, rect: r(td) })),
      ends: Array.from(page.querySelectorAll('g.symbol-end-branch')).map((g) => ({ endOf: Number(g.dataset.endOf), actor: g.dataset.actor, text: g.textContent, box: r(g.querySelector('.shape')), outline: outline(svg, g.querySelector('.shape')) })),
      symbols: Array.from(page.querySelectorAll('g.symbol:not(.symbol-end-branch)')).map((g) => ({ step: Number(g.dataset.step), actor: g.dataset.actor, kind: g.dataset.symbol, box: r(g.querySelector('.shape')), outline: outline(svg, g.querySelector('.shape')) })),
      connectors: Array.from(page.querySelectorAll('g.connector')).map((g) => ({ letter: g.dataset.opc, direction: g.dataset.direction, box: r(g.querySelector('.shape')), outline: outline(svg, g.querySelector('.shape')) })),
      paths,
      labels,
      footer: page.querySelector('.page-footer') ? page.querySelector('.page-footer').textContent : '',
      trailing: [page.querySelector('tr.jumlah'), page.querySelector('.approval-end')].reduce((sum, el) => sum + (el ? el.getBoundingClientRect().height : 0), 0),
    };
  });
  return {
    layout: html.getAttribute('data-layout'),
    error: html.getAttribute('data-layout-error'),
    paperPx: { width: 0, height: 0, mm },
    pages,
  };
})()`;

const PAPER_MM: Record<Paper, [number, number]> = { a4: [297, 210], f4: [330, 215], letter: [279.4, 215.9], legal: [355.6, 215.9] };

export async function layout(browser: Browser, html: string): Promise<Geometry> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1400, height: 1000 });
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForSelector('html[data-layout="done"], html[data-layout="error"]', { timeout: 15_000 });
    return (await page.evaluate(COLLECT)) as Geometry;
  } finally {
    await page.close();
  }
}

const dist = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1]);
const nearOutline = (p: Pt, outline: Pt[]) => Math.min(...outline.map((q) => dist(p, q)));
const inside = (inner: Rect, outer: Rect, tol = 0.5) =>
  inner.left >= outer.left - tol && inner.right <= outer.right + tol && inner.top >= outer.top - tol && inner.bottom <= outer.bottom + tol;

/** True when the segment passes through the open interior of the box (shrunk by 1px). */
function crosses(a: Pt, b: Pt, box: Rect): boolean {
  const l = box.left + 1, rr = box.right - 1, t = box.top + 1, bt = box.bottom - 1;
  if (a[0] === b[0] || Math.abs(a[0] - b[0]) < 0.01) {
    const x = a[0];
    return x > l && x < rr && Math.max(a[1], b[1]) > t && Math.min(a[1], b[1]) < bt;
  }
  const y = a[1];
  return y > t && y < bt && Math.max(a[0], b[0]) > l && Math.min(a[0], b[0]) < rr;
}

/**
 * Everything a flowchart page must be, measured in the browser against the flow the SOP declares:
 * pages, symbols in their cells, every edge drawn once (or as a lettered pair across pages), and the
 * drawing rules of checkDrawing.
 */
export function checkLayout(g: Geometry, paper: Paper, flow: ExpectedFlow): { flowPages: number; letters: number; arrows: number; crowded: number } {
  expect(g.error).toBeNull();
  expect(g.layout).toBe('done');
  const mm = (g.paperPx as unknown as { mm: number }).mm;
  const [wMm, hMm] = PAPER_MM[paper];
  const total = g.pages.length;
  const pageOfStep = new Map<number, number>();
  const stepCount = flow.steps.length;
  g.pages.forEach((p, i) => {
    // Each page is exactly one sheet (landscape), numbered, with its footer.
    expect(p.page).toBe(i + 1);
    expect(Math.abs(p.rect.right - p.rect.left - wMm * mm)).toBeLessThan(1);
    expect(Math.abs(p.rect.bottom - p.rect.top - hMm * mm)).toBeLessThan(1);
    expect(p.footer).toContain(`Halaman ${i + 1} dari ${total}`);
    expect(p.overflow, `page ${p.page} overflow`).toEqual([]);
    if (p.kind !== 'alur') return;
    // The header with every actor on every flowchart page.
    expect(p.actors.map((a) => a.id).length).toBe(g.pages[1]!.actors.length);
    expect(p.actors.length).toBeGreaterThan(0);
    for (const row of p.rows) {
      expect(pageOfStep.has(row.step), `step ${row.step} printed twice`).toBe(false);
      pageOfStep.set(row.step, p.page);
      expect(inside(row.rect, p.rect)).toBe(true);
    }
    // Symbols: one per step, inside its actor's column and its row.
    for (const s of p.symbols) {
      const col = p.actors.find((a) => a.id === s.actor)!;
      const row = p.rows.find((rw) => rw.step === s.step)!;
      const colIndex = flow.steps.find((st) => st.number === s.step)!.column;
      expect(p.actors[colIndex]!.id).toBe(s.actor);
      expect(s.box.left).toBeGreaterThan(col.rect.left + 2);
      expect(s.box.right).toBeLessThan(col.rect.right - 2);
      expect(s.box.top).toBeGreaterThan(row.rect.top + 2);
      expect(s.box.bottom).toBeLessThan(row.rect.bottom - 2);
    }
    expect(p.symbols.map((s) => s.step).sort((a, b) => a - b)).toEqual(p.rows.map((r) => r.step).sort((a, b) => a - b));
    // No arrow segment crosses a symbol or connector other than its own ends.
    // End capsules: in the row of the decision they end, inside an actor column, printed "Selesai".
    for (const end of p.ends) {
      const row = p.rows.find((rw) => rw.step === end.endOf)!;
      const col = p.actors.find((a) => a.id === end.actor)!;
      expect(row, `end capsule of step ${end.endOf} on its page`).toBeDefined();
      expect(end.text).toBe('Selesai');
      expect(end.box.top).toBeGreaterThan(row.rect.top + 2);
      expect(end.box.bottom).toBeLessThan(row.rect.bottom - 2);
      expect(end.box.left).toBeGreaterThan(col.rect.left + 2);
      expect(end.box.right).toBeLessThan(col.rect.right - 2);
      for (const s of p.symbols) expect(crosses([end.box.left, (end.box.top + end.box.bottom) / 2], [end.box.right, (end.box.top + end.box.bottom) / 2], s.box), `end capsule of ${end.endOf} on step ${s.step}`).toBe(false);
    }
    const boxes = [
      ...p.ends.map((e) => ({ id: `e${e.endOf}`, box: e.box })),
      ...p.symbols.map((s) => ({ id: `s${s.step}`, box: s.box })),
      ...p.connectors.map((c) => ({ id: `c${c.letter}${c.direction}`, box: c.box })),
    ];
    for (const path of p.paths) {
      const ends = new Set([`s${path.from}`, path.to === 0 ? `e${path.from}` : `s${path.to}`, `c${path.opc}out`, `c${path.opc}in`]);
      for (let i = 1; i < path.points.length; i++) {
        const a = path.points[i - 1]!, b = path.points[i]!;
        expect(a[0] === b[0] || a[1] === b[1], 'orthogonal').toBe(true);
        for (const { id, box } of boxes) {
          if (ends.has(id)) continue;
          expect(crosses(a, b, box), `edge ${path.from}→${path.to} crosses ${id} on page ${p.page}`).toBe(false);
        }
        // Never along a table rule.
        if (Math.abs(a[1] - b[1]) < 0.01 && Math.abs(a[0] - b[0]) > 1) {
          for (const y of p.ruleYs) expect(Math.abs(a[1] - y), `edge ${path.from}→${path.to} runs along a row rule`).toBeGreaterThan(2);
        }
        if (Math.abs(a[0] - b[0]) < 0.01 && Math.abs(a[1] - b[1]) > 1) {
          for (const x of p.ruleXs) expect(Math.abs(a[0] - x), `edge ${path.from}→${path.to} runs along a column rule`).toBeGreaterThan(2);
        }
      }
      expect(path.points.every((pt) => pt[0] > p.rect.left && pt[0] < p.rect.right && pt[1] > p.rect.top && pt[1] < p.rect.bottom)).toBe(true);
    }
    checkDrawing(p);
  });
  expect(pageOfStep.size).toBe(stepCount);
  const flowPages = g.pages.filter((p) => p.kind === 'alur');
  // Pages are filled: the first row of the next page would not have fitted on the previous one.
  for (let i = 0; i + 1 < flowPages.length; i++) {
    const cur = flowPages[i]!, next = flowPages[i + 1]!;
    if (!next.rows.length || !cur.rows.length) continue;
    const free = cur.rect.bottom - 11 * mm - cur.rows[cur.rows.length - 1]!.rect.bottom;
    const nextRow = next.rows[0]!.rect;
    const trailing = i + 2 === flowPages.length && next.rows.length === 1 ? next.trailing + 8 : 0;
    expect(free, `page ${cur.page} left room for step ${next.rows[0]!.step}`).toBeLessThan(nextRow.bottom - nextRow.top + 34 + 4 + trailing);
  }
  // Every model edge drawn exactly once: one path, or a lettered pair across pages.
  const symbolOf = (step: number) => {
    const p = flowPages.find((pg) => pg.symbols.some((s) => s.step === step))!;
    return { page: p, symbol: p.symbols.find((s) => s.step === step)! };
  };
  const lettersSeen = new Set<string>();
  const letterOf = new Map<string, string>();
  const allPaths = flowPages.flatMap((p) => p.paths.map((path) => ({ page: p, path })));
  for (const e of flow.edges) {
    const src = symbolOf(e.from);
    const dst = symbolOf(e.to);
    const mine = allPaths.filter((x) => x.path.from === e.from && x.path.to === e.to);
    const dup = flow.edges.filter((x) => x.from === e.from && x.to === e.to).length;
    if (src.page === dst.page) {
      expect(mine.length, `edge ${e.from}→${e.to}`).toBe(dup);
      const path = mine[0]!.path;
      expect(path.opc).toBeNull();
      expect(nearOutline(path.points[0]!, src.symbol.outline), `edge ${e.from}→${e.to} start`).toBeLessThan(1.5);
      expect(nearOutline(path.points[path.points.length - 1]!, dst.symbol.outline), `edge ${e.from}→${e.to} end`).toBeLessThan(1.5);
      expect(path.label).toBe(e.label);
    } else {
      // Cut by a page break: to an out-connector on its own page. One letter per target and
      // direction, so arrows cut on their way to one step share it, and its one in-connector.
      const out = mine.filter((x) => x.page === src.page);
      expect(out.length, `cut edge ${e.from}→${e.to} on its page`).toBe(dup);
      const letter = out[0]!.path.opc!;
      expect(letter).toMatch(/^[A-Z]+$/);
      const down = dst.page.page > src.page.page;
      const key = `${e.to}${down ? 'v' : '^'}`;
      if (letterOf.has(key)) expect(letter, `cut edges into ${e.to} share a letter`).toBe(letterOf.get(key));
      else {
        expect([...letterOf.values()], `letter ${letter} for one target only`).not.toContain(letter);
        letterOf.set(key, letter);
      }
      lettersSeen.add(letter);
      const cOut = src.page.connectors.filter((c) => c.letter === letter);
      const cIn = dst.page.connectors.filter((c) => c.letter === letter);
      expect(cOut.map((c) => c.direction)).toEqual(['out']);
      expect(cIn.map((c) => c.direction)).toEqual(['in']);
      const inPaths = dst.page.paths.filter((x) => x.opc === letter);
      expect(inPaths.length, `one arrow from in-connector ${letter}`).toBe(1);
      const inn = inPaths[0]!;
      expect(inn.to).toBe(e.to);
      expect(nearOutline(out[0]!.path.points[0]!, src.symbol.outline)).toBeLessThan(1.5);
      expect(nearOutline(out[0]!.path.points[out[0]!.path.points.length - 1]!, cOut[0]!.outline)).toBeLessThan(1.5);
      expect(nearOutline(inn.points[0]!, cIn[0]!.outline)).toBeLessThan(1.5);
      expect(nearOutline(inn.points[inn.points.length - 1]!, dst.symbol.outline)).toBeLessThan(1.5);
      // Connectors sit near the column of their step (within two columns, when the band there is
      // taken); downward: out below the last row, in above the first.
      const columnIndex = (pg: Geometry['pages'][number], box: Rect) => pg.actors.findIndex((a) => box.left >= a.rect.left - 0.5 && box.right <= a.rect.right + 0.5);
      const stepColumn = (step: number) => flow.steps.find((st) => st.number === step)!.column;
      expect(columnIndex(src.page, cOut[0]!.box), `out-connector ${letter} inside a column`).toBeGreaterThanOrEqual(0);
      expect(columnIndex(dst.page, cIn[0]!.box), `in-connector ${letter} inside a column`).toBeGreaterThanOrEqual(0);
      if (!inn.crowded) expect(Math.abs(columnIndex(dst.page, cIn[0]!.box) - stepColumn(e.to)), `in-connector ${letter} near its step's column`).toBeLessThanOrEqual(2);
      const lastRow = (pg: Geometry['pages'][number]) => pg.rows[pg.rows.length - 1]!.rect.bottom;
      const firstRow = (pg: Geometry['pages'][number]) => pg.rows[0]!.rect.top;
      if (down) {
        expect(cOut[0]!.box.top).toBeGreaterThanOrEqual(lastRow(src.page));
        expect(cIn[0]!.box.bottom).toBeLessThanOrEqual(firstRow(dst.page));
      } else {
        expect(cOut[0]!.box.bottom).toBeLessThanOrEqual(firstRow(src.page));
        expect(cIn[0]!.box.top).toBeGreaterThanOrEqual(lastRow(dst.page));
      }
    }
  }
  // Every branch to the end drawn once, from its decision to its own end capsule on the same page.
  for (const e of flow.ends) {
    const src = symbolOf(e.from);
    const mine = allPaths.filter((x) => x.path.from === e.from && x.path.to === 0);
    expect(mine.length, `branch ${e.from}→selesai`).toBe(flow.ends.filter((x) => x.from === e.from).length);
    const capsules = src.page.ends.filter((c) => c.endOf === e.from);
    for (const { path } of mine) {
      expect(path.label).toBe(e.label);
      // Straight across its row (hops over crossing arrows keep to the line).
      expect(path.points.every((pt) => Math.abs(pt[1] - path.points[0]![1]) < 0.01), `branch ${e.from}→selesai straight`).toBe(true);
      expect(nearOutline(path.points[0]!, src.symbol.outline), `branch ${e.from}→selesai start`).toBeLessThan(1.5);
      const last = path.points[path.points.length - 1]!;
      expect(Math.min(...capsules.map((c) => nearOutline(last, c.outline))), `branch ${e.from}→selesai end`).toBeLessThan(1.5);
    }
  }
  expect(flowPages.flatMap((p) => p.ends).length).toBe(flow.ends.length);
  // No stray connectors: every letter has one in-connector, and one out-connector on each page it leaves.
  const allConnectors = flowPages.flatMap((p) => p.connectors.map((c) => ({ page: p.page, ...c })));
  for (const letter of lettersSeen) expect(allConnectors.filter((c) => c.letter === letter && c.direction === 'in').length, `in-connector ${letter}`).toBe(1);
  expect(allConnectors.filter((c) => !lettersSeen.has(c.letter)), 'connectors without an arrow').toEqual([]);
  const outs = allConnectors.filter((c) => c.direction === 'out').map((c) => `${c.page}:${c.letter}`);
  expect(new Set(outs).size, 'one out-connector per letter and page').toBe(outs.length);
  // No path without a model edge.
  for (const { path } of allPaths) {
    const known = path.to === 0 ? flow.ends.some((e) => e.from === path.from) : flow.edges.some((e) => e.from === path.from && e.to === path.to);
    expect(known, `path ${path.from}→${path.to || 'selesai'}`).toBe(true);
  }
  const drawn = flowPages.flatMap((p) => p.paths);
  return { flowPages: flowPages.length, letters: lettersSeen.size, arrows: drawn.length, crowded: drawn.filter((x) => x.crowded).length + flowPages.flatMap((p) => p.labels).filter((l) => l.crowded).length };
}


type Page = Geometry['pages'][number];
const PT7 = (7 * 96) / 72; // 7pt in CSS px

/** Distance from a point to a rectangle (0 inside). */
function rectDistance(r: Rect, p: Pt): number {
  const dx = Math.max(r.left - p[0], 0, p[0] - r.right);
  const dy = Math.max(r.top - p[1], 0, p[1] - r.bottom);
  return Math.hypot(dx, dy);
}
/** True when segment ab enters the open rectangle (shrunk by tol). */
function segmentInRect(a: Pt, b: Pt, r: Rect, tol = 0.25): boolean {
  return Math.max(a[0], b[0]) > r.left + tol && Math.min(a[0], b[0]) < r.right - tol && Math.max(a[1], b[1]) > r.top + tol && Math.min(a[1], b[1]) < r.bottom - tol;
}
const rectsMeet = (p: Rect, q: Rect, tol = 0.25) => p.left < q.right - tol && q.left < p.right - tol && p.top < q.bottom - tol && q.top < p.bottom - tol;

/**
 * The drawing rules of one flowchart page (issue 12), from the drawn SVG alone:
 * - two arrows that do not end at the same point never share a point — a crossing is drawn as a hop
 *   (a half circle in one of them), so their straight parts stay apart — and never run side by side
 *   closer than 4px;
 * - arrows that end at the same point merge: one trunk, exactly one arrowhead;
 * - no side (vertex) of a symbol is both an entry and an exit, and each exit serves one arrow;
 * - every label is at least 7pt, beside the first segment of its own arrow (past a short stub, the
 *   second), and touches no line, symbol, connector, table rule or other label.
 */
export function checkDrawing(page: Page): void {
  // Arrows the router marked crowded (no clean route found) are held to these rules only as far as
  // checkLayout goes (no symbol crossed); their labels too. The property tests bound how many there are.
  const crowdedKey = (x: { from: number; to: number }) => `${x.from}>${x.to || 'selesai'}`;
  const crowded = new Set([...page.paths.filter((x) => x.crowded), ...page.labels.filter((l) => l.crowded).map((l) => page.paths.find((x) => crowdedKey(x) === l.for)!)].filter(Boolean).map(crowdedKey));
  const p: Page = { ...page, paths: page.paths.filter((x) => !crowded.has(crowdedKey(x))), labels: page.labels.filter((l) => !crowded.has(l.for)) };
  const where = `page ${p.page}`;
  interface S { k: number; a: Pt; b: Pt; hop: boolean; name: string }
  const segs: S[] = [];
  p.paths.forEach((path, k) => {
    const hopEnds = new Set(path.hops.map((h) => h.index));
    for (let i = 1; i < path.points.length; i++) segs.push({ k, a: path.points[i - 1]!, b: path.points[i]!, hop: hopEnds.has(i), name: `${path.from}→${path.to || 'selesai'}` });
  });
  const last = (k: number) => p.paths[k]!.points[p.paths[k]!.points.length - 1]!;
  const merging = (i: number, j: number) => dist(last(i), last(j)) < 0.5;
  const vert = (s: S) => Math.abs(s.a[0] - s.b[0]) < 0.01;
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j < segs.length; j++) {
      const s = segs[i]!, t = segs[j]!;
      if (s.k === t.k || s.hop || t.hop) continue;
      const merge = merging(s.k, t.k);
      if (vert(s) === vert(t)) {
        const v = vert(s);
        const off = v ? Math.abs(s.a[0] - t.a[0]) : Math.abs(s.a[1] - t.a[1]);
        const [s1, s2] = v ? [Math.min(s.a[1], s.b[1]), Math.max(s.a[1], s.b[1])] : [Math.min(s.a[0], s.b[0]), Math.max(s.a[0], s.b[0])];
        const [t1, t2] = v ? [Math.min(t.a[1], t.b[1]), Math.max(t.a[1], t.b[1])] : [Math.min(t.a[0], t.b[0]), Math.max(t.a[0], t.b[0])];
        const overlap = Math.min(s2, t2) - Math.max(s1, t1);
        if (merge && off < 0.05) continue; // one trunk
        if (off < 0.05) expect(overlap, `${where}: ${s.name} and ${t.name} share a point or a stretch`).toBeLessThan(-0.3);
        else if (overlap > 0) expect(off, `${where}: ${s.name} and ${t.name} run side by side`).toBeGreaterThanOrEqual(4 - 0.05);
        continue;
      }
      if (merge) continue;
      const h = vert(s) ? t : s, v = vert(s) ? s : t;
      const x = v.a[0], y = h.a[1];
      const meet = x >= Math.min(h.a[0], h.b[0]) - 0.3 && x <= Math.max(h.a[0], h.b[0]) + 0.3 && y >= Math.min(v.a[1], v.b[1]) - 0.3 && y <= Math.max(v.a[1], v.b[1]) + 0.3;
      expect(meet, `${where}: ${s.name} and ${t.name} meet at (${x.toFixed(1)}, ${y.toFixed(1)}) without a hop`).toBe(false);
    }
  }
  // One arrowhead per group of arrows ending at one point.
  const groups = new Map<string, number[]>();
  p.paths.forEach((path, k) => {
    const e = last(k);
    const key = `${e[0].toFixed(1)},${e[1].toFixed(1)}`;
    groups.set(key, [...(groups.get(key) ?? []), k]);
  });
  for (const [key, ks] of groups) expect(ks.filter((k) => p.paths[k]!.head).length, `${where}: arrowheads at ${key}`).toBe(1);
  // Ports.
  const shapes = [
    ...p.symbols.map((s) => ({ name: `step ${s.step}`, box: s.box })),
    ...p.ends.map((e) => ({ name: `end of ${e.endOf}`, box: e.box })),
  ];
  for (const shape of shapes) {
    const b = shape.box;
    const sideOf = (pt: Pt): string | null => {
      if (pt[0] < b.left - 1 || pt[0] > b.right + 1 || pt[1] < b.top - 1 || pt[1] > b.bottom + 1) return null;
      if (Math.abs(pt[1] - b.top) < 1) return 'top';
      if (Math.abs(pt[1] - b.bottom) < 1) return 'bottom';
      if (Math.abs(pt[0] - b.left) < 1) return 'left';
      if (Math.abs(pt[0] - b.right) < 1) return 'right';
      return null;
    };
    const ins = new Set<string>();
    const outs: string[] = [];
    p.paths.forEach((path, k) => {
      const s = sideOf(path.points[0]!);
      const e = sideOf(last(k));
      if (s) outs.push(s);
      if (e) ins.add(e);
    });
    for (const side of outs) expect(ins.has(side), `${where}: ${shape.name}'s ${side} is an entry and an exit`).toBe(false);
    expect(new Set(outs).size, `${where}: ${shape.name} has two arrows leaving one side (${outs.join(', ')})`).toBe(outs.length);
  }
  // Labels.
  const obstacles = [...p.symbols.map((s) => s.box), ...p.ends.map((e) => e.box), ...p.connectors.map((c) => c.box)];
  for (const path of p.paths) {
    if (!path.label) continue;
    const mine = p.labels.filter((l) => l.for === `${path.from}>${path.to || 'selesai'}`);
    expect(mine.map((l) => l.text), `${where}: label of ${path.from}→${path.to || 'selesai'}`).toEqual([path.label]);
    const label = mine[0]!;
    expect(label.fontPx, `${where}: label "${label.text}" size`).toBeGreaterThanOrEqual(PT7 - 0.01);
    // Beside its first segment, or the second when the first is a stub of at most 8px.
    // The corners of the path (a hop's ends lie on a straight run).
    const corners: Pt[] = [];
    for (const pt of path.points) {
      const [u, v] = [corners[corners.length - 2], corners[corners.length - 1]];
      if (u && v && ((Math.abs(u[0] - v[0]) < 0.01 && Math.abs(v[0] - pt[0]) < 0.01) || (Math.abs(u[1] - v[1]) < 0.01 && Math.abs(v[1] - pt[1]) < 0.01))) corners.pop();
      corners.push(pt);
    }
    const first = corners.slice(0, dist(corners[0]!, corners[1]!) <= 8.5 && corners.length > 2 ? 3 : 2);
    let near = Infinity;
    for (let i = 1; i < first.length; i++) {
      const a = first[i - 1]!, b = first[i]!;
      for (let f = 0; f <= 1; f += 1 / 64) near = Math.min(near, rectDistance(label.box, [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f]));
    }
    expect(near, `${where}: label "${label.text}" of ${path.from}→${path.to || 'selesai'} is away from its first segment`).toBeLessThan(4.5);
    for (const s of segs) expect(segmentInRect(s.a, s.b, label.box), `${where}: label "${label.text}" on arrow ${s.name}`).toBe(false);
    for (const o of obstacles) expect(rectsMeet(label.box, o), `${where}: label "${label.text}" on a symbol`).toBe(false);
    for (const x of p.ruleXs) expect(x > label.box.left + 0.25 && x < label.box.right - 0.25, `${where}: label "${label.text}" on a column rule`).toBe(false);
    for (const y of p.ruleYs) expect(y > label.box.top + 0.25 && y < label.box.bottom - 0.25, `${where}: label "${label.text}" on a row rule`).toBe(false);
    for (const other of p.labels) if (other !== label) expect(rectsMeet(label.box, other.box), `${where}: labels "${label.text}" and "${other.text}" overlap`).toBe(false);
  }
  expect(p.labels.length, `${where}: labels without an arrow`).toBe(p.paths.filter((x) => x.label).length);
}
