import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import type { Browser } from 'puppeteer-core';
import { RenderError } from '../util/errors.js';
import { phrase, type MessageData } from '../util/message.js';
import { say } from '../i18n/messages.js';

/** Where Chromium is looked for, in order (after --chrome and PUPPETEER_EXECUTABLE_PATH). */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/microsoft-edge',
  '/usr/bin/msedge',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** No Chromium to print with; the CLI words `messageId` (`message` is the English text, for developers). */
export class BrowserNotFoundError extends RenderError {
  constructor(messageId: 'renderBrowserNotAt' | 'renderBrowserNone', data: MessageData = {}) {
    const full = { ...data, help: phrase('renderBrowserHelp') };
    super(messageId, full, say('en', messageId, full));
    this.name = 'BrowserNotFoundError';
  }
}

/** puppeteer's own browser cache (~/.cache/puppeteer/chrome/<platform>-<version>/…/chrome). */
function puppeteerCacheBrowsers(env: Record<string, string | undefined>): string[] {
  const root = env.PUPPETEER_CACHE_DIR ?? path.join(os.homedir(), '.cache', 'puppeteer');
  const found: string[] = [];
  for (const product of ['chrome', 'chromium', 'chrome-headless-shell']) {
    const dir = path.join(root, product);
    let versions: string[] = [];
    try {
      versions = fs.readdirSync(dir).sort().reverse();
    } catch {
      continue;
    }
    for (const v of versions) {
      for (const rel of ['chrome-linux64/chrome', 'chrome-linux/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell', 'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-win64/chrome.exe']) {
        found.push(path.join(dir, v, rel));
      }
    }
  }
  return found;
}

/** Finds a Chromium: explicit path, PUPPETEER_EXECUTABLE_PATH, puppeteer's cache, then system locations. */
export function findBrowser(explicit: string | undefined, env: Record<string, string | undefined> = process.env): string {
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new BrowserNotFoundError('renderBrowserNotAt', { where: `--chrome ${explicit}` });
  }
  const fromEnv = env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new BrowserNotFoundError('renderBrowserNotAt', { where: `PUPPETEER_EXECUTABLE_PATH=${fromEnv}` });
  }
  for (const candidate of [...puppeteerCacheBrowsers(env), ...SYSTEM_BROWSERS]) if (isExecutable(candidate)) return candidate;
  throw new BrowserNotFoundError('renderBrowserNone');
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** True when this process runs as root, where Chromium's sandbox refuses to start. */
export function runningAsRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Flags for a closed network and a root user (containers, CI). */
export function browserArgs(): string[] {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    '--font-render-hinting=none',
  ];
  if (runningAsRoot()) args.push('--no-sandbox');
  return args;
}

/** How long a launching browser may take to answer, unless SOP_BROWSER_LAUNCH_TIMEOUT says otherwise. */
export const LAUNCH_TIMEOUT_MS = 30_000;

/**
 * The launch time limit, milliseconds: SOP_BROWSER_LAUNCH_TIMEOUT (seconds, fractions allowed, at
 * most 86400) when set to a positive number; else 30 s, or `limitMs` (the per-document limit) when
 * that is smaller.
 */
export function launchTimeoutMs(env: Record<string, string | undefined> = process.env, limitMs = Infinity): number {
  const raw = env.SOP_BROWSER_LAUNCH_TIMEOUT?.trim();
  const seconds = raw && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  if (seconds > 0 && seconds <= 86_400) return Math.max(1, Math.round(seconds * 1000));
  return Math.min(LAUNCH_TIMEOUT_MS, limitMs);
}

/** The browser started but did not answer within the launch time limit; it has been killed. */
export class BrowserLaunchTimeoutError extends RenderError {
  constructor(executablePath: string, timeoutMs: number) {
    const data = { path: executablePath, seconds: timeoutMs / 1000 };
    super('renderBrowserLaunchTimeout', data, say('en', 'renderBrowserLaunchTimeout', data));
    this.name = 'BrowserLaunchTimeoutError';
  }
}

/** A stop was requested (`signal` aborted) while the browser was starting; it has been killed. */
export class BrowserLaunchAbortedError extends RenderError {
  constructor() {
    super('renderInterrupted', {}, 'the launch was stopped');
    this.name = 'BrowserLaunchAbortedError';
  }
}

export interface LaunchOptions {
  executablePath?: string;
  env?: Record<string, string | undefined>;
  /** The launch time limit (default: launchTimeoutMs(env)). */
  timeoutMs?: number;
  /** Aborted: the launch is abandoned and the browser killed (a stop was requested). */
  signal?: AbortSignal;
}

/**
 * Launches headless Chromium (puppeteer-core is loaded only here, lazily), within a time limit: a
 * browser that does not answer is killed (with its process group) and BrowserLaunchTimeoutError
 * thrown. puppeteer's own signal handlers are off (its SIGINT handler calls process.exit, its
 * SIGTERM/SIGHUP ones close the browser behind the caller's back): the caller closes the browser
 * on a stop (src/build/signals.ts). puppeteer still kills the browser when this process exits, and
 * Chromium ends by itself when its pipe closes, so no Chromium outlives us.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const env = options.env ?? process.env;
  const executablePath = findBrowser(options.executablePath, env);
  const timeoutMs = options.timeoutMs ?? launchTimeoutMs(env);
  if (options.signal?.aborted) throw new BrowserLaunchAbortedError();
  const puppeteer = (await import('puppeteer-core')).default;
  // One controller for both ends of the wait: the timer and the caller's stop. Aborting it kills
  // the browser's process group (puppeteer's `signal`); it is never aborted after a launch succeeded.
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let onStop: (() => void) | undefined;
  const gaveUp = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abort.abort();
      reject(new BrowserLaunchTimeoutError(executablePath, timeoutMs));
    }, timeoutMs);
    onStop = () => {
      abort.abort();
      reject(new BrowserLaunchAbortedError());
    };
    options.signal?.addEventListener('abort', onStop, { once: true });
  });
  const launching = puppeteer.launch({
    executablePath,
    headless: true,
    args: browserArgs(),
    pipe: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: timeoutMs,
    signal: abort.signal,
  });
  try {
    return await Promise.race([launching, gaveUp]);
  } catch (error) {
    // Lost the race but started after all: close it; failed: nothing to do (already killed).
    launching.then((browser) => browser.close(), () => {}).catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
    if (onStop) options.signal?.removeEventListener('abort', onStop);
  }
}
