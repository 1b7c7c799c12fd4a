// PDF benchmark: `sop render --format pdf` on 100 generated SOPs against
//   (1) a bare-puppeteer baseline printing the same 100 HTML files (one browser, same concurrency,
//       setContent + wait for the layout + page.pdf only: no metadata, no atomic writes), and
//   (2) one headless Chromium process per file (`chromium --headless --print-to-pdf`), measured on
//       10 files at the same concurrency and extrapolated.
// With --memory: peak RSS of the `sop` process (not Chromium's) for 100 vs 1,000 files.
// Usage: npm run build && node bench/pdf.js [--count 100] [--concurrency N] [--memory]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile, execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { generateSop } from './generate.js';
import { main } from '../lib/cli/main.js';
import { findBrowser, browserArgs } from '../lib/pdf/browser.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);

function silentIo(cwd) {
  return { stdout: () => {}, stderr: (t) => process.stderr.write(t), cwd, env: process.env, isTTY: false, today: () => '2024-06-01', now: () => performance.now() };
}

function makeProject(count) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-bench-pdf-'));
  fs.mkdirSync(path.join(dir, 'sops'));
  for (let i = 0; i < count; i++) fs.writeFileSync(path.join(dir, 'sops', `sop-${String(i).padStart(4, '0')}.sop.yaml`), generateSop(i));
  return dir;
}

async function pool(items, limit, worker) {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await worker(items[next++]);
  }));
}

/** Runs the three measurements; returns the figures (seconds) and ratios. */
export async function benchPdf({ count = 100, concurrency = os.availableParallelism(), perProcessSample = 10, rounds = 3, log = console.log } = {}) {
  const chrome = findBrowser(undefined, process.env);
  const dir = makeProject(count);
  const io = silentIo(dir);
  try {
    // The HTML for the baselines (not timed).
    if ((await main(['render', 'sops', '--format', 'html', '--out', 'html'], io)) !== 0) throw new Error('HTML render failed');
    const htmlFiles = fs.readdirSync(path.join(dir, 'html')).filter((f) => f.endsWith('.html')).sort();

    // sop: full pipeline (YAML → model → HTML → Chromium → pdf-lib → atomic write).
    const timeSop = async () => {
      const start = performance.now();
      const code = await main(['render', 'sops', '--format', 'pdf', '--out', 'pdf', '--force', '--concurrency', String(concurrency)], io);
      if (code !== 0) throw new Error(`sop render exited ${code}`);
      return (performance.now() - start) / 1000;
    };

    // Baseline 1: bare puppeteer on the same HTML (launch, setContent, wait for the layout, page.pdf).
    const puppeteer = (await import('puppeteer-core')).default;
    fs.mkdirSync(path.join(dir, 'bare'));
    const timeBare = async () => {
      const start = performance.now();
      const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: browserArgs(), pipe: true });
      try {
        const pages = [];
        await pool(htmlFiles, concurrency, async (file) => {
          const page = pages.pop() ?? (await browser.newPage());
          await page.setContent(fs.readFileSync(path.join(dir, 'html', file), 'utf8'), { waitUntil: 'load' });
          await page.waitForSelector('html[data-layout="done"]');
          const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
          fs.writeFileSync(path.join(dir, 'bare', file.replace(/\.html$/, '.pdf')), pdf);
          pages.push(page);
        });
      } finally {
        await browser.close();
      }
      return (performance.now() - start) / 1000;
    };

    // Baseline 2: one Chromium process per file, on a sample, extrapolated.
    const sample = htmlFiles.slice(0, perProcessSample);
    fs.mkdirSync(path.join(dir, 'proc'));
    const timeProc = async () => {
      const start = performance.now();
      await pool(sample, concurrency, async (file) => {
        await run(chrome, [
          ...browserArgs(),
          '--headless',
          '--no-pdf-header-footer',
          `--print-to-pdf=${path.join(dir, 'proc', file.replace(/\.html$/, '.pdf'))}`,
          pathToFileURL(path.join(dir, 'html', file)).href,
        ]);
      });
      return ((performance.now() - start) / 1000) * (count / sample.length);
    };

    // Interleaved rounds, the best of each: other load on the machine hits every method alike.
    let sopSeconds = Infinity;
    let bareSeconds = Infinity;
    let perProcessSeconds = Infinity;
    for (let round = 0; round < rounds; round++) {
      sopSeconds = Math.min(sopSeconds, await timeSop());
      bareSeconds = Math.min(bareSeconds, await timeBare());
      perProcessSeconds = Math.min(perProcessSeconds, await timeProc());
    }

    const result = {
      count,
      concurrency,
      sopSeconds,
      bareSeconds,
      perProcessSeconds,
      sopVsBare: sopSeconds / bareSeconds,
      perProcessVsSop: perProcessSeconds / sopSeconds,
    };
    log(`PDF, ${count} generated SOPs, concurrency ${concurrency}, best of ${rounds} interleaved rounds:`);
    log(`  sop render --format pdf        ${sopSeconds.toFixed(2)} s  (${(count / sopSeconds).toFixed(1)} SOP/s)`);
    log(`  bare puppeteer, same HTML      ${bareSeconds.toFixed(2)} s  → sop is ${result.sopVsBare.toFixed(2)}× the baseline (target ≤ 1.25×)`);
    log(`  one Chromium per file (est.)   ${perProcessSeconds.toFixed(2)} s  → ${result.perProcessVsSop.toFixed(1)}× slower than sop (target ≥ 10×)`);
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Peak RSS of the sop process (a fresh Node per measurement) rendering `counts` files to PDF. */
export async function benchPdfMemory({ counts = [100, 1000], concurrency = os.availableParallelism(), log = console.log } = {}) {
  const results = [];
  for (const count of counts) {
    const dir = makeProject(count);
    try {
      const script =
        `import { main } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'lib/cli/main.js')).href)};` +
        `const io = { stdout() {}, stderr: (t) => process.stderr.write(t), cwd: ${JSON.stringify(dir)}, env: process.env, isTTY: false, today: () => '2024-06-01', now: () => performance.now() };` +
        `const t = performance.now(); const code = await main(['render', 'sops', '--format', 'pdf', '--out', 'pdf', '--concurrency', '${concurrency}'], io);` +
        `console.log(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS, seconds: (performance.now() - t) / 1000 }));`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
      const r = JSON.parse(out.trim().split('\n').pop());
      results.push({ count, ...r });
      log(`  ${String(count).padStart(5)} files: peak RSS ${(r.maxRssKb / 1024).toFixed(0)} MB, ${r.seconds.toFixed(1)} s, exit ${r.code}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const concurrency = arg('--concurrency', os.availableParallelism());
  await benchPdf({ count: arg('--count', 100), concurrency });
  if (process.argv.includes('--memory')) {
    console.log('Peak memory of the sop process:');
    await benchPdfMemory({ concurrency });
  }
}
