import { closest } from '../../util/strings.js';
import {
  AGENCY_ABBREVIATIONS,
  CANONICAL_JENIS,
  MINISTER_WORDS,
  MINISTRIES,
  MINISTRY_ABBREVIATIONS,
  MINISTRY_ENACTED_VARIANTS,
  MISSPELLINGS,
  NATIONAL_JENIS,
  OLD_PAN,
  PAN_ABBREVIATIONS,
  PAN_AMBIGUOUS,
  REGION_STOP_WORDS,
  UUD_1945,
  WHOLE_ABBREVIATIONS,
} from './citation-tables.js';
import { buildCitation, refKey, registerJenis } from './citation-format.js';

/**
 * The one parser of legal-basis citations (dasar hukum), shared by the dasar-hukum/* rules and the
 * register loader. Canonical form (UU 12/2011, Lampiran II):
 *   <Jenis> Nomor <n> Tahun <yyyy> tentang <Judul>
 * A ministerial number that carries its year (PER/21/M.PAN/11/2008) needs no "Tahun".
 * What it knows of jenis and ministries is in citation-tables.ts; writing a parsed citation back
 * (canonical form, short name, keys) is citation-format.ts.
 */

export type CitationKind = 'peraturan' | 'keputusan' | 'surat-edaran' | 'instruksi' | 'standar' | 'tidak-dikenal';

export type RegionLevel = 'provinsi' | 'kabupaten' | 'kota';

export interface Region {
  /** Null when the text names the region without saying Provinsi/Kabupaten/Kota. */
  level: RegionLevel | null;
  name: string;
}

export type CitationProblem =
  | { code: 'spasi' }
  | { code: 'tanda-baca'; written: string }
  | { code: 'republik-indonesia' }
  /** The jenis (or region) written as an abbreviation, a variant spelling or in the wrong case. */
  | { code: 'jenis-bentuk'; written: string; expected: string }
  | { code: 'kata-nomor'; written: string }
  | { code: 'kata-tahun'; written: string }
  | { code: 'kata-tentang'; written: string }
  | { code: 'tanpa-nomor' }
  | { code: 'tanpa-tahun' }
  | { code: 'tanpa-judul' }
  | { code: 'jenis-salah-tulis'; written: string; expected: string }
  | { code: 'jenis-tidak-dikenal'; written: string; suggestion: string | null }
  | { code: 'tanpa-jenis' };

/** A regulation named inside another citation ("Perubahan atas …", "sebagaimana telah diubah dengan …"). */
export interface CitationRef {
  /** Register jenis: canonical jenis plus region, e.g. "Peraturan Bupati Kebumen". */
  jenis: string;
  nomor: string;
  tahun: number;
}

export interface Citation {
  /** The text as written (trimmed). */
  text: string;
  kind: CitationKind;
  /** Canonical jenis without the region, e.g. "Peraturan Pemerintah", "Peraturan Bupati"; null when unknown. */
  jenis: string | null;
  /** The jenis words as written (without "Republik Indonesia" and the region). */
  jenisWritten: string | null;
  /** Rank in the hierarchy, 1 = UUD 1945 … 9 = Peraturan Bupati/Wali Kota; null when not a known peraturan. */
  rank: number | null;
  region: Region | null;
  /** The region words as they belong after the jenis ("Kebumen", "Kabupaten Balangan"). */
  regionText: string | null;
  nomor: string | null;
  tahun: number | null;
  judul: string | null;
  /** The canonical citation; null when it cannot be built (unknown jenis, no number or no year). */
  canonical: string | null;
  problems: CitationProblem[];
  amends: CitationRef | null;
  amendedBy: CitationRef[];
  /** True when the year is read from an alphanumeric number (PER/21/M.PAN/11/2008) and no "Tahun" is written. */
  yearInNumber: boolean;
}

interface JenisMatch {
  jenis: string;
  rank: number;
  regionText: string | null;
  region: Region | null;
  /** The canonical jenis words plus region as they should be written. */
  expected: string;
  misspelt: boolean;
}

const normaliseSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();
const lower = (s: string) => s.toLowerCase();

const REGION_PREFIX = /^(?:(provinsi|kabupaten|kota)\s+|(prov|kab)(?:\.\s*|\s+))(.+)$/i;

function expandRegionText(rest: string): string {
  const m = REGION_PREFIX.exec(rest);
  if (!m) return rest;
  const word = lower(m[1] ?? m[2]!);
  const full = word.startsWith('prov') ? 'Provinsi' : word.startsWith('kab') ? 'Kabupaten' : 'Kota';
  return `${full} ${m[3]}`;
}

/** "Kabupaten Balangan" → { kabupaten, Balangan }; a bare name keeps the level the jenis implies. */
export function parseRegion(text: string, implied: RegionLevel | null = null): Region | null {
  const t = normaliseSpaces(text).replace(/^pemerintah(\s+daerah)?\s+/i, '');
  if (!t) return null;
  const m = REGION_PREFIX.exec(t);
  if (m) {
    const word = lower(m[1] ?? m[2]!);
    const level: RegionLevel = word.startsWith('prov') ? 'provinsi' : word.startsWith('kab') ? 'kabupaten' : 'kota';
    return { level, name: normaliseSpaces(m[3]!) };
  }
  return { level: implied, name: t };
}

/** The first "Provinsi/Kabupaten/Kota <Name>" in a title. */
export function regionInText(text: string): Region | null {
  const re = /\b(Provinsi|Kabupaten|Kota)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const words: string[] = [];
    for (const word of m[2]!.split(/\s+/)) {
      if (REGION_STOP_WORDS.has(lower(word))) break;
      words.push(word);
    }
    if (!words.length) continue;
    const level = lower(m[1]!) as RegionLevel;
    return { level, name: words.join(' ') };
  }
  return null;
}

function regional(jenis: string, rest: string, implied: RegionLevel | null, enactedWord: string = jenis): JenisMatch {
  const region = rest ? parseRegion(rest, implied) : null;
  // A Pergub/Perbup/Perwal bears the region's bare name ("Peraturan Bupati Kebumen"); the level
  // word after it ("Peraturan Bupati Kabupaten Kebumen") repeats the jenis. A Perda names the level.
  const levelRepeated = implied !== null && region?.level === implied && REGION_PREFIX.test(normaliseSpaces(rest));
  const regionText = !rest ? null : levelRepeated ? region!.name : expandRegionText(rest);
  let rank: number;
  if (jenis === 'Peraturan Daerah') rank = region?.level === 'provinsi' ? 6 : 8;
  else if (jenis === 'Peraturan Gubernur') rank = 7;
  else rank = 9;
  return { jenis, rank, regionText, region, expected: regionText ? `${enactedWord} ${regionText}` : enactedWord, misspelt: false };
}

const plain = (jenis: string, rank: number, misspelt = false): JenisMatch => ({ jenis, rank, regionText: null, region: null, expected: jenis, misspelt });

/** The number and year a citation names, which tell the two PAN ministries apart. */
interface Era {
  nomor: string | null;
  tahun: number | null;
}

/**
 * The PAN ministry a short name means: the Menteri Negara PAN up to 2009 (numbers "PER/…/M.PAN/…"),
 * the Menteri PAN dan RB from 2010 on.
 */
function panMinistry({ nomor, tahun }: Era): string {
  if (nomor && /M\.?\s*PAN/i.test(nomor) && !/RB/i.test(nomor)) return OLD_PAN;
  if (tahun !== null && tahun < 2010) return OLD_PAN;
  return PANRB_NAME;
}

const PANRB_NAME = 'Pendayagunaan Aparatur Negara dan Reformasi Birokrasi';

