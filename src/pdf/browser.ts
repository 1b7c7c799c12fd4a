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

/**
 * Launches headless Chromium (puppeteer-core is loaded only here, lazily).
 * SIGINT is left to the caller (puppeteer's own handler would call process.exit); puppeteer still
 * kills the browser on SIGTERM, SIGHUP and process exit, so no Chromium outlives us.
 */
export async function launchBrowser(options: { executablePath?: string; env?: Record<string, string | undefined> } = {}): Promise<Browser> {
  const executablePath = findBrowser(options.executablePath, options.env ?? process.env);
  const puppeteer = (await import('puppeteer-core')).default;
  return puppeteer.launch({ executablePath, headless: true, args: browserArgs(), pipe: true, handleSIGINT: false });
}
