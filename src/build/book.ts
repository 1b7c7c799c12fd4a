import path from 'node:path';
import type { Sop } from '../model/types.js';
import { makeFolder, writeFileAtomic } from '../util/io.js';
import { version } from '../util/version.js';
import { say } from '../i18n/messages.js';
import type { PdfPrinter } from '../pdf/printer.js';
import type { PdfMetadata } from '../pdf/finalize.js';
import { readOrNull, type Failure, type Plan } from './plan.js';
import fs from 'node:fs';
import { phrase } from '../util/message.js';
import { UsageError } from '../util/errors.js';
import type { MessageValue } from '../util/message.js';
import { onStopSignal, type StopSignal } from './signals.js';
import { slugOf } from '../util/paths.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { loadSopFile } from '../model/files.js';
import { locateProblems } from '../model/locate.js';
import type { ProjectConfig } from '../config/types.js';

/** One SOP of the "Buku SOP": its printed PDF and what the cover and Daftar Isi name. */
export interface BookPart {
  number: string;
  title: string;
  pdf: Uint8Array;
  agency: Sop['agency'];
}

/** What the book is made under: the language, the config (its instansi on the cover), the paper, the file. */
export type BookPlan = Pick<Plan, 'lang' | 'config' | 'paper'> & { bookFile: string | null };

/** The "Buku SOP": cover and Daftar Isi printed through the same browser, then merged and written. */
export async function compileBook(parts: BookPart[], plan: BookPlan, printer: PdfPrinter, sourceDateEpoch: string | undefined): Promise<{ pages: number }> {
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

/** The parts of a book from PDFs already rendered into a folder (`sop book`), and what is missing. */
export interface FolderParts {
  parts: BookPart[];
  /** Sources without a usable PDF: missing, unreadable, or not this SOP's (render it again). */
  failures: Failure[];
  /** Sources that do not load (YAML or schema problems), as lint reports them. */
  broken: { file: string; diagnostics: Diagnostic[] }[];
  /** The PDFs the book is made of (absolute), so the book is never written over one of them. */
  pdfs: string[];
}

/**
 * Finds the PDF of every source in `dir`, in the order and by the names `sop render --book` uses:
 * the sources sorted by path, `<slug>.pdf`, the first of two sources with one slug. The SOP's
 * nomor, nama and instansi (the Daftar Isi, the bookmarks, the cover) come from its source, the
 * pages from the PDF; a PDF whose title or subject (sop writes nama and nomor there) differ from
 * its source's is older than the source and is not used.
 */
export async function collectFolderParts(dir: string, sources: readonly string[], config: ProjectConfig, cwd: string): Promise<FolderParts> {
  const { PDFDocument } = await import('pdf-lib');
  const result: FolderParts = { parts: [], failures: [], broken: [], pdfs: [] };
  const slugs = new Map<string, string>();
  const shown = (abs: string) => {
    const rel = path.relative(cwd, abs);
    return (!rel || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
  };
  for (const abs of sources) {
    const loaded = loadSopFile(abs, cwd, config);
    const file = loaded.parsed.source.path;
    if (!loaded.sop) {
      result.broken.push({ file, diagnostics: locateProblems(loaded.parsed, loaded.problems) });
      result.failures.push({ file, message: phrase('bookNotLoaded') });
      continue;
    }
    const sop = loaded.sop;
    const slug = slugOf(abs);
    const clash = slugs.get(slug);
    if (clash) {
      result.failures.push({ file, message: phrase('renderSameSlug', { other: clash, slug }) });
      continue;
    }
    slugs.set(slug, file);
    const pdfFile = path.join(dir, `${slug}.pdf`);
    result.pdfs.push(pdfFile);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(pdfFile);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      result.failures.push({ file, message: code === 'ENOENT' ? phrase('bookPdfMissing', { pdf: shown(pdfFile) }) : phrase('bookPdfUnreadable', { pdf: shown(pdfFile), detail: code ?? String(error) }) });
      continue;
    }
    let title: string | undefined;
    let subject: string | undefined;
    try {
      const doc = await PDFDocument.load(bytes, { updateMetadata: false, parseSpeed: Infinity });
      title = doc.getTitle();
      subject = doc.getSubject();
    } catch (error) {
      const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      result.failures.push({ file, message: phrase('bookPdfUnreadable', { pdf: shown(pdfFile), detail }) });
      continue;
    }
    if ((title !== undefined && title !== sop.title) || (subject !== undefined && subject !== sop.number)) {
      result.failures.push({ file, message: phrase('bookPdfStale', { pdf: shown(pdfFile), title: title ?? '', number: subject ?? '' }) });
      continue;
    }
    result.parts.push({ number: sop.number, title: sop.title, pdf: new Uint8Array(bytes), agency: sop.agency });
  }
  return result;
}

/** Refuses (a UsageError) a book file that would replace one of the PDFs it is made of. */
export function checkBookTarget(bookFile: string, pdfs: readonly string[], shown: string): void {
  const target = path.resolve(bookFile);
  if (pdfs.some((pdf) => path.resolve(pdf) === target)) throw new UsageError('bookOverwritesPart', { file: shown });
}

export interface FolderBookInput {
  parts: BookPart[];
  plan: BookPlan & { bookFile: string };
  executablePath: string;
  env: Record<string, string | undefined>;
  /** Per-document time limit of the cover and the Daftar Isi, milliseconds. */
  timeoutMs: number;
  log?: (message: MessageValue) => void;
  /** Ctrl-C, SIGTERM or SIGHUP arrived: the browser is being closed, no book is written. */
  interrupted?: (signal: StopSignal) => void;
}

/**
 * The book of PDFs rendered earlier (`sop book`): the browser prints the cover and the Daftar Isi
 * as `sop render --book` does (compileBook, the same code), and the book is written atomically. A
 * stop signal closes the browser and writes nothing.
 */
export async function writeFolderBook(input: FolderBookInput): Promise<{ pages: number; stoppedBy: StopSignal | null }> {
  const { PdfPrinter } = await import('../pdf/printer.js');
  const stop = new AbortController();
  let stoppedBy: StopSignal | null = null;
  const removeStopListener = onStopSignal((signal) => {
    if (stoppedBy) return;
    stoppedBy = signal;
    input.interrupted?.(signal);
    stop.abort();
  });
  let printer: PdfPrinter | null = null;
  try {
    printer = await PdfPrinter.open({ executablePath: input.executablePath, env: input.env, timeoutMs: input.timeoutMs, signal: stop.signal, ...(input.log ? { log: input.log } : {}) });
    const book = await compileBook(input.parts, input.plan, printer, input.env.SOURCE_DATE_EPOCH);
    return { pages: book.pages, stoppedBy };
  } catch (error) {
    if (stoppedBy) return { pages: 0, stoppedBy };
    throw error;
  } finally {
    await printer?.close();
    removeStopListener();
  }
}
