import { readLooseDate } from '../util/dates.js';
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
  return patchChromiumPdf(raw, meta, idSeed) ?? rewritePdf(raw, meta, idSeed);
}

/** The general path: pdf-lib loads and rewrites the whole file (about 50 ms for a 5-page SOP). */
export async function rewritePdf(raw: Uint8Array, meta: PdfMetadata, idSeed: string): Promise<{ bytes: Uint8Array; pages: number }> {
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
  // A date known to the month or year only ("April 2015") counts from its first day.
  const known = readLooseDate(dates.effective ?? '') ?? readLooseDate(dates.created);
  return known ? new Date(Date.UTC(known.year, (known.month ?? 1) - 1, known.day ?? 1)) : new Date(0);
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
 * many nodes the renderer made before and in which order (page reuse, concurrency, cells the layout
 * script moves or copies). Renumber them from 1 in the order they first appear in the file's objects
 * (the structure tree's order, the same for the same document), so the structure tree (IDTree,
 * /Headers) stays valid and the bytes stay the same.
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
  const entries = doc.context.enumerateIndirectObjects();
  const objects = entries.map(([, obj]) => obj);
  for (const obj of objects) visit(obj, null);
  if (!found.size) return;
  // Each id is defined by the /ID of one structure element: number the ids in the order of those
  // elements' object numbers, which follow the structure tree (the raw numbers follow DOM creation).
  const owner = new Map<string, number>();
  for (const [ref, obj] of entries) {
    if (!(obj instanceof PDFDict)) continue;
    const id = obj.get(PDFName.of('ID'));
    if (id instanceof PDFString || id instanceof PDFHexString) {
      const text = id.decodeText();
      if (NODE_ID.test(text) && !owner.has(text)) owner.set(text, ref.objectNumber);
    }
  }
  const width = 8;
  const firstSeen = [...found];
  const sorted = [...firstSeen].sort((a, b) => (owner.get(a) ?? Infinity) - (owner.get(b) ?? Infinity) || firstSeen.indexOf(a) - firstSeen.indexOf(b));
  const map = new Map(sorted.map((id, i) => [id, `node${String(i + 1).padStart(width, '0')}`]));
  for (const obj of objects) visit(obj, (text) => PDFString.of(map.get(text)!));
  // A name tree's /Names pairs are sorted by key, and /Limits names the first and last: keep it so.
  for (const obj of objects) {
    if (!(obj instanceof PDFDict)) continue;
    const names = obj.get(PDFName.of('Names'));
    if (!(names instanceof PDFArray) || names.size() % 2 !== 0) continue;
    const pairs: Array<[PDFObject, PDFObject]> = [];
    for (let i = 0; i < names.size(); i += 2) pairs.push([names.get(i), names.get(i + 1)]);
    const key = (o: PDFObject) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : null);
    if (!pairs.every(([k]) => key(k) !== null && NODE_ID.test(key(k)!))) continue;
    pairs.sort((a, b) => (key(a[0])! < key(b[0])! ? -1 : key(a[0])! > key(b[0])! ? 1 : 0));
    pairs.forEach(([k, v], i) => {
      names.set(2 * i, k);
      names.set(2 * i + 1, v);
    });
    const limits = obj.get(PDFName.of('Limits'));
    if (limits instanceof PDFArray && limits.size() === 2 && pairs.length) {
      limits.set(0, pairs[0]![0]);
      limits.set(1, pairs[pairs.length - 1]![0]);
    }
  }
}

/** A PDF date in UTC, the form Chromium and pdf-lib write. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** A PDF text string as UTF-16BE hex with a BOM: safe for any character. */
function pdfText(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** The span of `N 0 obj … endobj` in latin1 text, or null. */
function findObject(text: string, num: number): { start: number; end: number } | null {
  const re = new RegExp(`(^|[\\r\\n])${num} 0 obj\\b`, 'g');
  let last: { start: number; end: number } | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[1]!.length;
    const end = text.indexOf('endobj', start);
    if (end < 0) return null;
    last = { start, end };
  }
  return last;
}