/** Undang-Undang, Perppu, Peraturan Pemerintah, Peraturan Presiden: written out, abbreviated or misspelt. */
function matchNational(written: string, era: Era): JenisMatch | null {
  const w = lower(written);
  if (PAN_ABBREVIATIONS.has(w)) return plain(`Peraturan Menteri ${panMinistry(era)}`, 5);
  const national = NATIONAL_JENIS.find((n) => w === lower(n.jenis));
  if (national) return plain(national.jenis, national.rank);
  if (WHOLE_ABBREVIATIONS[w]) return plain(WHOLE_ABBREVIATIONS[w]!.jenis, WHOLE_ABBREVIATIONS[w]!.rank);
  if (MISSPELLINGS[w]) return plain(MISSPELLINGS[w]!.jenis, MISSPELLINGS[w]!.rank, true);
  return null;
}

/** Regulations of ministries and central agencies (rank 5). */
function matchCentral(written: string, era: Era): JenisMatch | null {
  let m = MINISTER_WORDS.exec(written);
  if (m) {
    const ministryWritten = normaliseSpaces(m[1]!);
    const w = lower(ministryWritten);
    const enacted = MINISTRY_ENACTED_VARIANTS[w];
    // Written as the regulation was enacted: the key is the canonical ministry, the text stands.
    if (enacted) return { ...plain(`Peraturan Menteri ${enacted}`, 5), expected: `Peraturan Menteri ${ministryWritten}` };
    const short = MINISTRY_ABBREVIATIONS[w];
    const known = short === PAN_AMBIGUOUS ? panMinistry(era) : (short ?? MINISTRIES.find((x) => lower(x) === w) ?? ministryWritten);
    return plain(`Peraturan Menteri ${known}`, 5);
  }
  m = /^(?:peraturan kepala|perka)\s+(.+)$/i.exec(written);
  if (m) {
    const agency = AGENCY_ABBREVIATIONS[lower(m[1]!)] ?? m[1]!;
    return plain(`Peraturan Kepala ${agency}`, 5);
  }
  m = /^peraturan\s+(bkn|lan|anri|bpkp|bps|bnpb)$/i.exec(written);
  if (m) return plain(`Peraturan ${AGENCY_ABBREVIATIONS[lower(m[1]!)]}`, 5);
  m = /^peraturan\s+((?:badan|lembaga|arsip nasional|komisi|kepolisian|mahkamah|otoritas|bank indonesia)\b.*)$/i.exec(written);
  if (m) return plain(`Peraturan ${m[1]}`, 5);
  return null;
}

/** Regional regulations (Perda, Pergub, Perbup, Perwal) with the region written after them. */
function matchRegional(written: string): JenisMatch | null {
  let m = /^(?:peraturan daerah|perda)(?:\s+(.+))?$/i.exec(written);
  if (m) return regional('Peraturan Daerah', m[1] ?? '', null);
  m = /^(?:peraturan gubernur|pergub)(?:\s+(.+))?$/i.exec(written);
  if (m) return regional('Peraturan Gubernur', m[1] ?? '', 'provinsi');
  m = /^(?:peraturan bupati|perbup|perbub)(?:\s+(.+))?$/i.exec(written);
  if (m) return regional('Peraturan Bupati', m[1] ?? '', 'kabupaten');
  // "Peraturan Walikota" is how many cities enacted theirs: the same jenis, not corrected.
  m = /^(peraturan walikota)(?:\s+(.+))?$/i.exec(written);
  if (m) return regional('Peraturan Wali Kota', m[2] ?? '', 'kota', m[1] === 'Peraturan Walikota' ? 'Peraturan Walikota' : 'Peraturan Wali Kota');
  m = /^(?:peraturan wali\s+kota|perwal|perwali|perwako)(?:\s+(.+))?$/i.exec(written);
  if (m) return regional('Peraturan Wali Kota', m[1] ?? '', 'kota');
  return null;
}

function matchJenis(written: string, era: Era): JenisMatch | null {
  // "Undang - Undang", "Permenpan - RB": the dash with spaces around it is the same word.
  const w = written.replace(/\s*-\s*/g, '-');
  return matchNational(w, era) ?? matchCentral(w, era) ?? matchRegional(w);
}

