import { ParseSpeeds, PDFDocument, PDFDict, PDFName, PDFNull, PDFNumber, PDFHexString, PDFRef, StandardFonts, rgb } from 'pdf-lib';
import type { Lang } from '../util/lang.js';
import { applyMetadata, type PdfMetadata } from './finalize.js';
import { say } from '../i18n/messages.js';

export interface BookCover {
  title: string;
  government: string | null;
  agency: string | null;
  unit: string | null;
  /** The logo as a data: URI (read by the caller), or null. */
  logo: string | null;
  year: string;
}

export interface TocEntry {
  number: string;
  title: string;
  /** First page of the SOP in the book (1-based, the cover is page 1). */
  page: number;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `pageSize` is a CSS page size, portrait (the paper's, from render's paperSize). */
const BASE_CSS = (pageSize: string, fontCss: string) => `${fontCss}
@page { size: ${pageSize}; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body { font-family: "Arimo", "Liberation Sans", Arial, sans-serif; color: #000; }
`;

/** The book's cover: government, agency, unit, logo and year. Self-contained, ready for print. */
export function coverHtml(cover: BookCover, pageSize: string, fontCss = ''): string {
  const line = (text: string | null, cls: string) => (text ? `<div class="${cls}">${escapeHtml(text)}</div>` : '');
  return `<!doctype html><html lang="id" data-layout="done"><head><meta charset="utf-8"><title>${escapeHtml(cover.title)}</title><style>${BASE_CSS(pageSize, fontCss)}
.cover { width: 100%; height: 100vh; display: flex; flex-direction: column; align-items: center; justify-content: center; text-align: center; padding: 30mm 25mm; gap: 8mm; break-after: page; }
.logo { max-width: 45mm; max-height: 50mm; }
.title { font-size: 28pt; font-weight: bold; letter-spacing: 1pt; margin: 10mm 0; }
.government { font-size: 16pt; font-weight: bold; text-transform: uppercase; }
.agency { font-size: 15pt; font-weight: bold; text-transform: uppercase; }
.unit { font-size: 13pt; }
.year { font-size: 16pt; margin-top: 20mm; }
</style></head><body><section class="cover" data-page="cover">
${cover.logo ? `<img class="logo" src="${escapeHtml(cover.logo)}" alt="">` : ''}
<div class="title">${escapeHtml(cover.title)}</div>
${line(cover.government, 'government')}${line(cover.agency, 'agency')}${line(cover.unit, 'unit')}
<div class="year">${escapeHtml(cover.year)}</div>
</section></body></html>`;
}

/** The Daftar Isi: one row per SOP with its nomor, nama and first page in the book. */
export function tocHtml(entries: readonly TocEntry[], pageSize: string, lang: Lang, fontCss = ''): string {
  const t = { heading: say(lang, 'renderTocHeading'), no: say(lang, 'renderTocNo'), number: say(lang, 'renderTocNumber'), title: say(lang, 'renderTocTitle'), page: say(lang, 'renderTocPage') };
  const rows = entries
    .map(
      (e, i) =>
        `<tr data-toc-page="${e.page}"><td class="no">${i + 1}</td><td class="number">${escapeHtml(e.number)}</td><td class="title">${escapeHtml(e.title)}</td><td class="page">${e.page}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html><html lang="${lang}" data-layout="done"><head><meta charset="utf-8"><title>${t.heading}</title><style>${BASE_CSS(pageSize, fontCss)}
@page { margin: 20mm 20mm 22mm 25mm; }
h1 { text-align: center; font-size: 16pt; margin: 0 0 8mm; text-transform: uppercase; }
table { width: 100%; border-collapse: collapse; font-size: 11pt; }
thead { display: table-header-group; }
th { border-bottom: 1.5pt solid #000; text-align: left; padding: 2mm 1.5mm; }
td { border-bottom: 0.5pt solid #999; padding: 2mm 1.5mm; vertical-align: top; }
tr { break-inside: avoid; }
.no { width: 10mm; } .number { width: 56mm; } .page { width: 18mm; text-align: right; }
</style></head><body><h1>${t.heading}</h1>
<table><thead><tr><th class="no">${t.no}</th><th class="number">${t.number}</th><th class="title">${t.title}</th><th class="page">${t.page}</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>`;
}

/** Where each SOP starts, given the cover (1 page), the Daftar Isi's page count and each SOP's pages. */
export function bookStartPages(tocPages: number, sopPages: readonly number[]): number[] {
  const starts: number[] = [];
  let next = 1 + tocPages + 1;
  for (const n of sopPages) {
    starts.push(next);
    next += n;
  }
  return starts;
}

export interface AssembleBookInput {
  cover: Uint8Array;
  toc: Uint8Array;
  sops: { number: string; title: string; pdf: Uint8Array }[];
  meta: PdfMetadata;
  idSeed: string;
  lang: Lang;
}

/**
 * Merges cover, Daftar Isi and the SOPs; adds one bookmark per SOP and a book page number in the
 * bottom margin of every page but the cover (the SOP pages keep their own "Halaman x dari y").
 */
export async function assembleBook(input: AssembleBookInput): Promise<{ bytes: Uint8Array; pages: number; starts: number[] }> {
  const book = await PDFDocument.create({ updateMetadata: false });
  const parts = [input.cover, input.toc, ...input.sops.map((s) => s.pdf)];
  const firstPage: number[] = [];
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
    const pages = await book.copyPages(part, part.getPageIndices());
    firstPage.push(book.getPageCount());
    for (const page of pages) book.addPage(page);
  }
  const starts = firstPage.slice(2).map((i) => i + 1);

  const font = await book.embedFont(StandardFonts.Helvetica);
  const total = book.getPageCount();
  book.getPages().forEach((page, index) => {
    if (index === 0) return;
    const text = say(input.lang, 'renderBookPageOf', { page: index + 1, total });
    const size = 7;
    const width = font.widthOfTextAtSize(text, size);
    page.drawText(text, { x: (page.getWidth() - width) / 2, y: 8, size, font, color: rgb(0.35, 0.35, 0.35) });
  });

  addOutline(
    book,
    input.sops.map((s, i) => ({ title: `${s.number} — ${s.title}`, pageIndex: firstPage[i + 2]! })),
  );
  applyMetadata(book, input.meta, input.idSeed);
  const bytes = await book.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });
  return { bytes, pages: total, starts };
}

