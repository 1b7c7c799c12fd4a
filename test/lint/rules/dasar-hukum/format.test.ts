import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../../../helpers/lint.js';
import { applyEdits } from '../../../../src/lint/fix.js';
import rule from '../../../../src/lint/rules/dasar-hukum/format.js';

const dh = (...items: string[]) => VALID_SOP.replace(/^dasar_hukum:\n(?: .*\n)*/m, `dasar_hukum:\n${items.map((i) => `  - ${i}\n`).join('')}`);
const run = (text: string, lang: 'id' | 'en' = 'id') =>
  lintText(text, { rules: [rule], lang }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}${d.fix ? ' [fix]' : ''}`);
const fixed = (text: string) => applyEdits(text, lintText(text, { rules: [rule] }).flatMap((d) => d.fix ?? [])).text;

describe('dasar-hukum/format', () => {
  it('accepts canonical citations', () => {
    expect(run(VALID_SOP)).toEqual([]);
    expect(run(dh('Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/21/M.PAN/11/2008 tentang Pedoman Penyusunan SOP'))).toEqual([]);
  });

  it.each([
    [
      'Undang-Undang Republik Indonesia Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.',
      '14:5 warn dasar-hukum/format Penulisan dasar hukum belum baku ("Republik Indonesia" sesudah jenis, "." di akhir); tulis: "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah" [fix]',
    ],
    [
      'Permendagri No. 73 tahun 2009 tentang tata cara evaluasi',
      '14:5 warn dasar-hukum/format Penulisan dasar hukum belum baku ("Permendagri" → "Peraturan Menteri Dalam Negeri", "No." → "Nomor", "tahun" → "Tahun"); tulis: "Peraturan Menteri Dalam Negeri Nomor 73 Tahun 2009 tentang tata cara evaluasi" [fix]',
    ],
    [
      'PP 12/2019 Tentang Pengelolaan Keuangan Daerah;',
      '14:5 warn dasar-hukum/format Penulisan dasar hukum belum baku ("PP" → "Peraturan Pemerintah", tanpa kata "Nomor", "Tentang" → "tentang", ";" di akhir); tulis: "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah" [fix]',
    ],
    [
      'Undang-Undang  Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
      '14:5 warn dasar-hukum/format Penulisan dasar hukum belum baku (spasi berlebih); tulis: "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah" [fix]',
    ],
    [
      'Peraturan Pemerintah Nomor 12 Tahun 2019',
      '14:5 warn dasar-hukum/format Dasar hukum "Peraturan Pemerintah Nomor 12 Tahun 2019" tidak menyebut judul ("tentang …"); tulis lengkap: <Jenis> Nomor <n> Tahun <yyyy> tentang <Judul>',
    ],
    [
      'Peraturan Pemerintah tentang Pengelolaan Keuangan Daerah',
      '14:5 warn dasar-hukum/format Dasar hukum "Peraturan Pemerintah tentang Pengelolaan Keuangan Daerah" tidak menyebut nomor dan tahun; tulis lengkap: <Jenis> Nomor <n> Tahun <yyyy> tentang <Judul>',
    ],
  ])('%s', (citation, expected) => {
    expect(run(dh(citation))).toEqual([expected]);
  });

  it('leaves types and non-regulations to dasar-hukum/jenis', () => {
    expect(run(dh('Peraturan Pemerintahan Nomor 8 Tahun 2008 tentang Tahapan'))).toEqual([]);
    expect(run(dh('Peraturan Pemerintahan Nomor 8 tahun 2008 tentang Tahapan'))).toEqual([
      '14:5 warn dasar-hukum/format Penulisan dasar hukum belum baku ("tahun" → "Tahun"); tulis: "Peraturan Pemerintahan Nomor 8 Tahun 2008 tentang Tahapan" [fix]',
    ]);
    expect(run(dh('ISO 9001:2015 klausul 7.5', 'Surat Edaran Nomor 3 Tahun 2021'))).toEqual([]);
  });

  it('fixes in place, keeping quotes and comments', () => {
    const text = dh('"Undang-Undang Republik Indonesia Nomor 23 Tahun 2014 Tentang Pemerintahan Daerah." # sic');
    expect(fixed(text)).toContain('  - "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah" # sic\n');
  });

  it('speaks English', () => {
    expect(run(dh('UU No. 23 Tahun 2014 tentang Pemerintahan Daerah'), 'en')).toEqual([
      '14:5 warn dasar-hukum/format Legal basis not in canonical form ("UU" → "Undang-Undang", "No." → "Nomor"); write: "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah" [fix]',
    ]);
  });
});
