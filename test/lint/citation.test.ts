import { describe, expect, it } from 'vitest';
import { parseCitation, parseRegion, regionInText } from '../../src/lint/regulations/citation.js';
import { compareNomor, shortCitation } from '../../src/lint/regulations/citation-format.js';

const codes = (text: string) => parseCitation(text).problems.map((p) => p.code).sort();

describe('parseCitation on the seeds’ real citations', () => {
  it.each([
    [
      'Undang-Undang Republik Indonesia Nomor 23 Tahun 2014 tentang Pemerintahan Daerah.',
      { jenis: 'Undang-Undang', rank: 2, nomor: '23', tahun: 2014, judul: 'Pemerintahan Daerah' },
      'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
      ['republik-indonesia', 'tanda-baca'],
    ],
    [
      'Peraturan Pemerintah Republik Indonesia Nomor 12 Tahun 2019 Tentang Pengelolaan Keuangan Daerah',
      { jenis: 'Peraturan Pemerintah', rank: 3, nomor: '12', tahun: 2019, judul: 'Pengelolaan Keuangan Daerah' },
      'Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah',
      ['kata-tentang', 'republik-indonesia'],
    ],
    [
      'Permendagri No. 73 tahun 2009 tentang tata cara pelaksanaan evaluasi kinerja penyelenggaraan pemerintahan daerah',
      { jenis: 'Peraturan Menteri Dalam Negeri', jenisWritten: 'Permendagri', rank: 5, nomor: '73', tahun: 2009 },
      'Peraturan Menteri Dalam Negeri Nomor 73 Tahun 2009 tentang tata cara pelaksanaan evaluasi kinerja penyelenggaraan pemerintahan daerah',
      ['jenis-bentuk', 'kata-nomor', 'kata-tahun'],
    ],
    [
      'Peraturan Kepala Badan Kepegawaian Negara Nomor 1 Tahun 2013 Tentang Ketentuan Pelaksanaan Peraturan Pemerintah Nomor 46 Tahun 2011 Tentang Penilaian Prestasi Kerja Pegawai Negeri Sipil',
      { jenis: 'Peraturan Kepala Badan Kepegawaian Negara', rank: 5, nomor: '1', tahun: 2013 },
      'Peraturan Kepala Badan Kepegawaian Negara Nomor 1 Tahun 2013 tentang Ketentuan Pelaksanaan Peraturan Pemerintah Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja Pegawai Negeri Sipil',
      ['kata-tentang', 'kata-tentang'],
    ],
    [
      // The judul keeps its own capitals ("Dan", "Tentang" inside it) — only the joint is lowered.
      'Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 86 Tahun 2017 Tentang Tata Cara Perencanaan, Pengendalian Dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah Tentang Rencana Pembangunan',
      { jenis: 'Peraturan Menteri Dalam Negeri', rank: 5, nomor: '86', tahun: 2017 },
      'Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian Dan Evaluasi Pembangunan Daerah, Tata Cara Evaluasi Rancangan Peraturan Daerah Tentang Rencana Pembangunan',
      ['kata-tentang', 'republik-indonesia'],
    ],
    [
      'Peraturan Pemerintahan Nomor 8 Tahun 2008 tentang Tahapan Tatacara Penyusunan, Pengendalian, dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah',
      { jenis: 'Peraturan Pemerintah', jenisWritten: 'Peraturan Pemerintahan', rank: 3, nomor: '8', tahun: 2008 },
      'Peraturan Pemerintah Nomor 8 Tahun 2008 tentang Tahapan Tatacara Penyusunan, Pengendalian, dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah',
      ['jenis-salah-tulis'],
    ],
    [
      'Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/ Kota;',
      { jenis: 'Peraturan Menteri Dalam Negeri', rank: 5, region: null },
      'Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/ Kota',
      ['tanda-baca'],
    ],
    [
      'Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintahan',
      { jenis: 'Peraturan Presiden', rank: 4, nomor: '29', tahun: 2014 },
      'Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintahan',
      [],
    ],
  ])('%s', (text, fields, canonical, problems) => {
    const c = parseCitation(text);
    expect(c).toMatchObject({ kind: 'peraturan', ...fields });
    expect(c.canonical).toBe(canonical);
    expect(c.problems.map((p) => p.code).sort()).toEqual(problems);
  });
});

