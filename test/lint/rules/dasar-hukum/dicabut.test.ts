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
  bidang: null,
  status: 'diganti',
  oleh: [{ jenis: 'Peraturan Bupati Balangan', nomor: '9', tahun: 2021 }],
  pasal: 'Pasal 20',
  berlakuSejak: '2021-03-01',
  sumber: 'https://jdih.balangankab.go.id/9-2021',
  catatan: null,
  diperiksa: '2026-11-01',
  ...over,
});
const inForce = entry({ nomor: '9', tahun: 2021, judul: 'Perangkat Daerah', status: 'berlaku', oleh: [], pasal: null, berlakuSejak: null });
const withDate = (text: string, date: string) => text.replace(/pembuatan: \S+/, `pembuatan: ${date}`).replace(/efektif: \S+/, `efektif: ${date}`);

describe('dasar-hukum/dicabut', () => {
  it('accepts regulations in force or unknown to the register', () => {
    expect(run(VALID_SOP)).toEqual([]);
    expect(run(dh('Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja PNS', 'Peraturan Bupati Tabalong Nomor 1 Tahun 2020 tentang X'))).toEqual([]);
  });

  it.each([
    [
      'Peraturan Pemerintah Republik Indonesia Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja Pegawai Negeri Sipil;',
      '14:5 error dasar-hukum/dicabut Peraturan Pemerintah Nomor 46 Tahun 2011 sudah dicabut dan diganti oleh Peraturan Pemerintah Nomor 30 Tahun 2019 (Pasal 64, berlaku 30 April 2019), sebelum SOP ini disahkan (1 Juli 2023): dasar hukum ini keliru sejak awal; sebut Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil (status per 2 Desember 2026; sumber: https://peraturan.go.id/id/pp-no-30-tahun-2019)',
    ],
    [
      // A parent revoked, no revoking text: info, never an error.
      'Perka BKN Nomor 1 Tahun 2013 tentang Ketentuan Pelaksanaan PP 46/2011',
      '14:5 info dasar-hukum/dicabut Peraturan Kepala Badan Kepegawaian Negara Nomor 1 Tahun 2013 perlu diperiksa: Peraturan induknya (PP 46/2011) dicabut oleh PP 30/2019; tidak ditemukan naskah yang mencabut Perka BKN 1/2013. Penilaian kinerja kini mengacu PP 30/2019 dan PermenPAN-RB 6/2022; penggantinya mungkin Peraturan Pemerintah Nomor 30 Tahun 2019 (status per 2 Desember 2026); periksa di JDIH atau peraturan.go.id',
    ],
    [
      // The old SOP regulation, as real SOPs spell it.
      'Permenpan Nomor PER/21/M.PAN/11/2008 tentang Pedoman Penyusunan SOP Administrasi Pemerintahan;',
      '14:5 info dasar-hukum/dicabut Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor PER/21/M.PAN/11/2008 Tahun 2008 perlu diperiksa: Diganti oleh PermenPAN-RB 35/2012 tentang Pedoman Penyusunan SOP Administrasi Pemerintahan (Ketentuan Penutup); pasal dan tanggal berlaku belum diverifikasi dari naskah resmi. Gunakan PermenPAN-RB 35/2012; penggantinya mungkin Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 (status per 2 Desember 2026); periksa di JDIH atau peraturan.go.id',
    ],
    [
      // Revoked by a text that was itself revoked: the chain ends at the law in force.
      'UU No. 8 Th. 1974 tentang Pokok-Pokok Kepegawaian',
      '14:5 error dasar-hukum/dicabut Undang-Undang Nomor 8 Tahun 1974 sudah dicabut dan diganti oleh Undang-Undang Nomor 5 Tahun 2014 (Pasal 136, berlaku 15 Januari 2014), sebelum SOP ini disahkan (1 Juli 2023): dasar hukum ini keliru sejak awal; sebut Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara (status per 2 Desember 2026; sumber: https://peraturan.go.id/id/uu-no-5-tahun-2014)',
    ],
    [
      'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
      '14:5 warn dasar-hukum/dicabut Undang-Undang Nomor 23 Tahun 2014 telah diubah dengan Undang-Undang Nomor 2 Tahun 2015 dan Undang-Undang Nomor 9 Tahun 2015; sebut perubahannya juga: "... sebagaimana telah diubah dengan Undang-Undang Nomor 2 Tahun 2015 dan Undang-Undang Nomor 9 Tahun 2015" (status per 2 Desember 2026; sumber: https://peraturan.go.id/id/uu-no-9-tahun-2015)',
    ],
  ])('%s', (citation, expected) => {
    expect(run(dh(citation))).toEqual([expected]);
  });

  it('says whether the revocation came before or after the SOP was signed, as far as the date is known', () => {
    const citation = 'Peraturan Bupati Balangan Nomor 5 Tahun 2016 tentang Perangkat Daerah';
    const register = createRegister([entry({}), inForce]);
    const found = (date: string) => run(withDate(dh(citation), date), register)[0];
    expect(found('2020-01-02')).toBe(
      '14:5 error dasar-hukum/dicabut Peraturan Bupati Balangan Nomor 5 Tahun 2016 sudah dicabut dan diganti oleh Peraturan Bupati Balangan Nomor 9 Tahun 2021 (Pasal 20, berlaku 1 Maret 2021), setelah SOP ini disahkan (2 Januari 2020): SOP perlu direvisi; sebut Peraturan Bupati Balangan Nomor 9 Tahun 2021 tentang Perangkat Daerah (status per 1 November 2026; sumber: https://jdih.balangankab.go.id/9-2021)',
    );
    expect(found('2021-03-01')).toContain('sebelum SOP ini disahkan (1 Maret 2021): dasar hukum ini keliru sejak awal');
  });

  it('leaves an amended regulation alone once its amendments are cited', () => {
    expect(run(dh('Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali, terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah'))).toEqual([]);
    expect(run(dh('UU 23/2014 tentang Pemerintahan Daerah', 'UU 2/2015 tentang Penetapan Perppu 2/2014', 'UU 9/2015 tentang Perubahan Kedua atas UU 23/2014'))).toEqual([]);
  });

  it('speaks English', () => {
    expect(run(dh('PP 46/2011 tentang Penilaian Prestasi Kerja PNS'), builtin, 'en')).toEqual([
      '14:5 error dasar-hukum/dicabut Peraturan Pemerintah Nomor 46 Tahun 2011 has been revoked and replaced by Peraturan Pemerintah Nomor 30 Tahun 2019 (Pasal 64, in force 30 April 2019), before this SOP was signed (1 July 2023): this legal basis was wrong from the start; cite Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil (status as of 2 December 2026; source: https://peraturan.go.id/id/pp-no-30-tahun-2019)',
    ]);
  });
});
