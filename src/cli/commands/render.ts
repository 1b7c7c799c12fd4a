import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../io.js';
import type { CommandState, GlobalOptions } from '../program.js';
import { UsageError, EXIT_FATAL, EXIT_FINDINGS, EXIT_OK } from '../../util/errors.js';
import { prepareContext, loadFiles, type RunContext } from '../context.js';
import { resolveFiles } from '../files.js';
import { loadSop } from '../../model/load.js';
import { locateProblems } from '../../model/locate.js';
import { stylish } from '../../report/stylish.js';
import { compareDiagnostics, DOCS_BASE_URL } from '../../report/types.js';
import { version } from '../version.js';
import type { Sop } from '../../model/types.js';
import type { Diagnostic } from '../../util/diagnostic.js';
import type { Lang } from '../../util/lang.js';
import type { Paper } from '../../config/types.js';
import type { RenderHtmlOptions } from '../../render/index.js';
import { MANIFEST_FILE, hashInputs, isUpToDate, parseManifest, serializeManifest, type Manifest } from '../../render/manifest.js';
import type { PdfPrinter } from '../../pdf/printer.js';
import type { PdfMetadata } from '../../pdf/finalize.js';

export interface RenderOptions extends GlobalOptions {
  format: string;
  out?: string;
  paper?: 'a4' | 'f4' | 'letter' | 'legal';
  template?: string;
  chrome?: string;
  concurrency?: number;
  timeout?: number;
  book?: string;
  force?: boolean;
  watch?: boolean;
}

type Format = 'html' | 'pdf';

/** Everything a batch needs that does not change between watch rounds. */
interface Plan {
  context: RunContext;
  formats: Set<Format>;
  outDir: string;
  paper: Paper;
  templateDir: string | null;
  concurrency: number;
  timeoutMs: number;
  bookFile: string | null;
  force: boolean;
  chrome: string | undefined;
}

interface BatchResult {
  exitCode: number;
  /** Files the run depends on (for --watch). */
  watched: string[];
}

const SUFFIX = '.sop.yaml';

export async function runRender(files: string[], options: RenderOptions, io: Io, state: CommandState): Promise<number> {
  const plan = makePlan(options, io, state);
  if (!plan) return EXIT_FATAL;
  const { formats } = plan;
  const lang = plan.context.lang;

  let executablePath: string | null = null;
  if (formats.has('pdf') || plan.bookFile) {
    const { findBrowser, BrowserNotFoundError, runningAsRoot } = await import('../../pdf/browser.js');
    try {
      executablePath = findBrowser(plan.chrome, io.env);
    } catch (error) {
      if (error instanceof BrowserNotFoundError) {
        io.stderr(`sop: ${error.message}\n`);
        return EXIT_FATAL;
      }
      throw error;
    }
    if (state.verbose) {
      io.stderr(`sop: browser ${executablePath}\n`);
      if (runningAsRoot()) {
        io.stderr(
          lang === 'en'
            ? 'sop: running as root: Chromium is started with --no-sandbox\n'
            : 'sop: berjalan sebagai root: Chromium dijalankan dengan --no-sandbox\n',
        );
      }
    }
  }

  if (!options.watch) return (await renderBatch(files, plan, executablePath, io, state)).exitCode;
  // Each watch round re-reads the config (a changed `kertas` or `keluaran` applies at once).
  return watch(files, () => makePlan(options, io, state), plan, executablePath, io, state);
}

