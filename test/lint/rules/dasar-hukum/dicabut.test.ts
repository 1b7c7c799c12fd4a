import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../../../helpers/lint.js';
import { createRegister, type RegisterEntry } from '../../../../src/lint/regulations/register.js';
import { loadBuiltinRegister } from '../../../../src/lint/regulations/load.js';
import rule from '../../../../src/lint/rules/dasar-hukum/dicabut.js';

const dh = (...items: string[]) => VALID_SOP.replace(/^dasar_hukum:\n(?: .*\n)*/m, `dasar_hukum:\n${items.map((i) => `  - ${i}\n`).join('')}`);
const builtin = loadBuiltinRegister();
const run = (text: string, register = builtin, lang: 'id' | 'en' = 'id') =>
  lintText(text, { rules: [rule], register, lang }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

const entry = (over: Partial<RegisterEntry>): RegisterEntry => ({
  jenis: 'Peraturan Bupati Balangan',
  nomor: '5',
  tahun: 2016,
  judul: 'Perangkat Daerah',
  status: 'dicabut',
  terverifikasi: true,
  diganti_oleh: null,
  sumber: 'JDIH Balangan',
  diperiksa: '2026-11-01',
  ...over,
});

describe('dasar-hukum/dicabut', () => {
  it('accepts regulations in force or unknown to the register', () => {
    expect(run(VALID_SOP)).toEqual([]);
    expect(run(dh('Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja PNS', 'Peraturan Bupati Tabalong Nomor 1 Tahun 2020 tentang X'))).toEqual([]);
  });

  it.each([
    [
      'Peraturan Pemerintah Republik Indonesia Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja Pegawai Negeri Sipil;',
      '14:5 error dasar-hukum/dicabut Peraturan Pemerintah Nomor 46 Tahun 2011 sudah dicabut; penggantinya: Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil (sumber: https://dev-jdihn.bphn.go.id/doc/1330629). Sebut peraturan yang berlaku',
    ],
    [
      'Perka BKN Nomor 1 Tahun 2013 tentang Ketentuan Pelaksanaan PP 46/2011',
      '14:5 error dasar-hukum/dicabut Peraturan Kepala Badan Kepegawaian Negara Nomor 1 Tahun 2013 sudah tidak berlaku; penggantinya: Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 8 Tahun 2021, kemudian Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara (sumber: Surat Edaran Menteri PANRB Nomor 3 Tahun 2021; yogyakarta.bkn.go.id (2022)). Sebut peraturan yang berlaku',
    ],
    [
      'Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/21/M.PAN/11/2008 tentang Pedoman Penyusunan SOP',
      '14:5 error dasar-hukum/dicabut Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/21/M.PAN/11/2008 Tahun 2008 sudah diganti; penggantinya: Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan (sumber: Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012). Sebut peraturan yang berlaku',
    ],
    [
      // Unverified: info, never an error.
      'Permendagri No. 73 tahun 2009 tentang tata cara evaluasi',
      '14:5 info dasar-hukum/dicabut Peraturan Menteri Dalam Negeri Nomor 73 Tahun 2009 mungkin usang; lihat Peraturan Pemerintah Nomor 13 Tahun 2019 dan Peraturan Menteri Dalam Negeri Nomor 18 Tahun 2020 (mengatur bidang yang sama); status ini belum terverifikasi (sumber: tidak dicatat), periksa di JDIH atau peraturan.go.id',
    ],
  ])('%s', (citation, expected) => {
    expect(run(dh(citation))).toEqual([expected]);
  });

  it('uses project entries, with and without a replacement, verified or not', () => {
    const citation = 'Peraturan Bupati Balangan Nomor 5 Tahun 2016 tentang Perangkat Daerah';
    expect(run(dh(citation), createRegister([entry({})]))).toEqual([
      '14:5 error dasar-hukum/dicabut Peraturan Bupati Balangan Nomor 5 Tahun 2016 sudah dicabut (sumber: JDIH Balangan); hapus atau ganti dengan peraturan yang berlaku',
    ]);
    expect(run(dh(citation), createRegister([entry({ terverifikasi: false, status: 'diganti', diganti_oleh: 'Peraturan Bupati Balangan Nomor 9 Tahun 2021' })]))).toEqual([
      '14:5 info dasar-hukum/dicabut Peraturan Bupati Balangan Nomor 5 Tahun 2016 mungkin diganti; lihat Peraturan Bupati Balangan Nomor 9 Tahun 2021; status ini belum terverifikasi (sumber: JDIH Balangan), periksa di JDIH atau peraturan.go.id',
    ]);
    expect(run(dh(citation), createRegister([entry({ status: 'usang' })]))).toEqual([
      '14:5 warn dasar-hukum/dicabut Peraturan Bupati Balangan Nomor 5 Tahun 2016 mungkin usang; status ini belum terverifikasi (sumber: JDIH Balangan), periksa di JDIH atau peraturan.go.id',
    ]);
    expect(run(dh(citation), createRegister([entry({ status: 'diubah' })]))).toEqual([]);
  });

  it('speaks English', () => {
    expect(run(dh('PP 46/2011 tentang Penilaian Prestasi Kerja PNS'), builtin, 'en')).toEqual([
      '14:5 error dasar-hukum/dicabut Peraturan Pemerintah Nomor 46 Tahun 2011 has been revoked; replaced by Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil (source: https://dev-jdihn.bphn.go.id/doc/1330629). Cite the regulation in force',
    ]);
  });
});
