import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../../../helpers/lint.js';
import rule from '../../../../src/lint/rules/identitas/tanggal.js';
import { applyEdits } from '../../../../src/lint/fix.js';

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

  // Dates as real SOPs write them: a finding, never a schema stop; the other rules still run.
  it.each([
    [['pembuatan: April 2015'], ['7:14 warn identitas/tanggal tanggal.pembuatan "April 2015" hanya menyebut bulan dan tahun; dicetak seperti tertulis — lengkapi tanggalnya (YYYY-MM-DD) bila diketahui']],
    [['pembuatan: 2015'], ['7:14 warn identitas/tanggal tanggal.pembuatan "2015" hanya menyebut tahun; dicetak seperti tertulis — lengkapi tanggalnya (YYYY-MM-DD) bila diketahui']],
    [['pembuatan: 2023-07-01', 'efektif: 1 Juli 2023'], ['8:12 warn identitas/tanggal tanggal.efektif "1 Juli 2023" ditulis 2023-07-01 (YYYY-MM-DD)']],
    [['pembuatan: 01-07-2023'], ['7:14 warn identitas/tanggal tanggal.pembuatan "01-07-2023" ditulis 2023-07-01 (YYYY-MM-DD)']],
    [['pembuatan: 2023-07-01', 'revisi: "-"', 'efektif: null'], []],
    [['pembuatan: segera'], ['7:14 error identitas/tanggal tanggal.pembuatan "segera" bukan tanggal; tulis YYYY-MM-DD (mis. 2023-07-01), atau bulan dan tahun ("Juli 2023") bila tanggalnya tidak diketahui']],
    [['pembuatan: 31 Juni 2023'], ['7:14 error identitas/tanggal tanggal.pembuatan "31 Juni 2023" bukan tanggal; tulis YYYY-MM-DD (mis. 2023-07-01), atau bulan dan tahun ("Juli 2023") bila tanggalnya tidak diketahui']],
    // Order and "not in the future" at the precision the dates have.
    [
      ['pembuatan: Juli 2023', 'efektif: 2023-06-15'],
      [
        '7:14 warn identitas/tanggal tanggal.pembuatan "Juli 2023" hanya menyebut bulan dan tahun; dicetak seperti tertulis — lengkapi tanggalnya (YYYY-MM-DD) bila diketahui',
        '8:12 error identitas/tanggal tanggal.efektif (2023-06-15) lebih awal dari tanggal.pembuatan (Juli 2023); SOP tidak dapat berlaku sebelum selesai dibuat',
      ],
    ],
    [['pembuatan: Juli 2023', 'efektif: 2023-07-20'], ['7:14 warn identitas/tanggal tanggal.pembuatan "Juli 2023" hanya menyebut bulan dan tahun; dicetak seperti tertulis — lengkapi tanggalnya (YYYY-MM-DD) bila diketahui']],
    [
      ['pembuatan: Juli 2024'],
      [
        '7:14 warn identitas/tanggal tanggal.pembuatan "Juli 2024" hanya menyebut bulan dan tahun; dicetak seperti tertulis — lengkapi tanggalnya (YYYY-MM-DD) bila diketahui',
        '7:14 error identitas/tanggal tanggal.pembuatan (Juli 2024) sesudah hari ini (2024-06-30); isi tanggal yang sudah terjadi',
      ],
    ],
  ])('loose %j', (lines, expected) => {
    expect(run(withDates(...lines))).toEqual(expected);
  });

  it('fixes a full date written another way to YYYY-MM-DD, and leaves a month-only date as written', () => {
    const text = withDates('pembuatan: 1/7/2023', 'revisi: Januari 2024', 'efektif: 3 Agustus 2023');
    const edits = lintText(text, { rules: [rule], today: '2024-06-30' }).flatMap((d) => d.fix ?? []);
    expect(applyEdits(text, edits).text).toContain('tanggal:\n  pembuatan: "2023-07-01"\n  revisi: Januari 2024\n  efektif: "2023-08-03"\n');
  });

  it('speaks English', () => {
    expect(run(withDates('pembuatan: 2023-07-01', 'efektif: 2023-06-30'), 'en')).toEqual([
      '8:12 error identitas/tanggal tanggal.efektif (2023-06-30) is before tanggal.pembuatan (2023-07-01); an SOP cannot be in effect before it is made',
    ]);
  });
});
