import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../../../helpers/lint.js';
import rule from '../../../../src/lint/rules/dasar-hukum/wilayah.js';

const dh = (...items: string[]) => VALID_SOP.replace(/^dasar_hukum:\n(?: .*\n)*/m, `dasar_hukum:\n${items.map((i) => `  - ${i}\n`).join('')}`);
const withGovernment = (text: string, government: string) => text.replace('pemerintah: Pemerintah Kabupaten Balangan', `pemerintah: ${government}`);
const run = (text: string, lang: 'id' | 'en' = 'id') =>
  lintText(text, { rules: [rule], lang }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

describe('dasar-hukum/wilayah', () => {
  it("accepts the SOP's own region and national regulations", () => {
    expect(run(VALID_SOP)).toEqual([]);
    expect(
      run(dh('Peraturan Daerah Kabupaten Balangan Nomor 5 Tahun 2016 tentang Perangkat Daerah', 'Perbup Balangan Nomor 3 Tahun 2020 tentang X', 'Peraturan Gubernur Kalimantan Selatan Nomor 1 Tahun 2019 tentang Y')),
    ).toEqual([]);
    expect(run(withGovernment(dh('Perwal Batam Nomor 1 Tahun 2020 tentang Z'), 'Pemerintah Kota Batam'))).toEqual([]);
  });

  it.each([
    [
      'Peraturan Bupati Kebumen Nomor 5 Tahun 2020 tentang Kedudukan Perangkat Daerah',
      '14:5 warn dasar-hukum/wilayah Peraturan Bupati Kebumen Nomor 5 Tahun 2020 adalah peraturan Kabupaten Kebumen, sedangkan SOP ini milik Pemerintah Kabupaten Balangan; periksa apakah tersalin dari SOP daerah lain',
    ],
    [
      'Peraturan Daerah Kota Mataram Nomor 3 Tahun 2019 tentang Perangkat Daerah',
      '14:5 warn dasar-hukum/wilayah Peraturan Daerah Kota Mataram Nomor 3 Tahun 2019 adalah peraturan Kota Mataram, sedangkan SOP ini milik Pemerintah Kabupaten Balangan; periksa apakah tersalin dari SOP daerah lain',
    ],
    [
      'Peraturan Bupati Nomor 5 Tahun 2020 tentang Uraian Tugas Perangkat Daerah Kabupaten Tabalong',
      '14:5 warn dasar-hukum/wilayah Peraturan Bupati Nomor 5 Tahun 2020 adalah peraturan Kabupaten Tabalong, sedangkan SOP ini milik Pemerintah Kabupaten Balangan; periksa apakah tersalin dari SOP daerah lain',
    ],
  ])('%s', (citation, expected) => {
    expect(run(dh(citation))).toEqual([expected]);
  });

  it('tells a kota from the kabupaten of the same name', () => {
    expect(run(withGovernment(dh('Peraturan Daerah Kabupaten Bekasi Nomor 1 Tahun 2020 tentang X'), 'Pemerintah Kota Bekasi'), 'en')).toEqual([
      "14:5 warn dasar-hukum/wilayah Peraturan Daerah Kabupaten Bekasi Nomor 1 Tahun 2020 is a regulation of Kabupaten Bekasi, but this SOP belongs to Pemerintah Kota Bekasi; check whether it was copied from another region's SOP",
    ]);
  });
});
