import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { documentCsp } from '../render/html.js';

/** What the server serves: everything comes from the build layer, the server only routes. */
export interface PreviewSite {
  /** The index page (HTML); `nonce` is the script nonce of this response. */
  index(nonce: string): Promise<string>;
  /** A SOP's page (the form in a frame, the findings panel); null for an unknown slug. */
  page(slug: string, nonce: string): Promise<string | null>;
  /** The rendered form, exactly as `sop render` writes it; null for an unknown slug. */
  form(slug: string): Promise<string | null>;
  /** A SOP's state for the page script (findings, whether the form renders); null for an unknown slug. */
  state(slug: string): Promise<unknown | null>;
  /** The PDF of the current state; null for an unknown slug. */
  pdf(slug: string): Promise<Uint8Array | null>;
  /** Calls `listener` with the slugs whose inputs changed. Returns a function that stops listening. */
  subscribe(listener: (slugs: readonly string[]) => void): () => void;
}

export interface PreviewServer {
  url: string;
  port: number;
  /** The port asked for, when it was taken and the server moved on. */
  movedFrom: number | null;
  close(): Promise<void>;
}

export interface ServeOptions {
  host: string;
  port: number;
  /** How many ports after `port` to try when it is taken. */
  tries?: number;
  /** A request failed inside the site (a bug): for the log. */
  onError?(error: unknown): void;
}

/** The CSP of the preview's own pages: scripts only with this response's nonce, requests only to us. */
const shellCsp = (nonce: string) =>
  `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
/** The rendered form keeps its own CSP (the one in its <meta>: its layout script by hash), may be framed by the preview only. */
const formCsp = () => `${documentCsp()}; base-uri 'none'; form-action 'none'; frame-ancestors 'self'`;

const commonHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** The Host headers a request may carry: the bound address and loopback names, with the port. */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set([host, '127.0.0.1', 'localhost', '[::1]']);
  if (host.includes(':') && !host.startsWith('[')) names.add(`[${host}]`);
  const out = new Set<string>();
  for (const name of names) {
    if (name === '0.0.0.0' || name === '::') continue;
    out.add(`${name}:${port}`.toLowerCase());
  }
  return out;
}

/**
 * The routes, by exact match on a decoded, normalised path: nothing maps a URL onto the file
 * system, so `/../`, `%2e%2e` and absolute paths can only be "not found".
 */
export type Route =
  | { kind: 'index' }
  | { kind: 'page' | 'form' | 'state' | 'pdf'; slug: string }
  | { kind: 'events' }
  | { kind: 'not-found' };

const SLUG = '([a-z0-9][a-z0-9._-]*)';

export function route(rawUrl: string): Route {
  let pathname: string;
  try {
    pathname = new URL(rawUrl, 'http://x').pathname;
  } catch {
    return { kind: 'not-found' };
  }
  // A raw ".." or an encoded dot or slash never names a page.
  if (/%2e|%2f|%5c|\\|\/\.\.?(\/|$)/i.test(rawUrl.split('?')[0]!)) return { kind: 'not-found' };
  if (pathname === '/') return { kind: 'index' };
  if (pathname === '/events') return { kind: 'events' };
  const patterns: [RegExp, 'page' | 'form' | 'state' | 'pdf'][] = [
    [new RegExp(`^/sop/${SLUG}$`), 'page'],
    [new RegExp(`^/form/${SLUG}\\.html$`), 'form'],
    [new RegExp(`^/state/${SLUG}\\.json$`), 'state'],
    [new RegExp(`^/pdf/${SLUG}\\.pdf$`), 'pdf'],
  ];
  for (const [re, kind] of patterns) {
    const m = re.exec(pathname);
    if (m && !m[1]!.includes('..')) return { kind, slug: m[1]! };
  }
  return { kind: 'not-found' };
}

/** Starts the server on `port`, or the next free one; resolves when it listens. */
export async function startPreviewServer(site: PreviewSite, options: ServeOptions): Promise<PreviewServer> {
  const clients = new Set<http.ServerResponse>();
  let hosts = new Set<string>();
  const unsubscribe = site.subscribe((slugs) => {
    const data = `event: change\ndata: ${JSON.stringify({ slugs })}\n\n`;
    for (const client of clients) client.write(data);
  });
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': ping\n\n');
  }, 15_000);
  heartbeat.unref();

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      options.onError?.(error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error\n');
      else res.end();
    });
  });

  const send = (res: http.ServerResponse, status: number, type: string, body: string | Uint8Array, csp?: string) => {
    res.writeHead(status, { ...commonHeaders, 'content-type': type, 'content-security-policy': csp ?? "default-src 'none'; frame-ancestors 'none'" });
    res.end(body);
  };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: a page of another site that resolves its name to 127.0.0.1 sends its own Host.
    if (!hosts.has(String(req.headers.host ?? '').toLowerCase())) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden host\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    }
    const r = route(req.url ?? '/');
    const nonce = randomBytes(16).toString('base64');
    const html = (body: string | null, csp: string) =>
      body === null ? send(res, 404, 'text/plain; charset=utf-8', 'not found\n') : send(res, 200, 'text/html; charset=utf-8', body, csp);
    switch (r.kind) {
      case 'index':
        return html(await site.index(nonce), shellCsp(nonce));
      case 'page':
        return html(await site.page(r.slug, nonce), shellCsp(nonce));
      case 'form':
        return html(await site.form(r.slug), formCsp());
      case 'state': {
        const state = await site.state(r.slug);
        return state === null ? send(res, 404, 'text/plain; charset=utf-8', 'not found\n') : send(res, 200, 'application/json; charset=utf-8', JSON.stringify(state));
      }
      case 'pdf': {
        const pdf = await site.pdf(r.slug);
        return pdf === null ? send(res, 404, 'text/plain; charset=utf-8', 'not found\n') : send(res, 200, 'application/pdf', pdf);
      }
      case 'events': {
        res.writeHead(200, { ...commonHeaders, 'content-type': 'text/event-stream; charset=utf-8', connection: 'keep-alive', 'content-security-policy': "default-src 'none'" });
        res.write('retry: 500\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      default:
        return send(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    }
  }

  const tries = options.tries ?? 20;
  let port = options.port;
  for (let attempt = 0; ; attempt++) {
    try {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => {
          server.off('listening', onListening);
          reject(error);
        };
        const onListening = () => {
          server.off('error', onError);
          resolve();
        };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(port, options.host);
      });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' || attempt + 1 >= tries || options.port === 0) {
        clearInterval(heartbeat);
        unsubscribe();
        throw error;
      }
      port++;
    }
  }
  const actual = (server.address() as AddressInfo).port;
  hosts = allowedHosts(options.host, actual);
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${actual}/`,
    port: actual,
    movedFrom: options.port !== 0 && actual !== options.port ? options.port : null,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(heartbeat);
        unsubscribe();
        for (const client of clients) client.end();
        clients.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