/** A did-you-mean for an unknown jenis (not certain enough to fix). */
function suggestJenis(written: string): string | null {
  const whole = closest(written, CANONICAL_JENIS);
  if (whole) return whole;
  const words = written.split(' ');
  for (const n of [3, 2]) {
    if (words.length <= n) continue;
    const head = words.slice(0, n).join(' ');
    const family = closest(head, CANONICAL_JENIS);
    if (family) return normaliseSpaces(`${family} ${words.slice(n).join(' ')}`);
  }
  return null;
}

function nonRegulationKind(text: string): CitationKind | null {
  if (/^(iso|sni)\b/i.test(text)) return 'standar';
  if (/^(surat edaran|se)\b/i.test(text)) return 'surat-edaran';
  if (/^(instruksi|inpres|inmendagri)\b/i.test(text)) return 'instruksi';
  if (/^(keputusan|kepmen\w*|keppres|kepres|sk)\b/i.test(text)) return 'keputusan';
  return null;
}

/** A regulation named inside a title: written out or abbreviated, "Nomor 9 Tahun 2015" or "9/2015". */
const REF_RE =
  /(?:Undang-Undang|UU|Peraturan(?:\s+[A-Z][\w/-]*)+|PP|Perpres|Perppu|Perpu|Permendagri|Permenpan(?:[- ]?RB)?|PermenPAN(?:[- ]?RB)?|Perda|Perbup|Pergub|Perwal|Perwali)(?:\s+(?:Republik Indonesia|RI))?\s+(?:(?:Nomor|No\.?)\s*:?\s*\S+\s+(?:[Tt]ahun|TAHUN|Th\.?|Thn\.?)\s+\d{4}|(?:No\.?\s*)?\d+[A-Za-z]?\s*\/\s*\d{4})/g;

function refOf(text: string): CitationRef | null {
  const c = parseCitation(text);
  const jenis = registerJenis(c);
  return jenis && c.nomor && c.tahun !== null ? { jenis, nomor: c.nomor, tahun: c.tahun } : null;
}

/** What introduces an amending regulation: "diubah dengan …", "… dan …", "jo. …" (not "atas", "Penetapan"). */
const AMENDMENT_JOINT = /(?:\b(?:dengan|oleh|diubah|dan|serta)|\bjo\.?|[,;])\s*$/i;

/**
 * The regulations an amendment clause names as amending, in order: those a joint introduces, not
 * those inside an amending regulation's own title ("… tentang Perubahan Kedua atas UU 23/2014 …").
 */
function amendingRefs(clause: string): CitationRef[] {
  const refs: CitationRef[] = [];
  for (const match of clause.matchAll(REF_RE)) {
    if (!AMENDMENT_JOINT.test(clause.slice(0, match.index))) continue;
    const ref = refOf(match[0]);
    if (ref && !refs.some((r) => refKey(r) === refKey(ref))) refs.push(ref);
  }
  return refs;
}

/** The regulations a title names as amended ("Perubahan atas …") and as amending ("sebagaimana telah diubah …", "jo."). */
function amendmentsIn(judul: string): { amends: CitationRef | null; amendedBy: CitationRef[] } {
  let amends: CitationRef | null = null;
  const base = /^perubahan(?:\s+\w+)?\s+atas\s+(.+)$/i.exec(judul);
  if (base) {
    const first = base[1]!.match(REF_RE)?.[0];
    if (first) amends = refOf(first);
  }
  const clause = /sebagaimana\s+(?:telah\s+)?.*?diubah|\bjo\.?\s/i.exec(judul);
  return { amends, amendedBy: clause ? amendingRefs(judul.slice(clause.index)) : [] };
}

/*
 * The parser reads a citation in steps, each noting the problems of its part in `problems` (in the
 * order they stand in the text): the form (spaces, trailing punctuation), then the kind (a
 * non-regulation or UUD 1945 ends there), the title after "tentang", the year, the number,
 * "Republik Indonesia", the jenis, the missing parts, and the title's amendments.
 */

