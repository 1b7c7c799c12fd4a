import path from 'node:path';
import type { Sop } from '../model/types.js';
import { makeFolder, writeFileAtomic } from '../util/io.js';
import { version } from '../util/version.js';
import { say } from '../i18n/messages.js';
import type { PdfPrinter } from '../pdf/printer.js';
import type { PdfMetadata } from '../pdf/finalize.js';
import { readOrNull, type Plan } from './plan.js';

/** One SOP of the "Buku SOP": its printed PDF and what the cover and Daftar Isi name. */
export interface BookPart {
  number: string;
  title: string;
  pdf: Uint8Array;
  agency: Sop['agency'];
}

/** The "Buku SOP": cover and Daftar Isi printed through the same browser, then merged and written. */
export async function compileBook(parts: BookPart[], plan: Plan, printer: PdfPrinter, sourceDateEpoch: string | undefined): Promise<{ pages: number }> {
  const { coverHtml, tocHtml, bookStartPages, assembleBook } = await import('../pdf/book.js');
  const { PDFDocument } = await import('pdf-lib');
  const { PDF_PRODUCER } = await import('../pdf/finalize.js');
  const { sniffImage, loadFontCss } = await import('../render/assets.js');
  const { portraitPageSize } = await import('../render/view-model.js');
  const { lang, config } = plan;
  // The cover names the config's instansi, else the first SOP's (the model's agency, as printed).
  const first = parts[0]?.agency;
  const agency = config.agency
    ? { government: config.agency.pemerintah ?? null, name: config.agency.nama ?? null, unit: config.agency.unit ?? null, logo: config.agency.logo ? path.resolve(config.dir, config.agency.logo) : null }
    : { government: first?.government ?? null, name: first?.name ?? null, unit: first?.unit ?? null, logo: first?.logo && first.logoBase ? path.resolve(first.logoBase, first.logo) : null };
  // Each part is parsed once: its page count and its date.
  const docs = await Promise.all(parts.map((p) => PDFDocument.load(p.pdf, { updateMetadata: false, parseSpeed: Infinity })));
  const sopPages = docs.map((d) => d.getPageCount());
  const latest = docs.map((d) => d.getCreationDate()).reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);
  const date = sourceDateEpoch && /^\d+$/.test(sourceDateEpoch) ? new Date(Number(sourceDateEpoch) * 1000) : (latest ?? new Date(0));
  const logoBytes = readOrNull(agency.logo);
  const logoMime = logoBytes ? sniffImage(logoBytes) : null;
  const fontCss = loadFontCss();
  const pageSize = portraitPageSize(plan.paper);
  const cover = coverHtml(
    {
      title: say(lang, 'renderBookTitle'),
      government: agency.government,
      agency: agency.name,
      unit: agency.unit,
      logo: logoBytes && logoMime ? `data:${logoMime};base64,${logoBytes.toString('base64')}` : null,
      year: String(date.getUTCFullYear()),
    },
    pageSize,
    fontCss,
  );
  const coverPdf = (await printer.print(cover)).pdf;
  // The Daftar Isi's own length moves the start pages: print until it is stable (twice at most).
  let tocPages = 1;
  let tocPdf: Uint8Array = new Uint8Array();
  for (let pass = 0; pass < 3; pass++) {
    const starts = bookStartPages(tocPages, sopPages);
    tocPdf = (await printer.print(tocHtml(parts.map((p, i) => ({ number: p.number, title: p.title, page: starts[i]! })), pageSize, lang, fontCss))).pdf;
    const actual = (await PDFDocument.load(tocPdf, { updateMetadata: false, parseSpeed: Infinity })).getPageCount();
    if (actual === tocPages) break;
    tocPages = actual;
  }
  const meta: PdfMetadata = {
    title: ['Buku SOP', agency.name].filter(Boolean).join(' — '),
    subject: say(lang, 'renderBookSubject'),
    author: agency.name ?? agency.government ?? '',
    keywords: ['SOP', 'SOP AP', 'Buku SOP', ...parts.map((p) => p.number)],
    creator: `sop ${version}`,
    producer: PDF_PRODUCER,
    language: 'id',
    date,
  };
  const book = await assembleBook({ cover: coverPdf, toc: tocPdf, sops: parts.map(({ number, title, pdf }) => ({ number, title, pdf })), meta, idSeed: JSON.stringify({ meta, parts: parts.map((p) => [p.number, p.pdf.length]) }), lang });
  makeFolder(path.dirname(plan.bookFile!));
  writeFileAtomic(plan.bookFile!, book.bytes);
  return { pages: book.pages };
}
