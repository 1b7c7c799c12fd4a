import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../../../helpers/lint.js';
import { applyEdits } from '../../../../src/lint/fix.js';
import rule from '../../../../src/lint/rules/dasar-hukum/urutan.js';

const dh = (...items: string[]) => VALID_SOP.replace(/^dasar_hukum:\n(?: .*\n)*/m, `dasar_hukum:\n${items.map((i) => `  - ${i}\n`).join('')}`);
const run = (text: string, lang: 'id' | 'en' = 'id') =>
  lintText(text, { rules: [rule], lang }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}${d.fix ? ' [fix]' : ''}`);
const fix = (text: string) => applyEdits(text, lintText(text, { rules: [rule] }).flatMap((d) => d.fix ?? [])).text;

const UU = 'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah';
const PP8 = 'Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan';
const PP12 = 'Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah';
const PP30 = 'Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja PNS';
const PERPRES = 'Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP';
const PERMEN52 = 'Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 tentang SOP';
const PERMEN73 = 'Peraturan Menteri Dalam Negeri Nomor 73 Tahun 2009 tentang Evaluasi';
const PERBUP = 'Peraturan Bupati Balangan Nomor 5 Tahun 2016 tentang Perangkat Daerah';

describe('dasar-hukum/urutan', () => {
  it('accepts a list in order of rank, year and number', () => {
    expect(run(dh('UUD 1945', UU, PP8, PP12, PP30, PERPRES, PERMEN73, PERMEN52, PERBUP))).toEqual([]);
  });

  it.each([
    [
      [PERPRES, UU, PP8, PP12],
      '15:5 warn dasar-hukum/urutan Undang-Undang Nomor 23 Tahun 2014 seharusnya disebut sebelum Peraturan Presiden Nomor 29 Tahun 2014 (butir 1); urutkan menurut hierarki (Undang-Undang/Perppu sebelum Peraturan Presiden), lalu tahun, lalu nomor [fix]',
    ],
    [
      [UU, PP12, PERMEN52, PERMEN73],
      '17:5 warn dasar-hukum/urutan Peraturan Menteri Dalam Negeri Nomor 73 Tahun 2009 seharusnya disebut sebelum Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 (butir 3); peraturan setingkat diurutkan menurut tahun, lalu nomor [fix]',
    ],
    [
      [PP30, PP12],
      '15:5 warn dasar-hukum/urutan Peraturan Pemerintah Nomor 12 Tahun 2019 seharusnya disebut sebelum Peraturan Pemerintah Nomor 30 Tahun 2019 (butir 1); peraturan setingkat diurutkan menurut tahun, lalu nomor [fix]',
    ],
    [
      [PERBUP, PERMEN52],
      '15:5 warn dasar-hukum/urutan Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 seharusnya disebut sebelum Peraturan Bupati Balangan Nomor 5 Tahun 2016 (butir 1); urutkan menurut hierarki (Peraturan Menteri/Kepala Badan sebelum Peraturan Bupati/Wali Kota), lalu tahun, lalu nomor [fix]',
    ],
  ])('%j', (items, expected) => {
    expect(run(dh(...items))).toEqual([expected]);
  });

  it('sorts the whole list with the fix, leaving non-regulations in place', () => {
    const text = dh(PERPRES, UU, 'Surat Edaran Nomor 3 Tahun 2021 tentang X', PP12, PP8);
    expect(fix(text)).toBe(dh(UU, PP8, 'Surat Edaran Nomor 3 Tahun 2021 tentang X', PP12, PERPRES));
    expect(run(fix(text))).toEqual([]);
  });

  it('waits with its fix until the items are in canonical form, so no item is lost', () => {
    const text = dh(PP12, 'UU No. 23 tahun 2014 tentang Pemerintahan Daerah');
    expect(run(text)).toEqual([
      '15:5 warn dasar-hukum/urutan Undang-Undang Nomor 23 Tahun 2014 seharusnya disebut sebelum Peraturan Pemerintah Nomor 12 Tahun 2019 (butir 1); urutkan menurut hierarki (Undang-Undang/Perppu sebelum Peraturan Pemerintah), lalu tahun, lalu nomor',
    ]);
  });

  it('speaks English', () => {
    expect(run(dh(PP12, UU), 'en')).toEqual([
      '15:5 warn dasar-hukum/urutan Undang-Undang Nomor 23 Tahun 2014 should come before Peraturan Pemerintah Nomor 12 Tahun 2019 (item 1); order by rank (Undang-Undang/Perppu before Peraturan Pemerintah), then year, then number [fix]',
    ]);
  });
});
