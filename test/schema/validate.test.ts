import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../helpers/lint.js';

const lint = (text: string, lang: 'id' | 'en' = 'id') =>
  lintText(text, { rules: [], lang }).map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

describe('schema diagnostics, mapped to the YAML node', () => {
  it('accepts the valid SOP', () => {
    expect(lint(VALID_SOP)).toEqual([]);
  });

  it('suggests the right key for a misspelt one and points at the key', () => {
    expect(lint(VALID_SOP.replace('dasar_hukum:', 'dasar_hukm:'))).toEqual([
      '1:1 skema Kunci wajib "dasar_hukum" tidak ada',
      '13:1 skema Kunci "dasar_hukm" tidak dikenal; maksud Anda "dasar_hukum"?',
    ]);
    expect(lint(VALID_SOP.replace('    waktu: 1 jam', '    wakt: 1 jam'), 'en')).toEqual([
      '31:5 skema Unknown key "wakt"; did you mean "waktu"?',
    ]);
  });

  it('reports a wrong type with the value found and a hint to quote', () => {
    expect(lint(VALID_SOP.replace('  nip: "19660313 198903 1 011"', '  nip: 196603131989031011'))).toEqual([
      '12:8 skema "disahkan_oleh.nip" harus berupa teks, ditemukan 196603131989031000 (tulis di antara tanda kutip, mis. "196603131989031000")',
    ]);
    expect(lint(VALID_SOP.replace('  - Staf\n  - id: kasubbag', '  - [Staf]\n  - id: kasubbag'))).toEqual([
      '17:5 skema "pelaksana[1]" harus berupa teks atau pemetaan (kunci: nilai), ditemukan daftar',
    ]);
  });

  it('reports a missing required field at its parent key', () => {
    expect(lint(VALID_SOP.replace('  pembuatan: 2023-07-01\n', ''))).toEqual([
      '6:1 skema Kunci wajib "pembuatan" tidak ada di "tanggal"',
    ]);
    expect(lint(VALID_SOP.replace('  - uraian: Mengarsipkan dokumen\n', '  - urain: Mengarsipkan dokumen\n'))).toEqual([
      '33:5 skema Kunci "urain" tidak dikenal; maksud Anda "uraian"?',
      '33:5 skema Kunci wajib "uraian" tidak ada di "kegiatan[3]"',
    ]);
  });

  it('reports date, enum and id formats', () => {
    // A date known to the month only is identitas/tanggal's finding, not a schema stop.
    expect(lint(VALID_SOP.replace('  efektif: 2023-07-01', '  efektif: Juli 2023'))).toEqual([]);
    expect(lint(VALID_SOP.replace('  efektif: 2023-07-01', '  efektif: [2023]'))).toEqual(['8:12 skema "tanggal.efektif" harus berupa teks atau bilangan bulat, ditemukan daftar']);
    expect(lint(VALID_SOP.replace('    tidak: 1\n', '    tidak: 1\n    simbol: keputusn\n'))).toEqual([
      '30:13 skema "kegiatan[2].simbol" harus salah satu dari mulai, proses, keputusan, selesai, ditemukan "keputusn"; maksud Anda "keputusan"?',
    ]);
    expect(lint(VALID_SOP.replace('  - id: periksa', '  - id: "12"'))).toEqual([
      '26:9 skema "kegiatan[2].id": id ditulis dengan huruf, angka, "-" atau "_" dan tidak boleh hanya angka, ditemukan "12"',
    ]);
  });

  it('requires disahkan_oleh and instansi after merging the config', () => {
    const noApprover = VALID_SOP.replace(/disahkan_oleh:\n(  .*\n)+/, '');
    expect(lint(noApprover)).toEqual(['1:1 skema Kunci "disahkan_oleh" wajib diisi di berkas SOP atau di sop.config.yaml']);
    expect(
      lintText(noApprover, { rules: [], config: { approver: { jabatan: 'Kepala Dinas', nama: 'Nama' } } }),
    ).toEqual([]);
  });
});
