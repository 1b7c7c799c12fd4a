import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { runCli, tempDir } from '../helpers/cli.js';
import { formatDuration } from '../../src/model/duration.js';
import { readOutline } from '../../src/pdf/book.js';
import { version } from '../../src/cli/version.js';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from '../../src/pdf/browser.js';
import { SAMPLES_DIR, ROOT, containsPhrase, loadSample, mm, normalize, pdfInfo, pdfPages, sampleFiles } from './helpers.js';

const env = { PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium' };
const slug = (file: string) => file.replace(/\.sop\.yaml$/, '');

let outA: string;
let outB: string;
let book: string;
let firstRun: Awaited<ReturnType<typeof runCli>>;

beforeAll(async () => {
  const dir = tempDir();
  outA = path.join(dir, 'a');
  outB = path.join(dir, 'b');
  book = path.join(dir, 'buku', 'buku-sop.pdf');
  firstRun = await runCli(['render', SAMPLES_DIR, '--format', 'html,pdf', '--out', outA, '--book', book], ROOT, env);
  // A second run, one page at a time: Chromium's DOM node ids then differ, the bytes must not.
  const second = await runCli(['render', SAMPLES_DIR, '--format', 'pdf', '--out', outB, '--concurrency', '1'], ROOT, env);
  expect(second.code, second.stderr).toBe(0);
}, 240_000);

describe('sop render --format html,pdf on the samples', () => {
  it('exits 0 and writes one HTML and one PDF per sample, and a summary', () => {
    expect(firstRun.code, firstRun.stderr).toBe(0);
    for (const file of sampleFiles()) {
      expect(fs.existsSync(path.join(outA, `${slug(file)}.html`))).toBe(true);
      expect(fs.readFileSync(path.join(outA, `${slug(file)}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const n = sampleFiles().length;
    expect(firstRun.stdout).toMatch(new RegExp(`^${n} dari ${n} berkas dirender, \\d+ halaman PDF, [\\d.]+ detik$`, 'm'));
    // No temporary files left behind by the atomic writes.
    expect(fs.readdirSync(outA).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('gives byte-identical PDFs on a second run (other concurrency)', () => {
    for (const file of sampleFiles()) {
      const a = fs.readFileSync(path.join(outA, `${slug(file)}.pdf`));
      const b = fs.readFileSync(path.join(outB, `${slug(file)}.pdf`));
      expect(a.equals(b), file).toBe(true);
    }
  });

  it('carries the metadata: title, subject, author, keywords, creator, dates from the SOP, language', async () => {
    for (const file of sampleFiles()) {
      const sop = loadSample(file);
      const pdfFile = path.join(outA, `${slug(file)}.pdf`);
      const info = pdfInfo(pdfFile);
      expect(info.fields.Title).toBe(sop.title);
      expect(info.fields.Subject).toBe(sop.number);
      expect(info.fields.Author).toBe(sop.agency.name);
      expect(info.fields.Keywords).toContain(sop.number);
      expect(info.fields.Creator).toBe(`sop ${version}`);
      expect(info.fields.Producer).toBe('sop (Chromium, pdf-lib)');
      const date = `${sop.dates.effective ?? sop.dates.created}T00:00:00Z`;
      expect(info.fields.CreationDate).toBe(date);
      expect(info.fields.ModDate).toBe(date);
      const doc = await PDFDocument.load(fs.readFileSync(pdfFile), { updateMetadata: false });
      expect((doc.catalog.lookup(PDFName.of('Lang')) as PDFString).decodeText()).toBe('id');
    }
  });

  // Depends on the real HTML (issue 4): the placeholder has no body text.
  it('contains every step\'s uraian, every actor and the total, as real text', () => {
    for (const file of sampleFiles()) {
      const sop = loadSample(file);
      const text = pdfPages(path.join(outA, `${slug(file)}.pdf`)).join(' ');
      for (const step of sop.steps) expect(containsPhrase(text, step.description), `${file} step ${step.number}: ${step.description}`).toBe(true);
      for (const actor of sop.actors) expect(containsPhrase(text, actor.name), `${file} actor ${actor.name}`).toBe(true);
      expect(text).toContain(sop.number);
      if (sop.totalDuration) {
        const total = [formatDuration(sop.totalDuration, sop.workTime, 'id', true), formatDuration(sop.totalDuration, sop.workTime, 'id', false)];
        expect(total.some((t) => text.includes(t)), `${file}: total ${total.join(' | ')}`).toBe(true);
      }
    }
  });

  // Depends on the real HTML (issue 4): its pages and the footer "Halaman x dari y".
  it('has exactly the document\'s pages, each at its own size (as laid out in the browser), with "Halaman x dari y"', async () => {
    const browser = await launchBrowser({ executablePath: '/usr/bin/chromium' });
    try {
      const page = await browser.newPage();
      for (const file of sampleFiles()) {
        await page.goto(pathToFileURL(path.join(outA, `${slug(file)}.html`)).href);
        await page.waitForSelector('html[data-layout="done"]', { timeout: 30_000 });
        const boxes = await page.$$eval('section.page', (sections) => sections.map((s) => ({ width: s.getBoundingClientRect().width, height: s.getBoundingClientRect().height })));
        const pdfFile = path.join(outA, `${slug(file)}.pdf`);
        const info = pdfInfo(pdfFile);
        expect(boxes.length, file).toBeGreaterThanOrEqual(2);
        expect(info.pages, file).toBe(boxes.length);
        info.sizes.forEach((size, i) => {
          // CSS px → pt is 0.75; Chromium rounds page sizes to whole px.
          expect(Math.abs(size.width - boxes[i]!.width * 0.75), `${file} page ${i + 1} width`).toBeLessThan(1);
          expect(Math.abs(size.height - boxes[i]!.height * 0.75), `${file} page ${i + 1} height`).toBeLessThan(1);
          // Every page is A4, in one orientation or the other.
          const [short, long] = [Math.min(size.width, size.height), Math.max(size.width, size.height)];
          expect(Math.abs(short - mm(210)) < 1 && Math.abs(long - mm(297)) < 1, `${file} page ${i + 1} is A4`).toBe(true);
        });
        const pages = pdfPages(pdfFile);
        expect(pages).toHaveLength(info.pages);
        pages.forEach((text, i) => expect(text, `${file} page ${i + 1}`).toContain(`Halaman ${i + 1} dari ${info.pages}`));
      }
    } finally {
      await browser.close();
    }
  });
});

describe('sop render --book', () => {
  it('compiles cover, Daftar Isi and every SOP, each starting where the Daftar Isi says, with one bookmark per SOP', async () => {
    expect(firstRun.stdout).toMatch(/^Buku: .*buku-sop\.pdf \(5 SOP, \d+ halaman\)$/m);
    const files = sampleFiles();
    const sopPages = files.map((f) => pdfInfo(path.join(outA, `${slug(f)}.pdf`)).pages);
    const info = pdfInfo(book);
    const text = pdfPages(book);
    const tocPages = info.pages - 1 - sopPages.reduce((a, b) => a + b, 0);
    expect(tocPages).toBeGreaterThanOrEqual(1);
    expect(text[0]).toContain('Buku Standar Operasional Prosedur');
    expect(text[1]).toContain('DAFTAR ISI');

    const outline = await readOutline(fs.readFileSync(book));
    expect(outline).toHaveLength(files.length);
    let start = 2 + tocPages;
    // The Daftar Isi in layout mode: a row's first line holds No., nomor, the start of nama and the page.
    const tocLines = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', String(1 + tocPages), book, '-'], { encoding: 'utf8' }).split('\n');
    const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    files.forEach((file, i) => {
      const sop = loadSample(file);
      // Daftar Isi row: nomor, nama, page.
      const row = tocLines.map((l) => new RegExp(`^\\s*${i + 1}\\s+${escape(sop.number)}\\s+(.+?)\\s+(\\d+)\\s*$`).exec(l)).find(Boolean);
      expect(row, `${file}: Daftar Isi row`).toBeTruthy();
      expect(normalize(sop.title).startsWith(normalize(row![1]!)), `${file}: ${row![1]}`).toBe(true);
      expect(Number(row![2])).toBe(start);
      expect(outline[i]).toEqual({ title: `${sop.number} — ${sop.title}`, pageIndex: start - 1 });
      // The book page carries the book page number.
      expect(text[start - 1]).toContain(`Halaman buku ${start} dari ${info.pages}`);
      start += sopPages[i]!;
    });
    expect(start - 1).toBe(info.pages);
    // The outline as poppler reads it: one item per SOP, on its first page (1-based).
    const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', book], { encoding: 'utf8' });
    const items = [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ page: Number(m[1]), title: m[2] }));
    expect(items).toEqual(outline.map((o) => ({ page: o.pageIndex + 1, title: o.title.replace(/&/g, '&amp;') })));
    // No sop.config.yaml here: the cover and the metadata name the first SOP's instansi.
    expect(info.fields.Title).toBe(`Buku SOP — ${loadSample(files[0]!).agency.name}`);
    expect(info.fields.Author).toBe(loadSample(files[0]!).agency.name);
  });

  // Depends on the real HTML: each SOP's first page shows its number.
  it('starts each SOP on the page the Daftar Isi names', async () => {
    const files = sampleFiles();
    const outline = await readOutline(fs.readFileSync(book));
    const text = pdfPages(book);
    files.forEach((file, i) => expect(text[outline[i]!.pageIndex], file).toContain(loadSample(file).number));
  });
});
