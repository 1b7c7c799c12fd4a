import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/cli.js';
import { generateSopYaml } from '../render/generate.js';

const LEGAL = Array.from({ length: 20 }, (_, i) => `  - Peraturan Menteri Dalam Negeri Nomor ${i + 1} Tahun 2020 tentang Pedoman Penyusunan dan Pelaksanaan Urusan Pemerintahan Nomor ${i + 1} di Lingkungan Pemerintah Daerah Provinsi dan Kabupaten/Kota`).join('\n');

describe('render limits in a real browser', () => {
  it('draws every arrow with 12 narrow actor columns, fits 12 legal bases on the identity page, and fails loudly where content would be lost', async () => {
    const twelve = generateSopYaml({ steps: 14, actors: 12, seed: 7 });
    const tall = generateSopYaml({ steps: 4, actors: 2, seed: 3 }).replace(/uraian: (.*)\n/, (_m, u: string) => `uraian: ${u} ${'dengan memeriksa setiap lampiran secara teliti '.repeat(60)}\n`);
    const identity = (n: number) => generateSopYaml({ steps: 4, actors: 2, seed: 5 }).replace(/dasar_hukum:\n(  - .*\n)+/, `dasar_hukum:\n${LEGAL.split('\n').slice(0, n).join('\n')}\n`);
    const dir = tempProject({
      'sops/dua-belas.sop.yaml': twelve,
      'sops/tinggi.sop.yaml': tall,
      'sops/identitas-12.sop.yaml': identity(12),
      'sops/identitas-20.sop.yaml': identity(20),
    });
    const run = await runCli(['render', '--format', 'html,pdf', '--out', 'out'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('✖ sops/tinggi.sop.yaml: kegiatan 1 lebih tinggi dari satu halaman: persingkat uraiannya atau pecah menjadi beberapa kegiatan\n');
    expect(run.stderr).toContain('✖ sops/identitas-20.sop.yaml: halaman identitas tidak muat satu lembar walau diperkecil 70 %');
    expect(fs.existsSync(path.join(dir, 'out', 'tinggi.pdf'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'out', 'identitas-12.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'out', 'dua-belas.pdf'))).toBe(true);

    // The 12-actor document: every arrow has finite coordinates (checked in the browser's output HTML
    // by the layout itself, which refuses non-finite points; here: the PDF exists and the HTML says done).
    const { launchBrowser } = await import('../../src/pdf/browser.js');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent(fs.readFileSync(path.join(dir, 'out', 'dua-belas.html'), 'utf8'), { waitUntil: 'load' });
      await page.waitForSelector('html[data-layout="done"]');
      const paths = await page.$$eval('path.arrow', (els) => els.map((e) => e.getAttribute('d') ?? ''));
      expect(paths.length).toBeGreaterThan(14);
      for (const d of paths) expect(d).not.toMatch(/NaN|undefined/);
      expect(await page.$eval('html', (h) => h.getAttribute('data-layout-problems'))).toBeNull();
    } finally {
      await browser.close();
    }
  });
});