/** Settles config, formats, folders and limits; null (after reporting) when the config is broken. */
function makePlan(options: RenderOptions, io: Io, state: CommandState): Plan | null {
  const context = prepareContext(options, io, state);
  const lang = context.lang;
  if (context.configProblems) {
    const { parsed, problems } = context.configProblems;
    io.stderr(stylish([{ file: parsed.source.path, diagnostics: locateProblems(parsed, problems).sort(compareDiagnostics) }], reportContext(context, io)));
    return null;
  }
  const formats = parseFormats(options.format, lang);
  const config = context.config;
  const outDir = options.out ? path.resolve(io.cwd, options.out) : path.resolve(config.dir, config.outDir);
  const templateSetting = options.template ? path.resolve(io.cwd, options.template) : config.render.template ? path.resolve(config.dir, config.render.template) : null;
  if (templateSetting && !isDirectory(templateSetting)) {
    throw new UsageError(lang === 'en' ? `--template ${templateSetting}: not a folder` : `--template ${templateSetting}: bukan folder`);
  }
  if (options.timeout !== undefined && options.timeout < 1) throw new UsageError(lang === 'en' ? '--timeout must be at least 1 second' : '--timeout minimal 1 detik');
  if (options.concurrency !== undefined && options.concurrency < 1) throw new UsageError(lang === 'en' ? '--concurrency must be at least 1' : '--concurrency minimal 1');
  return {
    context,
    formats,
    outDir,
    paper: options.paper ?? config.paper,
    templateDir: templateSetting,
    concurrency: options.concurrency ?? os.availableParallelism(),
    timeoutMs: (options.timeout ?? 60) * 1000,
    bookFile: options.book ? path.resolve(io.cwd, options.book) : null,
    force: Boolean(options.force),
    chrome: options.chrome,
  };
}

function parseFormats(value: string, lang: Lang): Set<Format> {
  const formats = new Set<Format>();
  for (const part of value.split(',').map((s) => s.trim().toLowerCase())) {
    if (part === 'html' || part === 'pdf') formats.add(part);
    else throw new UsageError(lang === 'en' ? `--format ${value}: expected html, pdf or html,pdf` : `--format ${value}: yang diharapkan html, pdf atau html,pdf`);
  }
  return formats;
}

