// `sop preview`: time from a file save to the updated form in an open page (a 30-step SOP), as a
// ratio against a baseline in the same script: opening the same form afresh in the same browser
// (what a manual reload costs). Run after `npm run build`: node bench/preview.js [rounds]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateSop } from './generate.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = (p) => import(pathToFileURL(path.join(ROOT, 'lib', p)).href);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchPreview(rounds = 10) {
  const { createPreviewSite, projectReloader } = await lib('preview/site.js');
  const { startPreviewServer } = await lib('preview/server.js');
  const { launchBrowser, findBrowser } = await lib('pdf/browser.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-bench-preview-'));
  fs.mkdirSync(path.join(dir, 'sops'));
  const file = path.join(dir, 'sops', 'contoh.sop.yaml');
  const text = generateSop(0, { steps: 30, actors: 6 });
  fs.writeFileSync(file, text);
  fs.writeFileSync(path.join(dir, 'sop.config.yaml'), 'kertas: a4\n');
  const site = createPreviewSite({
    args: [],
    cwd: dir,
    env: {},
    today: () => '2026-11-22',
    reload: projectReloader(dir, undefined, 'id'),
    browser: async () => findBrowser(undefined, process.env),
    debounceMs: 20,
  });
  await site.ready;
  const server = await startPreviewServer(site, { host: '127.0.0.1', port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(`${server.url}sop/contoh`);
    const laidOut = () => page.waitForFunction(() => {
      const f = document.querySelector('[data-frame]');
      return f?.contentDocument?.documentElement?.dataset.layout === 'done';
    }, { timeout: 30_000 });
    await laidOut();
    const saves = [];
    const reloads = [];
    for (let i = 0; i < rounds; i++) {
      // Save → the page shows the new version (the form swapped in, laid out).
      const before = await page.evaluate(() => document.documentElement.dataset.previewVersion);
      const t0 = performance.now();
      fs.writeFileSync(file, text.replace('Prosedur Contoh Nomor 1', `Prosedur Contoh Nomor 1 (ubah ${i})`));
      await page.waitForFunction((v) => document.documentElement.dataset.previewVersion !== v, { timeout: 30_000, polling: 'raf' }, before);
      saves.push(performance.now() - t0);
      // Baseline: the same form opened afresh in a second tab until laid out.
      const tab = await browser.newPage();
      const t1 = performance.now();
      await tab.goto(`${server.url}form/contoh.html?fresh=${i}`);
      await tab.waitForFunction(() => document.documentElement.dataset.layout === 'done', { timeout: 30_000, polling: 'raf' });
      reloads.push(performance.now() - t1);
      await tab.close();
    }
    const saveMs = median(saves);
    const reloadMs = median(reloads);
    return { rounds, saveMs, reloadMs, ratio: saveMs / reloadMs };
  } finally {
    await browser.close();
    await server.close();
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await benchPreview(Number(process.argv[2] ?? 10));
  console.log(`preview: save → updated page ${r.saveMs.toFixed(0)} ms (median of ${r.rounds}); opening the form afresh ${r.reloadMs.toFixed(0)} ms → ${r.ratio.toFixed(2)}× (target: < 300 ms)`);
}
