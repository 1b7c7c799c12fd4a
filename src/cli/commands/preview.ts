import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Io } from '../io.js';
import type { GlobalOptions } from '../program.js';
import type { RunContext } from '../context.js';
import { EXIT_OK, UsageError } from '../../util/errors.js';
import { say } from '../../i18n/messages.js';
import { nextStopSignal, stopExitCode } from '../../build/signals.js';

export interface PreviewOptions extends GlobalOptions {
  port: number;
  host: string;
  open?: boolean;
  template?: string;
  chrome?: string;
}

/** `sop preview`: the form live in the browser, with the lint findings, until Ctrl-C, SIGTERM or SIGHUP. */
export async function runPreview(files: string[], options: PreviewOptions, io: Io, context: RunContext): Promise<number> {
  const lang = context.lang;
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new UsageError('previewBadPort');
  const { createPreviewSite, projectReloader } = await import('../../preview/site.js');
  const { startPreviewServer } = await import('../../preview/server.js');
  const site = createPreviewSite({
    args: files,
    cwd: io.cwd,
    env: io.env,
    today: () => io.today(),
    templateDir: options.template ? path.resolve(io.cwd, options.template) : undefined,
    reload: projectReloader(io.cwd, options.config, lang),
    browser: async () => (await import('../../pdf/browser.js')).findBrowser(options.chrome, io.env),
  });
  await site.ready;
  let server;
  try {
    server = await startPreviewServer(site, {
      host: options.host,
      port: options.port,
      onError: (error) => {
        if (context.verbose) io.stderr(`sop: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      },
    });
  } catch (error) {
    await site.close();
    throw new UsageError('previewHostRefused', { host: `${options.host}:${options.port}`, code: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  if (server.movedFrom !== null) io.stderr(`sop: ${say(lang, 'previewPortMoved', { from: server.movedFrom, port: server.port })}\n`);
  io.stdout(`${say(lang, 'previewListening', { url: server.url })}\n`);
  const unsubscribe = site.subscribe((slugs) => {
    if (context.verbose) io.stderr(`sop: ${say(lang, 'previewChanged', { files: slugs.join(', ') })}\n`);
  });
  if (options.open) openBrowser(server.url);

  // Until Ctrl-C, SIGTERM (a supervisor) or SIGHUP: then close the server, the watcher and the
  // browser; exit 0 after Ctrl-C, 143 after SIGTERM, 129 after SIGHUP.
  const signal = await nextStopSignal();
  unsubscribe();
  await server.close();
  await site.close();
  return stopExitCode(signal, EXIT_OK);
}

/** Opens the URL in the desktop's browser, best effort (nothing happens where there is none). */
function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no opener on this system: the URL is printed
  }
}