function emptyCitation(text: string): Citation {
  return {
    text,
    kind: 'peraturan',
    jenis: null,
    jenisWritten: null,
    rank: null,
    region: null,
    regionText: null,
    nomor: null,
    tahun: null,
    judul: null,
    canonical: null,
    problems: [],
    amends: null,
    amendedBy: [],
    yearInNumber: false,
  };
}

/** The text with single spaces and no trailing punctuation (both noted). */
function withoutStrayForm(c: Citation): string {
  const work = normaliseSpaces(c.text);
  if (work !== c.text) c.problems.push({ code: 'spasi' });
  // "…; dan" ends the last but one item of a list.
  const punct = /\s*([;.,:]+(?:\s*dan)?)$/i.exec(work);
  if (!punct) return work;
  c.problems.push({ code: 'tanda-baca', written: punct[1]! });
  return work.slice(0, punct.index);
}

/**
 * A Keputusan, Surat Edaran, Instruksi or standard: its kind, its name and (but for a standard) its
 * number and year are read; its form is not judged, so problems other than the stray form are not noted.
 */
function nonRegulation(c: Citation, work: string, kind: CitationKind): Citation {
  c.kind = kind;
  c.jenisWritten = kind === 'standar' ? (/^\S+(\s+[\d:.-]+)?/.exec(work)?.[0] ?? work) : work.split(/\s+(?:nomor|no\.?)\s/i)[0]!;
  if (kind === 'standar') return c;
  const scratch = emptyCitation(work);
  readNumber(scratch, readYear(scratch, splitAtTentang(scratch, work)).head);
  readYearInNumber(scratch);
  c.nomor = scratch.nomor;
  c.tahun = scratch.tahun;
  c.yearInNumber = scratch.yearInNumber;
  return c;
}

const UUD_RE = /^(undang-undang dasar|uud)\b.*?\b1945\b/i;

/** UUD 1945 has no number; only its form is checked. */
function constitution(c: Citation, work: string, written: string): Citation {
  c.jenis = UUD_1945;
  c.jenisWritten = written;
  c.rank = 1;
  c.tahun = 1945;
  c.canonical = UUD_1945 + work.slice(written.length);
  if (written !== UUD_1945) c.problems.push({ code: 'jenis-bentuk', written, expected: UUD_1945 });
  return c;
}

/** The head (jenis, number, year) and the title (judul) of a citation. */
interface HeadAndTitle {
  head: string;
  judul: string | null;
  /** An amendment clause right after the year of a citation without a title ("… Tahun 2006 sebagaimana telah diubah …"). */
  tail?: string;
}

/** Splits at the first "tentang". */
function splitAtTentang(c: Citation, work: string): HeadAndTitle {
  const joint = /\s+(tentang)\s+/i.exec(work);
  if (!joint) return { head: work, judul: null };
  if (joint[1] !== 'tentang') c.problems.push({ code: 'kata-tentang', written: joint[1]! });
  return { head: work.slice(0, joint.index), judul: work.slice(joint.index + joint[0].length) };
}

/** Reads "Tahun <yyyy>" off the head; words after it are the title when no "tentang" came. */
function readYear(c: Citation, { head, judul }: HeadAndTitle): HeadAndTitle {
  const year = /(?:^|\s)((?:tahun|thn\.?|th\.?)(?:\s*:)?)\s*(\d{4})\b/i.exec(head);
  if (!year) return { head, judul };
  c.tahun = Number(year[2]);
  // "Tahun:" and "Tahun :" are noted as written, colon and all.
  if (year[1] !== 'Tahun') c.problems.push({ code: 'kata-tahun', written: year[1]! });
  const after = head.slice(year.index + year[0].length).trim();
  const before = head.slice(0, year.index).trim();
  if (!after || judul !== null) return { head: before, judul };
  // "Permendagri No. 13 Tahun 2006 sebagaimana telah diubah …": no title, only its amendments.
  if (/^(?:sebagaimana|yang telah diubah|jo\.?\s)/i.test(after)) return { head: before, judul: null, tail: after };
  // "UU Nomor 23 Tahun 2014 Pemerintahan Daerah": the title without "tentang".
  c.problems.push({ code: 'kata-tentang', written: '' });
  return { head: before, judul: after };
}

