/**
 * The rendered HTML in a real Chromium: measured layout, symbols, arrows, connectors, pages.
 * One browser for the whole file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../src/pdf/browser.js';
import { renderHtml } from '../../src/render/index.js';
import type { Paper } from '../../src/config/types.js';
import { generateSopYaml } from './generate.js';
import { REPO, renderOptions, sampleSops, sopFromText } from './helpers.js';

type Pt = [number, number];
interface Rect { left: number; right: number; top: number; bottom: number }
interface Geometry {
  layout: string | null;
  error: string | null;
  paperPx: { width: number; height: number };
  data: {
    steps: Array<{ number: number; column: number }>;
    edges: Array<{ from: number; to: number; label: string | null }>;
    ends: Array<{ from: number; label: string | null }>;
  };
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
    paths: Array<{ from: number; to: number; label: string | null; opc: string | null; points: Pt[] }>;
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
    const paths = Array.from(page.querySelectorAll('path.arrow')).map((p) => {
      const nums = p.getAttribute('d').match(/-?[0-9.]+/g).map(Number);
      const points = [];
      for (let i = 0; i < nums.length; i += 2) points.push([nums[i] + o.left, nums[i + 1] + o.top]);
      return { from: Number(p.dataset.from), to: p.dataset.to === 'selesai' ? 0 : Number(p.dataset.to), label: p.dataset.label ?? null, opc: p.dataset.opc ?? null, points };
    });
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
      footer: page.querySelector('.page-footer') ? page.querySelector('.page-footer').textContent : '',
      trailing: [page.querySelector('tr.jumlah'), page.querySelector('.approval-end')].reduce((sum, el) => sum + (el ? el.getBoundingClientRect().height : 0), 0),
    };
  });
  return {
    layout: html.getAttribute('data-layout'),
    error: html.getAttribute('data-layout-error'),
    paperPx: { width: 0, height: 0, mm },
    data: JSON.parse(document.getElementById('sop-layout-data').textContent),
    pages,
  };
})()`;

const PAPER_MM: Record<Paper, [number, number]> = { a4: [297, 210], f4: [330, 215], letter: [279.4, 215.9], legal: [355.6, 215.9] };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function layout(html: string): Promise<Geometry> {
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

function checkLayout(g: Geometry, paper: Paper): { flowPages: number; letters: number } {
  expect(g.error).toBeNull();
  expect(g.layout).toBe('done');
  const mm = (g.paperPx as unknown as { mm: number }).mm;
  const [wMm, hMm] = PAPER_MM[paper];
  const total = g.pages.length;
  const pageOfStep = new Map<number, number>();
  const stepCount = g.data.steps.length;
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
      const colIndex = g.data.steps.find((st) => st.number === s.step)!.column;
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
    // No two arrows share a stretch of line.
    const segs = p.paths.flatMap((path, k) => path.points.slice(1).map((b, i) => ({ k, a: path.points[i]!, b, name: `${path.from}→${path.to}` })));
    for (let i = 0; i < segs.length; i++) {
      for (let j = i + 1; j < segs.length; j++) {
        const s = segs[i]!, t = segs[j]!;
        if (s.k === t.k) continue;
        const vert = (q: typeof s) => Math.abs(q.a[0] - q.b[0]) < 0.01;
        if (vert(s) && vert(t) && Math.abs(s.a[0] - t.a[0]) < 1) {
          const overlap = Math.min(Math.max(s.a[1], s.b[1]), Math.max(t.a[1], t.b[1])) - Math.max(Math.min(s.a[1], s.b[1]), Math.min(t.a[1], t.b[1]));
          expect(overlap, `arrows ${s.name} and ${t.name} overlap on page ${p.page}`).toBeLessThan(0.5);
        }
        if (!vert(s) && !vert(t) && Math.abs(s.a[1] - t.a[1]) < 1) {
          const overlap = Math.min(Math.max(s.a[0], s.b[0]), Math.max(t.a[0], t.b[0])) - Math.max(Math.min(s.a[0], s.b[0]), Math.min(t.a[0], t.b[0]));
          expect(overlap, `arrows ${s.name} and ${t.name} overlap on page ${p.page}`).toBeLessThan(0.5);
        }
      }
    }
  });
  expect(pageOfStep.size).toBe(stepCount);
  const flow = g.pages.filter((p) => p.kind === 'alur');
  // Pages are filled: the first row of the next page would not have fitted on the previous one.
  for (let i = 0; i + 1 < flow.length; i++) {
    const cur = flow[i]!, next = flow[i + 1]!;
    if (!next.rows.length || !cur.rows.length) continue;
    const free = cur.rect.bottom - 11 * mm - cur.rows[cur.rows.length - 1]!.rect.bottom;
    const nextRow = next.rows[0]!.rect;
    const trailing = i + 2 === flow.length && next.rows.length === 1 ? next.trailing + 8 : 0;
    expect(free, `page ${cur.page} left room for step ${next.rows[0]!.step}`).toBeLessThan(nextRow.bottom - nextRow.top + 34 + 4 + trailing);
  }
  // Every model edge drawn exactly once: one path, or a lettered pair across pages.
  const symbolOf = (step: number) => {
    const p = flow.find((pg) => pg.symbols.some((s) => s.step === step))!;
    return { page: p, symbol: p.symbols.find((s) => s.step === step)! };
  };
  const lettersSeen = new Set<string>();
  const allPaths = flow.flatMap((p) => p.paths.map((path) => ({ page: p, path })));
  for (const e of g.data.edges) {
    const src = symbolOf(e.from);
    const dst = symbolOf(e.to);
    const mine = allPaths.filter((x) => x.path.from === e.from && x.path.to === e.to);
    const dup = g.data.edges.filter((x) => x.from === e.from && x.to === e.to).length;
    if (src.page === dst.page) {
      expect(mine.length, `edge ${e.from}→${e.to}`).toBe(dup);
      const path = mine[0]!.path;
      expect(path.opc).toBeNull();
      expect(nearOutline(path.points[0]!, src.symbol.outline), `edge ${e.from}→${e.to} start`).toBeLessThan(1.5);
      expect(nearOutline(path.points[path.points.length - 1]!, dst.symbol.outline), `edge ${e.from}→${e.to} end`).toBeLessThan(1.5);
      if (e.label) expect(path.label).toBe(e.label);
    } else {
      expect(mine.length, `cut edge ${e.from}→${e.to}`).toBe(2 * dup);
      const out = mine.find((x) => x.page === src.page)!;
      const inn = mine.find((x) => x.page === dst.page)!;
      const letter = out.path.opc!;
      expect(letter).toMatch(/^[A-Z]+$/);
      expect(inn.path.opc).toBe(letter);
      expect(lettersSeen.has(letter)).toBe(false);
      lettersSeen.add(letter);
      const cOut = src.page.connectors.filter((c) => c.letter === letter);
      const cIn = dst.page.connectors.filter((c) => c.letter === letter);
      expect(cOut.map((c) => c.direction)).toEqual(['out']);
      expect(cIn.map((c) => c.direction)).toEqual(['in']);
      expect(nearOutline(out.path.points[0]!, src.symbol.outline)).toBeLessThan(1.5);
      expect(nearOutline(out.path.points[out.path.points.length - 1]!, cOut[0]!.outline)).toBeLessThan(1.5);
      expect(nearOutline(inn.path.points[0]!, cIn[0]!.outline)).toBeLessThan(1.5);
      expect(nearOutline(inn.path.points[inn.path.points.length - 1]!, dst.symbol.outline)).toBeLessThan(1.5);
      // Connectors sit in the column of their step; downward: out below the last row, in above the first.
      const colOf = (pg: Geometry['pages'][number], step: number) => pg.actors.find((a) => a.id === pg.symbols.find((s) => s.step === step)!.actor)!.rect;
      const sc = colOf(src.page, e.from), tc = colOf(dst.page, e.to);
      expect(inside(cOut[0]!.box, { ...sc, top: -1e9, bottom: 1e9 })).toBe(true);
      expect(inside(cIn[0]!.box, { ...tc, top: -1e9, bottom: 1e9 })).toBe(true);
      const down = dst.page.page > src.page.page;
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
  for (const e of g.data.ends ?? []) {
    const src = symbolOf(e.from);
    const mine = allPaths.filter((x) => x.path.from === e.from && x.path.to === 0);
    expect(mine.length, `branch ${e.from}→selesai`).toBe(g.data.ends.filter((x) => x.from === e.from).length);
    const capsules = src.page.ends.filter((c) => c.endOf === e.from);
    for (const { path } of mine) {
      expect(path.label).toBe(e.label);
      expect(path.points.length).toBe(2);
      expect(nearOutline(path.points[0]!, src.symbol.outline), `branch ${e.from}→selesai start`).toBeLessThan(1.5);
      const last = path.points[1]!;
      expect(Math.min(...capsules.map((c) => nearOutline(last, c.outline))), `branch ${e.from}→selesai end`).toBeLessThan(1.5);
    }
  }
  expect(flow.flatMap((p) => p.ends).length).toBe((g.data.ends ?? []).length);
  // No stray connectors: every letter is a pair.
  const allConnectors = flow.flatMap((p) => p.connectors);
  expect(allConnectors.length).toBe(lettersSeen.size * 2);
  // No path without a model edge.
  for (const { path } of allPaths) {
    const known = path.to === 0 ? (g.data.ends ?? []).some((e) => e.from === path.from) : g.data.edges.some((e) => e.from === path.from && e.to === path.to);
    expect(known, `path ${path.from}→${path.to || 'selesai'}`).toBe(true);
  }
  return { flowPages: flow.length, letters: lettersSeen.size };
}

describe('rendered HTML in Chromium', () => {
  for (const { slug, sop } of sampleSops()) {
    it(`lays out ${slug} on A4`, async () => {
      const g = await layout(await renderHtml(sop, renderOptions({ paper: 'a4', approvalAtEnd: true })));
      const { flowPages } = checkLayout(g, 'a4');
      expect(flowPages).toBeGreaterThanOrEqual(1);
    });
  }

  const generated = sopFromText(generateSopYaml({ steps: 30, actors: 8, seed: 7, wordy: true }));
  for (const paper of ['a4', 'f4'] as const) {
    it(`lays out a generated SOP of 30 steps and 8 actors on ${paper.toUpperCase()}`, async () => {
      expect(generated.actors.length).toBe(8);
      expect(generated.steps.filter((s) => s.symbol === 'keputusan').length).toBeGreaterThanOrEqual(5);
      expect(generated.edges.some((e) => e.to !== null && e.to < e.from)).toBe(true);
      const g = await layout(await renderHtml(generated, renderOptions({ paper })));
      const { flowPages, letters } = checkLayout(g, paper);
      expect(flowPages).toBeGreaterThanOrEqual(3);
      expect(letters).toBeGreaterThanOrEqual(2);
      // Upward edges across a page break exist in this SOP and come out as pairs too.
      const pageOf = new Map(g.pages.flatMap((p) => p.rows.map((r) => [r.step, p.page] as const)));
      expect(g.data.edges.some((e) => e.to < e.from && pageOf.get(e.to)! < pageOf.get(e.from)!)).toBe(true);
    });
  }

  // Decisions whose "Tidak" ends the procedure: in a middle column (capsule to the right), in the
  // last column (to the left), and with one actor only (in the gap beside the diamond).
  const endBranch = (actors: string[], columns: number[]) => sopFromText([
    'nomor: 9/SOP/2024', 'nama: Uji cabang selesai', 'instansi: { pemerintah: Pemerintah Kabupaten Balangan, nama: Dinas Kearsipan }', 'tanggal: { pembuatan: 2024-01-02 }',
    'disahkan_oleh: { jabatan: Kepala Dinas, nama: Budi, nip: "196603131989031011" }',
    'dasar_hukum: [Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil]',
    'pelaksana: [' + actors.join(', ') + ']',
    'kegiatan:',
    `  - { uraian: Menerima berkas, pelaksana: ${actors[columns[0]!]} }`,
    `  - { uraian: Memeriksa kelengkapan berkas, pelaksana: ${actors[columns[1]!]}, tidak: selesai, label_tidak: Tidak lengkap }`,
    `  - { uraian: Memverifikasi berkas, pelaksana: ${actors[columns[2]!]}, tidak: Selesai, label_tidak: Ditolak }`,
    `  - { uraian: Menerbitkan surat, pelaksana: ${actors[columns[3]!]} }`,
  ].join('\n'));
  for (const [name, sop] of [
    ['three actors', endBranch(['Pemohon', 'Petugas', 'Kepala Seksi'], [0, 1, 2, 1])],
    ['one actor', endBranch(['Petugas'], [0, 0, 0, 0])],
  ] as const) {
    it(`draws each branch that ends the procedure to an end capsule (${name})`, async () => {
      expect(sop.edges.filter((e) => e.end).map((e) => [e.from, e.kind])).toEqual([[2, 'tidak'], [3, 'tidak']]);
      const g = await layout(await renderHtml(sop, renderOptions({ paper: 'a4' })));
      checkLayout(g, 'a4');
      const page = g.pages.find((p) => p.kind === 'alur')!;
      expect(page.ends.map((e) => e.endOf)).toEqual([2, 3]);
      expect(page.paths.filter((p) => p.to === 0).map((p) => p.label)).toEqual(['Tidak lengkap', 'Ditolak']);
      const ids = page.actors.map((a) => a.id);
      // The capsule sits in the next column, or the one before it in the last column, or beside the diamond with one actor.
      if (ids.length === 3) expect(page.ends.map((e) => ids.indexOf(e.actor))).toEqual([2, 1]);
      else expect(page.ends.map((e) => e.actor)).toEqual(['petugas', 'petugas']);
    });
  }

  it('prints a Keterangan spanning rows as one cell per page over exactly its rows, across a page break', async () => {
    // In the sample, step 14 (konsep) notes "Konsep dan paraf berjenjang …" down to step 16 (paraf-kabid).
    const sample = sampleSops().find((x) => x.slug === 'pelayanan-izin-penelitian')!.sop;
    expect(sample.steps[13]!.remarksSpan).toEqual({ ref: 'paraf-kabid', until: 16 });
    const g = await layout(await renderHtml(sample, renderOptions({ paper: 'a4' })));
    checkLayout(g, 'a4');
    const text = 'Konsep dan paraf berjenjang diselesaikan paling lama 1 hari kerja';
    const cells = g.pages.flatMap((p) => p.remarks.filter((c) => c.text === text).map((c) => ({ page: p, cell: c })));
    // Every row of 14–16 covered once, by a cell on its own page that starts at the span's first row there.
    const covered: number[] = [];
    for (const { page, cell } of cells) {
      const rows = page.rows.filter((rw) => rw.step >= cell.firstRow && rw.step < cell.firstRow + cell.rowspan);
      expect(rows.length).toBe(cell.rowspan);
      expect(Math.abs(cell.rect.top - rows[0]!.rect.top)).toBeLessThan(1.5);
      expect(Math.abs(cell.rect.bottom - rows[rows.length - 1]!.rect.bottom)).toBeLessThan(1.5);
      expect(cell.continued).toBe(cell.firstRow !== 14);
      covered.push(...rows.map((rw) => rw.step));
    }
    expect(covered).toEqual([14, 15, 16]);
    // The break in this sample falls inside the span: two cells, the second marked as continued.
    expect(cells.length).toBe(new Set(cells.map((c) => c.page.page)).size);
    expect(cells.length, 'the A4 page break of this sample falls inside steps 14–16').toBe(2);
    // Rows 15 and 16 carry no note of their own.
    for (const p of g.pages) expect(p.remarks.filter((c) => c.firstRow === 15 || c.firstRow === 16).every((c) => c.text === text)).toBe(true);
  });

  it('fits four signature boxes and a long identity on the one identity sheet', async () => {
    const boxes = ['Dibuat oleh', 'Diperiksa oleh', 'Disetujui oleh', 'Mengetahui'].map(
      (peran, i) => `  - { peran: ${peran}, jabatan: Kepala Bidang Pelayanan Perizinan dan Nonperizinan ${i + 1}, nama: "Nama Pejabat ${i + 1}, S.Sos., M.Si.", nip: "19790412200501100${i}", pangkat: Penata Tingkat I (III/d) }`,
    );
    const sample = sampleSops().find((x) => x.slug === 'pelayanan-izin-penelitian')!;
    const text = fs.readFileSync(path.join(REPO, 'sops', 'pelayanan-izin-penelitian.sop.yaml'), 'utf8').replace(/tanda_tangan:\n(  .*\n)+/, `tanda_tangan:\n${boxes.join('\n')}\n`);
    const sop = sopFromText(text, sample.sop.file);
    expect(sop.signatures.map((x) => x.role)).toEqual(['Dibuat oleh', 'Diperiksa oleh', 'Disetujui oleh', 'Mengetahui']);
    const html = await renderHtml(sop, renderOptions({ paper: 'a4' }));
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      await page.waitForSelector('html[data-layout="done"], html[data-layout="error"]');
      const r = await page.evaluate(() => {
        const rect = (el: Element) => el.getBoundingClientRect();
        const id = document.querySelector('section.identitas')!;
        const body = id.querySelector('.page-body')!;
        return {
          problems: document.documentElement.getAttribute('data-layout-problems'),
          body: { top: rect(body).top, bottom: rect(body).bottom },
          boxes: Array.from(id.querySelectorAll('div.signature')).map((td) => ({ left: rect(td).left, bottom: rect(td).bottom, role: td.querySelector('.signature-role')!.textContent })),
        };
      });
      expect(r.problems).toBeNull();
      expect(r.boxes.map((b) => b.role)).toEqual(['Dibuat oleh', 'Diperiksa oleh', 'Disetujui oleh', 'Mengetahui']);
      for (let i = 1; i < r.boxes.length; i++) expect(r.boxes[i]!.left).toBeGreaterThan(r.boxes[i - 1]!.left);
      for (const b of r.boxes) expect(b.bottom).toBeLessThanOrEqual(r.body.bottom + 0.5);
    } finally {
      await page.close();
    }
  });

  it('prints more rows per page on F4 than on A4 (rows are measured, pages filled)', async () => {
    const a4 = await layout(await renderHtml(generated, renderOptions({ paper: 'a4' })));
    const f4 = await layout(await renderHtml(generated, renderOptions({ paper: 'f4' })));
    const rows = (g: Geometry) => g.pages.filter((p) => p.kind === 'alur')[0]!.rows.length;
    expect(rows(f4)).toBeGreaterThan(rows(a4));
  });
});
