import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/cli.js';
import { lintText, COMPLETE_SOP } from '../helpers/lint.js';
import urutan from '../../src/lint/rules/dasar-hukum/urutan.js';
import tahun from '../../src/lint/rules/dasar-hukum/tahun.js';
import total from '../../src/lint/rules/waktu/total.js';
import { unifiedDiff } from '../../src/cli/diff.js';

const LEGAL = (items: string) => COMPLETE_SOP.replace(/dasar_hukum:\n(  - .*\n)+/, `dasar_hukum:\n${items}`);
const PP30 = 'Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil';
const UU23 = 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah';

describe('lint edge cases found in review', () => {
  it('--fix keeps a flow list\'s items whole (values with commas are quoted)', async () => {
    const dir = tempProject({ 'sops/a.sop.yaml': COMPLETE_SOP.replace(/dasar_hukum:\n(  - .*\n)+/, `dasar_hukum: [${PP30}, "${UU23}, sebagaimana telah diubah"]\n`) });
    await runCli(['lint', '--fix'], dir);
    const text = fs.readFileSync(path.join(dir, 'sops/a.sop.yaml'), 'utf8');
    expect(text).toContain(`dasar_hukum: ["${UU23}, sebagaimana telah diubah", "${PP30}"]\n`);
    expect((await runCli(['lint'], dir)).code).toBe(0);
  });

  it('does not offer to reorder a list whose items carry comments or directives', () => {
    const withComment = LEGAL(`  - ${PP30}\n  # sop-disable-next-line dasar-hukum/dicabut -- sampai revisi\n  - ${UU23}\n`);
    const d = lintText(withComment, { rules: [urutan] }).find((x) => x.ruleId === 'dasar-hukum/urutan');
    expect([d!.line, d!.column, d!.ruleId, d!.fix]).toEqual([16, 5, 'dasar-hukum/urutan', undefined]);
    const [plain] = lintText(LEGAL(`  - ${PP30}\n  - ${UU23}\n`), { rules: [urutan] });
    expect(plain!.fix).toHaveLength(2);
  });

  it('--fix keeps cross-file findings of the fixed files', async () => {
    const a = LEGAL(`  - ${UU23}.\n`);
    const dir = tempProject({ 'sops/a.sop.yaml': a, 'sops/b.sop.yaml': LEGAL(`  - ${UU23}\n`) });
    const run = await runCli(['lint', '--fix', '--format', 'json'], dir);
    const byFile = Object.fromEntries(JSON.parse(run.stdout).map((f: { file: string; diagnostics: { ruleId: string }[] }) => [f.file, f.diagnostics.map((d) => d.ruleId)]));
    // UU 23/2014 is amended (UU 2/2015, UU 9/2015): cited bare, dasar-hukum/dicabut asks for the amendments.
    expect(byFile).toEqual({ 'sops/a.sop.yaml': ['identitas/nomor-unik', 'dasar-hukum/dicabut'], 'sops/b.sop.yaml': ['identitas/nomor-unik', 'dasar-hukum/dicabut'] });
  });

  it('reports an alias bomb as a YAML problem of that file, not an internal error', async () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 8; i++) levels.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
    const dir = tempProject({ 'sops/bom.sop.yaml': levels.join('\n') + '\n', 'sops/ok.sop.yaml': 'nomor: 1\n' });
    const run = await runCli(['lint', '--no-color'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/sops\/bom\.sop\.yaml\n {2}1:1 {2}error {2}Kesalahan sintaks YAML: .*alias.* {2}yaml\n/);
    expect(run.stdout).toContain('sops/ok.sop.yaml');
  });

  it('lets a revised SOP cite law newer than its first draft', () => {
    const uu20 = LEGAL('  - Undang-Undang Nomor 1 Tahun 2024 tentang Perubahan Kedua atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik\n');
    expect(lintText(uu20, { rules: [tahun] }).map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '14:5 Undang-Undang Nomor 1 Tahun 2024 bertahun 2024, sesudah tanggal SOP (2023-07-01: pembuatan, efektif atau revisi terakhir); periksa tahun peraturan atau tanggal SOP',
    ]);
    expect(lintText(uu20.replace('  efektif: 2023-07-01', '  revisi: 2024-05-01\n  efektif: 2023-07-01'), { rules: [tahun] })).toEqual([]);
    // A planned review date in the future does not count.
    expect(lintText(uu20.replace('  efektif: 2023-07-01', '  revisi: 2027-05-01\n  efektif: 2023-07-01'), { rules: [tahun] })).toHaveLength(1);
  });

  it('states totals in hours when the SOP counts in hours', () => {
    const [d] = lintText(COMPLETE_SOP + 'waktu_total: 8 jam\n', { rules: [total] });
    expect(d!.message).toContain('3 jam 15 menit');
    expect(d!.message).not.toContain('hari');
  });

  it('reports an unknown rule id in the config with a did-you-mean, exit 2', async () => {
    const dir = tempProject({ 'sop.config.yaml': 'lint:\n  aturan:\n    dasar-hukum/urut: "off"\n', 'sops/a.sop.yaml': COMPLETE_SOP });
    const run = await runCli(['lint', '--no-color'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sop.config.yaml\n  3:5  error  Aturan "dasar-hukum/urut" tidak dikenal; maksud Anda "dasar-hukum/urutan"?  skema');
  });

  it('says in one line when a report cannot be written', async () => {
    const dir = tempProject({ 'sops/a.sop.yaml': COMPLETE_SOP, 'keluar/.keep': '' });
    const run = await runCli(['lint', '--output-file', 'keluar'], dir);
    expect([run.code, run.stderr]).toEqual([2, 'sop: tidak dapat menulis keluar: EISDIR\n']);
  });

  it('prints the report after a dry-run diff, and diffs large files quickly', async () => {
    const dir = tempProject({ 'sops/a.sop.yaml': COMPLETE_SOP.replace('dasar_hukum:', 'dasar_hukm:') });
    const run = await runCli(['lint', '--fix-dry-run', '--no-color'], dir);
    expect(run.stdout).toContain('Kunci "dasar_hukm" tidak dikenal');
    const big = Array.from({ length: 20000 }, (_, i) => `baris ${i}`).join('\n');
    const diff = unifiedDiff('x', big, big.replace('baris 10000\n', 'baris sepuluh ribu\n'));
    expect(diff).toBe('--- x\n+++ x (fixed)\n@@ -9999,5 +9999,5 @@\n baris 9998\n baris 9999\n-baris 10000\n+baris sepuluh ribu\n baris 10001\n baris 10002\n');
  });

  it('says "at least" for a minimum', () => {
    const d = lintText(COMPLETE_SOP.replace('    tidak: 1\n', '    tidak: 0\n'), { rules: [] });
    expect(d.map((x) => `${x.line}:${x.column} ${x.message}`)).toEqual(['29:12 "kegiatan[2].tidak" paling sedikit 1, ditemukan 0']);
  });
});

describe('findings about values taken from the config', () => {
  it('are reported once, in sop.config.yaml, not at 1:1 of every SOP', async () => {
    const noApprover = COMPLETE_SOP.replace(/disahkan_oleh:\n(  .*\n)+/, '');
    const config = 'disahkan_oleh:\n  jabatan: Kepala Dinas\n  nama: Nama Pejabat\n  nip: "19661313 198903 1 011"\n';
    const dir = tempProject({ 'sop.config.yaml': config, 'sops/a.sop.yaml': noApprover, 'sops/b.sop.yaml': noApprover.replace('01/SOP', '02/SOP') });
    const run = await runCli(['lint', '--format', 'json'], dir);
    const files = JSON.parse(run.stdout) as { file: string; diagnostics: { line: number; column: number; ruleId: string }[] }[];
    expect(files.map((f) => [f.file, f.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)])).toEqual([
      ['sops/a.sop.yaml', []],
      ['sops/b.sop.yaml', []],
      ['sop.config.yaml', ['4:8 identitas/nip']],
    ]);
    expect(run.code).toBe(1);
  });
});
