import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../util/diagnostic.js';
import { phrase, type MessageValue } from '../util/message.js';
import { UsageError, RenderError } from '../util/errors.js';
import { makeFolder, writeFileAtomic } from '../util/io.js';
import type { Sop } from '../model/types.js';
import { loadSop } from '../model/load.js';
import { resolveFiles } from '../model/files.js';
import { MANIFEST_FILE, manifestOf, mergeManifests, parseManifest, serializeManifest, shardManifestFile, shardOfManifestFile, type Manifest } from '../render/manifest.js';
import { inShard, shardKey } from '../util/shard.js';
import { slugOf } from '../util/paths.js';
import type { PdfPrinter } from '../pdf/printer.js';
import { htmlOptionsFor, planJobs, readOrNull, sopMetadata, type Failure, type Job, type Plan } from './plan.js';
import { compileBook, type BookPart } from './book.js';
import { onStopSignal, type StopSignal } from './signals.js';

export type { Failure };

/** What a batch tells its caller as it goes (the CLI draws progress from it; a preview could too). */
export interface BuildEvents {
  /** Files with YAML or schema problems, skipped. */
  broken(files: { file: string; diagnostics: Diagnostic[] }[]): void;
  /** How many files will be rendered now (the others are broken or unchanged). */
  planned(count: number): void;
  start(file: string): void;
  /** A file is finished: the outputs written (relative to the output folder) and its PDF pages. */
  done(file: string, outputs: string[], pages: number, ok: boolean): void;
  /** Every file is finished (the book comes after). */
  finished(): void;
  book(file: string, count: number, pages: number): void;
  /** Detail for --verbose, as a phrase. */
  detail(message: MessageValue): void;
  /** A failed file's stack trace, for --verbose. */
  trace(stack: string): void;
  /** Ctrl-C, SIGTERM or SIGHUP arrived: no new files, the browser is being closed. */
  interrupted(signal: StopSignal): void;
}

export interface BatchResult {
  /** 'fatal' when the browser could not start or the run was interrupted. */
  outcome: 'ok' | 'failures' | 'fatal';
  /** The signal that stopped the run (the first one), or null. */
  stoppedBy: StopSignal | null;
  total: number;
  rendered: number;
  skipped: number;
  pages: number;
  failures: Failure[];
  /** Why the run could not go on at all (the browser would not start), or null. */
  fatal: MessageValue | null;
  /** Files the run depends on (for --watch). */
  watched: string[];
}

export interface BatchInput {
  args: readonly string[];
  cwd: string;
  env: Record<string, string | undefined>;
  plan: Plan;
  executablePath: string | null;
  events: BuildEvents;
}

/** The default per-document limit grows by this much per 10 steps (a 5,000-step SOP: 60 + 500 s). */
export const TIMEOUT_PER_10_STEPS_MS = 1000;

/**
 * A document's time limit: the plan's (60 s by default) plus 1 s per 10 steps, so a long SOP (its
 * layout and its print take longer, and not quite linearly) does not hit the default; an explicit
 * --timeout is a hard limit, not scaled. Never beyond a day (setTimeout's range).
 */
export function documentTimeoutMs(baseMs: number, steps: number, fixed = false): number {
  if (fixed) return baseMs;
  return Math.min(86_400_000, baseMs + Math.floor(steps / 10) * TIMEOUT_PER_10_STEPS_MS);
}

/** The Chromium a plan needs (PDF or the book), or null when it needs none; throws BrowserNotFoundError (a RenderError). */
export async function browserFor(plan: Plan, env: Record<string, string | undefined>): Promise<{ executablePath: string; asRoot: boolean } | null> {
  if (!plan.formats.has('pdf') && !plan.bookFile) return null;
  const { findBrowser, runningAsRoot } = await import('../pdf/browser.js');
  return { executablePath: findBrowser(plan.chrome, env), asRoot: runningAsRoot() };
}