function reportContext(context: RunContext, io: Io) {
  return { lang: context.lang, color: false, rules: new Map(), toolVersion: version, docsBaseUrl: DOCS_BASE_URL, cwd: io.cwd };
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function readOrNull(file: string | null): Buffer | null {
  if (!file) return null;
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}

/** Every file below the template folder, with its path relative to it (for the manifest hash). */
function readTemplateFiles(dir: string | null): { name: string; content: Uint8Array }[] {
  if (!dir) return [];
  const out: { name: string; content: Uint8Array }[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    out.push({ name: path.relative(dir, abs).split(path.sep).join('/'), content: fs.readFileSync(abs) });
  }
  return out;
}

function logoPath(sop: Sop): string | null {
  const { logo, logoBase } = sop.agency;
  return logo && logoBase ? path.resolve(logoBase, logo) : null;
}

export function slugOf(file: string): string {
  const base = path.basename(file);
  return base.endsWith(SUFFIX) ? base.slice(0, -SUFFIX.length) : base.replace(/\.ya?ml$/i, '');
}

/** The PDF metadata of a SOP. */
export function sopMetadata(sop: Sop, sourceDateEpoch: string | undefined, documentDate: (d: Sop['dates'], e: string | undefined) => Date, producer: string): PdfMetadata {
  const author = sop.agency.name ?? sop.agency.government ?? '';
  const keywords = ['SOP', 'SOP AP', sop.number, sop.agency.government, sop.agency.name, sop.agency.unit].filter((k): k is string => Boolean(k));
  return {
    title: sop.title,
    subject: sop.number,
    author,
    keywords,
    creator: `sop ${version}`,
    producer,
    language: 'id',
    date: documentDate(sop.dates, sourceDateEpoch),
  };
}

interface Job {
  /** The SOP's text: the model is rebuilt from it when the job runs, so a batch of thousands keeps
   * only texts and hashes in memory, not every parsed document. */
  text: string;
  absPath: string;
  number: string;
  title: string;
  agency: Sop['agency'];
  file: string;
  slug: string;
  /** Formats to produce now, with the hash of their inputs. */
  todo: Map<Format, string>;
  /** The PDF is needed for the book even when it is up to date on disk. */
  needPdfBytes: boolean;
}

interface Failure {
  file: string;
  message: string;
}

async function renderBatch(args: readonly string[], plan: Plan, executablePath: string | null, io: Io, state: CommandState): Promise<BatchResult> {
  const started = io.now();
  const { context } = plan;
  const lang = context.lang;
  const en = lang === 'en';
  const absFiles = resolveFiles(args, io.cwd, context.config, lang);
  const total = absFiles.length;
  const configText = plan.context.config.file ? (readOrNull(plan.context.config.file)?.toString('utf8') ?? '') : '';
  const watched = new Set<string>(absFiles);
  if (plan.context.config.file) watched.add(plan.context.config.file);
  if (plan.templateDir) watched.add(plan.templateDir);
  const failures: Failure[] = [];
  const brokenReports: { file: string; diagnostics: Diagnostic[] }[] = [];

  try {
    fs.mkdirSync(plan.outDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(lang === 'en' ? `--out ${plan.outDir}: cannot create the folder (${code})` : `--out ${plan.outDir}: folder tidak dapat dibuat (${code})`);
  }
  const manifestFile = path.join(plan.outDir, MANIFEST_FILE);
  const manifest: Manifest = parseManifest(readOrNull(manifestFile)?.toString('utf8') ?? null);
  const templates = readTemplateFiles(plan.templateDir);
  const sourceDateEpoch = io.env.SOURCE_DATE_EPOCH;

  // Decide what to do per SOP (slug clashes: the first file wins, the others fail).
  const jobs: Job[] = [];
  const slugs = new Map<string, string>();
  let skipped = 0;
  for (const abs of absFiles) {
    // One file at a time, as lint loads them; only what the job needs is kept.
    const l = loadFiles([abs], context, io)[0]!;
    if (!l.sop) {
      // YAML or schema problems: reported like lint, skipped.
      brokenReports.push({ file: l.parsed.source.path, diagnostics: locateProblems(l.parsed, l.problems).sort(compareDiagnostics) });
      failures.push({ file: l.parsed.source.path, message: en ? 'not rendered: fix the problems above' : 'tidak dirender: perbaiki masalah di atas' });
      continue;
    }
    const sop = l.sop;
    const file = l.parsed.source.path;
    const slug = slugOf(l.parsed.source.absPath);
    const clash = slugs.get(slug);
    if (clash) {
      failures.push({ file, message: en ? `same output name as ${clash} (${slug})` : `nama keluaran sama dengan ${clash} (${slug})` });
      continue;
    }
    slugs.set(slug, file);
    const logo = logoPath(sop);
    if (logo) watched.add(logo);
    const base = {
      source: l.parsed.source.text,
      config: configText,
      templates,
      logo: readOrNull(logo),
      toolVersion: version,
      paper: plan.paper,
      lang,
      extra: `SOURCE_DATE_EPOCH=${sourceDateEpoch ?? ''}`,
    };
    const todo = new Map<Format, string>();
    for (const format of plan.formats) {
      const hash = hashInputs({ ...base, format });
      const output = `${slug}.${format}`;
      if (plan.force || !isUpToDate(manifest, output, hash, fs.existsSync(path.join(plan.outDir, output)))) todo.set(format, hash);
    }
    const bookNeedsPrint = Boolean(plan.bookFile) && !plan.formats.has('pdf');
    if (todo.size === 0 && !plan.bookFile) {
      skipped++;
      continue;
    }
    if (todo.size === 0) skipped++;
    jobs.push({
      text: l.parsed.source.text,
      absPath: abs,
      number: sop.number,
      title: sop.title,
      agency: sop.agency,
      file,
      slug,
      todo,
      needPdfBytes: Boolean(plan.bookFile) && (bookNeedsPrint || !todo.has('pdf')),
    });
  }
  if (brokenReports.length) io.stderr(stylish(brokenReports, reportContext(context, io)));

  const needsBrowser = jobs.some((j) => j.todo.has('pdf') || (j.needPdfBytes && !plan.formats.has('pdf'))) || Boolean(plan.bookFile);
  const { renderHtml } = await import('../../render/index.js');
  const htmlOptions = (sop: Sop): RenderHtmlOptions => ({
    paper: plan.paper,
    templateDir: plan.templateDir,
    columnNumbers: plan.context.config.render.columnNumbers,
    approvalAtEnd: plan.context.config.render.approvalAtEnd,
    projectRoot: projectRootOf(plan.context.config, sop),
    lang,
  });

  let printer: PdfPrinter | null = null;
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
    io.stderr(en ? '\nsop: interrupted, closing the browser…\n' : '\nsop: dihentikan, menutup browser…\n');
    void printer?.close();
  };
  process.on('SIGINT', onSigint);
  const progress = createProgress(io, jobs.length, lang);
  const bookParts = new Map<string, BookPart>();
  let pages = 0;
  let rendered = 0;
  try {
    if (needsBrowser && executablePath && jobs.length) {
      const { PdfPrinter } = await import('../../pdf/printer.js');
      try {
        printer = await PdfPrinter.open({
          executablePath,
          timeoutMs: plan.timeoutMs,
          log: state.verbose ? (m) => io.stderr(`sop: ${m}\n`) : undefined,
        });
      } catch (error) {
        io.stderr(`sop: ${en ? 'could not start the browser' : 'browser tidak dapat dijalankan'} (${executablePath}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
        return { exitCode: EXIT_FATAL, watched: [...watched] };
      }
    }
    const { finalizePdf, documentDate, PDF_PRODUCER } = await import('../../pdf/finalize.js');

    const runJob = async (job: Job) => {
      progress.start(job.file);
      const written: string[] = [];
      let sopPages = 0;
      try {
        let htmlText: string | null = null;
        let model: Sop | null = null;
        const sop = () => {
          model ??= loadSop({ path: job.file, absPath: job.absPath, text: job.text }, context.config, lang).sop;
          if (!model) throw new Error(en ? 'the file no longer loads' : 'berkas tidak lagi dapat dimuat');
          return model;
        };
        const html = async () => (htmlText ??= await renderHtml(sop(), htmlOptions(sop())));
        const htmlHash = job.todo.get('html');
        if (htmlHash) {
          writeFileAtomic(path.join(plan.outDir, `${job.slug}.html`), await html());
          manifest.outputs[`${job.slug}.html`] = htmlHash;
          written.push(`${job.slug}.html`);
        }
        const pdfHash = job.todo.get('pdf');
        let pdfBytes: Uint8Array | null = null;
        if (pdfHash || job.needPdfBytes) {
          const existing = !pdfHash && plan.formats.has('pdf') ? readOrNull(path.join(plan.outDir, `${job.slug}.pdf`)) : null;
          if (existing) pdfBytes = new Uint8Array(existing);
          else {
            if (interrupted || !printer) throw new Error(en ? 'interrupted' : 'dihentikan');
            const printed = await printer.print(await html());
            if (printed.blocked.length && state.verbose) io.stderr(`sop: ${job.file}: ${en ? 'refused' : 'ditolak'} ${printed.blocked.join(', ')}\n`);
            const meta = sopMetadata(sop(), sourceDateEpoch, documentDate, PDF_PRODUCER);
            const final = await finalizePdf(printed.pdf, meta, `${await html()}\n${JSON.stringify(meta)}`);
            pdfBytes = final.bytes;
            sopPages = final.pages;
            if (pdfHash) {
              writeFileAtomic(path.join(plan.outDir, `${job.slug}.pdf`), final.bytes);
              manifest.outputs[`${job.slug}.pdf`] = pdfHash;
              written.push(`${job.slug}.pdf`);
            }
          }
        }
        if (pdfBytes && plan.bookFile) bookParts.set(job.slug, { number: job.number, title: job.title, pdf: pdfBytes, agency: job.agency });
        pages += sopPages;
        if (written.length) rendered++;
        progress.done(job.file, written.map((w) => displayOut(plan.outDir, w, io.cwd)), sopPages, true);
      } catch (error) {
        // After Ctrl-C the browser is gone on purpose: say so rather than "Target closed".
        const message = interrupted ? (en ? 'interrupted' : 'dihentikan') : describeFailure(error, en);
        failures.push({ file: job.file, message });
        progress.done(job.file, [], 0, false);
        if (state.verbose && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
      }
    };
    await runPool(jobs, plan.concurrency, async (job) => {
      if (interrupted) {
        failures.push({ file: job.file, message: en ? 'interrupted' : 'dihentikan' });
        return;
      }
      await runJob(job);
    });
    progress.finish();

    if (plan.bookFile && !interrupted && printer) {
      const parts = jobs.map((j) => bookParts.get(j.slug)).filter((p): p is NonNullable<typeof p> => Boolean(p));
      try {
        const book = await compileBook(parts, plan, printer, sourceDateEpoch, io);
        pages += book.pages;
        io.stdout(en ? `Book: ${displayOut(plan.outDir, plan.bookFile, io.cwd)} (${parts.length} SOPs, ${book.pages} pages)\n` : `Buku: ${displayOut(plan.outDir, plan.bookFile, io.cwd)} (${parts.length} SOP, ${book.pages} halaman)\n`);
      } catch (error) {
        failures.push({ file: plan.bookFile, message: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
      }
    }
    if (rendered) writeFileAtomic(manifestFile, serializeManifest(manifest));
  } finally {
    process.removeListener('SIGINT', onSigint);
    await printer?.close();
  }

  // The report: failures at the end, then the summary line.
  failures.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const f of failures) io.stderr(`✖ ${f.file}: ${f.message}\n`);
  const seconds = ((io.now() - started) / 1000).toFixed(1);
  const pdfPart = plan.formats.has('pdf') || plan.bookFile ? (en ? `, ${pages} PDF pages` : `, ${pages} halaman PDF`) : '';
  const skipPart = skipped ? (en ? `, ${skipped} unchanged` : `, ${skipped} tidak berubah`) : '';
  const failPart = failures.length ? (en ? `, ${failures.length} failed` : `, ${failures.length} gagal`) : '';
  io.stdout(
    en
      ? `${rendered} of ${total} file${total === 1 ? '' : 's'} rendered${skipPart}${failPart}${pdfPart}, ${seconds} s\n`
      : `${rendered} dari ${total} berkas dirender${skipPart}${failPart}${pdfPart}, ${seconds} detik\n`,
  );
  if (interrupted) return { exitCode: EXIT_FATAL, watched: [...watched] };
  return { exitCode: failures.length ? EXIT_FINDINGS : EXIT_OK, watched: [...watched] };
}

function displayOut(outDir: string, file: string, cwd: string): string {
  const abs = path.resolve(outDir, file);
  const rel = path.relative(cwd, abs);
  return (!rel || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
}

/** Runs `worker` over the items with at most `limit` at once. */
async function runPool<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await worker(items[next++]!);
  });
  await Promise.all(lanes);
}

/** A progress bar on a terminal; one plain line per file otherwise. */
function createProgress(io: Io, total: number, lang: Lang) {
  let done = 0;
  let current = '';
  const bar = () => {
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    io.stdout(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${current}`);
  };
  return {
    start(file: string) {
      current = file;
      if (io.isTTY) bar();
    },
    done(file: string, outputs: string[], pages: number, ok: boolean) {
      done++;
      if (io.isTTY) return bar();
      if (!ok || !outputs.length) return;
      const pagesText = pages ? (lang === 'en' ? ` (${pages} page${pages === 1 ? '' : 's'})` : ` (${pages} halaman)`) : '';
      io.stdout(`✔ ${file} → ${outputs.join(', ')}${pagesText}\n`);
    },
    finish() {
      if (io.isTTY && total) io.stdout('\r\x1b[K');
    },
  };
}

/** The "Buku SOP": cover and Daftar Isi printed through the same browser, then merged. */
interface BookPart {
  number: string;
  title: string;
  pdf: Uint8Array;
  agency: Sop['agency'];
}

async function compileBook(
  parts: BookPart[],
  plan: Plan,
  printer: PdfPrinter,
  sourceDateEpoch: string | undefined,
  io: Io,
): Promise<{ pages: number }> {
  const { coverHtml, tocHtml, bookStartPages, assembleBook } = await import('../../pdf/book.js');
  const { PDFDocument } = await import('pdf-lib');
  const { PDF_PRODUCER } = await import('../../pdf/finalize.js');
  const lang = plan.context.lang;
  const config = plan.context.config;
  // The cover names the config's instansi, else the first SOP's.
  const first = parts[0]?.agency;
  const agency = config.agency ?? (first ? { pemerintah: first.government ?? undefined, nama: first.name ?? undefined, unit: first.unit ?? undefined, logo: undefined } : {});
  const firstLogo = !config.agency && first?.logo && first.logoBase ? path.resolve(first.logoBase, first.logo) : null;
  const sopPages: number[] = [];
  for (const p of parts) sopPages.push((await PDFDocument.load(p.pdf, { updateMetadata: false, parseSpeed: Infinity })).getPageCount());
  const dates = await Promise.all(parts.map(async (p) => (await PDFDocument.load(p.pdf, { updateMetadata: false, parseSpeed: Infinity })).getCreationDate()));
  const latest = dates.reduce<Date | null>((a, d) => (d && (!a || d > a) ? d : a), null);
  const date = sourceDateEpoch && /^\d+$/.test(sourceDateEpoch) ? new Date(Number(sourceDateEpoch) * 1000) : (latest ?? new Date(0));
  const logoFile = agency.logo ? path.resolve(config.dir, agency.logo) : firstLogo;
  const logoBytes = readOrNull(logoFile);
  const { sniffImage, loadFontCss } = await import('../../render/assets.js');
  const logoMime = logoBytes ? sniffImage(logoBytes) : null;
  const fontCss = loadFontCss();
  const title = 'Buku SOP';
  const cover = coverHtml(
    {
      title: lang === 'en' ? 'Book of SOPs' : 'Buku Standar Operasional Prosedur',
      government: agency.pemerintah ?? null,
      agency: agency.nama ?? null,
      unit: agency.unit ?? null,
      logo: logoBytes && logoMime ? `data:${logoMime};base64,${logoBytes.toString('base64')}` : null,
      year: String(date.getUTCFullYear()),
    },
    plan.paper,
    fontCss,
  );
  const coverPdf = (await printer.print(cover)).pdf;
  // The Daftar Isi's own length moves the start pages: print until it is stable (twice at most).
  let tocPages = 1;
  let tocPdf: Uint8Array = new Uint8Array();
  for (let pass = 0; pass < 3; pass++) {
    const starts = bookStartPages(tocPages, sopPages);
    tocPdf = (await printer.print(tocHtml(parts.map((p, i) => ({ number: p.number, title: p.title, page: starts[i]! })), plan.paper, lang, fontCss))).pdf;
    const actual = (await PDFDocument.load(tocPdf, { updateMetadata: false, parseSpeed: Infinity })).getPageCount();
    if (actual === tocPages) break;
    tocPages = actual;
  }
  const meta: PdfMetadata = {
    title: [title, agency.nama].filter(Boolean).join(' — '),
    subject: lang === 'en' ? 'Standard operating procedures' : 'Standar Operasional Prosedur',
    author: agency.nama ?? agency.pemerintah ?? '',
    keywords: ['SOP', 'SOP AP', 'Buku SOP', ...parts.map((p) => p.number)],
    creator: `sop ${version}`,
    producer: PDF_PRODUCER,
    language: 'id',
    date,
  };
  const book = await assembleBook({ cover: coverPdf, toc: tocPdf, sops: parts.map(({ number, title, pdf }) => ({ number, title, pdf })), meta, idSeed: JSON.stringify({ meta, parts: parts.map((p) => [p.number, p.pdf.length]) }), lang });
  fs.mkdirSync(path.dirname(plan.bookFile!), { recursive: true });
  writeFileAtomic(plan.bookFile!, book.bytes);
  void io;
  return { pages: book.pages };
}


/** --watch: render, then re-render whenever an input changes, until Ctrl-C. */
async function watch(
  args: readonly string[],
  replan: () => Plan | null,
  firstPlan: Plan,
  executablePath: string | null,
  io: Io,
  state: CommandState,
): Promise<number> {
  const en = firstPlan.context.lang === 'en';
  let plan: Plan | null = firstPlan;
  let round = 0;
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  let ending = false;
  const onSigint = () => {
    ending = true;
    stop();
  };
  let watchers: fs.FSWatcher[] = [];
  const closeWatchers = () => {
    for (const w of watchers) w.close();
    watchers = [];
  };
  let lastCode = EXIT_OK;
  process.on('SIGINT', onSigint);
  try {
    for (;;) {
      let result: BatchResult;
      try {
        if (round++ > 0) plan = replan();
        result = plan ? await renderBatch(args, plan, executablePath, io, state) : { exitCode: EXIT_FATAL, watched: [] };
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        io.stderr(`sop: ${error.message}\n`);
        result = { exitCode: EXIT_FATAL, watched: [] };
      }
      lastCode = result.exitCode;
      if (ending) break;
      io.stdout(en ? 'Watching for changes (Ctrl-C to stop)…\n' : 'Memantau perubahan (Ctrl-C untuk berhenti)…\n');
      // Watch the inputs and the folders of the inputs (new files, editors that replace on save).
      const targets = new Set<string>();
      for (const file of result.watched) {
        targets.add(file);
        targets.add(path.dirname(file));
      }
      for (const arg of args) targets.add(path.resolve(io.cwd, arg));
      if (firstPlan.context.config.file) targets.add(firstPlan.context.config.file);
      if (!args.length) targets.add(firstPlan.context.config.dir);
      const changed = new Promise<void>((resolve) => {
        let timer: NodeJS.Timeout | undefined;
        const outDir = (plan ?? firstPlan).outDir;
        const fire = (dir: string) => (_event: string, name: string | Buffer | null) => {
          const full = name ? path.resolve(dir, String(name)) : dir;
          if (full.startsWith(outDir + path.sep) || full === outDir || String(name ?? '').endsWith('.tmp')) return;
          clearTimeout(timer);
          timer = setTimeout(resolve, 150);
        };
        for (const target of targets) {
          try {
            const isDir = fs.statSync(target).isDirectory();
            watchers.push(fs.watch(target, fire(isDir ? target : path.dirname(target))));
          } catch {
            // gone meanwhile: the next round reports it
          }
        }
      });
      await Promise.race([changed, stopped]);
      closeWatchers();
      if (ending) break;
    }
  } finally {
    closeWatchers();
    process.removeListener('SIGINT', onSigint);
  }
  return lastCode === EXIT_FATAL ? EXIT_FATAL : EXIT_OK;
}

/** A per-document failure in the user's language (the printer's errors are matched by name: it is loaded lazily). */
export function describeFailure(error: unknown, en: boolean): string {
  if (!(error instanceof Error)) return String(error);
  const first = error.message.split('\n')[0]!;
  switch (error.name) {
    case 'LayoutProblemError': {
      const problems = (error as Error & { problems: string[] }).problems;
      return problems
        .map((p) => {
          if (p === 'identitas') {
            return en
              ? 'the identity page does not fit on one sheet even at 70 %: shorten the lists (dasar hukum, kualifikasi, …)'
              : 'halaman identitas tidak muat satu lembar walau diperkecil 70 %: persingkat daftarnya (dasar hukum, kualifikasi, …)';
          }
          const step = p.replace(/^baris:/, '');
          return en
            ? `step ${step} is taller than a page: shorten its uraian or split it into several steps`
            : `kegiatan ${step} lebih tinggi dari satu halaman: persingkat uraiannya atau pecah menjadi beberapa kegiatan`;
        })
        .join('; ');
    }
    case 'PrintTimeoutError':
      return en ? first : first.replace(/^not finished within (\d+) s/, 'tidak selesai dalam $1 detik');
    case 'LayoutError':
      return en ? first : first.replace(/^the layout failed in the browser:/, 'tata letak gagal di browser:');
    case 'BrowserCrashedError':
      return en ? first : 'browser berhenti mendadak';
    default:
      return first;
  }
}

/**
 * The folder a SOP's files (the logo) must stay inside: the config's folder; without a config,
 * the git work tree the SOP is in, else the current folder (so `../assets/logo.png` from
 * sops/ works in a project that has no sop.config.yaml yet).
 */
function projectRootOf(config: RunContext['config'], sop: Sop): string {
  if (config.file) return config.dir;
  for (let dir = path.dirname(path.resolve(config.dir, sop.file)); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return config.dir;
  }
}
