import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintText, lintTexts, VALID_SOP } from '../../../helpers/lint.js';
import type { Lang } from '../../../../src/util/lang.js';
import tidakDitemukan, { titleKey } from '../../../../src/lint/rules/keterkaitan/tidak-ditemukan.js';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const rules = [tidakDitemukan];
/** An SOP of the VALID_SOP agency; `keterkaitan` (when given) is appended at line 38. */
const sop = (nama: string, keterkaitan: string[] = [], agency = 'Dinas Perpustakaan dan Kearsipan') =>
  VALID_SOP.replace('nama: Pelaksanaan Pengukuran Kinerja', `nama: ${nama}`).replace('  nama: Dinas Perpustakaan dan Kearsipan', `  nama: ${agency}`) +
  (keterkaitan.length ? 'keterkaitan:\n' + keterkaitan.map((k) => `  - ${k}\n`).join('') : '');
const show = (results: ReturnType<typeof lintTexts>) =>
  results.map((ds) => ds.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`));
const run = (texts: string[], lang: Lang = 'id', config?: object) =>
  show(lintTexts(texts.map((text, i) => ({ file: `sop-${i + 1}.sop.yaml`, text })), { rules, lang, config }));

describe('keterkaitan/tidak-ditemukan', () => {
  it('matches names case- and space-insensitively, with or without "SOP"', () => {
    expect(titleKey('SOP  PENGUMPULAN Data Kinerja.')).toBe('pengumpulan data kinerja');
    expect(run([sop('Pengumpulan Data Kinerja'), sop('Pengukuran Kinerja', ['SOP PENGUMPULAN  DATA KINERJA', 'Sop pengumpulan data kinerja'])])).toEqual([[], []]);
  });

  it('reports an SOP that is not in the set, with a did-you-mean when one is close', () => {
    expect(run([sop('Pengumpulan Data Kinerja'), sop('Pengukuran Kinerja', ['SOP Pengumpulan Data Kinerj', 'SOP Usulan Promosi Jabatan'])])).toEqual([
      [],
      [
        'sop-2.sop.yaml:39:5 warn keterkaitan/tidak-ditemukan "SOP Pengumpulan Data Kinerj" tidak ditemukan di antara SOP yang diperiksa; maksud Anda "SOP Pengumpulan Data Kinerja"?',
        'sop-2.sop.yaml:40:5 warn keterkaitan/tidak-ditemukan "SOP Usulan Promosi Jabatan" tidak ditemukan di antara SOP yang diperiksa (2 SOP dari instansi ini); periksa namanya atau tambahkan SOP itu',
      ],
    ]);
  });

  it('speaks English', () => {
    expect(run([sop('Pengumpulan Data Kinerja'), sop('Pengukuran Kinerja', ['SOP Usulan Promosi Jabatan'])], 'en')[1]).toEqual([
      'sop-2.sop.yaml:39:5 warn keterkaitan/tidak-ditemukan "SOP Usulan Promosi Jabatan" is not among the linted SOPs (2 from this agency); check its name or add that SOP',
    ]);
  });

  it('ignores entries that do not name an SOP', () => {
    expect(run([sop('Pengumpulan Data Kinerja'), sop('Pengukuran Kinerja', ['Pedoman Tata Naskah Dinas', 'Standar Pelayanan'])])).toEqual([[], []]);
  });

  it('stays quiet for a single file', () => {
    expect(lintText(sop('Pengukuran Kinerja', ['SOP Usulan Promosi Jabatan']), { rules })).toEqual([]);
  });

  it('stays quiet for the only SOP of its agency in the set', () => {
    expect(run([sop('Pengumpulan Data Kinerja', [], 'Kecamatan Batumandi'), sop('Pengukuran Kinerja', ['SOP Usulan Promosi Jabatan'])])).toEqual([[], []]);
  });

  it('takes the minimum set size as an option', () => {
    const config = { lint: { rules: { 'keterkaitan/tidak-ditemukan': ['warn', { min_sop: 3 }] }, overrides: [], register: null } };
    expect(run([sop('Pengumpulan Data Kinerja'), sop('Pengukuran Kinerja', ['SOP Usulan Promosi Jabatan'])], 'id', config)).toEqual([[], []]);
  });

  const sampleFiles = (strip: boolean) =>
    readdirSync(path.join(ROOT, 'sops'))
      .filter((f) => f.endsWith('.sop.yaml'))
      .map((f) => {
        const text = readFileSync(path.join(ROOT, 'sops', f), 'utf8');
        return { file: `sops/${f}`, text: strip ? text.replace(/^\s*# sop-disable-next-line keterkaitan\/tidak-ditemukan.*\n/gm, '') : text };
      });

  it('finds the SOPs that sops/ names but does not hold (its disable comments removed)', () => {
    const notFound = (file: string, at: string, entry: string) =>
      `sops/${file}:${at} warn keterkaitan/tidak-ditemukan "${entry}" tidak ditemukan di antara SOP yang diperiksa (2 SOP dari instansi ini); periksa namanya atau tambahkan SOP itu`;
    expect(show(lintTexts(sampleFiles(true), { rules })).flat()).toEqual([
      notFound('pengukuran-kinerja-skp-balangan.sop.yaml', '43:5', 'SOP Pembuatan Pelaksanaan Kegiatan'),
      notFound('pengukuran-kinerja-skp-balangan.sop.yaml', '44:5', 'SOP Penyusunan Laporan Evaluasi Kinerja'),
      notFound('pengukuran-kinerja-skp-balangan.sop.yaml', '46:5', 'SOP Usulan Promosi Jabatan'),
      notFound('pengumpulan-data-kinerja-balangan.sop.yaml', '42:5', 'SOP Pembuatan Pelaksanaan Kegiatan'),
      notFound('pengumpulan-data-kinerja-balangan.sop.yaml', '43:5', 'SOP Penyusunan Laporan Kinerja'),
    ]);
  });

  it('sops/ linted together is clean, and each of its disable comments is used', () => {
    expect(show(lintTexts(sampleFiles(false), { rules })).flat()).toEqual([]);
  });
});
