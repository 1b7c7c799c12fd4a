import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir, tempProject } from '../helpers/cli.js';
import { COMPLETE_SOP } from '../helpers/lint.js';
import { pdfInfo, pdfPages } from '../pdf/helpers.js';
import { readOutline } from '../../src/pdf/book.js';
import { shardOf } from '../../src/util/shard.js';

/** `sop book DIR` with real PDFs: two small SOPs rendered by Chromium in a temporary project. */

const CHROME = { PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium' };
// Named so that the order of the files is not the order of their numbers: the book follows the files.
const FIRST = COMPLETE_SOP.replace('nomor: 01/SOP', 'nomor: 02/SOP').replace('nama: Pelaksanaan Pengukuran Kinerja', 'nama: Pengarsipan Dokumen Kinerja');
const SECOND = COMPLETE_SOP.replace('nama: Pelaksanaan Pengukuran Kinerja', 'nama: Pelaksanaan Pengukuran Kinerja Pegawai');
const FILES = { 'sops/a-arsip.sop.yaml': FIRST, 'sops/b-ukur.sop.yaml': SECOND };

let dir: string;
let reference: string;
let rendered: Awaited<ReturnType<typeof runCli>>;

/** A copy of dist/ (the rendered PDFs) to change without touching the others' input. */
function copyOfDist(): string {
  const copy = path.join(tempDir(), 'dist');
  fs.cpSync(path.join(dir, 'dist'), copy, { recursive: true });
  return copy;
}

beforeAll(async () => {
  dir = tempProject(FILES);
  reference = path.join(dir, 'ref', 'buku.pdf');
  rendered = await runCli(['render', '--format', 'pdf', '--book', reference], dir, CHROME);
}, 120_000);

describe('sop book', () => {
  it('assembles, from the rendered PDFs, the book sop render --book makes: the same bytes, pages, bookmarks and Daftar Isi', async () => {
    expect(rendered.code, rendered.stderr).toBe(0);
    const run = await runCli(['book', 'dist'], dir, CHROME);
    expect(run.code, run.stderr).toBe(0);
    const book = path.join(dir, 'dist', 'buku-sop.pdf');
    const pages = pdfInfo(book).pages;
    expect(run.stdout).toBe(`Buku: dist/buku-sop.pdf (2 SOP, ${pages} halaman)\n`);
    expect(run.stderr).toBe('');
    expect(pages).toBe(pdfInfo(reference).pages);
    expect(await readOutline(fs.readFileSync(book))).toEqual(await readOutline(fs.readFileSync(reference)));
    expect(pdfPages(book)).toEqual(pdfPages(reference));
    // Same inputs, same bytes: cover and Daftar Isi are printed by the same code (compileBook).
    expect(fs.readFileSync(book).equals(fs.readFileSync(reference))).toBe(true);
  });

  it('orders the SOPs by their source files, each starting on the page the Daftar Isi gives', async () => {
    const book = path.join(tempDir(), 'buku.pdf');
    expect((await runCli(['book', 'dist', '-o', book], dir, CHROME)).code).toBe(0);
    const sopPages = ['a-arsip', 'b-ukur'].map((slug) => pdfInfo(path.join(dir, 'dist', `${slug}.pdf`)).pages);
    const info = pdfInfo(book);
    const tocPages = info.pages - 1 - sopPages[0]! - sopPages[1]!;
    expect(tocPages).toBe(1);
    const outline = await readOutline(fs.readFileSync(book));
    expect(outline).toEqual([
      { title: '02/SOP/DISPERSIP/VII/2023 — Pengarsipan Dokumen Kinerja', pageIndex: 2 },
      { title: '01/SOP/DISPERSIP/VII/2023 — Pelaksanaan Pengukuran Kinerja Pegawai', pageIndex: 2 + sopPages[0]! },
    ]);
    const text = pdfPages(book);
    expect(text[0]).toContain('Buku Standar Operasional Prosedur');
    expect(text[0]).toContain('Dinas Perpustakaan dan Kearsipan'.toUpperCase());
    expect(text[1]).toMatch(new RegExp(`DAFTAR ISI .*1 02/SOP/DISPERSIP/VII/2023 Pengarsipan Dokumen Kinerja 3 .*2 01/SOP/DISPERSIP/VII/2023 Pelaksanaan Pengukuran Kinerja Pegawai ${3 + sopPages[0]!}`));
    expect(text[2]).toContain('Pengarsipan Dokumen Kinerja');
    expect(text[2 + sopPages[0]!]).toContain('Pelaksanaan Pengukuran Kinerja Pegawai');
    expect(text[info.pages - 1]).toContain(`Halaman buku ${info.pages} dari ${info.pages}`);
  });

  it('makes the same book from the PDFs of --shard jobs merged into one folder', async () => {
    // One SOP in each shard.
    expect(new Set(Object.keys(FILES).map((f) => shardOf(f, 2))).size).toBe(2);
    const merged = path.join(tempDir(), 'dist');
    for (let k = 1; k <= 2; k++) {
      const out = path.join(tempDir(), 'dist');
      const run = await runCli(['render', '--format', 'pdf', '--shard', `${k}/2`, '--out', out], dir, CHROME);
      expect(run.code, run.stderr).toBe(0);
      expect(fs.readdirSync(out).filter((f) => f.endsWith('.pdf'))).toEqual(Object.keys(FILES).filter((f) => shardOf(f, 2) === k).map((f) => `${path.basename(f, '.sop.yaml')}.pdf`));
      fs.cpSync(out, merged, { recursive: true });
    }
    const run = await runCli(['book', merged, '-o', path.join(merged, 'buku.pdf')], dir, CHROME);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.readFileSync(path.join(merged, 'buku.pdf')).equals(fs.readFileSync(reference))).toBe(true);
  });

  it('names a SOP whose PDF is missing, leaves it out, writes the book of the others and exits 1', async () => {
    const dist = copyOfDist();
    fs.rmSync(path.join(dist, 'a-arsip.pdf'));
    const book = path.join(dist, 'buku.pdf');
    const run = await runCli(['book', dist, '-o', book], dir, CHROME);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`✖ sops/a-arsip.sop.yaml: ${dist}/a-arsip.pdf tidak ada; render dulu: sop render --format pdf\n`);
    const pages = pdfInfo(path.join(dist, 'b-ukur.pdf')).pages;
    expect(run.stdout).toBe(`Buku: ${book} (1 SOP, ${2 + pages} halaman)\n`);
    expect((await readOutline(fs.readFileSync(book))).map((o) => o.title)).toEqual(['01/SOP/DISPERSIP/VII/2023 — Pelaksanaan Pengukuran Kinerja Pegawai']);
  });

  it('names a PDF that is not its SOP\'s (another SOP\'s, or older than a new nomor or nama) and leaves it out', async () => {
    const dist = copyOfDist();
    fs.copyFileSync(path.join(dist, 'b-ukur.pdf'), path.join(dist, 'a-arsip.pdf'));
    const run = await runCli(['--lang', 'en', 'book', dist, '-o', path.join(dist, 'buku.pdf')], dir, CHROME);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `✖ sops/a-arsip.sop.yaml: ${dist}/a-arsip.pdf is not this SOP's PDF or is out of date (the PDF says nomor "01/SOP/DISPERSIP/VII/2023", nama "Pelaksanaan Pengukuran Kinerja Pegawai"); render it again: sop render --format pdf\n`,
    );
    expect(run.stdout).toMatch(/^Book: .*buku\.pdf \(1 SOP, \d+ pages\)\n$/);
  });

  it('writes no book when no PDF is usable (exit 1), and refuses a folder that is not one or a book over a SOP\'s PDF (exit 2)', async () => {
    const empty = path.join(tempDir(), 'kosong');
    fs.mkdirSync(empty);
    const none = await runCli(['book', empty], dir, CHROME);
    expect(none.code).toBe(1);
    expect(none.stderr.split('\n').filter(Boolean)).toEqual([
      `✖ sops/a-arsip.sop.yaml: ${empty}/a-arsip.pdf tidak ada; render dulu: sop render --format pdf`,
      `✖ sops/b-ukur.sop.yaml: ${empty}/b-ukur.pdf tidak ada; render dulu: sop render --format pdf`,
      `sop: tidak ada PDF SOP yang dapat dipakai di ${empty}: buku tidak dibuat`,
    ]);
    expect(fs.readdirSync(empty)).toEqual([]);

    const missing = await runCli(['book', 'tidak-ada'], dir, CHROME);
    expect([missing.code, missing.stderr]).toEqual([2, 'sop: sop book tidak-ada: bukan folder\n']);
    const before = fs.readFileSync(path.join(dir, 'dist', 'b-ukur.pdf'));
    const over = await runCli(['book', 'dist', '-o', 'dist/b-ukur.pdf'], dir, CHROME);
    expect([over.code, over.stderr]).toEqual([2, 'sop: -o dist/b-ukur.pdf akan menimpa PDF sebuah SOP; pilih nama berkas lain untuk buku\n']);
    expect(fs.readFileSync(path.join(dir, 'dist', 'b-ukur.pdf')).equals(before)).toBe(true);
    const noArg = await runCli(['book'], dir, CHROME);
    expect(noArg.code).toBe(2);
  });

  it('without a browser: one line, exit 2, nothing written', async () => {
    const dist = copyOfDist();
    const run = await runCli(['book', dist, '-o', path.join(dist, 'buku.pdf')], dir, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sop: PUPPETEER_EXECUTABLE_PATH=\/nonexistent: tidak ada program di sana\. [^\n]*\n$/);
    expect(fs.existsSync(path.join(dist, 'buku.pdf'))).toBe(false);
  });
});