describe('parseCitation: numbers, abbreviations, regions', () => {
  it('reads a ministerial alphanumeric number and the year inside it', () => {
    const c = parseCitation('Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/21/M.PAN/11/2008 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan');
    expect(c).toMatchObject({ jenis: 'Peraturan Menteri Negara Pendayagunaan Aparatur Negara', rank: 5, nomor: 'PER/21/M.PAN/11/2008', tahun: 2008, yearInNumber: true, problems: [] });
    expect(c.canonical).toBe(c.text);
  });

  it('keeps "Tahun" for an alphanumeric number that also states it', () => {
    const c = parseCitation('Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/15/M.PAN/7/2008 Tahun 2008 tentang Pedoman Umum Reformasi Birokrasi');
    expect(c).toMatchObject({ nomor: 'PER/15/M.PAN/7/2008', tahun: 2008, yearInNumber: false, problems: [] });
  });

  it.each([
    ['UU Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara', 'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara'],
    ['Perppu Nomor 2 Tahun 2022 tentang Cipta Kerja', 'Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja'],
    ['PP 30/2019 tentang Penilaian Kinerja PNS', 'Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja PNS'],
    ['Perpres No 29 Tahun 2014 tentang SAKIP', 'Peraturan Presiden Nomor 29 Tahun 2014 tentang SAKIP'],
    ['PermenPAN-RB Nomor 35 Tahun 2012 tentang Pedoman SOP AP', 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman SOP AP'],
    ['Permenpan RB Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja', 'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja'],
    ['Perka BKN Nomor 1 Tahun 2013 tentang Ketentuan Pelaksanaan', 'Peraturan Kepala Badan Kepegawaian Negara Nomor 1 Tahun 2013 tentang Ketentuan Pelaksanaan'],
    ['Pergub Kalimantan Selatan Nomor 4 Tahun 2021 tentang X', 'Peraturan Gubernur Kalimantan Selatan Nomor 4 Tahun 2021 tentang X'],
    ['Perbup Kebumen Nomor 5 Tahun 2020 tentang Y', 'Peraturan Bupati Kebumen Nomor 5 Tahun 2020 tentang Y'],
    ['Perwali Batam Nomor 7 Tahun 2019 tentang Z', 'Peraturan Wali Kota Batam Nomor 7 Tahun 2019 tentang Z'],
    ['Peraturan Walikota Batam Nomor 7 Tahun 2019 tentang Z', 'Peraturan Wali Kota Batam Nomor 7 Tahun 2019 tentang Z'],
    ['Perda Kab. Balangan Nomor 5 Tahun 2016 tentang Perangkat Daerah', 'Peraturan Daerah Kabupaten Balangan Nomor 5 Tahun 2016 tentang Perangkat Daerah'],
    ['UUD 1945', 'Undang-Undang Dasar Negara Republik Indonesia Tahun 1945'],
  ])('%s', (text, canonical) => {
    expect(parseCitation(text).canonical).toBe(canonical);
  });

  it.each([
    ['Peraturan Daerah Provinsi Kalimantan Selatan Nomor 1 Tahun 2020 tentang A', 6, { level: 'provinsi', name: 'Kalimantan Selatan' }],
    ['Peraturan Gubernur Kalimantan Selatan Nomor 4 Tahun 2021 tentang B', 7, { level: 'provinsi', name: 'Kalimantan Selatan' }],
    ['Peraturan Daerah Kota Mataram Nomor 3 Tahun 2019 tentang C', 8, { level: 'kota', name: 'Mataram' }],
    ['Peraturan Bupati Kebumen Nomor 5 Tahun 2020 tentang D', 9, { level: 'kabupaten', name: 'Kebumen' }],
    ['Peraturan Wali Kota Batam Nomor 2 Tahun 2018 tentang E', 9, { level: 'kota', name: 'Batam' }],
    ['Peraturan Bupati Nomor 5 Tahun 2020 tentang Kedudukan Perangkat Daerah Kabupaten Balangan Tahun 2021', 9, { level: 'kabupaten', name: 'Balangan' }],
  ])('ranks and locates %s', (text, rank, region) => {
    expect(parseCitation(text)).toMatchObject({ rank, region });
  });

  it('flags missing number, year and title', () => {
    expect(codes('Peraturan Pemerintah tentang Pengelolaan Keuangan Daerah')).toEqual(['tanpa-nomor', 'tanpa-tahun']);
    expect(codes('Peraturan Pemerintah Nomor 12 tentang Pengelolaan Keuangan Daerah')).toEqual(['tanpa-tahun']);
    expect(codes('Peraturan Pemerintah Nomor 12 Tahun 2019')).toEqual(['tanpa-judul']);
    expect(parseCitation('Peraturan Pemerintah Nomor 12 tentang X').canonical).toBeNull();
  });

  it('tells regulations from other documents', () => {
    expect(parseCitation('ISO 9001:2015 klausul 7.5')).toMatchObject({ kind: 'standar', jenis: null, jenisWritten: 'ISO 9001:2015', rank: null });
    expect(parseCitation('Surat Edaran Menteri PANRB Nomor 3 Tahun 2021 tentang X')).toMatchObject({ kind: 'surat-edaran', rank: null });
    expect(parseCitation('Keputusan Bupati Balangan Nomor 188.45/123/2020 tentang Y')).toMatchObject({ kind: 'keputusan', rank: null });
    expect(parseCitation('Instruksi Presiden Nomor 7 Tahun 1999 tentang AKIP')).toMatchObject({ kind: 'instruksi' });
  });

  it('suggests a jenis for an unknown one without being certain', () => {
    const c = parseCitation('Peratuan Pemerintah Nomor 1 Tahun 2000 tentang A');
    expect(c).toMatchObject({ jenis: null, canonical: null, kind: 'tidak-dikenal' });
    expect(c.problems).toEqual([{ code: 'jenis-tidak-dikenal', written: 'Peratuan Pemerintah', suggestion: 'Peraturan Pemerintah' }]);
    expect(parseCitation('Nomor 12 Tahun 2019 tentang X').problems).toEqual([{ code: 'tanpa-jenis' }]);
  });

  it('keeps "Republik Indonesia" where it is part of a name', () => {
    const c = parseCitation('Peraturan Arsip Nasional Republik Indonesia Nomor 9 Tahun 2018 tentang Pedoman');
    expect(c).toMatchObject({ jenis: 'Peraturan Arsip Nasional Republik Indonesia', rank: 5, problems: [] });
  });

  it('finds amendments', () => {
    expect(parseCitation('Peraturan Pemerintah Nomor 17 Tahun 2020 tentang Perubahan atas Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil').amends).toEqual({
      jenis: 'Peraturan Pemerintah',
      nomor: '11',
      tahun: 2017,
    });
    expect(
      parseCitation('Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Cipta Kerja').amendedBy,
    ).toEqual([{ jenis: 'Undang-Undang', nomor: '6', tahun: 2023 }]);
  });

  it('names citations briefly and orders numbers naturally', () => {
    expect(shortCitation(parseCitation('Perbup Kebumen No. 5 tahun 2020 tentang Y'))).toBe('Peraturan Bupati Kebumen Nomor 5 Tahun 2020');
    expect(compareNomor('9', '12')).toBeLessThan(0);
    expect(compareNomor('PER/21/M.PAN/11/2008', 'PER/3/M.PAN/1/2008')).toBeGreaterThan(0);
  });

  it('parses governments and titles into regions', () => {
    expect(parseRegion('Pemerintah Kabupaten Balangan')).toEqual({ level: 'kabupaten', name: 'Balangan' });
    expect(parseRegion('Pemerintah Kota Batam')).toEqual({ level: 'kota', name: 'Batam' });
    expect(parseRegion('Pemerintah Provinsi Kalimantan Selatan')).toEqual({ level: 'provinsi', name: 'Kalimantan Selatan' });
    expect(regionInText('SOP di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota')).toBeNull();
  });
});

describe('regions with look-alike names', () => {
  it('does not read "Kotabaru" as a kota or "Kabupaten" twice', () => {
    expect(parseRegion('Pemerintah Kabupaten Kotabaru')).toEqual({ level: 'kabupaten', name: 'Kotabaru' });
    expect(parseCitation('Peraturan Bupati Kotabaru Nomor 1 Tahun 2020 tentang X').region).toEqual({ level: 'kabupaten', name: 'Kotabaru' });
    expect(parseCitation('Perda Kabupaten Bekasi Nomor 1 Tahun 2020 tentang X').canonical).toBe('Peraturan Daerah Kabupaten Bekasi Nomor 1 Tahun 2020 tentang X');
    expect(parseCitation('Perda Kab.Balangan Nomor 1 Tahun 2020 tentang X').region).toEqual({ level: 'kabupaten', name: 'Balangan' });
  });
});
