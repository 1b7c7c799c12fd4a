import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findings, lintText, VALID_SOP, sampleFindings } from '../../../helpers/lint.js';
import { applyEdits } from '../../../../src/lint/fix.js';
import type { ProjectConfig } from '../../../../src/config/types.js';
import format from '../../../../src/lint/rules/waktu/format.js';
import total from '../../../../src/lint/rules/waktu/total.js';
import batas from '../../../../src/lint/rules/waktu/batas.js';
import seragam from '../../../../src/lint/rules/waktu/seragam.js';

/** The rules about an SOP's actors, steps, Mutu Baku, times, flow and cross-references. */

const ROOT = path.resolve(import.meta.dirname, '../../../..');

/** VALID_SOP's step times are 2 jam (line 24), 1 jam (line 31) and 15 menit (line 36); the main path sums to 3 jam 15 menit. */
const times = (a: string, b: string, c: string) =>
  VALID_SOP.replace('waktu: 2 jam', `waktu: ${a}`).replace('waktu: 1 jam', `waktu: ${b}`).replace('waktu: 15 menit', `waktu: ${c}`);
const rulesConfig = (id: string, options: Record<string, unknown>): Partial<ProjectConfig> => ({ lint: { rules: { [id]: ['warn', options] }, overrides: [], register: null } });
const seed = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/seeds', name), 'utf8');

describe('waktu/format', () => {
  it.each([
    ['dua jam', 'dua jam'],
    ['"2"', '2'],
    ['2 jem', '2 jem'],
    ['3-1 jam', '3-1 jam'],
  ])('flags %s', (yaml, shown) => {
    expect(findings(times(yaml, '1 jam', '15 menit'), format)).toEqual([
      `24:12 error waktu/format Waktu "${shown}" tidak dapat dibaca; tulis angka dan satuan, mis. "15 menit", "1,5 jam", "1 jam 30 menit", "2 hari kerja", "1-2 hari"`,
    ]);
  });

  it.each(['2 Jam', '1,5 jam', '1 jam 30 menit', '2 hari kerja', '1-2 hari', '1 minggu', '30 mnt'])('accepts "%s"', (value) => {
    expect(findings(times(value, '1 jam', '15 menit'), format)).toEqual([]);
  });

  it('speaks English', () => {
    expect(findings(times('2 jam', 'sebentar', '15 menit'), format, { lang: 'en' })).toEqual([
      '31:12 error waktu/format Time "sebentar" cannot be read; write a number and a unit, e.g. "15 menit", "1,5 jam", "1 jam 30 menit", "2 hari kerja", "1-2 hari"',
    ]);
  });
});

