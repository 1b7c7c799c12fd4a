import type { Citation, CitationRef } from './citation.js';
import { UUD_1945 } from './citation-tables.js';

/**
 * A parsed citation written back: its canonical form, the short name messages use, and the keys
 * that identify a regulation in the register and among an SOP's legal bases.
 */

/** Builds `<jenis> Nomor <n> Tahun <yyyy> tentang <judul>` from parts. */
export function buildCitation(jenisWithRegion: string, nomor: string, tahun: number | null, judul: string | null, yearInNumber: boolean): string {
  const year = tahun !== null && !yearInNumber ? ` Tahun ${tahun}` : '';
  return `${jenisWithRegion} Nomor ${nomor}${year}${judul ? ` tentang ${judul}` : ''}`;
}

/** Canonical jenis plus region: the jenis key of the register ("Peraturan Bupati Kebumen"). */
export function registerJenis(c: Citation): string | null {
  if (!c.jenis) return null;
  return c.regionText ? `${c.jenis} ${c.regionText}` : c.jenis;
}

/** A short name for messages: "Peraturan Pemerintah Nomor 46 Tahun 2011" (or the text as written). */
export function shortCitation(c: Citation): string {
  const jenis = registerJenis(c) ?? c.jenisWritten;
  if (jenis && c.nomor && c.tahun !== null) return `${jenis} Nomor ${c.nomor} Tahun ${c.tahun}`;
  if (c.jenis === UUD_1945) return UUD_1945;
  return c.text.length > 70 ? `${c.text.slice(0, 67)}...` : c.text;
}

/** The canonical form with the jenis as written (what dasar-hukum/format may fix without judging the jenis). */
export function formatTarget(c: Citation): string | null {
  if (c.rank === 1) return c.canonical;
  if (!c.jenisWritten || !c.nomor || c.kind !== 'peraturan') return null;
  const misspelt = c.problems.find((p) => p.code === 'jenis-salah-tulis');
  if (!misspelt) return c.canonical;
  return buildCitation(misspelt.written, c.nomor, c.tahun, c.judul, c.yearInNumber);
}

/** Identity of a regulation: register jenis, number and year, lower case. */
export function citationKey(c: Citation): string | null {
  const jenis = registerJenis(c);
  return jenis && c.nomor && c.tahun !== null ? refKey({ jenis, nomor: c.nomor, tahun: c.tahun }) : null;
}

export function refKey(ref: CitationRef): string {
  return `${ref.jenis.toLowerCase()}|${ref.nomor.toLowerCase()}|${ref.tahun}`;
}

/** Compares regulation numbers: numerically when both start with digits, else naturally. */
export function compareNomor(a: string, b: string): number {
  const na = /^\d+/.exec(a);
  const nb = /^\d+/.exec(b);
  if (na && nb && Number(na[0]) !== Number(nb[0])) return Number(na[0]) - Number(nb[0]);
  return a.localeCompare(b, 'id', { numeric: true, sensitivity: 'base' });
}
