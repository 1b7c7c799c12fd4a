import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { launchBrowser } from './browser.js';
import { RenderError } from '../util/errors.js';
import { phrase, type MessageValue } from '../util/message.js';

export interface PrinterOptions {
  /** The Chromium executable (already found with findBrowser). */
  executablePath: string;
  /** Per-document time limit, milliseconds. */
  timeoutMs: number;
  /** How many times a crashed browser is relaunched during the run (default 1). */
  relaunches?: number;
  /** Diagnostic lines (shown under --verbose). */
  log?: (message: string) => void;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Requests the page tried to make and that were refused (anything but data:, about:, blob:). */
  blocked: string[];
}

/**
 * A document that did not finish printing within the time limit. The printer's failures carry a
 * message id and data (the CLI words them); `message` is the English text, for developers.
 */
export class PrintTimeoutError extends RenderError {
  constructor(seconds: number) {
    super('renderPrintTimeout', { seconds }, `not finished within ${seconds} s (--timeout)`);
    this.name = 'PrintTimeoutError';
  }
}

/** The browser went away (crashed or was killed) and may not be relaunched again. */
export class BrowserCrashedError extends RenderError {
  constructor() {
    super('renderBrowserCrashed', {}, 'the browser crashed');
    this.name = 'BrowserCrashedError';
  }
}

/** The document's own layout script reported a failure (`data-layout="error"`). */
export class LayoutError extends RenderError {
  constructor(detail: string) {
    super('renderLayoutFailed', { detail }, `the layout failed in the browser: ${detail}`);
    this.name = 'LayoutError';
  }
}

/** The layout finished but content would be lost in print: codes from `data-layout-problems`. */
export class LayoutProblemError extends RenderError {
  constructor(readonly problems: string[]) {
    super('renderLayoutProblems', { problems: layoutProblemPhrases(problems) }, `content does not fit the page: ${problems.join(', ')}`);
    this.name = 'LayoutProblemError';
  }
}

/** The layout script's problem codes ("identitas", "baris:3") as phrases, "; " between them. */
function layoutProblemPhrases(problems: readonly string[]): MessageValue[] {
  return problems.flatMap((p, i) => [
    ...(i ? ['; '] : []),
    p === 'identitas' ? phrase('renderIdentityTooTall') : phrase('renderStepTooTall', { step: p.replace(/^baris:/, '') }),
  ]);
}

const ALLOWED = /^(data|about|blob):/i;

interface PooledPage {
  page: Page;
  generation: number;
  blocked: string[];
}

/**
 * One Chromium for a whole run and a pool of reusable pages. The caller bounds the concurrency
 * (each concurrent `print` takes its own page); idle pages are reused, which saves a page start
 * per document. A crashed browser is relaunched (once, by default) and the failed documents retried.
 */
export class PdfPrinter {
  private browser: Browser | null = null;
  private generation = 0;
  private idle: PooledPage[] = [];
  private relaunchesLeft: number;
  private relaunching: Promise<void> | null = null;
  private closed = false;
  private closing: Promise<void> | null = null;

  private constructor(private readonly options: PrinterOptions) {
    this.relaunchesLeft = options.relaunches ?? 1;
  }

  static async open(options: PrinterOptions): Promise<PdfPrinter> {
    const printer = new PdfPrinter(options);
    await printer.launch();
    return printer;
  }

  /** The browser's process id (for tests and diagnostics). */
  get pid(): number | undefined {
    return this.browser?.process()?.pid;
  }

  /** How many relaunches happened. */
  get relaunchCount(): number {
    return this.generation - 1;
  }

  private async launch(): Promise<void> {
    const browser = await launchBrowser({ executablePath: this.options.executablePath });
    this.generation++;
    this.idle = [];
    this.browser = browser;
    const generation = this.generation;
    browser.on('disconnected', () => {
      if (!this.closed && this.generation === generation) this.options.log?.('browser disconnected');
    });
  }

  private async acquire(): Promise<PooledPage> {
    const pooled = this.idle.pop();
    if (pooled) return pooled;
    if (!this.browser) throw new BrowserCrashedError();
    const page = await this.browser.newPage();
    const entry: PooledPage = { page, generation: this.generation, blocked: [] };
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (ALLOWED.test(url)) void request.continue().catch(() => {});
      else {
        entry.blocked.push(url);
        void request.abort('blockedbyclient').catch(() => {});
      }
    });
    return entry;
  }

  private release(entry: PooledPage): void {
    if (entry.generation === this.generation && !this.closed) this.idle.push(entry);
    else void entry.page.close().catch(() => {});
  }

  /** Opens the HTML, waits for `html[data-layout="done"]`, prints with the document's own page sizes. */
  async print(html: string): Promise<PrintResult> {
    try {
      return await this.printOnce(html);
    } catch (error) {
      if (this.closed || this.browser?.connected) throw error;
      await this.relaunchAfterCrash();
      return await this.printOnce(html);
    }
  }

  private async relaunchAfterCrash(): Promise<void> {
    if (this.browser?.connected) return;
    if (!this.relaunching) {
      if (this.relaunchesLeft <= 0) throw new BrowserCrashedError();
      this.relaunchesLeft--;
      this.options.log?.('relaunching the browser after a crash');
      this.relaunching = (async () => {
        try {
          this.browser?.process()?.kill('SIGKILL');
        } catch {
          // already gone
        }
        await this.launch();
      })().finally(() => {
        this.relaunching = null;
      });
    }
    await this.relaunching;
  }

  private async printOnce(html: string): Promise<PrintResult> {
    if (this.closed) throw new Error('printer closed');
    const entry = await this.acquire();
    entry.blocked = [];
    const { page } = entry;
    const timeoutMs = this.options.timeoutMs;
    const deadline = Date.now() + timeoutMs;
    const remaining = () => Math.max(1, deadline - Date.now());
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrintTimeoutError(Math.round(timeoutMs / 1000))), timeoutMs);
    });
    const work = (async () => {
      await page.setContent(html, { waitUntil: 'load', timeout: remaining() });
      await page.waitForSelector('html[data-layout="done"], html[data-layout="error"]', { timeout: remaining() });
      const layoutError = await page.evaluate(() =>
        document.documentElement.dataset.layout === 'error' ? (document.documentElement.dataset.layoutError ?? 'unknown error') : null,
      );
      if (layoutError !== null) throw new LayoutError(layoutError);
      const problems = await page.evaluate(() => document.documentElement.dataset.layoutProblems ?? '');
      if (problems) throw new LayoutProblemError(problems.split(' '));
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, timeout: remaining() });
      return { pdf: new Uint8Array(pdf), blocked: [...entry.blocked] };
    })();
    try {
      const result = await Promise.race([work, timeout]);
      this.release(entry);
      return result;
    } catch (error) {
      work.catch(() => {});
      // A page that timed out may still be running a script: never reuse it.
      void page.close().catch(() => {});
      if (error instanceof Error && error.name === 'TimeoutError') throw new PrintTimeoutError(Math.round(timeoutMs / 1000));
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Closes the browser; kills it when it does not close within a few seconds. Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= this.closeOnce();
    return this.closing;
  }

  private async closeOnce(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = null;
    this.idle = [];
    if (!browser) return;
    const proc = browser.process();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([browser.close(), new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
    } catch {
      // fall through to the kill
    } finally {
      clearTimeout(timer);
      if (proc && proc.exitCode === null && proc.signalCode === null) {
        try {
          proc.kill('SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  }
}
