// A browser that never answers, a stop while it starts, a printer that must not relaunch after a
// stop, the limits of --timeout and --concurrency, and the per-document limit that grows with the SOP.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, tempProject } from '../helpers/cli.js';
import { generateSopYaml } from '../render/generate.js';
import { BrowserLaunchTimeoutError, launchTimeoutMs, LAUNCH_TIMEOUT_MS } from '../../src/pdf/browser.js';
import { BrowserStoppedError, PdfPrinter } from '../../src/pdf/printer.js';
import { documentTimeoutMs } from '../../src/build/run.js';

const CHROMIUM = '/usr/bin/chromium';

/**
 * A "browser" that starts and never answers: a shell script that writes its pid to a file, then
 * sleeps (exec: the sleep keeps the pid).
 */
function fakeBrowser(): { executable: string; pid: () => number | null } {
  const dir = tempDir('sop-fake-browser-');
  const executable = path.join(dir, 'chrome');
  const pidFile = path.join(dir, 'pid');
  fs.writeFileSync(executable, `#!/bin/sh\necho $$ > '${pidFile}'\nexec sleep 100000\n`, { mode: 0o755 });
  return {
    executable,
    pid: () => (fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8').trim()) : null),
  };
}

/** Whether a process runs (a zombie, ended but not reaped by its new parent, does not count). */
function running(pid: number): boolean {
  const out = spawnSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).stdout.trim();
  return out !== '' && !out.startsWith('Z');
}

async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && running(pid); i++) await new Promise((r) => setTimeout(r, 50));
  return !running(pid);
}

const page = (body: string) => `<!doctype html><html><body>${body}<script>document.documentElement.dataset.layout = 'done'</script></body></html>`;

