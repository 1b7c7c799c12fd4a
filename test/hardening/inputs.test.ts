/**
 * Inputs as careless users and strangers write them: every case ends in a clear finding or a
 * one-line usage error, never a crash, a stack trace or a position outside the file.
 * (docs/reliability.md has a row for each, with the measured bound.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/cli.js';
import { VALID_SOP } from '../helpers/lint.js';
import { generateSop } from '../../bench/generate.js';
import { loadSop } from '../../src/model/load.js';
import { defaultConfig } from '../../src/config/config.js';
import { renderHtml } from '../../src/render/index.js';

interface JsonFile { file: string; diagnostics: { line: number; column: number; endLine: number; endColumn: number; ruleId: string; message: string; severity: string }[] }

/** Lints one file as JSON; checks what holds for every input: exit 0/1, no stderr, positions inside the file. */
async function lintOne(name: string, content: string | Buffer): Promise<JsonFile[]> {
  const dir = tempProject({});
  fs.mkdirSync(path.join(dir, 'sops'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'sops', name), content);
  const run = await runCli(['lint', '--format', 'json', `sops/${name}`], dir);
  expect(run.stderr).toBe('');
  expect([0, 1]).toContain(run.code);
  const files = JSON.parse(run.stdout) as JsonFile[];
  const text = Buffer.isBuffer(content) ? content.toString('utf8') : content;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const f of files) {
    for (const d of f.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(Math.max(1, lines.length));
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
      expect(d.message).not.toMatch(/\n\s+at /);
    }
  }
  return files;
}

