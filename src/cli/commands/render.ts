import path from 'node:path';
import type { Io } from '../io.js';
import type { GlobalOptions } from '../program.js';
import type { RunContext } from '../context.js';
import { RenderError, EXIT_FATAL, EXIT_FINDINGS, EXIT_OK } from '../../util/errors.js';
import type { MessageValue } from '../../util/message.js';
import { say, sayValue, wordFiles } from '../../i18n/messages.js';
import { locateProblems } from '../../model/locate.js';
import { stylish } from '../../report/stylish.js';
import { DOCS_BASE_URL } from '../../report/types.js';
import { version } from '../version.js';
import { makePlan, type Plan, type RenderRequest } from '../../build/plan.js';
import type { BatchResult, BuildEvents } from '../../build/run.js';
import { stopExitCode } from '../../build/signals.js';

export interface RenderOptions extends GlobalOptions, RenderRequest {
  watch?: boolean;
}

/** `sop render`: options, the browser, progress and the summary; the run itself is src/build/. */
export async function runRender(files: string[], options: RenderOptions, io: Io, context: RunContext): Promise<number> {
  const plan = planOf(options, io, context);
  if (!plan) return EXIT_FATAL;
  const lang = plan.lang;
  const { browserFor } = await import('../../build/run.js');
  let executablePath: string | null = null;
  try {
    const browser = await browserFor(plan, io.env);
    executablePath = browser?.executablePath ?? null;
    if (browser && context.verbose) {
      io.stderr(`sop: ${say(lang, 'renderBrowserPath', { path: browser.executablePath })}\n`);
      if (browser.asRoot) io.stderr(`sop: ${say(lang, 'renderRootSandbox')}\n`);
    }
  } catch (error) {
    // No Chromium: one line saying how to get one.
    if (!(error instanceof RenderError)) throw error;
    io.stderr(`sop: ${say(lang, error.messageId, error.data)}\n`);
    return EXIT_FATAL;
  }
  if (!options.watch) return exitCodeOf(await runBatch(files, plan, executablePath, io));
  const { watchRounds } = await import('../../build/watch.js');
  const { outcome, stoppedBy } = await watchRounds({
    args: files,
    cwd: io.cwd,
    plan,
    // Each round re-reads the config.
    replan: () => planOf(options, io, context.reload()),
    round: (next) => runBatch(files, next, executablePath, io),
    watching: () => io.stdout(`${say(lang, 'renderWatching')}\n`),
    usageError: (error) => io.stderr(`sop: ${say(lang, error.messageId, error.data)}\n`),
  });
  // Ctrl-C ends a watch as it always has (0, or 2 when the last round could not run); SIGTERM 143, SIGHUP 129.
  const interrupt = outcome === 'fatal' ? EXIT_FATAL : EXIT_OK;
  return stoppedBy ? stopExitCode(stoppedBy, interrupt) : interrupt;
}

/** The plan, or null after printing the config's problems. */
function planOf(options: RenderOptions, io: Io, context: RunContext): Plan | null {
  if (context.configProblems) {
    const { parsed, problems } = context.configProblems;
    io.stderr(stylish(wordFiles([{ file: parsed.source.path, diagnostics: locateProblems(parsed, problems) }], context.lang), reportContext(context.lang, io)));
    return null;
  }
  return makePlan(options, { config: context.config, lang: context.lang, verbose: context.verbose, cwd: io.cwd });
}

function reportContext(lang: Plan['lang'], io: Io) {
  return { lang, color: false, rules: new Map(), toolVersion: version, docsBaseUrl: DOCS_BASE_URL, cwd: io.cwd };
}

function exitCodeOf(result: BatchResult): number {
  // Ctrl-C: 2 as always; SIGTERM 143, SIGHUP 129.
  if (result.stoppedBy) return stopExitCode(result.stoppedBy, EXIT_FATAL);
  return result.outcome === 'fatal' ? EXIT_FATAL : result.outcome === 'failures' ? EXIT_FINDINGS : EXIT_OK;
}

/** One batch with its progress display, failures and summary line. */
async function runBatch(args: readonly string[], plan: Plan, executablePath: string | null, io: Io): Promise<BatchResult> {
  const { renderBatch } = await import('../../build/run.js');
  const started = io.now();
  const lang = plan.lang;
  const words = (value: MessageValue) => sayValue(lang, value);
  const progress = createProgress(io, plan);
  const events: BuildEvents = {
    broken: (files) => io.stderr(stylish(wordFiles(files, lang), reportContext(lang, io))),
    planned: (count) => progress.plan(count),
    start: (file) => progress.start(file),
    done: (file, outputs, pages, ok) => progress.done(file, outputs, pages, ok),
    finished: () => progress.finish(),
    book: (file, count, pages) => io.stdout(`${say(lang, 'renderBook', { file: displayOut(plan.outDir, file, io.cwd), count, pages })}\n`),
    detail: (message) => io.stderr(`sop: ${words(message)}\n`),
    trace: (stack) => io.stderr(`${stack}\n`),
    interrupted: (signal) => io.stderr(`\nsop: ${signal === 'SIGINT' ? say(lang, 'renderInterruptedClosing') : say(lang, 'renderStoppedClosing', { signal })}\n`),
  };
  const result = await renderBatch({ args, cwd: io.cwd, env: io.env, plan, executablePath, events });
  if (result.fatal) {
    io.stderr(`sop: ${words(result.fatal)}\n`);
    return result;
  }
  for (const f of result.failures) io.stderr(`✖ ${f.file}: ${words(f.message).split('\n')[0]}\n`);
  const seconds = ((io.now() - started) / 1000).toFixed(1);
  const part = (id: string, n: number, shown: boolean) => (shown ? say(lang, id, { n }) : '');
  io.stdout(
    `${say(lang, 'renderSummary', {
      rendered: result.rendered,
      total: result.total,
      skipped: part('renderSummarySkipped', result.skipped, result.skipped > 0),
      failed: part('renderSummaryFailed', result.failures.length, result.failures.length > 0),
      pdf: part('renderSummaryPdf', result.pages, plan.formats.has('pdf') || Boolean(plan.bookFile)),
      seconds,
    })}\n`,
  );
  return result;
}

function displayOut(outDir: string, file: string, cwd: string): string {
  const abs = path.resolve(outDir, file);
  const rel = path.relative(cwd, abs);
  return (!rel || rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel).split(path.sep).join('/');
}

/** A progress bar on a terminal; one plain line per file otherwise. */
function createProgress(io: Io, plan: Plan) {
  let total = 0;
  let done = 0;
  let current = '';
  const bar = () => {
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    io.stdout(`\r\x1b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${current}`);
  };
  return {
    plan(count: number) {
      total = count;
    },
    start(file: string) {
      current = file;
      if (io.isTTY) bar();
    },
    done(file: string, outputs: string[], pages: number, ok: boolean) {
      done++;
      if (io.isTTY) return bar();
      if (!ok || !outputs.length) return;
      const pagesText = pages ? say(plan.lang, 'renderPages', { pages }) : '';
      io.stdout(`✔ ${file} → ${outputs.map((o) => displayOut(plan.outDir, o, io.cwd)).join(', ')}${pagesText}\n`);
    },
    finish() {
      if (io.isTTY && total) io.stdout('\r\x1b[K');
    },
  };
}
