import type { Rule } from '../rule.js';
import pelaksanaTidakDikenal from './pelaksana/tidak-dikenal.js';
import pelaksanaTidakDipakai from './pelaksana/tidak-dipakai.js';
import pelaksanaDuplikat from './pelaksana/duplikat.js';
import pelaksanaJumlah from './pelaksana/jumlah.js';
import pelaksanaGenerik from './pelaksana/generik.js';
import kegiatanKataKerja from './kegiatan/kata-kerja.js';
import mutuBakuLengkap from './mutu-baku/lengkap.js';
import waktuFormat from './waktu/format.js';
import waktuTotal from './waktu/total.js';
import waktuBatas from './waktu/batas.js';
import waktuSeragam from './waktu/seragam.js';
import alurMulaiSelesai from './alur/mulai-selesai.js';
import alurTujuan from './alur/tujuan.js';
import alurKeputusan from './alur/keputusan.js';
import alurTerjangkau from './alur/terjangkau.js';
import alurBuntu from './alur/buntu.js';
import alurKunciDiabaikan from './alur/kunci-diabaikan.js';
import keterkaitanTidakDitemukan from './keterkaitan/tidak-ditemukan.js';

/** Actors, steps, Mutu Baku, time, flow and cross-references, in documentation order. */
export const rules: Rule[] = [
  pelaksanaTidakDikenal,
  pelaksanaTidakDipakai,
  pelaksanaDuplikat,
  pelaksanaJumlah,
  pelaksanaGenerik,
  kegiatanKataKerja,
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
