import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';
import { pdfInfo, SAMPLES_DIR } from '../pdf/helpers.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/cli.js';

const CHROME = { PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium' };
const SAMPLE = 'skp-asn-kebumen.sop.yaml';
const sampleText = () => fs.readFileSync(path.join(SAMPLES_DIR, SAMPLE), 'utf8');

/** A project folder with `sops/` holding the named files. */
function project(files: Record<string, string>, config?: string): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'sops'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, 'sops', name), text);
  if (config !== undefined) fs.writeFileSync(path.join(dir, 'sop.config.yaml'), config);
  return dir;
}

describe('sop render: browser discovery', () => {
  it('without a browser: one message saying how to get one, exit 2, no stack trace', async () => {
    const dir = project({ [SAMPLE]: sampleText() });
    const r = await runCli(['render', '--format', 'pdf', '--lang', 'en'], dir, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'sop: PUPPETEER_EXECUTABLE_PATH=/nonexistent: no executable there. Install one (Debian/Ubuntu: sudo apt-get install chromium; ' +
        'or: npx @puppeteer/browsers install chrome@stable), or name it with --chrome PATH or PUPPETEER_EXECUTABLE_PATH.\n',
    );
    // In the users' language by default.
    const id = await runCli(['render', '--format', 'pdf'], dir, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent' });
    expect([id.code, id.stderr]).toEqual([
      2,
      'sop: PUPPETEER_EXECUTABLE_PATH=/nonexistent: tidak ada program di sana. Pasang salah satunya (Debian/Ubuntu: sudo apt-get install chromium; ' +
        'atau: npx @puppeteer/browsers install chrome@stable), atau sebutkan dengan --chrome PATH atau PUPPETEER_EXECUTABLE_PATH.\n',
    ]);
    expect(fs.existsSync(path.join(dir, 'dist', 'skp-asn-kebumen.pdf'))).toBe(false);
  });

  it('--chrome /nonexistent: the same, exit 2', async () => {
    const dir = project({ [SAMPLE]: sampleText() });
    const r = await runCli(['render', '--format', 'html,pdf', '--chrome', '/nonexistent', '--verbose', '--lang', 'en'], dir, CHROME);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sop: --chrome \/nonexistent: no executable there\. Install one/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('HTML alone needs no browser', async () => {
    const dir = project({ [SAMPLE]: sampleText() });
    const r = await runCli(['render'], dir, { PUPPETEER_EXECUTABLE_PATH: '/nonexistent' });
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'dist', 'skp-asn-kebumen.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(r.stdout).toBe('✔ sops/skp-asn-kebumen.sop.yaml → dist/skp-asn-kebumen.html\n1 dari 1 berkas dirender, 0.0 detik\n');
  });

  it('says under --verbose which browser it uses and that root needs --no-sandbox', async () => {
    const dir = project({ [SAMPLE]: sampleText() });
    const r = await runCli(['render', '--format', 'pdf', '--verbose'], dir, CHROME);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('sop: browser /usr/bin/chromium\n');
    if (process.getuid?.() === 0) expect(r.stderr).toContain('sop: berjalan sebagai root: Chromium dijalankan dengan --no-sandbox\n');
  });
});

describe('sop render: batches', () => {
  it('one broken file in a batch of ten: nine PDFs, the broken one reported like lint, exit 1', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 9; i++) files[`sop-${i}.sop.yaml`] = sampleText().replace(/^nama: .*$/m, `nama: Prosedur Nomor ${i}`);
    files['rusak.sop.yaml'] = sampleText().replace(/^nomor: .*\n/m, '');
    const dir = project(files);
    const r = await runCli(['render', '--format', 'pdf', '--concurrency', '3'], dir, CHROME);
    expect(r.code).toBe(1);
    const pdfs = fs.readdirSync(path.join(dir, 'dist')).filter((f) => f.endsWith('.pdf')).sort();
    expect(pdfs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `sop-${i}.pdf`));
    expect(r.stderr).toMatch(/^sops\/rusak\.sop\.yaml\n {2}\d+:\d+ {2}error {2}.*nomor.* {2}skema\n/);
    expect(r.stderr).toContain('✖ sops/rusak.sop.yaml: tidak dirender: perbaiki masalah di atas\n');
    expect(r.stdout).toMatch(/^9 dari 10 berkas dirender, 1 gagal, \d+ halaman PDF, 0\.0 detik$/m);
    for (let i = 1; i <= 9; i++) expect(pdfInfo(path.join(dir, 'dist', `sop-${i}.pdf`)).fields.Title).toBe(`Prosedur Nomor ${i}`);
  });

  it('writes to the config\'s keluaran (relative to the config) on its kertas, from a subfolder', async () => {
    const dir = project({ [SAMPLE]: sampleText() }, 'keluaran: cetak/pdf\nkertas: f4\n');
    const r = await runCli(['render', '--format', 'pdf'], path.join(dir, 'sops'), CHROME);
    expect(r.code, r.stderr).toBe(0);
    const info = pdfInfo(path.join(dir, 'cetak', 'pdf', 'skp-asn-kebumen.pdf'));
    expect(info.pages).toBeGreaterThanOrEqual(1);
    // Outside the working folder, paths are shown absolute (as for the input files).
    expect(r.stdout).toContain(`✔ skp-asn-kebumen.sop.yaml → ${dir}/cetak/pdf/skp-asn-kebumen.pdf (`);
  });

  it('rejects an unknown --format with exit 2', async () => {
    const dir = project({ [SAMPLE]: sampleText() });
    const r = await runCli(['render', '--format', 'docx'], dir, CHROME);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('sop: --format docx: yang diharapkan html, pdf atau html,pdf\n');
  });

  it('shows a progress bar on a terminal', async () => {
    const dir = project({ [SAMPLE]: sampleText() });
    const r = await runCli(['render'], dir, CHROME, { isTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\r\x1b[K[........................] 0/1 sops/skp-asn-kebumen.sop.yaml');
    expect(r.stdout).toContain('\r\x1b[K[########################] 1/1 sops/skp-asn-kebumen.sop.yaml');
    expect(r.stdout).not.toContain('✔');
  });
});

/** Chromium processes whose parent is this (test) process. */
function chromiumChildren(): string[] {
  const out = spawnSync('ps', ['-eo', 'pid=,ppid=,comm='], { encoding: 'utf8' }).stdout;
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([, ppid, comm]) => Number(ppid) === process.pid && /chrom/i.test(comm ?? ''))
    .map(([pid]) => pid!);
}

describe('sop render: Ctrl-C', () => {
  it('stops the batch, closes the browser (no Chromium left), removes its handler, exit 2', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 10; i++) files[`sop-${i}.sop.yaml`] = sampleText();
    const dir = project(files);
    const io = fakeIo(dir, CHROME);
    const running = main(['render', '--format', 'pdf', '--concurrency', '1'], io);
    for (let i = 0; i < 400 && !io.stdoutText.includes('✔'); i++) await new Promise((r) => setTimeout(r, 25));
    expect(chromiumChildren().length).toBeGreaterThan(0);
    process.emit('SIGINT');
    expect(await running).toBe(2);
    expect(io.stderrText).toContain('sop: dihentikan, menutup browser…');
    expect(io.stderrText).toMatch(/✖ sops\/sop-\d+\.sop\.yaml: dihentikan/);
    const pdfs = fs.readdirSync(path.join(dir, 'dist')).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    expect(pdfs.length).toBeLessThan(10);
    expect(fs.readdirSync(path.join(dir, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(process.listenerCount('SIGINT')).toBe(0);
    for (let i = 0; i < 50 && chromiumChildren().length; i++) await new Promise((r) => setTimeout(r, 100));
    expect(chromiumChildren()).toEqual([]);
  });
});

describe('sop render: incremental', () => {
  it('skips SOPs whose inputs did not change; re-renders a changed one, a deleted output, or all with --force', async () => {
    const dir = project({ 'a.sop.yaml': sampleText(), 'b.sop.yaml': sampleText().replace(/^nama: .*$/m, 'nama: Lain') });
    const first = await runCli(['render', '--format', 'html,pdf'], dir, CHROME);
    expect(first.stdout).toMatch(/^2 dari 2 berkas dirender, \d+ halaman PDF/m);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'dist', '.sop-manifest.json'), 'utf8'));
    expect(Object.keys(manifest.outputs)).toEqual(['a.html', 'a.pdf', 'b.html', 'b.pdf']);

    const again = await runCli(['render', '--format', 'html,pdf'], dir, CHROME);
    expect(again.stdout).toBe('0 dari 2 berkas dirender, 2 tidak berubah, 0 halaman PDF, 0.0 detik\n');

    fs.appendFileSync(path.join(dir, 'sops', 'b.sop.yaml'), '# diubah\n');
    const changed = await runCli(['render', '--format', 'html,pdf'], dir, CHROME);
    expect(changed.stdout).toMatch(/^✔ sops\/b\.sop\.yaml → dist\/b\.html, dist\/b\.pdf \(\d+ halaman\)\n1 dari 2 berkas dirender, 1 tidak berubah/);

    fs.rmSync(path.join(dir, 'dist', 'a.pdf'));
    const deleted = await runCli(['render', '--format', 'html,pdf'], dir, CHROME);
    expect(deleted.stdout).toMatch(/^✔ sops\/a\.sop\.yaml → dist\/a\.pdf \(\d+ halaman\)\n1 dari 2 berkas dirender/);

    fs.writeFileSync(path.join(dir, 'sop.config.yaml'), 'kertas: a4\n');
    const config = await runCli(['render', '--format', 'html'], dir, CHROME);
    expect(config.stdout).toMatch(/^2 dari 2 berkas dirender/m);

    const forced = await runCli(['render', '--format', 'html,pdf', '--force'], dir, CHROME);
    expect(forced.stdout).toMatch(/^2 dari 2 berkas dirender, \d+ halaman PDF/m);
  });

  it('--watch re-renders a changed file and ends cleanly on Ctrl-C', async () => {
    const dir = project({ [SAMPLE]: sampleText() });
    const io = fakeIo(dir, CHROME);
    const running = main(['render', '--watch'], io);
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 200 && !pattern.test(io.stdoutText); i++) await new Promise((r) => setTimeout(r, 50));
      expect(io.stdoutText).toMatch(pattern);
    };
    await waitFor(/Memantau perubahan/);
    fs.appendFileSync(path.join(dir, 'sops', SAMPLE), '# diubah\n');
    await waitFor(/Memantau perubahan[^]*1 dari 1 berkas dirender[^]*Memantau perubahan/);
    process.emit('SIGINT');
    expect(await running).toBe(0);
    expect(process.listenerCount('SIGINT')).toBe(0);
  });
});