/**
 * The fast path for what Chromium (Skia) writes: a classic xref table, no object streams, /Lang and
 * DisplayDocTitle already in the catalog. Patches in place what changes between runs (the dates and
 * user agent in Chromium's Info dictionary are blanked; DOM node ids in the structure tree are
 * renumbered at the same width), then appends an incremental update with our Info dictionary and a
 * fixed /ID. No parse of the whole file: a few milliseconds. Returns null when the file does not
 * look as expected, and the caller rewrites it with pdf-lib instead.
 */
export function patchChromiumPdf(raw: Uint8Array, meta: PdfMetadata, idSeed: string): { bytes: Uint8Array; pages: number } | null {
  const buf = Buffer.from(raw);
  const text = buf.toString('latin1');
  const trailerAt = text.lastIndexOf('trailer');
  const startxrefAt = text.lastIndexOf('startxref');
  if (trailerAt < 0 || startxrefAt < trailerAt || text.indexOf('trailer') !== trailerAt) return null;
  const trailer = text.slice(trailerAt, startxrefAt);
  if (/\/(Encrypt|Prev|XRefStm)\b/.test(trailer) || /\/Type\s*\/(ObjStm|XRef)\b/.test(text)) return null;
  const size = Number(/\/Size\s+(\d+)/.exec(trailer)?.[1]);
  const root = Number(/\/Root\s+(\d+)\s+0\s+R/.exec(trailer)?.[1]);
  const info = Number(/\/Info\s+(\d+)\s+0\s+R/.exec(trailer)?.[1]);
  const startxref = Number(/startxref\s+(\d+)/.exec(text.slice(startxrefAt))?.[1]);
  if (!size || !root || !info || !Number.isFinite(startxref)) return null;

  const catalog = findObject(text, root);
  if (!catalog) return null;
  const catalogText = text.slice(catalog.start, catalog.end);
  const lang = /\/Lang\s*\(([^)]*)\)/.exec(catalogText)?.[1];
  if (lang !== meta.language || !/\/DisplayDocTitle\s+true/.test(catalogText)) return null;
  const pagesRef = Number(/\/Pages\s+(\d+)\s+0\s+R/.exec(catalogText)?.[1]);
  const pagesObject = pagesRef ? findObject(text, pagesRef) : null;
  const pages = pagesObject ? Number(/\/Count\s+(\d+)/.exec(text.slice(pagesObject.start, pagesObject.end))?.[1]) : NaN;
  if (!Number.isInteger(pages) || pages < 1) return null;

  // Blank the strings of Chromium's Info dictionary (dates, user agent): same length, no offsets move.
  const infoObject = findObject(text, info);
  if (!infoObject) return null;
  blankStrings(buf, infoObject.start, infoObject.end);

  // Renumber DOM node ids ("node00000939") at the same width, in the order of the structure
  // elements that define them (/ID), which is the file's order: the raw numbers follow the order in
  // which Chromium first touched the nodes, which differs between a fresh and a reused page.
  const ids = new Map<string, string>();
  const matches = [...text.matchAll(/\(node(\d+)\)/g)];
  const definedAt = new Map<string, number>();
  for (const m of text.matchAll(/\/ID\s*\(node(\d+)\)/g)) if (!definedAt.has(m[1]!)) definedAt.set(m[1]!, m.index!);
  const firstAt = new Map<string, number>();
  for (const m of matches) if (!firstAt.has(m[1]!)) firstAt.set(m[1]!, m.index!);
  const distinct = [...firstAt.keys()].sort((a, b) => (definedAt.get(a) ?? Infinity) - (definedAt.get(b) ?? Infinity) || firstAt.get(a)! - firstAt.get(b)!);
  for (const [i, id] of distinct.entries()) {
    const next = String(i + 1).padStart(id.length, '0');
    if (next.length !== id.length) return null;
    ids.set(id, next);
  }
  for (const m of matches) buf.write(ids.get(m[1]!)!, m.index! + 5, 'latin1');
  // The IDTree's /Names pairs must stay sorted by key, and /Limits name the first and last: the
  // renumbered pairs are reordered in place (a permutation of the same tokens, so the same length).
  const renamed = buf.toString('latin1');
  for (const m of renamed.matchAll(/\/Limits\s*\[\((node\d+)\)\s*\((node\d+)\)\]\s*\/Names\s*\[([^\]]*)\]/g)) {
    const body = m[3]!;
    const pairs = [...body.matchAll(/\((node\d+)\)\s+(\d+ \d+ R)/g)].map((p) => [p[1]!, p[2]!] as const);
    if (!pairs.length) continue;
    const sorted = [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const rebuilt = sorted.map(([k, r]) => `(${k}) ${r}`).join(' ');
    const trimmed = body.trim();
    if (rebuilt.length !== trimmed.length) return null;
    const bodyAt = m.index! + m[0].length - 1 - body.length + body.indexOf(trimmed);
    buf.write(rebuilt, bodyAt, 'latin1');
    const limitsAt = m.index! + m[0].indexOf('(' + m[1]!);
    buf.write(`(${sorted[0]![0]}) (${sorted[sorted.length - 1]![0]})`, limitsAt, 'latin1');
  }

  // The incremental update: our Info dictionary, its xref entry, a trailer with a fixed /ID.
  const date = pdfDate(meta.date);
  const id = createHash('sha256').update(idSeed).digest('hex').slice(0, 32).toUpperCase();
  const eol = buf[buf.length - 1] === 0x0a ? '' : '\n';
  const infoAt = buf.length + eol.length;
  const infoText =
    `${size} 0 obj\n<</Title ${pdfText(meta.title)}\n/Subject ${pdfText(meta.subject)}\n/Author ${pdfText(meta.author)}\n` +
    `/Keywords ${pdfText(meta.keywords.join('; '))}\n/Creator ${pdfText(meta.creator)}\n/Producer ${pdfText(meta.producer)}\n` +
    `/CreationDate (${date})\n/ModDate (${date})>>\nendobj\n`;
  const xrefAt = infoAt + infoText.length;
  const update =
    eol +
    infoText +
    `xref\n0 1\n0000000000 65535 f \n${size} 1\n${String(infoAt).padStart(10, '0')} 00000 n \n` +
    `trailer\n<</Size ${size + 1}\n/Root ${root} 0 R\n/Info ${size} 0 R\n/Prev ${startxref}\n/ID [<${id}> <${id}>]>>\n` +
    `startxref\n${xrefAt}\n%%EOF\n`;
  return { bytes: new Uint8Array(Buffer.concat([buf, Buffer.from(update, 'latin1')])), pages };
}

/** Overwrites the contents of every literal "(…)" and hex "<…>" string in buf[start, end) with spaces. */
function blankStrings(buf: Buffer, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    if (c === 0x28 /* ( */) {
      let depth = 1;
      for (i++; i < end && depth > 0; i++) {
        const d = buf[i]!;
        if (d === 0x5c /* backslash */) {
          buf[i] = 0x20;
          if (i + 1 < end) buf[++i] = 0x20;
          continue;
        }
        if (d === 0x28) depth++;
        else if (d === 0x29 && --depth === 0) break;
        buf[i] = 0x20;
      }
    } else if (c === 0x3c /* < */) {
      if (buf[i + 1] === 0x3c) {
        i++;
        continue;
      }
      for (i++; i < end && buf[i] !== 0x3e /* > */; i++) buf[i] = 0x20;
    } else if (c === 0x3e && buf[i + 1] === 0x3e) i++;
  }
}