describe('files that are not SOPs', () => {
  it('an empty file is one schema finding at 1:1', async () => {
    const [f] = await lintOne('kosong.sop.yaml', '');
    expect(f!.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['1:1 skema']);
  });

  it('a file of comments only is the same', async () => {
    const [f] = await lintOne('komentar.sop.yaml', '# hanya komentar\n# belum diisi\n');
    expect(f!.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['1:1 skema']);
  });

  it('a binary file (a PNG renamed) is a finding, not a crash', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const [f] = await lintOne('gambar.sop.yaml', png);
    expect(f!.diagnostics.length).toBeGreaterThan(0);
    expect(f!.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('a BOM and CRLF line ends change no position', async () => {
    const lf = await lintOne('lf.sop.yaml', VALID_SOP.replace('    pelaksana: kasubbag\n', '    pelaksana: Kepala Dinas\n'));
    const crlf = await lintOne('crlf.sop.yaml', '\uFEFF' + VALID_SOP.replace('    pelaksana: kasubbag\n', '    pelaksana: Kepala Dinas\n').replace(/\n/g, '\r\n'));
    const where = (files: JsonFile[]) => files[0]!.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`);
    expect(where(crlf)).toEqual(where(lf));
    expect(where(lf)).toContain(`${VALID_SOP.split('\n').indexOf('    pelaksana: kasubbag') + 1}:16 pelaksana/tidak-dikenal`);
  });

  it('a key written twice is reported at the second one', async () => {
    const [f] = await lintOne('ganda.sop.yaml', `${VALID_SOP}nama: Lagi\n`);
    expect(f!.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual([`${VALID_SOP.split('\n').length}:1 yaml`]);
  });
});

describe('big files', () => {
  it('a 5 MB file (a long uraian) is linted', async () => {
    const long = 'Memeriksa '.repeat(520_000);
    const text = VALID_SOP.replace('uraian: Mengumpulkan data kinerja', `uraian: ${long}`);
    expect(text.length).toBeGreaterThan(5_000_000);
    const [f] = await lintOne('besar.sop.yaml', text);
    expect(f!.file).toBe('sops/besar.sop.yaml');
  });

  it('5,000 steps are linted and rendered to HTML', async () => {
    const text = generateSop(0, { steps: 5000, actors: 6 });
    const files = await lintOne('panjang.sop.yaml', text);
    expect(files[0]!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const loaded = loadSop({ path: 'panjang.sop.yaml', absPath: '/p/panjang.sop.yaml', text }, defaultConfig('/p'));
    expect(loaded.sop!.steps).toHaveLength(5000);
    const html = await renderHtml(loaded.sop!, { paper: 'a4', templateDir: null, columnNumbers: true, approvalAtEnd: false, projectRoot: '/p', lang: 'id' });
    expect(html.match(/data-step="/g)?.length).toBeGreaterThanOrEqual(5000);
  });

  it('100 actors are linted (pelaksana/jumlah says too many) and rendered', async () => {
    const actors = Array.from({ length: 100 }, (_, i) => `Pelaksana ${i + 1}`);
    const steps = actors.map((a, i) => `  - uraian: Memeriksa berkas ${i + 1}\n    pelaksana: ${a}\n    kelengkapan: Berkas\n    waktu: 5 menit\n    output: Berkas diperiksa\n`);
    const text = VALID_SOP.slice(0, VALID_SOP.indexOf('pelaksana:\n')) + `pelaksana:\n${actors.map((a) => `  - ${a}\n`).join('')}kegiatan:\n${steps.join('')}`;
    const [f] = await lintOne('ramai.sop.yaml', text);
    expect(f!.diagnostics.map((d) => d.ruleId)).toContain('pelaksana/jumlah');
    const loaded = loadSop({ path: 'ramai.sop.yaml', absPath: '/p/ramai.sop.yaml', text }, defaultConfig('/p'));
    const html = await renderHtml(loaded.sop!, { paper: 'a4', templateDir: null, columnNumbers: true, approvalAtEnd: false, projectRoot: '/p', lang: 'id' });
    expect(html).toContain('Pelaksana 100');
  });
});

describe('hostile text', () => {
  it('is escaped in every field of the HTML', async () => {
    const evil = `<img src=x onerror=alert(1)>"'&</script>`;
    const quoted = JSON.stringify(evil);
    const text = VALID_SOP
      .replace('nama: Pelaksanaan Pengukuran Kinerja', `nama: ${quoted}`)
      .replace('nomor: 01/SOP/DISPERSIP/VII/2023', `nomor: ${quoted}`)
      .replace('  nama: Dinas Perpustakaan dan Kearsipan', `  nama: ${quoted}`)
      .replace('  - Staf\n', `  - ${quoted}\n`)
      .replace(/pelaksana: Staf/g, `pelaksana: ${quoted}`)
      .replace('uraian: Mengumpulkan data kinerja', `uraian: ${quoted}`)
      .replace('kelengkapan: Formulir kinerja', `kelengkapan: ${quoted}`)
      .replace('output: Data kinerja\n', `output: ${quoted}\n`)
      .replace(/  - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.*/, `  - ${quoted}`);
    const loaded = loadSop({ path: 'jahat.sop.yaml', absPath: '/p/jahat.sop.yaml', text }, defaultConfig('/p'));
    expect(loaded.problems).toEqual([]);
    const html = await renderHtml(loaded.sop!, { paper: 'a4', templateDir: null, columnNumbers: true, approvalAtEnd: false, projectRoot: '/p', lang: 'id' });
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/<\/script>"'/);
    const escaped = '&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;&quot;&#x27;&amp;&lt;/script&gt;';
    // nomor (box, footer, title), nama (box, footer, title), instansi, actor, step text, kelengkapan, output, dasar hukum.
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(8);
  });
});

describe('files and folders that are not there or not files', () => {
  it('a missing file: one line, exit 2', async () => {
    const dir = tempProject({ 'sops/a.sop.yaml': VALID_SOP });
    const run = await runCli(['lint', 'sops/tidak-ada.sop.yaml'], dir);
    expect([run.code, run.stderr, run.stdout]).toEqual([2, 'sop: Berkas tidak ditemukan: sops/tidak-ada.sop.yaml\n', '']);
  });

  it('a glob matching nothing: one line, exit 2', async () => {
    const dir = tempProject({ 'sops/a.sop.yaml': VALID_SOP });
    const run = await runCli(['lint', 'sops/**/keuangan-*.sop.yaml'], dir);
    expect([run.code, run.stderr]).toEqual([2, 'sop: Tidak ada berkas *.sop.yaml yang cocok dengan: sops/**/keuangan-*.sop.yaml\n']);
  });

  it('a folder named like a SOP file is searched, not read', async () => {
    const dir = tempProject({ 'sops/map.sop.yaml/dalam.sop.yaml': VALID_SOP });
    const run = await runCli(['lint', '--format', 'json', 'sops/map.sop.yaml'], dir);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as JsonFile[]).map((f) => f.file)).toEqual(['sops/map.sop.yaml/dalam.sop.yaml']);
  });

  it('a full disk: the report cannot be written, one line, exit 2', async () => {
    if (!fs.existsSync('/dev/full')) return;
    const dir = tempProject({ 'sops/a.sop.yaml': VALID_SOP });
    const run = await runCli(['lint', '--output-file', '/dev/full'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('sop: tidak dapat menulis /dev/full: ENOSPC\n');
    // Written to, not replaced: a device stays a device.
    expect(fs.statSync('/dev/full').isCharacterDevice()).toBe(true);
  });
});
