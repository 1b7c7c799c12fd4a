import type { Rule } from './rule.js';
import identitasKosong from './rules/identitas/kosong.js';
import identitasTanggal from './rules/identitas/tanggal.js';
import identitasNip from './rules/identitas/nip.js';
import identitasNomorUnik from './rules/identitas/nomor-unik.js';
import identitasLogo from './rules/identitas/logo.js';
import dasarHukumFormat from './rules/dasar-hukum/format.js';
import dasarHukumJenis from './rules/dasar-hukum/jenis.js';
import dasarHukumUrutan from './rules/dasar-hukum/urutan.js';
import dasarHukumDuplikat from './rules/dasar-hukum/duplikat.js';
import dasarHukumDicabut from './rules/dasar-hukum/dicabut.js';
import dasarHukumTahun from './rules/dasar-hukum/tahun.js';
import dasarHukumWilayah from './rules/dasar-hukum/wilayah.js';
import pelaksanaTidakDikenal from './rules/pelaksana/tidak-dikenal.js';
import pelaksanaTidakDipakai from './rules/pelaksana/tidak-dipakai.js';
import pelaksanaDuplikat from './rules/pelaksana/duplikat.js';
import pelaksanaJumlah from './rules/pelaksana/jumlah.js';
import pelaksanaGenerik from './rules/pelaksana/generik.js';
import kegiatanKataKerja from './rules/kegiatan/kata-kerja.js';
import kegiatanKeterangan from './rules/kegiatan/keterangan.js';
import mutuBakuLengkap from './rules/mutu-baku/lengkap.js';
import waktuFormat from './rules/waktu/format.js';
import waktuTotal from './rules/waktu/total.js';
import waktuBatas from './rules/waktu/batas.js';
import waktuSeragam from './rules/waktu/seragam.js';
import alurMulaiSelesai from './rules/alur/mulai-selesai.js';
import alurTujuan from './rules/alur/tujuan.js';
import alurKeputusan from './rules/alur/keputusan.js';
import alurTerjangkau from './rules/alur/terjangkau.js';
import alurBuntu from './rules/alur/buntu.js';
import alurKunciDiabaikan from './rules/alur/kunci-diabaikan.js';
import keterkaitanTidakDitemukan from './rules/keterkaitan/tidak-ditemukan.js';

/**
 * Every rule, in documentation order (identitas, dasar hukum, pelaksana, kegiatan, Mutu Baku,
 * waktu, alur, keterkaitan). Each lives in rules/<group>/<name>.ts with its page in
 * docs/rules/<group>/<name>.md and its tests in test/lint/rules/<group>/<name>.test.ts.
 */
export const rules: readonly Rule[] = [
  identitasKosong,
  identitasTanggal,
  identitasNip,
  identitasNomorUnik,
  identitasLogo,
  dasarHukumFormat,
  dasarHukumJenis,
  dasarHukumUrutan,
  dasarHukumDuplikat,
  dasarHukumDicabut,
  dasarHukumTahun,
  dasarHukumWilayah,
  pelaksanaTidakDikenal,
  pelaksanaTidakDipakai,
  pelaksanaDuplikat,
  pelaksanaJumlah,
  pelaksanaGenerik,
  kegiatanKataKerja,
  kegiatanKeterangan,
  mutuBakuLengkap,
  waktuFormat,
  waktuTotal,
  waktuBatas,
  waktuSeragam,
  alurMulaiSelesai,
  alurTujuan,
  alurKeputusan,
  alurTerjangkau,
  alurBuntu,
  alurKunciDiabaikan,
  keterkaitanTidakDitemukan,
];

/** Ids the engine reports itself (not in the registry). */
export const CORE_RULE_IDS = ['yaml', 'skema', 'komentar-sop'] as const;

/** The rules of some groups (`identitas`, `dasar-hukum`, …), in documentation order. */
export function rulesIn(...groups: readonly string[]): Rule[] {
  return rules.filter((r) => groups.includes(r.meta.id.split('/')[0]!));
}