describe('waktu/total', () => {
  it.each([
    { name: 'equal', text: VALID_SOP + 'waktu_total: 3 jam 15 menit\n', expected: [] },
    { name: 'equal in other units', text: VALID_SOP + 'waktu_total: 195 menit\n', expected: [] },
    { name: 'absent', text: VALID_SOP, expected: [] },
    {
      name: 'different',
      text: VALID_SOP + 'waktu_total: 3 jam\n',
      expected: ['38:14 error waktu/total waktu_total "3 jam" (3 jam) berbeda dengan jumlah waktu kegiatan sepanjang alur utama: 3 jam 15 menit'],
    },
    {
      name: 'a range against a single value',
      text: times('1-2 jam', '1 jam', '15 menit') + 'waktu_total: 3 jam 15 menit\n',
      expected: ['38:14 error waktu/total waktu_total "3 jam 15 menit" (3 jam 15 menit) berbeda dengan jumlah waktu kegiatan sepanjang alur utama: 2 jam 15 menit – 3 jam 15 menit'],
    },
    {
      name: 'unreadable',
      text: VALID_SOP + 'waktu_total: tiga jam\n',
      expected: ['38:14 error waktu/total waktu_total "tiga jam" tidak dapat dibaca; tulis angka dan satuan, mis. "5 jam 15 menit" (jumlah alur utama: 3 jam 15 menit)'],
    },
    {
      name: 'unreadable, with no computable sum',
      text: times('2 jam', 'lama', '15 menit') + 'waktu_total: tiga jam\n',
      expected: ['38:14 error waktu/total waktu_total "tiga jam" tidak dapat dibaca; tulis angka dan satuan, mis. "5 jam 15 menit" (jumlah alur utama: tidak dapat dihitung)'],
    },
    { name: 'no computable sum is left to other rules', text: times('2 jam', 'lama', '15 menit') + 'waktu_total: 3 jam\n', expected: [] },
    {
      name: 'days use the working-day length',
      text: times('1 hari', '1 jam', '15 menit') + 'waktu_total: 1 hari 1 jam 15 menit\n',
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(findings(text, total)).toEqual(expected);
  });

  it('fixes a single-valued total', () => {
    const text = VALID_SOP + 'waktu_total: 3 jam # jumlah\n';
    const [diagnostic] = lintText(text, { rules: [total] });
    expect(diagnostic!.fix).toBeDefined();
    expect(applyEdits(text, diagnostic!.fix!).text.split('\n')[37]).toBe('waktu_total: "3 jam 15 menit" # jumlah');
  });

  it('offers no fix for a range', () => {
    const [diagnostic] = lintText(times('1-2 jam', '1 jam', '15 menit') + 'waktu_total: 3 jam\n', { rules: [total] });
    expect(diagnostic!.fix).toBeUndefined();
  });

  it('speaks English', () => {
    expect(findings(VALID_SOP + 'waktu_total: 4 jam\n', total, { lang: 'en' })).toEqual([
      '38:14 error waktu/total waktu_total "4 jam" (4 hours) differs from the sum of the step times along the main path: 3 hours 15 minutes',
    ]);
  });
});

describe('waktu/batas', () => {
  it.each([
    {
      name: 'a step above the default 20 working days',
      text: times('2 jam', '120 Hari', '15 menit'),
      config: {},
      expected: ['31:12 warn waktu/batas Waktu kegiatan 2 "120 Hari" melebihi 20 hari untuk satu kegiatan; periksa angkanya atau pecah kegiatannya'],
    },
    { name: 'exactly 20 days is allowed', text: times('2 jam', '20 hari', '15 menit'), config: {}, expected: [] },
    {
      name: 'a range counts with its upper bound',
      text: times('2 jam', '10-25 hari', '15 menit'),
      config: {},
      expected: ['31:12 warn waktu/batas Waktu kegiatan 2 "10-25 hari" melebihi 20 hari untuk satu kegiatan; periksa angkanya atau pecah kegiatannya'],
    },
    {
      name: 'a configured minimum per step',
      text: times('2 Menit', '1 jam', '15 menit'),
      config: rulesConfig('waktu/batas', { min_langkah: '5 menit' }),
      expected: ['24:12 warn waktu/batas Waktu kegiatan 1 "2 Menit" kurang dari 5 menit; periksa apakah waktu itu wajar untuk kegiatannya'],
    },
    {
      name: 'a configured total maximum, at waktu_total',
      text: VALID_SOP + 'waktu_total: 3 jam 15 menit\n',
      config: rulesConfig('waktu/batas', { maks: '3 jam' }),
      expected: ['38:14 warn waktu/batas Jumlah waktu sepanjang alur utama (3 jam 15 menit) melebihi batas 3 jam'],
    },
    {
      name: 'a configured total maximum, at kegiatan when no total is written',
      text: VALID_SOP,
      config: rulesConfig('waktu/batas', { maks: '1 jam' }),
      expected: ['20:1 warn waktu/batas Jumlah waktu sepanjang alur utama (3 jam 15 menit) melebihi batas 1 jam'],
    },
    { name: 'no total maximum by default', text: times('5 hari', '5 hari', '5 hari'), config: {}, expected: [] },
    {
      name: 'an unreadable option is reported',
      text: VALID_SOP,
      config: rulesConfig('waktu/batas', { maks: 'lima hari' }),
      expected: ['1:1 warn waktu/batas Opsi maks aturan waktu/batas "lima hari" tidak dapat dibaca; tulis satu waktu, mis. "5 hari"'],
    },
  ])('$name', ({ text, config, expected }) => {
    expect(findings(text, batas, { config })).toEqual(expected);
  });

  it('finds "120 Hari" in the Balangan data seed (dates made schema-valid)', () => {
    const text = seed('pengumpulan-data-kinerja-balangan.sop.yaml').replace(/September 2023/g, '2023-09-01');
    expect(findings(text, batas)).toEqual([
      '100:12 warn waktu/batas Waktu kegiatan 7 "120 Hari" melebihi 20 hari untuk satu kegiatan; periksa angkanya atau pecah kegiatannya',
    ]);
  });

  it('finds "2 Menit" in the Balangan data seed with min_langkah configured', () => {
    const text = seed('pengumpulan-data-kinerja-balangan.sop.yaml').replace(/September 2023/g, '2023-09-01');
    expect(findings(text, batas, { config: rulesConfig('waktu/batas', { min_langkah: '5 menit' }) })).toEqual([
      '78:12 warn waktu/batas Waktu kegiatan 3 "2 Menit" kurang dari 5 menit; periksa apakah waktu itu wajar untuk kegiatannya',
      '100:12 warn waktu/batas Waktu kegiatan 7 "120 Hari" melebihi 20 hari untuk satu kegiatan; periksa angkanya atau pecah kegiatannya',
    ]);
  });
});

describe('waktu/seragam', () => {
  const four = VALID_SOP.replace(
    '  - uraian: Mengarsipkan dokumen',
    '  - uraian: Menggandakan dokumen\n    pelaksana: Staf\n    kelengkapan: Dokumen\n    waktu: 2 Jam\n    output: Salinan\n  - uraian: Mengarsipkan dokumen',
  );
  it.each([
    {
      name: 'four steps with one time',
      text: four.replace('waktu: 1 jam', 'waktu: 2 JAM').replace('waktu: 15 menit', 'waktu: 120 menit'),
      expected: ['24:12 info waktu/seragam Semua 4 kegiatan memiliki waktu yang sama ("2 jam"); perkirakan waktu setiap kegiatan tersendiri'],
    },
    { name: 'four steps, one different', text: four.replace('waktu: 1 jam', 'waktu: 2 jam'), expected: [] },
    { name: 'three steps with one time are too few to tell', text: times('2 jam', '2 jam', '2 jam'), expected: [] },
    { name: 'a missing time is not uniform', text: four.replace('    waktu: 1 jam\n', '').replace('waktu: 15 menit', 'waktu: 2 jam'), expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(findings(text, seragam)).toEqual(expected);
  });

  it('finds the uniform "2 Jam" of the Kebumen seed', () => {
    expect(findings(seed('skp-asn-kebumen.sop.yaml'), seragam)).toEqual([
      '61:12 info waktu/seragam Semua 6 kegiatan memiliki waktu yang sama ("2 Jam"); perkirakan waktu setiap kegiatan tersendiri',
    ]);
  });
});

it('the samples in sops/ are clean', () => {
  expect(sampleFindings(['waktu/format', 'waktu/total', 'waktu/batas', 'waktu/seragam'])).toEqual([]);
});
