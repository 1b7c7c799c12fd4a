import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findings, VALID_SOP, sampleFindings } from '../../../helpers/lint.js';
import type { ProjectConfig } from '../../../../src/config/types.js';
import tidakDikenal from '../../../../src/lint/rules/pelaksana/tidak-dikenal.js';
import tidakDipakai from '../../../../src/lint/rules/pelaksana/tidak-dipakai.js';
import duplikat from '../../../../src/lint/rules/pelaksana/duplikat.js';
import jumlah from '../../../../src/lint/rules/pelaksana/jumlah.js';
import generik, { isGenericActor } from '../../../../src/lint/rules/pelaksana/generik.js';

/** The rules about an SOP's actors, steps, Mutu Baku, times, flow and cross-references. */

const ROOT = path.resolve(import.meta.dirname, '../../../..');

/** VALID_SOP up to `pelaksana:` (15 lines): the lines given here start at line 16. */
const HEAD = VALID_SOP.slice(0, VALID_SOP.indexOf('pelaksana:\n'));
const sop = (...lines: string[]) => HEAD + lines.join('\n') + '\n';
const step = (uraian: string, pelaksana: string) => [
  `  - uraian: ${uraian}`,
  `    pelaksana: ${pelaksana}`,
  '    kelengkapan: Dokumen',
  '    waktu: 1 jam',
  '    output: Dokumen',
];
const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/seeds', name), 'utf8');

