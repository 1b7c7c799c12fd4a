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
import { generateSopYaml } from './generate.js';
import { REPO, renderOptions, sampleSops, sopFromText } from './helpers.js';
import { checkLayout, layout as layoutIn, type Geometry } from './flow-geometry.js';
import { expectedFlow } from './expected-flow.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
const layout = (html: string) => layoutIn(browser, html);
const sampleText = (slug: string) => fs.readFileSync(path.join(REPO, 'sops', `${slug}.sop.yaml`), 'utf8');

describe('rendered HTML in Chromium', () => {
  for (const { slug, sop } of sampleSops()) {
    it(`lays out ${slug} on A4`, async () => {
      const g = await layout(await renderHtml(sop, renderOptions({ paper: 'a4', approvalAtEnd: true })));
      const { flowPages } = checkLayout(g, 'a4', expectedFlow(sampleText(slug)));
      expect(flowPages).toBeGreaterThanOrEqual(1);
    });
  }

  const generatedText = generateSopYaml({ steps: 30, actors: 8, seed: 7, wordy: true });
  const generated = sopFromText(generatedText);
  for (const paper of ['a4', 'f4'] as const) {
    it(`lays out a generated SOP of 30 steps and 8 actors on ${paper.toUpperCase()}`, async () => {
      expect(generated.actors.length).toBe(8);
      expect(generated.steps.filter((s) => s.symbol === 'keputusan').length).toBeGreaterThanOrEqual(5);
      expect(generated.edges.some((e) => e.to !== null && e.to < e.from)).toBe(true);
      const g = await layout(await renderHtml(generated, renderOptions({ paper })));
      const flow = expectedFlow(generatedText);
      const { flowPages, letters } = checkLayout(g, paper, flow);
      expect(flowPages).toBeGreaterThanOrEqual(3);
      expect(letters).toBeGreaterThanOrEqual(2);
      // Upward edges across a page break exist in this SOP and come out as pairs too.
      const pageOf = new Map(g.pages.flatMap((p) => p.rows.map((r) => [r.step, p.page] as const)));
      expect(flow.edges.some((e) => e.to < e.from && pageOf.get(e.to)! < pageOf.get(e.from)!)).toBe(true);
    });
  }

  // Decisions whose "Tidak" ends the procedure: in a middle column (capsule to the right), in the
  // last column (to the left), and with one actor only (in the gap beside the diamond).
  const endBranchText = (actors: string[], columns: number[]) => [
    'nomor: 9/SOP/2024', 'nama: Uji cabang selesai', 'instansi: { pemerintah: Pemerintah Kabupaten Balangan, nama: Dinas Kearsipan }', 'tanggal: { pembuatan: 2024-01-02 }',
    'disahkan_oleh: { jabatan: Kepala Dinas, nama: Budi, nip: "196603131989031011" }',
    'dasar_hukum: [Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil]',
    'pelaksana: [' + actors.join(', ') + ']',
    'kegiatan:',
    `  - { uraian: Menerima berkas, pelaksana: ${actors[columns[0]!]} }`,
    `  - { uraian: Memeriksa kelengkapan berkas, pelaksana: ${actors[columns[1]!]}, tidak: selesai, label_tidak: Tidak lengkap }`,
    `  - { uraian: Memverifikasi berkas, pelaksana: ${actors[columns[2]!]}, tidak: Selesai, label_tidak: Ditolak }`,
    `  - { uraian: Menerbitkan surat, pelaksana: ${actors[columns[3]!]} }`,
  ].join('\n');
  for (const [name, text] of [
    ['three actors', endBranchText(['Pemohon', 'Petugas', 'Kepala Seksi'], [0, 1, 2, 1])],
    ['one actor', endBranchText(['Petugas'], [0, 0, 0, 0])],
  ] as const) {
    const sop = sopFromText(text);
    it(`draws each branch that ends the procedure to an end capsule (${name})`, async () => {
      expect(sop.edges.filter((e) => e.end).map((e) => [e.from, e.kind])).toEqual([[2, 'tidak'], [3, 'tidak']]);
      const g = await layout(await renderHtml(sop, renderOptions({ paper: 'a4' })));
      checkLayout(g, 'a4', expectedFlow(text));
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
    checkLayout(g, 'a4', expectedFlow(sampleText('pelayanan-izin-penelitian')));
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
