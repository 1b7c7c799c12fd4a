import fs from 'node:fs';
import path from 'node:path';
import type { Io } from '../io.js';
import type { GlobalOptions } from '../program.js';
import type { RunContext } from '../context.js';
import type { Paper } from '../../config/types.js';
import { EXIT_FATAL, EXIT_FINDINGS, EXIT_OK, RenderError, UsageError } from '../../util/errors.js';
import { displayPath } from '../../util/paths.js';
import { say, sayValue, wordFiles } from '../../i18n/messages.js';
import { resolveFiles } from '../../model/files.js';
import { locateProblems } from '../../model/locate.js';
import { stylish } from '../../report/stylish.js';
import { DOCS_BASE_URL } from '../../report/types.js';
import { stopExitCode } from '../../build/signals.js';
import { version } from '../version.js';

export interface BookOptions extends GlobalOptions {
  output?: string;
  paper?: Paper;
  chrome?: string;
  timeout?: number;
}

/** The book's file when -o is not given: in the folder of the PDFs. */
export const DEFAULT_BOOK_FILE = 'buku-sop.pdf';

/**
 * `sop book DIR`: the "Buku SOP" of the PDFs already rendered into DIR (by `sop render --format
 * pdf`, e.g. by the jobs of a `--shard` matrix), the same book `sop render --book` makes. The SOPs
 * are the config's `sumber`, read for their nomor, nama and instansi; each one's PDF is
 * DIR/<slug>.pdf. A SOP without a usable PDF is named (one line each) and left out; the book of the
 * others is still written, and the exit code is 1 — as `sop render --book` does with a SOP that
 * fails.
 */
export async function runBook(dir: string, options: BookOptions, io: Io, context: RunContext): Promise<number> {
  const lang = context.lang;
  const reportContext = { lang, color: false, rules: new Map(), toolVersion: version, docsBaseUrl: DOCS_BASE_URL, cwd: io.cwd };
  if (context.configProblems) {
    const { parsed, problems } = context.configProblems;
    io.stderr(stylish(wordFiles([{ file: parsed.source.path, diagnostics: locateProblems(parsed, problems) }], lang), reportContext));
    return EXIT_FATAL;
  }
  const folder = path.resolve(io.cwd, dir);
  if (!isDirectory(folder)) throw new UsageError('bookNotFolder', { dir });
  const bookFile = options.output ? path.resolve(io.cwd, options.output) : path.join(folder, DEFAULT_BOOK_FILE);
  const shownBook = displayPath(bookFile, io.cwd);
  const sources = resolveFiles([], io.cwd, context.config);

  const { collectFolderParts, checkBookTarget, writeFolderBook } = await import('../../build/book.js');
  const found = await collectFolderParts(folder, sources, context.config, io.cwd);
  checkBookTarget(bookFile, found.pdfs, shownBook);
  if (found.broken.length) io.stderr(stylish(wordFiles(found.broken, lang), reportContext));
  for (const f of found.failures) io.stderr(`✖ ${f.file}: ${sayValue(lang, f.message).split('\n')[0]}\n`);
  if (!found.parts.length) {
    io.stderr(`sop: ${say(lang, 'bookNothing', { dir: displayPath(folder, io.cwd) })}\n`);
    return EXIT_FINDINGS;
  }

  let executablePath: string;
  try {
    const { findBrowser, runningAsRoot } = await import('../../pdf/browser.js');
    executablePath = findBrowser(options.chrome, io.env);
    if (context.verbose) {
      io.stderr(`sop: ${say(lang, 'renderBrowserPath', { path: executablePath })}\n`);
      if (runningAsRoot()) io.stderr(`sop: ${say(lang, 'renderRootSandbox')}\n`);
    }
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    io.stderr(`sop: ${say(lang, error.messageId, error.data)}\n`);
    return EXIT_FATAL;
  }

  let result: Awaited<ReturnType<typeof writeFolderBook>>;
  try {
    result = await writeFolderBook({
      parts: found.parts,
      plan: { lang, config: context.config, paper: options.paper ?? context.config.paper, bookFile },
      executablePath,
      env: io.env,
      timeoutMs: (options.timeout ?? 60) * 1000,
      ...(context.verbose ? { log: (m) => io.stderr(`sop: ${sayValue(lang, m)}\n`) } : {}),
      interrupted: (signal) => io.stderr(`\nsop: ${signal === 'SIGINT' ? say(lang, 'renderInterruptedClosing') : say(lang, 'renderStoppedClosing', { signal })}\n`),
    });
  } catch (error) {
    // The browser would not start or print, the book could not be written: one line.
    if (error instanceof RenderError) {
      io.stderr(`sop: ${say(lang, error.messageId, error.data)}\n`);
      return EXIT_FATAL;
    }
    const errno = error as NodeJS.ErrnoException;
    if (typeof errno.code === 'string' && /^E[A-Z]+$/.test(errno.code)) throw new UsageError('writeFailed', { file: shownBook, code: errno.code });
    throw error;
  }
  if (result.stoppedBy) return stopExitCode(result.stoppedBy, EXIT_FATAL);
  io.stdout(`${say(lang, 'renderBook', { file: shownBook, count: found.parts.length, pages: result.pages })}\n`);
  return found.failures.length ? EXIT_FINDINGS : EXIT_OK;
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