describe('a browser that never answers', () => {
  it('sop render: one message after the launch limit (SOP_BROWSER_LAUNCH_TIMEOUT), exit 2, the browser killed', async () => {
    const fake = fakeBrowser();
    const dir = tempProject({ 'sops/a.sop.yaml': generateSopYaml({ steps: 6, actors: 3, seed: 1 }) });
    const r = await runCli(['render', '--format', 'pdf', '--chrome', fake.executable], dir, { SOP_BROWSER_LAUNCH_TIMEOUT: '1' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `sop: browser tidak menjawab dalam 1 detik (${fake.executable}) dan dihentikan; periksa --chrome atau PUPPETEER_EXECUTABLE_PATH, ` +
        'atau beri waktu lebih dengan SOP_BROWSER_LAUNCH_TIMEOUT (detik)\n',
    );
    expect(r.stdout).toBe('');
    expect(fake.pid()).not.toBeNull();
    expect(await gone(fake.pid()!)).toBe(true);
    expect(fs.existsSync(path.join(dir, 'dist', 'a.pdf'))).toBe(false);
  }, 30_000);

  it('in English, and the launch limit follows a smaller --timeout', async () => {
    const fake = fakeBrowser();
    const dir = tempProject({ 'sops/a.sop.yaml': generateSopYaml({ steps: 6, actors: 3, seed: 1 }) });
    const r = await runCli(['--lang', 'en', 'render', '--format', 'pdf', '--chrome', fake.executable, '--timeout', '2'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `sop: the browser did not answer within 2 s (${fake.executable}) and was stopped; check --chrome or PUPPETEER_EXECUTABLE_PATH, ` +
        'or allow more time with SOP_BROWSER_LAUNCH_TIMEOUT (seconds)\n',
    );
    expect(await gone(fake.pid()!)).toBe(true);
  }, 30_000);

  it('PdfPrinter.open: BrowserLaunchTimeoutError (a RenderError with its message id), nothing left running', async () => {
    const fake = fakeBrowser();
    const error = await PdfPrinter.open({ executablePath: fake.executable, timeoutMs: 60_000, launchTimeoutMs: 500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrowserLaunchTimeoutError);
    expect(error).toMatchObject({ messageId: 'renderBrowserLaunchTimeout', data: { path: fake.executable, seconds: 0.5 } });
    expect(await gone(fake.pid()!)).toBe(true);
  }, 30_000);

  it('a stop while the browser starts: the launch is abandoned at once and the browser killed', async () => {
    const fake = fakeBrowser();
    const stop = new AbortController();
    const opening = PdfPrinter.open({ executablePath: fake.executable, timeoutMs: 60_000, launchTimeoutMs: 60_000, signal: stop.signal });
    for (let i = 0; i < 100 && fake.pid() === null; i++) await new Promise((r) => setTimeout(r, 50));
    expect(fake.pid()).not.toBeNull();
    stop.abort();
    await expect(opening).rejects.toMatchObject({ messageId: 'renderInterrupted' });
    expect(await gone(fake.pid()!)).toBe(true);
  }, 30_000);

  it('the launch limit: 30 s, the per-document limit when smaller, SOP_BROWSER_LAUNCH_TIMEOUT (seconds) when set', () => {
    expect(LAUNCH_TIMEOUT_MS).toBe(30_000);
    expect(launchTimeoutMs({})).toBe(30_000);
    expect(launchTimeoutMs({}, 60_000)).toBe(30_000);
    expect(launchTimeoutMs({}, 5_000)).toBe(5_000);
    expect(launchTimeoutMs({ SOP_BROWSER_LAUNCH_TIMEOUT: '0.5' }, 5_000)).toBe(500);
    expect(launchTimeoutMs({ SOP_BROWSER_LAUNCH_TIMEOUT: '120' }, 60_000)).toBe(120_000);
    for (const bad of ['', '0', '-1', 'abc', '1e9', '86401']) expect(launchTimeoutMs({ SOP_BROWSER_LAUNCH_TIMEOUT: bad })).toBe(30_000);
  });
});

describe('no relaunch after a stop', () => {
  it('a browser that goes away after the stop is not taken for a crash', async () => {
    const stop = new AbortController();
    const printer = await PdfPrinter.open({ executablePath: CHROMIUM, timeoutMs: 20_000, signal: stop.signal });
    const pid = printer.pid!;
    try {
      await printer.print(page('eins'));
      stop.abort();
      process.kill(pid, 'SIGKILL');
      await expect(printer.print(page('zwei'))).rejects.toBeInstanceOf(BrowserStoppedError);
      expect(printer.relaunchCount).toBe(0);
      expect(printer.pid).toBeUndefined();
    } finally {
      await printer.close();
    }
    expect(await gone(pid)).toBe(true);
  }, 30_000);

  it('a crash before any stop is still relaunched once', async () => {
    const printer = await PdfPrinter.open({ executablePath: CHROMIUM, timeoutMs: 20_000, signal: new AbortController().signal });
    try {
      const first = printer.pid!;
      process.kill(first, 'SIGKILL');
      await gone(first);
      const { pdf } = await printer.print(page('drei'));
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(printer.relaunchCount).toBe(1);
    } finally {
      await printer.close();
    }
  }, 30_000);
});

describe('--timeout and --concurrency out of range', () => {
  const dir = () => tempProject({ 'sops/a.sop.yaml': generateSopYaml({ steps: 4, actors: 2, seed: 1 }) });

  it('--timeout 2147484 (past what setTimeout holds): a usage error naming the range, exit 2', async () => {
    const r = await runCli(['render', '--format', 'pdf', '--timeout', '2147484'], dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sop: --timeout 2147484: yang diharapkan bilangan bulat 1–86400 (detik)\n');
    expect(r.stdout).toBe('');
  });

  it('--concurrency 0: a usage error naming the range, exit 2', async () => {
    const r = await runCli(['render', '--format', 'pdf', '--concurrency', '0'], dir());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sop: --concurrency 0: yang diharapkan bilangan bulat 1–64\n');
    expect(r.stdout).toBe('');
  });

  it('the other ends and non-numbers, in English too', async () => {
    const cases: [string[], string][] = [
      [['--timeout', '0'], 'sop: --timeout 0: expected a whole number of seconds, 1–86400\n'],
      [['--timeout', '86401'], 'sop: --timeout 86401: expected a whole number of seconds, 1–86400\n'],
      [['--timeout', '1.5'], 'sop: --timeout 1.5: expected a whole number of seconds, 1–86400\n'],
      [['--concurrency', '65'], 'sop: --concurrency 65: expected a whole number, 1–64\n'],
      [['--concurrency=abc'], 'sop: --concurrency abc: expected a whole number, 1–64\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = await runCli(['--lang', 'en', 'render', ...args], dir());
      expect([r.code, r.stderr]).toEqual([2, stderr]);
    }
  });

  it('the ends of the ranges are accepted', async () => {
    const r = await runCli(['render', '--timeout', '86400', '--concurrency', '64'], dir());
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('the per-document limit', () => {
  it('grows by 1 s per 10 steps from the default 60 s; an explicit --timeout is a hard limit', () => {
    expect(documentTimeoutMs(60_000, 12)).toBe(61_000);
    expect(documentTimeoutMs(60_000, 5000)).toBe(560_000);
    expect(documentTimeoutMs(60_000, 5000, true)).toBe(60_000);
    expect(documentTimeoutMs(5_000, 5000, true)).toBe(5_000);
    expect(documentTimeoutMs(60_000, 10_000_000)).toBe(86_400_000);
  });
});
