import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/cli.js';
import { VALID_SOP } from '../helpers/lint.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

const broken = {
  'sops/sintaks.sop.yaml': 'nomor: 01/SOP/2023\nnama: [Uji\n',
  'sops/ganda.sop.yaml': VALID_SOP.replace('nama: Pelaksanaan Pengukuran Kinerja\n', 'nama: Pelaksanaan Pengukuran Kinerja\nnama: Lagi\n'),
  'sops/ejaan.sop.yaml': VALID_SOP.replace('dasar_hukum:', 'dasar_hukm:'),
  'sops/tipe.sop.yaml': VALID_SOP.replace('    waktu: 2 jam', '    waktu: 2'),
  'sops/wajib.sop.yaml': VALID_SOP.replace('nomor: 01/SOP/DISPERSIP/VII/2023\n', ''),
};

describe('sop lint (in-process)', () => {
  it('prints each YAML and schema problem with file:line:col and exits 1', async () => {
    const dir = tempProject(broken);
    const run = await runCli(['lint', '--no-color'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    const expectIn = (file: string, row: RegExp) => {
      const at = lines.indexOf(file);
      expect(at, `${file} in\n${run.stdout}`).toBeGreaterThanOrEqual(0);
      expect(lines[at + 1]).toMatch(row);
    };
    expectIn('sops/sintaks.sop.yaml', /^ {2}3:1 +error +Kesalahan sintaks YAML: Flow sequence in block collection must be sufficiently indented and end with a \] {2}yaml$/);
    expectIn('sops/ganda.sop.yaml', /^ {2}3:1 +error +Kunci "nama" ditulis dua kali; hapus salah satunya {2}yaml$/);
    expectIn('sops/ejaan.sop.yaml', /^ {2}1:1 +error +Kunci wajib "dasar_hukum" tidak ada {2}skema$/);
    expect(run.stdout).toContain('  13:1  error  Kunci "dasar_hukm" tidak dikenal; maksud Anda "dasar_hukum"?  skema');
    expectIn('sops/tipe.sop.yaml', /^ {2}24:12 +error +"kegiatan\[1\]\.waktu" harus berupa teks, ditemukan 2 \(tulis di antara tanda kutip, mis\. "2"\) {2}skema$/);
    expectIn('sops/wajib.sop.yaml', /^ {2}1:1 +error +Kunci wajib "nomor" tidak ada {2}skema$/);
    expect(run.stdout).toMatch(/✖ 6 masalah \(6 error, 0 peringatan, 0 info\) dalam 5 berkas\n$/);
  });

  it('speaks English on request', async () => {
    const dir = tempProject({ 'sops/ejaan.sop.yaml': broken['sops/ejaan.sop.yaml'] });
    const run = await runCli(['--lang', 'en', 'lint'], dir);
    expect(run.stdout).toContain('Unknown key "dasar_hukm"; did you mean "dasar_hukum"?');
    expect(run.stdout).toContain('✖ 2 problems (2 errors, 0 warnings, 0 info) in 1 file');
  });

  it('takes files, folders and globs', async () => {
    const dir = tempProject({ ...broken, 'lain/x.sop.yaml': broken['sops/wajib.sop.yaml'] });
    const byFile = await runCli(['lint', '--format', 'json', 'sops/tipe.sop.yaml'], dir);
    expect(JSON.parse(byFile.stdout).map((f: { file: string }) => f.file)).toEqual(['sops/tipe.sop.yaml']);
    const byDir = await runCli(['lint', '--format', 'json', 'lain'], dir);
    expect(JSON.parse(byDir.stdout).map((f: { file: string }) => f.file)).toEqual(['lain/x.sop.yaml']);
    const byGlob = await runCli(['lint', '--format', 'json', 'sops/[eg]*.sop.yaml'], dir);
    expect(JSON.parse(byGlob.stdout).map((f: { file: string }) => f.file)).toEqual(['sops/ejaan.sop.yaml', 'sops/ganda.sop.yaml']);
  });

  it('uses the config\'s sumber when given no files', async () => {
    const dir = tempProject({ 'sop.config.yaml': 'sumber: [dokumen/*.sop.yaml]\n', 'dokumen/a.sop.yaml': broken['sops/wajib.sop.yaml'], 'sops/b.sop.yaml': 'x: [' });
    const run = await runCli(['lint', '--format', 'json'], path.join(dir));
    expect(JSON.parse(run.stdout).map((f: { file: string }) => f.file)).toEqual(['dokumen/a.sop.yaml']);
  });

  it('exits 2 with a one-line reason for a missing file, a bad flag or a bad config', async () => {
    const dir = tempProject({});
    const missing = await runCli(['lint', 'tidak-ada.sop.yaml'], dir);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([2, '', 'sop: Berkas tidak ditemukan: tidak-ada.sop.yaml\n']);
    const flag = await runCli(['lint', '--bogus'], dir);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toBe("sop: opsi '--bogus' tidak dikenal\n(lihat sop lint --help)\n");
    expect(flag.stderr).not.toMatch(/\n\s+at /);
    const none = await runCli(['lint'], dir);
    expect([none.code, none.stderr]).toEqual([2, 'sop: Tidak ada berkas *.sop.yaml yang cocok dengan: sops/**/*.sop.yaml\n']);
    const badConfig = tempProject({ 'sop.config.yaml': 'bahasa: jawa\n', 'sops/a.sop.yaml': VALID_SOP });
    const config = await runCli(['lint', '--no-color'], badConfig);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('sop.config.yaml\n  1:9  error  "bahasa" harus salah satu dari id, en, ditemukan "jawa"  skema');
  });

  it('lints the sample SOPs clean', async () => {
    const run = await runCli(['lint', 'sops'], ROOT);
    expect(run.stdout).toMatch(/^✔ \d+ berkas diperiksa, tidak ada masalah\n$/);
    expect(run.code).toBe(0);
  });

  it('prints help and version with exit 0', async () => {
    const help = await runCli(['--help'], ROOT);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Penggunaan: sop [opsi] [perintah]\n');
    const version = await runCli(['--version'], ROOT);
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
