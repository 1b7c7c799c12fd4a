import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../../../helpers/lint.js';
import rule from '../../../../src/lint/rules/dasar-hukum/tahun.js';

const dh = (...items: string[]) => VALID_SOP.replace(/^dasar_hukum:\n(?: .*\n)*/m, `dasar_hukum:\n${items.map((i) => `  - ${i}\n`).join('')}`);
const run = (text: string, lang: 'id' | 'en' = 'id') =>
  lintText(text, { rules: [rule], lang }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

describe('dasar-hukum/tahun', () => {
  it('accepts regulations up to the year the SOP was made', () => {
    expect(run(VALID_SOP)).toEqual([]);
    expect(run(dh('Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2023 tentang X'))).toEqual([]);
  });

  it.each([
    [
      ['Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah', 'Undang-Undang Nomor 20 Tahun 2024 tentang Aparatur Sipil Negara'],
      ['15:5 error dasar-hukum/tahun Undang-Undang Nomor 20 Tahun 2024 bertahun 2024, sesudah tanggal SOP (2023-07-01: pembuatan, efektif atau revisi terakhir); periksa tahun peraturan atau tanggal SOP'],
    ],
    [
      ['Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/1/M.PAN/1/2025 tentang Y'],
      ['14:5 error dasar-hukum/tahun Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/1/M.PAN/1/2025 Tahun 2025 bertahun 2025, sesudah tanggal SOP (2023-07-01: pembuatan, efektif atau revisi terakhir); periksa tahun peraturan atau tanggal SOP'],
    ],
  ])('%j', (items, expected) => {
    expect(run(dh(...items))).toEqual(expected);
  });

  it('speaks English', () => {
    expect(run(dh('PP 1/2024 tentang X'), 'en')).toEqual([
      "14:5 error dasar-hukum/tahun Peraturan Pemerintah Nomor 1 Tahun 2024 dates from 2024, after the SOP's date (2023-07-01: made, effective or last revised); check the year or the SOP's dates",
    ]);
  });
});
