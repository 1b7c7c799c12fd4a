import { createHash } from 'node:crypto';
import { ParseSpeeds, PDFDocument, PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFObject } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  creator: string;
  producer: string;
  /** BCP 47 language of the text, e.g. "id". */
  language: string;
  /** Creation and modification date: from the document, never the wall clock. */
  date: Date;
}

export const PDF_PRODUCER = 'sop (Chromium, pdf-lib)';

/**
 * Sets the metadata and removes everything Chromium writes that changes from run to run (its dates,
 * its user agent), then sets a document ID derived from `idSeed` (the inputs): the same inputs give
 * the same bytes. Object streams stay off so the output is plain and diffable.
 */
export async function finalizePdf(raw: Uint8Array, meta: PdfMetadata, idSeed: string): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(raw, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  renumberStructureIds(doc);
  applyMetadata(doc, meta, idSeed);
  const bytes = await doc.save({ useObjectStreams: false, updateFieldAppearances: false, objectsPerTick: Infinity });
  return { bytes, pages: doc.getPageCount() };
}

/** Metadata, viewer preferences and a fixed trailer ID on a pdf-lib document. */
export function applyMetadata(doc: PDFDocument, meta: PdfMetadata, idSeed: string): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.author);
  // One string with '; ' between keywords: pdf-lib would join with spaces, and ours contain spaces.
  doc.setKeywords([meta.keywords.join('; ')]);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setLanguage(meta.language);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  // An XMP packet (if a Chromium version writes one) would carry its own dates and UUIDs.
  doc.catalog.delete(PDFName.of('Metadata'));
  const id = createHash('sha256').update(idSeed).digest('hex').slice(0, 32).toUpperCase();
  const hex = PDFHexString.of(id);
  const ids = PDFArray.withContext(doc.context);
  ids.push(hex);
  ids.push(hex);
  doc.context.trailerInfo.ID = ids;
}

/** The date a SOP's PDF carries: SOURCE_DATE_EPOCH when set, else tanggal.efektif, else pembuatan. */
export function documentDate(dates: { created: string; effective: string | null }, sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch.trim())) return new Date(Number(sourceDateEpoch.trim()) * 1000);
  const iso = dates.effective ?? dates.created;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? new Date(0) : date;
}

/** Page sizes in PostScript points, rounded to 0.01. */
export async function pageSizes(bytes: Uint8Array): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  return doc.getPages().map((p) => {
    const { width, height } = p.getSize();
    return { width: Math.round(width * 100) / 100, height: Math.round(height * 100) / 100 };
  });
}

const NODE_ID = /^node\d+$/;

/**
 * Chromium's tagged PDF names table cells after DOM node ids ("node00000939"), which depend on how
 * many nodes the renderer made before (page reuse, concurrency). Renumber them from 1, keeping their
 * order, so the structure tree (IDTree, /Headers) stays valid and the bytes stay the same.
 */
export function renumberStructureIds(doc: PDFDocument): void {
  const found = new Set<string>();
  const visit = (obj: PDFObject, replace: ((value: string) => PDFObject | null) | null): void => {
    if (obj instanceof PDFDict) {
      for (const [key, value] of obj.entries()) {
        if (value instanceof PDFString || value instanceof PDFHexString) {
          const text = value.decodeText();
          if (!NODE_ID.test(text)) continue;
          if (replace) obj.set(key, replace(text)!);
          else found.add(text);
        } else visit(value, replace);
      }
    } else if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) {
        const value = obj.get(i);
        if (value instanceof PDFString || value instanceof PDFHexString) {
          const text = value.decodeText();
          if (!NODE_ID.test(text)) continue;
          if (replace) obj.set(i, replace(text)!);
          else found.add(text);
        } else visit(value, replace);
      }
    }
  };
  const objects = doc.context.enumerateIndirectObjects().map(([, obj]) => obj);
  for (const obj of objects) visit(obj, null);
  if (!found.size) return;
  const width = 8;
  const sorted = [...found].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const map = new Map(sorted.map((id, i) => [id, `node${String(i + 1).padStart(width, '0')}`]));
  for (const obj of objects) visit(obj, (text) => PDFString.of(map.get(text)!));
}
