import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../../../helpers/lint.js';
import rule from '../../../../src/lint/rules/identitas/tanggal.js';

const withDates = (...lines: string[]) => VALID_SOP.replace(/^tanggal:\n(?: .*\n)*/m, `tanggal:\n${lines.map((l) => `  ${l}\n`).join('')}`);
const run = (text: string, lang: 'id' | 'en' = 'id') =>
  lintText(text, { rules: [rule], today: '2024-06-30', lang }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

describe('identitas/tanggal', () => {
  it('accepts valid dates', () => {
    expect(run(VALID_SOP)).toEqual([]);
    expect(run(withDates('pembuatan: 2024-02-29', 'revisi: 2026-01-01', 'efektif: 2024-03-01'))).toEqual([]);
  });

  it.each([
    [['pembuatan: 2023-02-30'], ['7:14 error identitas/tanggal tanggal.pembuatan "2023-02-30" tidak ada di kalender (bulan 2 tidak punya tanggal 30)']],
    [['pembuatan: 2023-02-01', 'efektif: 2023-13-01'], ['8:12 error identitas/tanggal tanggal.efektif "2023-13-01" tidak ada di kalender (bulan 13 tidak punya tanggal 1)']],
    [
      ['pembuatan: 2023-07-01', 'efektif: 2023-06-30'],
      ['8:12 error identitas/tanggal tanggal.efektif (2023-06-30) lebih awal dari tanggal.pembuatan (2023-07-01); SOP tidak dapat berlaku sebelum selesai dibuat'],
    ],
    [
      ['pembuatan: 2023-07-01', 'revisi: 2023-01-01'],
      ['8:11 error identitas/tanggal tanggal.revisi (2023-01-01) lebih awal dari tanggal.pembuatan (2023-07-01); SOP tidak dapat direvisi sebelum selesai dibuat'],
    ],
    [
      ['pembuatan: 2024-07-01', 'efektif: 2024-08-01'],
      [
        '7:14 error identitas/tanggal tanggal.pembuatan (2024-07-01) sesudah hari ini (2024-06-30); isi tanggal yang sudah terjadi',
        '8:12 error identitas/tanggal tanggal.efektif (2024-08-01) sesudah hari ini (2024-06-30); isi tanggal yang sudah terjadi',
      ],
    ],
  ])('%j', (lines, expected) => {
    expect(run(withDates(...lines))).toEqual(expected);
  });

  it('speaks English', () => {
    expect(run(withDates('pembuatan: 2023-07-01', 'efektif: 2023-06-30'), 'en')).toEqual([
      '8:12 error identitas/tanggal tanggal.efektif (2023-06-30) is before tanggal.pembuatan (2023-07-01); an SOP cannot be in effect before it is made',
    ]);
  });
});
