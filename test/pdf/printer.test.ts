import fs from 'node:fs';
import http from 'node:http';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { LayoutError, PdfPrinter, PrintTimeoutError } from '../../src/pdf/printer.js';
import { finalizePdf, documentDate, patchChromiumPdf, type PdfMetadata } from '../../src/pdf/finalize.js';
import { findBrowser, BrowserNotFoundError } from '../../src/pdf/browser.js';
import { CHROMIUM, mm, pdfPages } from './helpers.js';
import { tempDir } from '../helpers/cli.js';

const page = (body: string, css = '@page { size: 210mm 297mm; margin: 0 }') =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}` +
  `<script>document.documentElement.dataset.layout = 'done'</script></body></html>`;

function alive(pid: number | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntilDead(pid: number | undefined): Promise<boolean> {
  for (let i = 0; i < 50 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

describe('PdfPrinter with a real Chromium', () => {
  let server: http.Server;
  let hits = 0;
  let url = '';
  let printer: PdfPrinter;

  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    printer = await PdfPrinter.open({ executablePath: CHROMIUM, timeoutMs: 20_000 });
  });

  afterAll(async () => {
    const pid = printer.pid;
    await printer.close();
    server.close();
    expect(await waitUntilDead(pid)).toBe(true);
  });

  it('prints the document\'s own page sizes: a portrait and a landscape page', async () => {
    const html = page(
      '<section>Identitas</section><section class="land" style="break-before: page">Diagram alir</section>',
      '@page { size: 210mm 297mm; margin: 0 } @page landscape { size: 297mm 210mm; margin: 0 } .land { page: landscape }',
    );
    const { pdf } = await printer.print(html);
    const doc = await PDFDocument.load(pdf);
    const sizes = doc.getPages().map((p) => p.getSize());
    expect(sizes).toHaveLength(2);
    expect(Math.abs(sizes[0]!.width - mm(210))).toBeLessThan(1);
    expect(Math.abs(sizes[0]!.height - mm(297))).toBeLessThan(1);
    expect(Math.abs(sizes[1]!.width - mm(297))).toBeLessThan(1);
    expect(Math.abs(sizes[1]!.height - mm(210))).toBeLessThan(1);
  });

  it('refuses every network request the page makes (the server is never reached)', async () => {
    const before = hits;
    const html = page(`<img src="${url}/logo.png"><link rel="stylesheet" href="${url}/x.css"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`);
    const { blocked } = await printer.print(html);
    expect(hits).toBe(before);
    expect(blocked.sort()).toEqual([`${url}/logo.png`, `${url}/x.css`].sort());
  });

  it('waits for the layout script: the PDF shows what the script wrote before data-layout="done"', async () => {
    const html =
      '<!doctype html><html><head><style>@page { size: 210mm 297mm }</style></head><body><p id="p">before</p><script>' +
      "setTimeout(() => { document.getElementById('p').textContent = 'sesudah tata letak'; document.documentElement.dataset.layout = 'done'; }, 300)" +
      '</script></body></html>';
    const { pdf } = await printer.print(html);
    const final = await finalizePdf(pdf, meta, 'seed');
    const file = path.join(tempDir(), 'layout.pdf');
    fs.writeFileSync(file, final.bytes);
    expect(pdfPages(file)).toEqual(['sesudah tata letak']);
  });

  it('gives up on a document that never finishes its layout, and keeps printing the others', async () => {
    const quick = await PdfPrinter.open({ executablePath: CHROMIUM, timeoutMs: 1000 });
    try {
      await expect(quick.print('<!doctype html><html><body>never done</body></html>')).rejects.toBeInstanceOf(PrintTimeoutError);
      await expect(quick.print('<!doctype html><html><body><script>while (true) {}</script></body></html>')).rejects.toBeInstanceOf(PrintTimeoutError);
      const { pdf } = await quick.print(page('ok'));
      expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    } finally {
      await quick.close();
    }
  });

  it('reports a layout that failed (data-layout="error") at once, with its reason', async () => {
    const html = "<!doctype html><html><body><script>document.documentElement.dataset.layoutError = 'row 3 taller than a page'; document.documentElement.dataset.layout = 'error'</script></body></html>";
    const started = Date.now();
    await expect(printer.print(html)).rejects.toThrow(new LayoutError('row 3 taller than a page'));
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('relaunches a browser that crashed once, and the batch goes on', async () => {
    const crashy = await PdfPrinter.open({ executablePath: CHROMIUM, timeoutMs: 20_000 });
    try {
      await crashy.print(page('eins'));
      const first = crashy.pid;
      process.kill(first!, 'SIGKILL');
      await waitUntilDead(first);
      const { pdf } = await crashy.print(page('zwei'));
      expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
      expect(crashy.relaunchCount).toBe(1);
      expect(crashy.pid).not.toBe(first);
      // Only once: a second crash fails the document.
      process.kill(crashy.pid!, 'SIGKILL');
      await waitUntilDead(crashy.pid);
      await expect(crashy.print(page('drei'))).rejects.toThrow();
    } finally {
      const pid = crashy.pid;
      await crashy.close();
      expect(await waitUntilDead(pid)).toBe(true);
    }
  });
});

const meta: PdfMetadata = {
  title: 'Pelayanan Surat',
  subject: '01/SOP/2024',
  author: 'Dinas Uji',
  keywords: ['SOP', 'SOP AP'],
  creator: 'sop 0.0.0',
  producer: 'sop (Chromium, pdf-lib)',
  language: 'id',
  date: new Date('2024-03-11T00:00:00Z'),
};

describe('finalizePdf', () => {
  it('makes two Chromium prints of the same document byte-identical, whatever Chromium wrote as dates', async () => {
    const printer = await PdfPrinter.open({ executablePath: CHROMIUM, timeoutMs: 20_000 });
    try {
      const html = page('<h1>Uraian kegiatan</h1>');
      const a = (await printer.print(html)).pdf;
      await new Promise((r) => setTimeout(r, 1100)); // Chromium's own dates have one-second resolution
      const b = (await printer.print(html)).pdf;
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
      const fa = await finalizePdf(a, meta, html);
      const fb = await finalizePdf(b, meta, html);
      expect(Buffer.from(fa.bytes).equals(Buffer.from(fb.bytes))).toBe(true);
      const text = Buffer.from(fa.bytes).toString('latin1');
      expect(text).not.toContain('HeadlessChrome');
      expect(text).toContain('/CreationDate (D:20240311000000Z)');
    } finally {
      await printer.close();
    }
  });

  it('patches Chromium\'s output in place plus an incremental update that every reader accepts', async () => {
    const printer = await PdfPrinter.open({ executablePath: CHROMIUM, timeoutMs: 20_000 });
    try {
      const raw = (await printer.print(page('<table><tr><th>No</th><th>Kegiatan</th></tr><tr><td>1</td><td>Menerima berkas</td></tr></table>'))).pdf;
      const patched = patchChromiumPdf(raw, { ...meta, title: 'Pelayanan — “Surat” (Izin)' }, 'seed');
      expect(patched).not.toBeNull();
      const file = path.join(tempDir(), 'patched.pdf');
      fs.writeFileSync(file, patched!.bytes);
      const run = spawnSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^Title: +Pelayanan — “Surat” \(Izin\)$/m);
      expect(run.stdout).toMatch(/^Keywords: +SOP; SOP AP$/m);
      expect(run.stdout).toMatch(/^CreationDate: +2024-03-11T00:00:00Z$/m);
      expect(run.stdout).toMatch(/^Tagged: +yes$/m);
      expect(pdfPages(file)).toEqual(['No Kegiatan 1 Menerima berkas']);
      const doc = await PDFDocument.load(patched!.bytes, { updateMetadata: false });
      expect(doc.getTitle()).toBe('Pelayanan — “Surat” (Izin)');
      expect(doc.getPageCount()).toBe(patched!.pages);
      // Chromium's own Info (dates, user agent) is blanked, not left to vary.
      expect(Buffer.from(patched!.bytes).toString('latin1')).not.toMatch(/HeadlessChrome|D:20[0-9]{12}\+/);
    } finally {
      await printer.close();
    }
  });

  it('falls back to a pdf-lib rewrite for a PDF that is not Chromium\'s', async () => {
    const other = await PDFDocument.create();
    other.addPage([100, 100]);
    const raw = await other.save({ useObjectStreams: true });
    expect(patchChromiumPdf(raw, meta, 'seed')).toBeNull();
    const final = await finalizePdf(raw, meta, 'seed');
    const doc = await PDFDocument.load(final.bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Pelayanan Surat');
    expect(doc.getCreationDate()?.toISOString()).toBe('2024-03-11T00:00:00.000Z');
    expect(final.pages).toBe(1);
  });

  it('takes the date from SOURCE_DATE_EPOCH, else tanggal efektif, else pembuatan', () => {
    expect(documentDate({ created: '2023-07-01', effective: '2023-07-10' }, undefined).toISOString()).toBe('2023-07-10T00:00:00.000Z');
    expect(documentDate({ created: '2023-07-01', effective: null }, undefined).toISOString()).toBe('2023-07-01T00:00:00.000Z');
    expect(documentDate({ created: '2023-07-01', effective: null }, '1700000000').toISOString()).toBe('2023-11-14T22:13:20.000Z');
  });
});

describe('findBrowser', () => {
  it('says how to get a browser when the named one does not exist', () => {
    expect(() => findBrowser('/nonexistent/chrome', {})).toThrow(BrowserNotFoundError);
    expect(() => findBrowser(undefined, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent' })).toThrow(/PUPPETEER_EXECUTABLE_PATH=\/nonexistent: no executable there\. Install one \(Debian\/Ubuntu: sudo apt-get install chromium/);
  });

  it('takes PUPPETEER_EXECUTABLE_PATH before the system locations', () => {
    expect(findBrowser(undefined, { PUPPETEER_EXECUTABLE_PATH: CHROMIUM })).toBe(CHROMIUM);
  });
});
