import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findings, VALID_SOP, sampleFindings } from '../../../helpers/lint.js';
import kataKerja, { classifyFirstWord } from '../../../../src/lint/rules/kegiatan/kata-kerja.js';

/** The rules about an SOP's actors, steps, Mutu Baku, times, flow and cross-references. */

const ROOT = path.resolve(import.meta.dirname, '../../../..');

/** VALID_SOP with the first step's uraian (line 21, value at column 13) replaced. */
const withFirst = (uraian: string) => VALID_SOP.replace('uraian: Mengumpulkan data kinerja', `uraian: ${uraian}`);
const fixture = (name: string) => readFileSync(path.join(ROOT, 'test/fixtures/seeds', name), 'utf8');

describe('kegiatan/kata-kerja', () => {
  it.each([
    ['Pengetikan/penginputan kinerja pegawai', 'Uraian diawali kata benda "Pengetikan"; awali dengan kata kerja aktif, mis. "Mengetik"'],
    ['Penggandaan Dokumen Pengukuran Kinerja.', 'Uraian diawali kata benda "Penggandaan"; awali dengan kata kerja aktif, mis. "Menggandakan"'],
    ['Pengarsipan dokumen', 'Uraian diawali kata benda "Pengarsipan"; awali dengan kata kerja aktif, mis. "Mengarsipkan"'],
    ['Penerbitan surat izin', 'Uraian diawali kata benda "Penerbitan"; awali dengan kata kerja aktif'],
    ['Entri pada Aplikasi E-Kino', 'Uraian diawali "Entri", bukan kata kerja aktif (me-, ber-), mis. "Mengentri"'],
    ['Diperiksa oleh Kepala Seksi', 'Uraian diawali kata kerja pasif "Diperiksa"; tulis dalam bentuk aktif (me-, ber-)'],
    ['Kepala Dinas menandatangani surat', 'Uraian diawali "Kepala", bukan kata kerja aktif (me-, ber-)'],
    ['Berkas diteruskan ke Sekretaris', 'Uraian diawali "Berkas", bukan kata kerja aktif (me-, ber-)'],
    ['Melalui aplikasi mengirim data', 'Uraian diawali "Melalui", bukan kata kerja aktif (me-, ber-)'],
  ])('flags "%s"', (uraian, message) => {
    expect(findings(withFirst(uraian), kataKerja)).toEqual([`21:13 info kegiatan/kata-kerja ${message}`]);
  });

  it.each(['Mengumpulkan data', 'Merekap laporan', 'Mensosialisasikan laporan', 'Mengentri data', 'Memperbaiki konsep', 'Berkoordinasi dengan bidang', 'Menyetujui konsep'])(
    'accepts "%s"',
    (uraian) => {
      expect(findings(withFirst(uraian), kataKerja)).toEqual([]);
    },
  );

  it('speaks English', () => {
    expect(findings(withFirst('Pengarsipan dokumen'), kataKerja, { lang: 'en' })).toEqual([
      '21:13 info kegiatan/kata-kerja The description starts with the noun "Pengarsipan"; start it with an active verb, e.g. "Mengarsipkan"',
    ]);
  });

  it('classifies the first word', () => {
    expect(classifyFirstWord('  Menyusun laporan')).toEqual({ kind: 'ok' });
    expect(classifyFirstWord('Pengolahan data')).toEqual({ kind: 'nominal', word: 'Pengolahan', suggestion: 'Mengolah' });
  });

  it('finds the nominalised uraian of the Kebumen seed', () => {
    expect(findings(fixture('skp-asn-kebumen.sop.yaml'), kataKerja)).toEqual([
      '68:13 info kegiatan/kata-kerja Uraian diawali kata benda "Pengetikan"; awali dengan kata kerja aktif, mis. "Mengetik"',
      '78:13 info kegiatan/kata-kerja Uraian diawali kata benda "Penggandaan"; awali dengan kata kerja aktif, mis. "Menggandakan"',
      '83:13 info kegiatan/kata-kerja Uraian diawali kata benda "Pengarsipan"; awali dengan kata kerja aktif, mis. "Mengarsipkan"',
    ]);
  });

  it('finds the nominalised uraian of the Balangan SKP seed', () => {
    expect(findings(fixture('pengukuran-kinerja-skp-balangan.sop.yaml'), kataKerja)).toEqual([
      '77:13 info kegiatan/kata-kerja Uraian diawali kata benda "Pengetikan"; awali dengan kata kerja aktif, mis. "Mengetik"',
      '99:13 info kegiatan/kata-kerja Uraian diawali kata benda "Penggandaan"; awali dengan kata kerja aktif, mis. "Menggandakan"',
      '104:13 info kegiatan/kata-kerja Uraian diawali kata benda "Pengarsipan"; awali dengan kata kerja aktif, mis. "Mengarsipkan"',
    ]);
  });

  it('finds "Entri pada ..." in the Batumandi seed', () => {
    expect(findings(fixture('pengukuran-kinerja-triwulan-batumandi.sop.yaml'), kataKerja)).toEqual([
      '90:13 info kegiatan/kata-kerja Uraian diawali "Entri", bukan kata kerja aktif (me-, ber-), mis. "Mengentri"',
    ]);
  });

  it('the samples in sops/ are clean', () => {
    expect(sampleFindings(['kegiatan/kata-kerja'])).toEqual([]);
  });
});
