import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../../../helpers/lint.js';
import rule from '../../../../src/lint/rules/dasar-hukum/duplikat.js';

const dh = (...items: string[]) => VALID_SOP.replace(/^dasar_hukum:\n(?: .*\n)*/m, `dasar_hukum:\n${items.map((i) => `  - ${i}\n`).join('')}`);
const run = (text: string, lang: 'id' | 'en' = 'id') =>
  lintText(text, { rules: [rule], lang }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

const PP11 = 'Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil';
const PP17 = 'Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil';

describe('dasar-hukum/duplikat', () => {
  it('accepts distinct regulations and a base cited with its amendment in one item', () => {
    expect(run(VALID_SOP)).toEqual([]);
    expect(run(dh(`${PP11} sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020`))).toEqual([]);
  });

  it.each([
    [
      ['Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah', 'UU No. 23 tahun 2014 tentang Pemda'],
      ['15:5 error dasar-hukum/duplikat Undang-Undang Nomor 23 Tahun 2014 sudah disebut di butir 1; hapus salah satunya'],
    ],
    [
      [PP11, PP17],
      [
        '15:5 warn dasar-hukum/duplikat Peraturan Pemerintah Nomor 17 Tahun 2020 mengubah Peraturan Pemerintah Nomor 11 Tahun 2017 (butir 1); sebut sekali: "Peraturan Pemerintah Nomor 11 Tahun 2017 sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020"',
      ],
    ],
    [
      [`${PP11} sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020`, 'Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Manajemen PNS'],
      [
        '15:5 warn dasar-hukum/duplikat Peraturan Pemerintah Nomor 17 Tahun 2020 mengubah Peraturan Pemerintah Nomor 11 Tahun 2017 (butir 1); sebut sekali: "Peraturan Pemerintah Nomor 11 Tahun 2017 sebagaimana telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020"',
      ],
    ],
  ])('%j', (items, expected) => {
    expect(run(dh(...items))).toEqual(expected);
  });

  it('speaks English', () => {
    expect(run(dh(PP11, PP11), 'en')).toEqual(['15:5 error dasar-hukum/duplikat Peraturan Pemerintah Nomor 11 Tahun 2017 is already cited as item 1; remove one of them']);
  });
});
