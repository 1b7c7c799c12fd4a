import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, lintText, type LintTextOptions } from '../../../helpers/lint.js';
import { applyEdits } from '../../../../src/lint/fix.js';
import { loadBuiltinRegister } from '../../../../src/lint/regulations/load.js';
import { rulesIn } from '../../../../src/lint/registry.js';

const register = loadBuiltinRegister();
const seed = (name: string) => fs.readFileSync(path.join(FIXTURE_DIR, 'seeds', `${name}.sop.yaml`), 'utf8');
const options: LintTextOptions = { rules: rulesIn('identitas', 'dasar-hukum'), register };
const brief = (text: string) => lintText(text, options).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}${d.fix ? ' [fix]' : ''}`);
// The Balangan data-collection seed has month-only dates (a schema error); give it real ones to reach the rules.
const pengumpulan = () => seed('pengumpulan-data-kinerja-balangan').replace(/September 2023/g, '2023-09-01');

/** Applies every fix and re-lints until stable, as `sop lint --fix` does. */
function fixAll(text: string): string {
  for (let pass = 0; pass < 10; pass++) {
    const edits = lintText(text, options).flatMap((d) => d.fix ?? []);
    if (!edits.length) break;
    text = applyEdits(text, edits).text;
  }
  return text;
}

describe('the faithful seeds', () => {
  it('pengukuran-kinerja-skp-balangan: revoked PP 46/2011 and Perka BKN 1/2013, disorder, form', () => {
    expect(brief(seed('pengukuran-kinerja-skp-balangan'))).toEqual([
      '27:5 warn dasar-hukum/dicabut',
      '27:5 warn dasar-hukum/format [fix]',
      '28:5 warn dasar-hukum/format [fix]',
      '30:5 info dasar-hukum/dicabut',
      '30:5 warn dasar-hukum/format [fix]',
      '30:5 warn dasar-hukum/urutan',
      '31:5 error dasar-hukum/dicabut',
      '32:5 info dasar-hukum/dicabut',
      '32:5 warn dasar-hukum/format [fix]',
      '33:5 warn dasar-hukum/format [fix]',
    ]);
  });

  it('pengukuran-kinerja-triwulan-batumandi: revoked bases, ";" and "." endings', () => {
    const found = lintText(seed('pengukuran-kinerja-triwulan-batumandi'), options).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
    expect(found.filter((l) => l.includes('dicabut'))).toEqual([
      expect.stringMatching(/^27:5 error dasar-hukum\/dicabut Peraturan Pemerintah Nomor 46 Tahun 2011 sudah dicabut dan diganti oleh Peraturan Pemerintah Nomor 30 Tahun 2019 \(Pasal 64, berlaku 30 April 2019\)/),
      expect.stringMatching(/^29:5 info dasar-hukum\/dicabut Peraturan Menteri Dalam Negeri Nomor 73 Tahun 2009 perlu diperiksa: /),
      expect.stringMatching(/^31:5 info dasar-hukum\/dicabut Peraturan Kepala Badan Kepegawaian Negara Nomor 1 Tahun 2013 perlu diperiksa: Peraturan induknya \(PP 46\/2011\) dicabut/),
    ]);
    expect(found.filter((l) => l.includes('format')).map((l) => l.slice(0, 4))).toEqual(['27:5', '28:5', '29:5', '30:5', '31:5']);
  });

  it('pengumpulan-data-kinerja-balangan: "Peraturan Pemerintahan", disorder, a 19-digit NIP', () => {
    expect(brief(pengumpulan())).toEqual([
      '24:8 error identitas/nip',
      '28:5 warn dasar-hukum/dicabut',
      '28:5 warn dasar-hukum/format [fix]',
      '28:5 warn dasar-hukum/urutan',
      '29:5 error dasar-hukum/jenis [fix]',
      '30:5 warn dasar-hukum/format [fix]',
      '30:5 error dasar-hukum/jenis [fix]',
      '31:5 warn dasar-hukum/format [fix]',
      '32:5 warn dasar-hukum/format [fix]',
    ]);
    const urutan = lintText(pengumpulan(), options).find((d) => d.ruleId === 'dasar-hukum/urutan')!;
    expect(urutan.message).toBe(
      'Undang-Undang Nomor 23 Tahun 2014 seharusnya disebut sebelum Peraturan Presiden Nomor 29 Tahun 2014 (butir 1); urutkan menurut hierarki (Undang-Undang/Perppu sebelum Peraturan Presiden), lalu tahun, lalu nomor',
    );
  });

  it('skp-asn-kebumen: revoked bases and disorder', () => {
    expect(brief(seed('skp-asn-kebumen'))).toEqual([
      '25:5 warn dasar-hukum/dicabut',
      '25:5 warn dasar-hukum/format [fix]',
      '26:5 warn dasar-hukum/format [fix]',
      '28:5 info dasar-hukum/dicabut',
      '28:5 warn dasar-hukum/format [fix]',
      '28:5 warn dasar-hukum/urutan',
      '29:5 error dasar-hukum/dicabut',
      '30:5 info dasar-hukum/dicabut',
      '30:5 warn dasar-hukum/format [fix]',
    ]);
  });
});

describe('--fix on the seeds', () => {
  it.each(['pengukuran-kinerja-skp-balangan', 'pengukuran-kinerja-triwulan-batumandi', 'skp-asn-kebumen', 'pengumpulan'])('%s: nothing fixable remains, comments survive', (name) => {
    const before = name === 'pengumpulan' ? pengumpulan() : seed(name);
    const after = fixAll(before);
    const remaining = lintText(after, options);
    expect(remaining.filter((d) => d.fix)).toEqual([]);
    expect(remaining.filter((d) => d.ruleId === 'skema' || d.ruleId === 'yaml')).toEqual([]);
    const comments = (text: string) => text.split('\n').filter((l) => /^\s*#/.test(l) || / # /.test(l)).map((l) => l.slice(l.indexOf('#')));
    expect(comments(after)).toEqual(comments(before));
    // Only the legal-basis items changed.
    const changed = before.split('\n').filter((line, i) => line !== after.split('\n')[i]);
    expect(changed.every((line) => line.startsWith('  - '))).toBe(true);
  });

  it('pengukuran-kinerja-skp-balangan: the legal bases come out canonical and in order', () => {
    const after = fixAll(seed('pengukuran-kinerja-skp-balangan'));
    const list = after.split('\n').slice(25, 33).join('\n');
    expect(list).toBe(
      [
        'dasar_hukum:',
        '  - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
        '  - Peraturan Pemerintah Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja Pegawai Negeri Sipil',
        '  - Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah',
        '  - Peraturan Menteri Dalam Negeri Nomor 73 Tahun 2009 tentang tata cara pelaksanaan evaluasi kinerja penyelenggaraan pemerintahan daerah',
        '  - Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 tentang Standar Operasional Prosedur Di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota',
        '  - Peraturan Kepala Badan Kepegawaian Negara Nomor 1 Tahun 2013 tentang Ketentuan Pelaksanaan Peraturan Pemerintah Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja Pegawai Negeri Sipil',
        '  - Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian Dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah Tentang Rencana Pembangunan Jangka Panjang Daerah Dan Rencana Pembangunan Jangka Menengah Daerah, Serta Tata Cara Perubahan Rencana Pembangunan',
      ].join('\n'),
    );
  });
});