describe('pelaksana/tidak-dikenal', () => {
  it.each([
    {
      name: 'a typo of a name gets a did-you-mean',
      text: sop('pelaksana:', '  - Staf', '  - Atasan Langsung', 'kegiatan:', ...step('Mengumpulkan data', 'Staf'), ...step('Memeriksa data', 'Atasan Langsng')),
      expected: ['26:16 error pelaksana/tidak-dikenal Pelaksana "Atasan Langsng" tidak ada di daftar pelaksana; maksud Anda "Atasan Langsung"?'],
    },
    {
      name: 'a typo of an id gets a did-you-mean',
      text: sop('pelaksana:', '  - id: kasubbag', '    nama: Kasubbag Umum', '  - Staf', 'kegiatan:', ...step('Mengumpulkan data', 'kasubag'), ...step('Memeriksa data', 'Staf')),
      expected: ['22:16 error pelaksana/tidak-dikenal Pelaksana "kasubag" tidak ada di daftar pelaksana; maksud Anda "kasubbag"?'],
    },
    {
      name: 'an unrelated name lists the declared actors',
      text: sop('pelaksana:', '  - Staf', '  - Atasan Langsung', 'kegiatan:', ...step('Mengumpulkan data', 'Kepala Dinas'), ...step('Memeriksa data', 'Staf')),
      expected: ['21:16 error pelaksana/tidak-dikenal Pelaksana "Kepala Dinas" tidak ada di daftar pelaksana (Staf, Atasan Langsung); tambahkan ke `pelaksana` atau tulis id/namanya dengan benar'],
    },
    {
      name: 'id, printed name and differently-cased name all resolve',
      text: sop('pelaksana:', '  - Staf', '  - id: kasubbag', '    nama: Kasubbag Umum', 'kegiatan:', ...step('Mengumpulkan data', 'staf'), ...step('Memeriksa data', 'kasubbag'), ...step('Mengarsipkan data', 'KASUBBAG  umum')),
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(findings(text, tidakDikenal)).toEqual(expected);
  });

  it('speaks English', () => {
    const text = sop('pelaksana:', '  - Staf', 'kegiatan:', ...step('Mengumpulkan data', 'Stf'));
    expect(findings(text, tidakDikenal, { lang: 'en' })).toEqual(['20:16 error pelaksana/tidak-dikenal Actor "Stf" is not in the list of actors; did you mean "Staf"?']);
  });
});

describe('pelaksana/tidak-dipakai', () => {
  it.each([
    {
      name: 'a plain-string actor without a step',
      text: sop('pelaksana:', '  - Staf', '  - Sekretaris', 'kegiatan:', ...step('Mengumpulkan data', 'Staf')),
      expected: ['18:5 warn pelaksana/tidak-dipakai Pelaksana "Sekretaris" tidak melaksanakan kegiatan apa pun; kolomnya akan kosong — hapus atau beri kegiatan'],
    },
    {
      name: 'an {id, nama} actor without a step points at the entry',
      text: sop('pelaksana:', '  - Staf', '  - id: ses', '    nama: Sekretaris', 'kegiatan:', ...step('Mengumpulkan data', 'Staf')),
      expected: ['18:5 warn pelaksana/tidak-dipakai Pelaksana "Sekretaris" tidak melaksanakan kegiatan apa pun; kolomnya akan kosong — hapus atau beri kegiatan'],
    },
    { name: 'every actor used', text: VALID_SOP, expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(findings(text, tidakDipakai)).toEqual(expected);
  });

  it('finds the unused "Para Pegawai" of the Balangan SKP seed', () => {
    expect(findings(fixture('pengukuran-kinerja-skp-balangan.sop.yaml'), tidakDipakai)).toEqual([
      '62:5 warn pelaksana/tidak-dipakai Pelaksana "Para Pegawai" tidak melaksanakan kegiatan apa pun; kolomnya akan kosong — hapus atau beri kegiatan',
    ]);
  });
});

describe('pelaksana/duplikat', () => {
  it.each([
    {
      name: 'the same name, differently cased and spaced',
      text: sop('pelaksana:', '  - Staf Umum', '  - Sekretaris', '  - staf  umum', 'kegiatan:', ...step('Mengumpulkan data', 'Staf Umum'), ...step('Memeriksa data', 'Sekretaris')),
      expected: ['19:5 error pelaksana/duplikat Pelaksana "staf  umum" sudah dinyatakan sebagai kolom ke-1; satu jabatan satu kolom'],
    },
    {
      name: 'the same explicit id',
      text: sop('pelaksana:', '  - id: kasi', '    nama: Kepala Seksi Umum', '  - id: kasi', '    nama: Kepala Seksi Program', 'kegiatan:', ...step('Mengumpulkan data', 'kasi')),
      expected: ['19:5 error pelaksana/duplikat Id pelaksana "kasi" sudah dipakai oleh kolom ke-1 ("Kepala Seksi Umum"); beri id yang lain'],
    },
    {
      name: 'an explicit id equal to another actor’s derived id',
      text: sop('pelaksana:', '  - Staf', '  - id: staf', '    nama: Staf Keuangan', 'kegiatan:', ...step('Mengumpulkan data', 'Staf')),
      expected: ['18:5 error pelaksana/duplikat Id pelaksana "staf" sudah dipakai oleh kolom ke-1 ("Staf"); beri id yang lain'],
    },
    { name: 'distinct actors', text: VALID_SOP, expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(findings(text, duplikat)).toEqual(expected);
  });
});

describe('pelaksana/jumlah', () => {
  const actors = (n: number) => Array.from({ length: n }, (_, i) => `  - Jabatan ${i + 1}`);
  it.each<{ name: string; text: string; config: Partial<ProjectConfig>; expected: string[] }>([
    {
      name: 'nine columns are more than the default eight',
      text: sop('pelaksana:', ...actors(9), 'kegiatan:', ...step('Mengumpulkan data', 'Jabatan 1')),
      config: {},
      expected: ['16:1 warn pelaksana/jumlah SOP ini memiliki 9 kolom pelaksana, lebih dari 8; kolom akan terlalu sempit — gabungkan jabatan atau pecah SOP'],
    },
    { name: 'eight columns fit', text: sop('pelaksana:', ...actors(8), 'kegiatan:', ...step('Mengumpulkan data', 'Jabatan 1')), config: {}, expected: [] },
    {
      name: 'the maximum is an option',
      text: sop('pelaksana:', ...actors(4), 'kegiatan:', ...step('Mengumpulkan data', 'Jabatan 1')),
      config: { lint: { rules: { 'pelaksana/jumlah': ['warn', { maks: 3 }] }, overrides: [], register: null } },
      expected: ['16:1 warn pelaksana/jumlah SOP ini memiliki 4 kolom pelaksana, lebih dari 3; kolom akan terlalu sempit — gabungkan jabatan atau pecah SOP'],
    },
    {
      name: 'a single actor is a technical SOP (info)',
      text: sop('pelaksana:', '  - Arsiparis', 'kegiatan:', ...step('Mengarsipkan data', 'Arsiparis')),
      config: {},
      expected: ['16:1 info pelaksana/jumlah SOP ini hanya memiliki satu pelaksana ("Arsiparis"): itu SOP teknis, bukan SOP administrasi pemerintahan'],
    },
  ])('$name', ({ text, config, expected }) => {
    expect(findings(text, jumlah, { config })).toEqual(expected);
  });
});

describe('pelaksana/generik', () => {
  it.each([
    ['Pelaksana', true],
    ['Petugas', true],
    ['Para Pegawai', true],
    ['Pegawai', true],
    ['Staff/Pegawai', true],
    ['Seluruh pegawai', true],
    ['Staf', false],
    ['Staf Pelaksana', false],
    ['Petugas Front Office', false],
    ['Pengadministrasi Kepegawaian', false],
  ])('%s → %s', (name, generic) => {
    expect(isGenericActor(name)).toBe(generic);
  });

  it('points at the name of an {id, nama} entry', () => {
    const text = sop('pelaksana:', '  - Staf', '  - id: ptg', '    nama: Petugas', 'kegiatan:', ...step('Mengumpulkan data', 'Staf'), ...step('Memeriksa data', 'ptg'));
    expect(findings(text, generik)).toEqual([
      '19:11 info pelaksana/generik Pelaksana "Petugas" adalah sebutan umum; tulis jabatannya (mis. "Pengadministrasi Kepegawaian", "Staf Subbagian Umum")',
    ]);
  });

  it.each([
    ['pengukuran-kinerja-skp-balangan.sop.yaml', '62:5', 'Para Pegawai'],
    ['pengukuran-kinerja-triwulan-batumandi.sop.yaml', '52:5', 'Pelaksana'],
    ['skp-asn-kebumen.sop.yaml', '48:5', 'Staff/Pegawai'],
  ])('finds the generic actor of seed %s', (file, at, name) => {
    expect(findings(fixture(file), generik)).toEqual([
      `${at} info pelaksana/generik Pelaksana "${name}" adalah sebutan umum; tulis jabatannya (mis. "Pengadministrasi Kepegawaian", "Staf Subbagian Umum")`,
    ]);
  });
});

it('the samples in sops/ are clean', () => {
  expect(sampleFindings(['pelaksana/tidak-dikenal', 'pelaksana/tidak-dipakai', 'pelaksana/duplikat', 'pelaksana/jumlah', 'pelaksana/generik'])).toEqual([]);
});