/** Plans and runs one batch: each SOP's HTML and/or PDF, the manifest, the book. */
export async function renderBatch({ args, cwd, env, plan, executablePath, events }: BatchInput): Promise<BatchResult> {
  const { config } = plan;
  const project = resolveFiles(args, cwd, config);
  // --shard: this job's part of the files (the others are some other job's).
  const absFiles = plan.shard ? inShard(project, (abs) => shardKey(abs, config.dir), plan.shard) : project;
  if (plan.shard && plan.verbose) events.detail(phrase('shardFiles', { index: plan.shard.index, count: plan.shard.count, files: absFiles.length, total: project.length }));
  const configText = config.file ? (readOrNull(config.file)?.toString('utf8') ?? '') : '';
  const watched = new Set<string>(absFiles);
  if (config.file) watched.add(config.file);
  if (plan.templateDir) watched.add(plan.templateDir);
  const failures: Failure[] = [];
  let stoppedBy: StopSignal | null = null;
  const result = (outcome: BatchResult['outcome'], counts: Pick<BatchResult, 'rendered' | 'skipped' | 'pages'>, fatal: MessageValue | null = null): BatchResult => ({
    outcome,
    fatal,
    stoppedBy,
    total: absFiles.length,
    ...counts,
    failures: failures.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    watched: [...watched],
  });

  try {
    makeFolder(plan.outDir);
  } catch (error) {
    throw new UsageError('renderOutDirFailed', { dir: plan.outDir, code: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  const manifests = readManifests(plan.outDir);
  const manifest: Manifest = mergeManifests(manifests.main, manifests.shards.map((s) => s.manifest));
  const sourceDateEpoch = env.SOURCE_DATE_EPOCH;

  const { jobs, skipped, broken } = planJobs(absFiles, plan, { cwd, manifest, sourceDateEpoch, configText, failures, watched, ...(plan.shard ? { project } : {}) });
  if (broken.length) events.broken(broken);
  events.planned(jobs.length);

  const needsBrowser = jobs.some((j) => j.todo.has('pdf') || (j.needPdfBytes && !plan.formats.has('pdf'))) || Boolean(plan.bookFile);
  const { renderHtml } = await import('../render/index.js');

  let printer: PdfPrinter | null = null;
  // A stop (src/build/signals.ts): no new files, the printer closes (also while it is starting) and
  // does not relaunch; what is written stays whole (atomic writes).
  const stop = new AbortController();
  const removeStopListener = onStopSignal((signal) => {
    if (stoppedBy) return;
    stoppedBy = signal;
    events.interrupted(signal);
    stop.abort();
  });
  const interrupted = () => stop.signal.aborted;
  const bookParts = new Map<string, BookPart>();
  let pages = 0;
  let rendered = 0;
  try {
    if (needsBrowser && executablePath && jobs.length) {
      const { PdfPrinter } = await import('../pdf/printer.js');
      try {
        printer = await PdfPrinter.open({
          executablePath,
          env,
          timeoutMs: plan.timeoutMs,
          signal: stop.signal,
          log: plan.verbose ? (m) => events.detail(m) : undefined,
        });
      } catch (error) {
        if (interrupted()) {
          for (const job of jobs) failures.push({ file: job.file, message: phrase('renderInterrupted') });
          return result('fatal', { rendered, skipped, pages });
        }
        if (error instanceof RenderError) return result('fatal', { rendered, skipped, pages }, phrase(error.messageId, error.data));
        const detail = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        return result('fatal', { rendered, skipped, pages }, phrase('renderBrowserFailed', { path: executablePath, detail }));
      }
    }

    const runJob = async (job: Job) => {
      events.start(job.file);
      const written: string[] = [];
      let sopPages = 0;
      try {
        let htmlText: string | null = null;
        let model: Sop | null = null;
        const sop = () => {
          model ??= loadSop({ path: job.file, absPath: job.absPath, text: job.text }, config).sop;
          if (!model) throw new RenderError('renderNoLongerLoads');
          return model;
        };
        const html = async () => (htmlText ??= await renderHtml(sop(), htmlOptionsFor(plan, sop())));
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
            if (interrupted() || !printer) throw new RenderError('renderInterrupted');
            const final = await printSopPdf(printer, sop(), await html(), { baseTimeoutMs: plan.timeoutMs, fixedTimeout: plan.fixedTimeout, sourceDateEpoch });
            if (final.blocked.length && plan.verbose) events.detail(phrase('renderRefused', { file: job.file, urls: final.blocked.join(', ') }));
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
        events.done(job.file, written, sopPages, true);
      } catch (error) {
        // After a stop the browser is gone on purpose: say so rather than "Target closed".
        failures.push({ file: job.file, message: interrupted() ? phrase('renderInterrupted') : describeFailure(error) });
        events.done(job.file, [], 0, false);
        if (plan.verbose && !interrupted() && error instanceof Error && error.stack) events.trace(error.stack);
      }
    };
    await runPool(jobs, plan.concurrency, async (job) => {
      if (interrupted()) {
        failures.push({ file: job.file, message: phrase('renderInterrupted') });
        return;
      }
      await runJob(job);
    });
    events.finished();

    if (plan.bookFile && !interrupted() && printer) {
      const parts = jobs.map((j) => bookParts.get(j.slug)).filter((p): p is BookPart => Boolean(p));
      try {
        const book = await compileBook(parts, plan, printer, sourceDateEpoch);
        pages += book.pages;
        events.book(plan.bookFile, parts.length, book.pages);
      } catch (error) {
        failures.push({ file: plan.bookFile, message: describeFailure(error) });
      }
    }
    if (rendered) writeManifests(plan, manifest, manifests.shards, absFiles);
  } finally {
    // The listener stays until the browser is closed: a second Ctrl-C does not cut the close short.
    await printer?.close();
    removeStopListener();
  }
  if (interrupted()) return result('fatal', { rendered, skipped, pages });
  return result(failures.length ? 'failures' : 'ok', { rendered, skipped, pages });
}

interface ShardManifest {
  file: string;
  count: number;
  manifest: Manifest;
}

/** The output folder's manifests: the main one and every shard's (see mergeManifests). */
function readManifests(outDir: string): { main: Manifest; shards: ShardManifest[] } {
  const read = (name: string) => parseManifest(readOrNull(path.join(outDir, name))?.toString('utf8') ?? null);
  let names: string[] = [];
  try {
    names = fs.readdirSync(outDir).sort();
  } catch {
    // no folder yet: no manifests
  }
  const shards: ShardManifest[] = [];
  for (const name of names) {
    const shard = shardOfManifestFile(name);
    if (shard) shards.push({ file: name, count: shard.count, manifest: read(name) });
  }
  return { main: read(MANIFEST_FILE), shards };
}

/**
 * A run of all files writes the main manifest, which now holds what the shards' knew, and removes
 * theirs. A shard writes only its own manifest, with the entries of its own outputs, and leaves
 * the main one and the other shards' alone; it removes the manifests of splits into another
 * number of shards (their outputs are checked again and rendered once more at worst).
 */
function writeManifests(plan: Plan, manifest: Manifest, shards: readonly ShardManifest[], own: readonly string[]): void {
  const remove = (file: string) => fs.rmSync(path.join(plan.outDir, file), { force: true });
  if (!plan.shard) {
    writeFileAtomic(path.join(plan.outDir, MANIFEST_FILE), serializeManifest(manifest));
    for (const s of shards) remove(s.file);
    return;
  }
  const outputs = new Set(own.flatMap((abs) => ['html', 'pdf'].map((format) => `${slugOf(abs)}.${format}`)));
  writeFileAtomic(path.join(plan.outDir, shardManifestFile(plan.shard.index, plan.shard.count)), serializeManifest(manifestOf(manifest, outputs)));
  for (const s of shards) if (s.count !== plan.shard.count) remove(s.file);
}

/**
 * One SOP's PDF: printed within its time limit (documentTimeoutMs), then given its metadata and a
 * reproducible id. What `sop render` and the preview's /pdf/ pages both print.
 */
export async function printSopPdf(
  printer: PdfPrinter,
  sop: Sop,
  html: string,
  options: { baseTimeoutMs: number; fixedTimeout: boolean; sourceDateEpoch: string | undefined },
): Promise<{ bytes: Uint8Array; pages: number; blocked: string[] }> {
  const { finalizePdf, documentDate, PDF_PRODUCER } = await import('../pdf/finalize.js');
  const printed = await printer.print(html, { timeoutMs: documentTimeoutMs(options.baseTimeoutMs, sop.steps.length, options.fixedTimeout) });
  const meta = sopMetadata(sop, options.sourceDateEpoch, documentDate, PDF_PRODUCER);
  const final = await finalizePdf(printed.pdf, meta, `${html}\n${JSON.stringify(meta)}`);
  return { ...final, blocked: printed.blocked };
}

/** Runs `worker` over the items with at most `limit` at once. */
async function runPool<T>(items: readonly T[], limit: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await worker(items[next++]!);
  });
  await Promise.all(lanes);
}

/** A per-document failure as a phrase: typed errors (render, printer) carry their id; others give their first line. */
export function describeFailure(error: unknown): MessageValue {
  if (error instanceof RenderError) return phrase(error.messageId, error.data);
  if (!(error instanceof Error)) return String(error);
  // A file-system error (a read-only folder, a file where a folder should be): what and where, not Node's sentence.
  const errno = error as NodeJS.ErrnoException;
  if (typeof errno.code === 'string' && /^E[A-Z]+$/.test(errno.code) && errno.path) {
    return phrase('renderWriteFailed', { file: errno.path, code: errno.code });
  }
  return error.message.split('\n')[0]!;
}