/** Reads the number off the head ("Nomor 12", "12/2019", a bare "12" before a year); returns what precedes it. */
function readNumber(c: Citation, head: string): string {
  const number = /(?:^|\s)((?:nomor|nomer|no\.|no)(?:\s*:)?)\s*(\S+)/i.exec(head);
  if (number) {
    if (number[1] !== 'Nomor') c.problems.push({ code: 'kata-nomor', written: number[1]! });
    c.nomor = number[2]!.replace(/[,;]+$/, '');
    return head.slice(0, number.index).trim();
  }
  const short = /^(.*?)\s+(\d+[A-Za-z]?)\s*\/\s*(\d{4})$/.exec(head);
  if (short && c.tahun === null) {
    c.nomor = short[2]!;
    c.tahun = Number(short[3]);
    c.problems.push({ code: 'kata-nomor', written: '' });
    return short[1]!;
  }
  // "PMK 190/PMK.05/2012": an alphanumeric number that carries its year, without "Nomor".
  const code = /^(.*?)\s+((?=\S*[A-Za-z])\S*\d\S*\/\d{4})$/.exec(head);
  if (code && c.tahun === null) {
    c.nomor = code[2]!;
    c.problems.push({ code: 'kata-nomor', written: '' });
    return code[1]!;
  }
  const bare = /^(.*?)\s+(\d+[A-Za-z]?)$/.exec(head);
  if (bare && c.tahun !== null) {
    c.nomor = bare[2]!;
    c.problems.push({ code: 'kata-nomor', written: '' });
    return bare[1]!;
  }
  return head;
}

/** An alphanumeric number carries its year (PER/21/M.PAN/11/2008) when no "Tahun" is written. */
function readYearInNumber(c: Citation): void {
  if (!c.nomor || c.tahun !== null) return;
  const embedded = /\/(\d{4})$/.exec(c.nomor);
  if (embedded && yearInNomor(c.nomor, Number(embedded[1]))) {
    c.tahun = Number(embedded[1]);
    c.yearInNumber = true;
  }
}

/** True when an alphanumeric number ends in the year (PER/21/M.PAN/11/2008, 190/PMK.05/2012). */
function yearInNomor(nomor: string, tahun: number): boolean {
  return /[A-Za-z]/.test(nomor) && nomor.endsWith(`/${tahun}`);
}

/** Drops "Republik Indonesia" after the jenis (not from "… Negara/Nasional Republik Indonesia"). */
function withoutRepublik(c: Citation, prefix: string): string {
  const ri = /\s+(republik indonesia|ri)$/i.exec(prefix);
  // Names that end in "Republik Indonesia" themselves keep it (Arsip Nasional RI, Kepolisian Negara RI).
  if (!ri || /(arsip nasional|kepolisian negara|kejaksaan|mahkamah agung|bank)$/i.test(prefix.slice(0, ri.index))) return prefix;
  c.problems.push({ code: 'republik-indonesia' });
  return prefix.slice(0, ri.index);
}

const isRegional = (jenis: string) =>
  jenis.startsWith('Peraturan Daerah') || jenis === 'Peraturan Gubernur' || jenis === 'Peraturan Bupati' || jenis === 'Peraturan Wali Kota';

