import { describe, expect, it } from 'vitest';
import { COMPLETE_SOP, lintText, lintTexts } from '../../../helpers/lint.js';
import rule from '../../../../src/lint/rules/identitas/kosong.js';
import nomorUnik from '../../../../src/lint/rules/identitas/nomor-unik.js';
import nip from '../../../../src/lint/rules/identitas/nip.js';

const run = (text: string, options: { lang?: 'id' | 'en'; config?: Record<string, unknown> } = {}) =>
  lintText(text, { rules: [rule], ...options } as Parameters<typeof lintText>[1]).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
/** COMPLETE_SOP with one line replaced (the whole line, found by its start). */
const withLine = (start: string, line: string) => COMPLETE_SOP.replace(new RegExp(`^${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*$`, 'm'), line);
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('identitas/kosong', () => {
  it('accepts a filled-in SOP, "Tidak ada" included', () => {
    expect(run(COMPLETE_SOP)).toEqual([]);
  });

  it.each([
    ['nomor: "-"', '1:8 error identitas/kosong nomor kosong ("-"); beri nomor SOP sesuai tata naskah dinas instansi'],
    ['nomor: ""', '1:8 error identitas/kosong nomor kosong (""); beri nomor SOP sesuai tata naskah dinas instansi'],
    ['nomor: .../SOP/DISPERSIP/2023', '1:8 error identitas/kosong nomor masih berisi teks contoh "..."; beri nomor SOP sesuai tata naskah dinas instansi'],
    ['nomor: 800/  /SOP/2023', '1:8 error identitas/kosong nomor "800/  /SOP/2023" belum lengkap: ada bagian yang kosong; beri nomor SOP lengkap sesuai tata naskah dinas instansi'],
    ['nomor: XX/SOP/XX/2023', '1:8 error identitas/kosong nomor masih berisi teks contoh "XX"; beri nomor SOP sesuai tata naskah dinas instansi'],
    ['nama: "-"', '2:7 error identitas/kosong nama kosong ("-"); tulis nama prosedur'],
    ['nama: SOP <nama prosedur>', '2:7 error identitas/kosong nama masih berisi teks contoh "<nama prosedur>"; tulis nama prosedur'],
  ])('%s', (line, expected) => {
    const key = line.slice(0, line.indexOf(':') + 1);
    expect(run(withLine(key, line))).toEqual([expected]);
  });

  it('reports the approver left blank or as the template wrote it, and a signatory without NIP', () => {
    const text = withLine('  nama: H. Rody', '  nama: (isi nama pejabat beserta gelar)').replace('  nip: "19660313 198903 1 011"\n', '');
    expect(run(text)).toEqual([
      `${lineOf(text, 'disahkan_oleh:')}:1 warn identitas/kosong Pejabat pengesah (Kepala Dinas Perpustakaan dan Kearsipan) tanpa NIP; tulis NIP 18 angka di disahkan_oleh.nip`,
      `${lineOf(text, '  nama: (isi')}:9 error identitas/kosong disahkan_oleh.nama masih berisi teks contoh "(isi nama pejabat beserta gelar)"; tulis nama pejabat beserta gelarnya`,
    ]);
    const dash = withLine('  nip:', '  nip: "-"').replace('  jabatan: Kepala Dinas Perpustakaan dan Kearsipan', '  jabatan: "-"');
    expect(run(dash)).toEqual([`${lineOf(dash, '  jabatan:')}:12 error identitas/kosong disahkan_oleh.jabatan kosong ("-"); tulis jabatan pejabat yang mengesahkan`]);
    // A "-" NIP is this rule's, not identitas/nip's "0 digits".
    expect(lintText(withLine('  nip:', '  nip: "-"'), { rules: [nip] })).toEqual([]);
    expect(run(withLine('  nip:', '  nip: "-"'))).toEqual([`${lineOf(COMPLETE_SOP, '  nip:')}:8 warn identitas/kosong Pejabat pengesah (Kepala Dinas Perpustakaan dan Kearsipan) tanpa NIP; tulis NIP 18 angka di disahkan_oleh.nip`]);
  });

  it('checks the extra signature boxes like the approver', () => {
    const text = COMPLETE_SOP.replace('dasar_hukum:', 'tanda_tangan:\n  - peran: Dibuat oleh\n    jabatan: "-"\n    nama: Siti Aminah\n  - peran: Mengetahui\n    jabatan: Kepala Bagian Umum\n    nama: <nama>\ndasar_hukum:');
    expect(run(text)).toEqual([
      `${lineOf(text, '    jabatan: "-"')}:14 error identitas/kosong tanda_tangan[1].jabatan kosong ("-"); tulis jabatan penanda tangan`,
      `${lineOf(text, '  - peran: Mengetahui')}:5 warn identitas/kosong Penanda tangan "Mengetahui" (Kepala Bagian Umum) tanpa NIP; tulis NIP 18 angka di nip`,
      `${lineOf(text, '    nama: <nama>')}:11 error identitas/kosong tanda_tangan[2].nama masih berisi teks contoh "<nama>"; tulis nama pejabat beserta gelarnya`,
    ]);
  });

  it('does not ask elected heads and village heads for a NIP', () => {
    for (const jabatan of ['Bupati Balangan', 'Wali Kota Banjarmasin', 'Walikota Semarang', 'Gubernur Kalimantan Selatan', 'Wakil Bupati Kebumen', 'Kepala Desa Batumandi']) {
      const text = COMPLETE_SOP.replace('  jabatan: Kepala Dinas Perpustakaan dan Kearsipan', `  jabatan: ${jabatan}`).replace('  nip: "19660313 198903 1 011"\n', '');
      expect(run(text), jabatan).toEqual([]);
    }
  });

  it('reports each identity section missing, blank or left as template text', () => {
    const lines = COMPLETE_SOP.split('\n');
    const without = lines.filter((l) => !l.startsWith('keterkaitan:') && !l.startsWith('pencatatan_pendataan:')).join('\n');
    expect(run(without)).toEqual([
      '1:1 warn identitas/kosong Bagian Keterkaitan (keterkaitan) tidak diisi; formulir SOP AP mencetak keenam bagian identitas — isi bagian ini, atau tulis "Tidak ada" bila memang tidak ada',
      '1:1 warn identitas/kosong Bagian Pencatatan dan Pendataan (pencatatan_pendataan) tidak diisi; formulir SOP AP mencetak keenam bagian identitas — isi bagian ini, atau tulis "Tidak ada" bila memang tidak ada',
    ]);
    const blank = withLine('peringatan:', 'peringatan: "-"').replace(/^peralatan_perlengkapan:.*$/m, 'peralatan_perlengkapan: ["-", "…"]');
    expect(run(blank)).toEqual([
      `${lineOf(blank, 'peralatan_perlengkapan:')}:25 warn identitas/kosong Bagian Peralatan/Perlengkapan kosong ("-, …"); isi bagian ini, atau tulis "Tidak ada" bila memang tidak ada`,
      `${lineOf(blank, 'peringatan:')}:13 warn identitas/kosong Bagian Peringatan kosong ("-"); isi bagian ini, atau tulis "Tidak ada" bila memang tidak ada`,
    ]);
    const template = withLine('peringatan:', 'peringatan: Jika SOP tidak dilaksanakan maka ...').replace(/^kualifikasi_pelaksana:.*$/m, 'kualifikasi_pelaksana: [Memahami tata naskah dinas, "-"]');
    expect(run(template)).toEqual([
      `${lineOf(template, 'kualifikasi_pelaksana:')}:53 warn identitas/kosong Butir 2 bagian Kualifikasi Pelaksana kosong ("-"); hapus butir ini`,
      `${lineOf(template, 'peringatan:')}:13 warn identitas/kosong Bagian Peringatan masih berisi teks contoh "..."; ganti dengan isi sebenarnya`,
    ]);
  });

  it('reports a Dasar Hukum of dashes only as an error', () => {
    const text = COMPLETE_SOP.replace(/dasar_hukum:\n(  - .*\n)+/, 'dasar_hukum:\n  - "-"\n');
    expect(run(text)).toEqual([`${lineOf(text, '  - "-"')}:3 error identitas/kosong Dasar Hukum tidak menyebut satu peraturan pun ("-"); SOP AP wajib menyebut peraturan yang menjadi dasarnya`]);
  });

  it('lets a project accept a section left blank (option boleh_kosong)', () => {
    const text = COMPLETE_SOP.split('\n').filter((l) => !l.startsWith('keterkaitan:')).join('\n');
    const config = { lint: { rules: { 'identitas/kosong': ['error', { boleh_kosong: ['keterkaitan'] }] }, overrides: [], register: [] } };
    expect(run(text, { config })).toEqual([]);
  });

  it('speaks English', () => {
    expect(run(withLine('nama:', 'nama: "-"'), { lang: 'en' })).toEqual(['2:7 error identitas/kosong nama is blank ("-"); write the name of the procedure']);
  });
});

describe('identitas/nomor-unik and blank numbers', () => {
  it('does not report SOPs with blank or unfilled numbers as duplicates of each other', () => {
    const results = lintTexts(
      ['"-"', '"-"', '.../SOP/2023', '.../SOP/2023', '800/ /SOP/2023', '800/ /SOP/2023'].map((nomor, i) => ({ file: `s${i}.sop.yaml`, text: withLine('nomor:', `nomor: ${nomor}`) })),
      { rules: [nomorUnik] },
    );
    expect(results.flat()).toEqual([]);
  });
});
