import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { launchBrowser, launchTimeoutMs } from './browser.js';
import { RenderError } from '../util/errors.js';
import { phrase, type MessageValue } from '../util/message.js';

export interface PrinterOptions {
  /** The Chromium executable (already found with findBrowser). */
  executablePath: string;
  /** Per-document time limit, milliseconds (a print may give its own). */
  timeoutMs: number;
  /** The launch time limit, milliseconds (default: launchTimeoutMs(env, timeoutMs): 30 s, or less). */
  launchTimeoutMs?: number;
  /** The environment SOP_BROWSER_LAUNCH_TIMEOUT is read from (default process.env). */
  env?: Record<string, string | undefined>;
  /** How many times a crashed browser is relaunched during the run (default 1). */
  relaunches?: number;
  /**
   * A stop was requested when it is aborted (src/build/signals.ts): a launch under way is
   * abandoned, the printer closes, and a browser that went away is not relaunched.
   */
  signal?: AbortSignal;
  /** Diagnostic lines (shown under --verbose), as phrases. */
  log?: (message: MessageValue) => void;
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

/** A stop was requested (or the printer closed): the document is not printed, the browser not relaunched. */
export class BrowserStoppedError extends RenderError {
  constructor() {
    super('renderInterrupted', {}, 'stopped: the printer is closed');
    this.name = 'BrowserStoppedError';
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

  /**
   * Launches the browser (within the launch time limit: BrowserLaunchTimeoutError) and returns the
   * printer. With `signal`, an abort closes the printer (and abandons a launch under way).
   */
  static async open(options: PrinterOptions): Promise<PdfPrinter> {
    const printer = new PdfPrinter(options);
    const { signal } = options;
    const onStop = () => void printer.close();
    signal?.addEventListener('abort', onStop, { once: true });
    try {
      await printer.launch();
    } catch (error) {
      signal?.removeEventListener('abort', onStop);
      await printer.close();
      throw error;
    }
    return printer;
  }

  /** Whether a stop was requested or the printer was closed: nothing is printed or relaunched any more. */
  get stopped(): boolean {
    return this.closed || Boolean(this.options.signal?.aborted);
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
    const { executablePath, env, signal } = this.options;
    const timeoutMs = this.options.launchTimeoutMs ?? launchTimeoutMs(env, this.options.timeoutMs);
    const browser = await launchBrowser({ executablePath, env, timeoutMs, signal });
    if (this.stopped) {
      // Closed (or stopped) while it was starting: it must not outlive the printer.
      await closeBrowser(browser);
      throw new BrowserStoppedError();
    }
    this.generation++;
    this.idle = [];
    this.browser = browser;
    const generation = this.generation;
    browser.on('disconnected', () => {
      if (!this.stopped && this.generation === generation) this.options.log?.(phrase('renderBrowserDisconnected'));
    });
  }

  private async acquire(): Promise<PooledPage> {
    if (this.stopped) throw new BrowserStoppedError();
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

  /**
   * Opens the HTML, waits for `html[data-layout="done"]`, prints with the document's own page sizes;
   * within `timeoutMs` (default: the printer's).
   */
  async print(html: string, options: { timeoutMs?: number } = {}): Promise<PrintResult> {
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs;
    try {
      return await this.printOnce(html, timeoutMs);
    } catch (error) {
      if (this.stopped || this.browser?.connected) throw this.stopped ? new BrowserStoppedError() : error;
      // A browser killed by the same signal that stops the run (a supervisor that ends the whole
      // process tree) may be seen gone before the stop itself: let the signal's handler run first.
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (this.stopped) throw new BrowserStoppedError();
      await this.relaunchAfterCrash();
      return await this.printOnce(html, timeoutMs);
    }
  }

  private async relaunchAfterCrash(): Promise<void> {
    if (this.browser?.connected) return;
    if (!this.relaunching) {
      if (this.stopped) throw new BrowserStoppedError();
      if (this.relaunchesLeft <= 0) throw new BrowserCrashedError();
      this.relaunchesLeft--;
      this.options.log?.(phrase('renderBrowserRelaunching'));
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

  private async printOnce(html: string, timeoutMs: number): Promise<PrintResult> {
    const entry = await this.acquire();
    entry.blocked = [];
    const { page } = entry;
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
    // A relaunch under way ends by itself now (it sees the printer closed and closes its browser).
    await this.relaunching?.catch(() => {});
    const browser = this.browser;
    this.browser = null;
    this.idle = [];
    if (!browser) return;
    await closeBrowser(browser);
  }
}

/** Closes a browser; kills it when it does not close within a few seconds. */
async function closeBrowser(browser: Browser): Promise<void> {
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
