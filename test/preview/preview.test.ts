/**
 * `sop preview` end to end: the server in-process, pages in a real Chromium, files changed on disk.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchBrowser, findBrowser } from '../../src/pdf/browser.js';
import { createPreviewSite, projectReloader } from '../../src/preview/site.js';
import { route, startPreviewServer, type PreviewServer } from '../../src/preview/server.js';
import { main } from '../../src/cli/main.js';
import { fakeIo, tempProject } from '../helpers/cli.js';
import { COMPLETE_SOP } from '../helpers/lint.js';

const CONFIG = 'instansi:\n  pemerintah: Pemerintah Kabupaten Balangan\n  nama: Dinas Uji\n';
const SOP_FILE = 'sops/pengukuran.sop.yaml';
const OTHER_FILE = 'sops/arsip.sop.yaml';

let dir: string;
let server: PreviewServer;
let site: ReturnType<typeof createPreviewSite>;
let browser: Browser;

/** A GET (or another method) with raw path and headers, as an attacker would send it. */
function request(rawPath: string, options: { host?: string; method?: string } = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: rawPath, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${server.port}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const frameDoc = (page: Page) => page.evaluate(() => {
  const frame = document.querySelector<HTMLIFrameElement>('[data-frame]:not([hidden])');
  const doc = frame?.contentDocument;
  return doc?.documentElement?.dataset.layout === 'done' && doc.body ? doc.body.innerText : null;
});

async function waitFor<T>(probe: () => Promise<T>, ok: (value: T) => boolean, what: string, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await probe();
  }
  return last;
}