/**
 * A flat PDF outline (bookmarks): pdf-lib has no API for it, so the /Outlines dictionary and its
 * items are built from low-level objects (PDF 32000-1 §12.3.3).
 */
export function addOutline(doc: PDFDocument, items: readonly { title: string; pageIndex: number }[]): void {
  if (!items.length) return;
  const context = doc.context;
  const outlinesRef = context.nextRef();
  const refs: PDFRef[] = items.map(() => context.nextRef());
  const pages = doc.getPages();
  items.forEach((item, i) => {
    const dict = PDFDict.withContext(context);
    dict.set(PDFName.of('Title'), PDFHexString.fromText(item.title));
    dict.set(PDFName.of('Parent'), outlinesRef);
    if (i > 0) dict.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < items.length - 1) dict.set(PDFName.of('Next'), refs[i + 1]!);
    const dest = context.obj([pages[item.pageIndex]!.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]);
    dict.set(PDFName.of('Dest'), dest);
    context.assign(refs[i]!, dict);
  });
  const outlines = PDFDict.withContext(context);
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), refs[0]!);
  outlines.set(PDFName.of('Last'), refs[refs.length - 1]!);
  outlines.set(PDFName.of('Count'), PDFNumber.of(items.length));
  context.assign(outlinesRef, outlines);
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Reads a flat outline back: the bookmark titles and their 0-based page indexes. */
export async function readOutline(bytes: Uint8Array): Promise<{ title: string; pageIndex: number }[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  const pageRefs = doc.getPages().map((p) => p.ref.toString());
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const result: { title: string; pageIndex: number }[] = [];
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict);
  while (item) {
    const title = (item.lookup(PDFName.of('Title')) as PDFHexString).decodeText();
    const dest = item.lookup(PDFName.of('Dest'));
    const target = dest && 'get' in dest ? (dest as unknown as { get(i: number): unknown }).get(0) : null;
    result.push({ title, pageIndex: target ? pageRefs.indexOf(String(target)) : -1 });
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
  }
  return result;
}
