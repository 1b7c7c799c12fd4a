import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../../../helpers/lint.js';
import { applyEdits } from '../../../../src/lint/fix.js';
import rule from '../../../../src/lint/rules/dasar-hukum/jenis.js';

const dh = (...items: string[]) => VALID_SOP.replace(/^dasar_hukum:\n(?: .*\n)*/m, `dasar_hukum:\n${items.map((i) => `  - ${i}\n`).join('')}`);
const run = (text: string, lang: 'id' | 'en' = 'id') =>
  lintText(text, { rules: [rule], lang }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}${d.fix ? ' [fix]' : ''}`);

describe('dasar-hukum/jenis', () => {
  it('accepts known types, abbreviated or not', () => {
    expect(run(VALID_SOP)).toEqual([]);
    expect(run(dh('Permendagri No. 52 Tahun 2011 tentang SOP', 'Perbup Kebumen Nomor 1 Tahun 2020 tentang X', 'UUD 1945'))).toEqual([]);
  });

  it.each([
    [
      'Peraturan Pemerintahan Republik Indonesia Nomor 12 Tahun 2019 Tentang Pengelolaan Keuangan Daerah',
      '14:5 error dasar-hukum/jenis Jenis peraturan "Peraturan Pemerintahan" salah tulis; yang benar "Peraturan Pemerintah" [fix]',
    ],
    ['Peratuan Pemerintah Nomor 1 Tahun 2000 tentang A', '14:5 error dasar-hukum/jenis Jenis peraturan "Peratuan Pemerintah" tidak dikenal; maksud Anda "Peraturan Pemerintah"?'],
    [
      'Pedoman Umum Nomor 1 Tahun 2000 tentang A',
      '14:5 error dasar-hukum/jenis Jenis peraturan "Pedoman Umum" tidak dikenal; dasar hukum memuat peraturan perundang-undangan (Undang-Undang, Peraturan Pemerintah, Peraturan Presiden, Peraturan Menteri, Peraturan Daerah, Peraturan Bupati/Wali Kota, ...)',
    ],
    ['Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah', '14:5 error dasar-hukum/jenis Dasar hukum "Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah" tidak menyebut jenis peraturannya (mis. "Peraturan Pemerintah Nomor ...")'],
    [
      'Surat Edaran Menteri PANRB Nomor 3 Tahun 2021 tentang Pengelolaan Kinerja',
      '14:5 warn dasar-hukum/jenis "Surat Edaran Menteri PANRB" adalah sebuah Surat Edaran, bukan peraturan perundang-undangan; pindahkan ke keterkaitan atau hapus dari dasar hukum',
    ],
    [
      'Keputusan Bupati Balangan Nomor 188.45/123/2020 tentang Tim',
      '14:5 warn dasar-hukum/jenis "Keputusan Bupati Balangan" adalah sebuah Keputusan, bukan peraturan perundang-undangan; pindahkan ke keterkaitan atau hapus dari dasar hukum',
    ],
    [
      'Instruksi Presiden Nomor 7 Tahun 1999 tentang AKIP',
      '14:5 warn dasar-hukum/jenis "Instruksi Presiden" adalah sebuah Instruksi, bukan peraturan perundang-undangan; pindahkan ke keterkaitan atau hapus dari dasar hukum',
    ],
    [
      '"ISO 9001:2015 klausul 7.5"',
      '14:5 warn dasar-hukum/jenis "ISO 9001:2015" adalah sebuah standar (ISO/SNI), bukan peraturan perundang-undangan; pindahkan ke keterkaitan atau hapus dari dasar hukum',
    ],
  ])('%s', (citation, expected) => {
    expect(run(dh(citation))).toEqual([expected]);
  });

  it('fixes a certain misspelling and nothing else', () => {
    const text = dh('Peraturan Pemerintahan Nomor 8 Tahun 2008 tentang Tahapan Rencana Pembangunan Daerah Tentang X');
    const edits = lintText(text, { rules: [rule] }).flatMap((d) => d.fix ?? []);
    expect(applyEdits(text, edits).text).toContain('  - Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan Rencana Pembangunan Daerah Tentang X\n');
  });

  it('speaks English', () => {
    expect(run(dh('Peraturan Pemerintahan Nomor 8 Tahun 2008 tentang Tahapan'), 'en')).toEqual([
      '14:5 error dasar-hukum/jenis Regulation type "Peraturan Pemerintahan" is misspelt; write "Peraturan Pemerintah" [fix]',
    ]);
  });
});