beforeAll(async () => {
  dir = tempProject({
    'sop.config.yaml': CONFIG,
    [SOP_FILE]: COMPLETE_SOP,
    [OTHER_FILE]: COMPLETE_SOP.replace(/instansi:\n(  .*\n)+/, '').replace('01/SOP/DISPERSIP/VII/2023', '02/SOP/DISPERSIP/VII/2023').replace('nama: Pelaksanaan Pengukuran Kinerja', 'nama: Pengelolaan Arsip <b>Dinamis</b>'),
    'rahasia.txt': 'jangan dibaca\n',
  });
  site = createPreviewSite({
    args: [],
    cwd: dir,
    env: {},
    today: () => '2026-11-22',
    reload: projectReloader(dir, undefined, 'id'),
    browser: async () => findBrowser(undefined, process.env),
  });
  await site.ready;
  server = await startPreviewServer(site, { host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.close();
});

describe('the routes', () => {
  it.each([
    ['/', 'index'],
    ['/sop/pengukuran', 'page'],
    ['/form/pengukuran.html', 'form'],
    ['/state/pengukuran.json', 'state'],
    ['/pdf/pengukuran.pdf', 'pdf'],
    ['/events', 'events'],
    ['/../etc/passwd', 'not-found'],
    ['/sop/%2e%2e', 'not-found'],
    ['/sop/..%2f..%2fetc', 'not-found'],
    ['/form/%2E%2E%2Fsop.config.yaml.html', 'not-found'],
    ['//etc/passwd', 'not-found'],
    ['/sops/pengukuran.sop.yaml', 'not-found'],
    ['/sop/pengukuran/', 'not-found'],
  ])('%s is %s', (url, kind) => {
    expect(route(url).kind).toBe(kind);
  });
});

describe('the server refuses', () => {
  it.each([
    ['/../rahasia.txt'],
    ['/%2e%2e/rahasia.txt'],
    ['/sop/..%2f..%2frahasia.txt'],
    ['/rahasia.txt'],
    ['/sops/'],
    ['/sops/pengukuran.sop.yaml'],
    ['/%2Ftmp%2Frahasia.txt'],
    ['/%5C..%5Crahasia.txt'],
    ['/sop/tidak-ada'],
  ])('%s with 404 and nothing of the file', async (url) => {
    const r = await request(url);
    expect(r.status).toBe(404);
    expect(r.body).not.toContain('jangan dibaca');
  });

  it('a foreign Host header (DNS rebinding) with 403', async () => {
    expect((await request('/', { host: 'evil.example:80' })).status).toBe(403);
    expect((await request('/', { host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await request('/', { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('other methods with 405, and sends no CORS header but a CSP on every page', async () => {
    expect((await request('/', { method: 'POST' })).status).toBe(405);
    for (const url of ['/', '/sop/pengukuran', '/form/pengukuran.html', '/state/pengukuran.json', '/nothing']) {
      const r = await request(url);
      expect(r.headers['access-control-allow-origin']).toBeUndefined();
      expect(r.headers['content-security-policy']).toMatch(/default-src 'none'/);
    }
    expect((await request('/sop/pengukuran')).headers['content-security-policy']).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]{24}'/);
    // The form's own scripts only by hash: nothing inline is allowed on any page.
    for (const url of ['/', '/sop/pengukuran', '/form/pengukuran.html']) {
      const scriptSrc = /script-src ([^;]*)/.exec(String((await request(url)).headers['content-security-policy']))?.[1] ?? '';
      expect(scriptSrc).not.toContain('unsafe-inline');
    }
    expect((await request('/form/pengukuran.html')).headers['content-security-policy']).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]{44}'/);
  });
});

describe('in the browser', () => {
  it('lists every SOP on the index, escaped, and filters by the search box', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const links = await page.$$eval('a[data-sop]', (as) => as.map((a) => [a.getAttribute('data-sop'), a.textContent]));
    expect(links).toEqual([
      ['arsip', 'Pengelolaan Arsip <b>Dinamis</b>'],
      ['pengukuran', 'Pelaksanaan Pengukuran Kinerja'],
    ]);
    await page.type('#filter', 'dinamis');
    expect(await page.$$eval('tr[data-row]', (rows) => rows.filter((r) => !r.hidden).map((r) => r.getAttribute('data-row')))).toEqual(['arsip']);
    await page.close();
  });

  it('shows the form, follows edits on disk without navigating, shows a broken file\'s error and recovers', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}sop/pengukuran`);
    const first = await waitFor(() => frameDoc(page), (t) => t !== null, 'the form');
    expect(first).toContain('Mengumpulkan data kinerja');
    expect(await page.$$eval('[data-lint] [data-diagnostic]', (l) => l.length)).toBe(0);
    // A marker on the window: it survives only if the page is not reloaded; and a scroll position.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.setViewport({ width: 1200, height: 600 });
    await page.evaluate(() => window.scrollTo(0, 400));
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);

    const file = path.join(dir, SOP_FILE);
    fs.writeFileSync(file, COMPLETE_SOP.replace('Mengumpulkan data kinerja', 'Menghimpun data kinerja triwulan'));
    await waitFor(() => frameDoc(page), (t) => t?.includes('Menghimpun data kinerja triwulan') ?? false, 'the edited form');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    // The new form stays as it was swapped in: one frame, not loaded again (a frame moved in the document would be).
    await page.evaluate(() => ((document.querySelector<HTMLIFrameElement>('[data-frame]')!.contentWindow as unknown as { swapped: boolean }).swapped = true));
    await new Promise((r) => setTimeout(r, 400));
    expect(await page.evaluate(() => [document.querySelectorAll('iframe').length, (document.querySelector<HTMLIFrameElement>('[data-frame]')!.contentWindow as unknown as { swapped?: boolean }).swapped])).toEqual([1, true]);

    // Broken YAML (a key written twice, at the end): the panel shows the error at that line; the form is hidden.
    fs.writeFileSync(file, `${COMPLETE_SOP}nomor: lagi\n`);
    const duplicateLine = String(COMPLETE_SOP.split('\n').length);
    const broken = await waitFor(
      () => page.$$eval('[data-lint] [data-diagnostic]', (l) => l.map((d) => [d.getAttribute('data-rule'), d.getAttribute('data-line'), d.getAttribute('data-severity')])),
      (l) => l.length > 0,
      'the syntax error',
    );
    expect(broken[0]).toEqual(['yaml', duplicateLine, 'error']);
    expect(await page.$eval('[data-broken]', (e) => (e as HTMLElement).hidden)).toBe(false);
    expect(await page.$eval('[data-lint] [data-diagnostic] a', (a) => a.getAttribute('href'))).toBe(`vscode://file${encodeURI(file)}:${duplicateLine}:1`);

    // A finding with its position: a step whose actor is not declared.
    fs.writeFileSync(file, COMPLETE_SOP.replace('    pelaksana: kasubbag\n', '    pelaksana: Kepala Dinas\n'));
    const findings = await waitFor(
      () => page.$$eval('[data-lint] [data-diagnostic]', (l) => l.map((d) => `${d.getAttribute('data-line')}:${d.getAttribute('data-column')} ${d.getAttribute('data-rule')}`)),
      (l) => l.some((x) => x.includes('pelaksana/tidak-dikenal')),
      'the finding',
    );
    const line = COMPLETE_SOP.split('\n').indexOf('    pelaksana: kasubbag') + 1;
    expect(findings).toContain(`${line}:16 pelaksana/tidak-dikenal`);
    await waitFor(() => frameDoc(page), (t) => t !== null && t.includes('Kepala Dinas'), 'the form back');
    expect(await page.$eval('[data-broken]', (e) => (e as HTMLElement).hidden)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);

    fs.writeFileSync(file, COMPLETE_SOP);
    await waitFor(() => page.$$eval('[data-lint] [data-diagnostic]', (l) => l.length), (n) => n === 0, 'no findings');
    await page.close();
  });

  it('follows a change of the config (the agency name the SOP takes from it)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}sop/arsip`);
    await waitFor(() => frameDoc(page), (t) => t !== null, 'the form');
    fs.writeFileSync(path.join(dir, 'sop.config.yaml'), CONFIG.replace('Dinas Uji', 'Dinas Uji Coba Pratinjau'));
    await waitFor(() => frameDoc(page), (t) => t !== null && t.toUpperCase().includes('DINAS UJI COBA PRATINJAU'), 'the new agency name');
    fs.writeFileSync(path.join(dir, 'sop.config.yaml'), CONFIG);
    await page.close();
  });

  it('says when the server is gone and comes back by itself', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}sop/arsip`);
    await waitFor(() => frameDoc(page), (t) => t !== null, 'the form');
    const port = server.port;
    await server.close();
    await waitFor(() => page.evaluate(() => document.body.classList.contains('offline')), (x) => x, 'the offline banner');
    expect(await page.$eval('#offline', (e) => getComputedStyle(e).display)).toBe('block');
    server = await startPreviewServer(site, { host: '127.0.0.1', port });
    expect(server.port).toBe(port);
    await waitFor(() => page.evaluate(() => document.body.classList.contains('offline')), (x) => !x, 'the reconnection', 15_000);
    // Connected again: a change still arrives.
    const file = path.join(dir, OTHER_FILE);
    const before = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, before.replace('Mengarsipkan dokumen', 'Mengarsipkan dokumen elektronik'));
    await waitFor(() => frameDoc(page), (t) => t?.includes('Mengarsipkan dokumen elektronik') ?? false, 'the change after reconnecting');
    fs.writeFileSync(file, before);
    await page.close();
  });

  it('prints the current state as a PDF', async () => {
    const r = await new Promise<{ status: number; type: string | undefined; head: string }>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: server.port, path: '/pdf/pengukuran.pdf', headers: { host: `127.0.0.1:${server.port}` } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], head: Buffer.concat(chunks).subarray(0, 5).toString('latin1') }));
      }).on('error', reject);
    });
    expect(r).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });
  });
});

describe('sop preview', () => {
  it('prints its URL, moves to the next port when one is taken, and stops on Ctrl-C', async () => {
    const io = fakeIo(dir);
    const running = main(['preview', '--port', String(server.port)], io);
    const url = await waitFor(async () => /http:\/\/127\.0\.0\.1:(\d+)\//.exec(io.stdoutText), (m) => m !== null, 'the URL');
    expect(Number(url![1])).toBeGreaterThan(server.port);
    expect(io.stderrText).toBe(`sop: port ${server.port} sudah dipakai; memakai ${url![1]}\n`);
    const index = await fetch(url![0]);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('data-sop="pengukuran"');
    process.emit('SIGINT');
    expect(await running).toBe(0);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });

  it('refuses a port out of range', async () => {
    const io = fakeIo(dir);
    expect(await main(['preview', '--port', '70000'], io)).toBe(2);
  });
});