/** Recognises the jenis words; a regional one without its region may name it in the title. */
function readJenis(c: Citation, prefix: string): void {
  if (!prefix) {
    c.problems.push({ code: 'tanpa-jenis' });
    return;
  }
  const match = matchJenis(prefix, { nomor: c.nomor, tahun: c.tahun });
  if (!match) {
    c.kind = 'tidak-dikenal';
    c.problems.push({ code: 'jenis-tidak-dikenal', written: prefix, suggestion: suggestJenis(prefix) });
    return;
  }
  c.jenis = match.jenis;
  c.rank = match.rank;
  c.region = match.region;
  c.regionText = match.regionText;
  if (match.misspelt) c.problems.push({ code: 'jenis-salah-tulis', written: prefix, expected: match.expected });
  else if (match.expected !== prefix) c.problems.push({ code: 'jenis-bentuk', written: prefix, expected: match.expected });
  if (isRegional(match.jenis)) {
    if (!c.region && c.judul) c.region = regionInText(c.judul);
    if (match.jenis === 'Peraturan Daerah' && c.region?.level === 'provinsi') c.rank = 6;
  }
}

function noteMissingParts(c: Citation): void {
  if (c.nomor === null) c.problems.push({ code: 'tanpa-nomor' });
  if (c.tahun === null) c.problems.push({ code: 'tanpa-tahun' });
  if (c.judul === null) c.problems.push({ code: 'tanpa-judul' });
}

/** Lower-cases the joints of citations nested in the title, and reads the amendments it names. */
function readTitle(c: Citation, judul: string): void {
  // The joint of a citation nested in the title ("… Tahun 2011 Tentang …") is lower case too.
  const nested = judul.replace(/(\bTahun \d{4}) Tentang\b/g, '$1 tentang');
  if (nested !== judul) c.problems.push({ code: 'kata-tentang', written: 'Tentang' });
  c.judul = nested;
  const { amends, amendedBy } = amendmentsIn(nested);
  c.amends = amends;
  c.amendedBy = amendedBy;
}

export function parseCitation(input: string): Citation {
  const c = emptyCitation(input.trim());
  const work = withoutStrayForm(c);
  const other = nonRegulationKind(work);
  if (other) return nonRegulation(c, work, other);
  const uud = UUD_RE.exec(work);
  if (uud) return constitution(c, work, uud[0]);
  // "UU 8/1974 jo. UU 43/1999 tentang …": the first is cited, the one after "jo." amends it.
  const split = splitAtTentang(c, work);
  const jo = /\s+jo\.?\s+/i.exec(split.head);
  const joined: CitationRef[] = [];
  if (jo) {
    joined.push(...amendingRefs(split.head.slice(jo.index)));
    split.head = split.head.slice(0, jo.index);
  }
  const { head, judul, tail } = readYear(c, split);
  const prefix = withoutRepublik(c, readNumber(c, head));
  readYearInNumber(c);
  c.jenisWritten = prefix || null;
  c.judul = judul;
  readJenis(c, prefix);
  noteMissingParts(c);
  if (judul !== null) readTitle(c, judul);
  for (const ref of [...joined, ...(tail ? amendingRefs(tail) : [])]) if (!c.amendedBy.some((r) => refKey(r) === refKey(ref))) c.amendedBy.push(ref);
  const jenis = registerJenis(c);
  if (jenis && c.nomor && c.tahun !== null) {
    // "UU 8/1974 jo. UU 43/1999 tentang …": the joined regulations stay in the canonical form, written out.
    const joins = joined.map((r) => ` jo. ${buildCitation(r.jenis, r.nomor, r.tahun, null, yearInNomor(r.nomor, r.tahun))}`).join('');
    c.canonical = joins
      ? `${buildCitation(jenis, c.nomor, c.tahun, null, c.yearInNumber)}${joins}${c.judul ? ` tentang ${c.judul}` : ''}`
      : buildCitation(jenis, c.nomor, c.tahun, c.judul, c.yearInNumber);
  }
  return c;
}

/** Every legal-basis item of an SOP with its parsed citation. */
export function parseLegalBasis(items: readonly { text: string; path: readonly (string | number)[] }[]): { text: string; path: readonly (string | number)[]; citation: Citation }[] {
  return items.map((item) => ({ ...item, citation: parseCitation(item.text) }));
}
