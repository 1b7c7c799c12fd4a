import { closest } from '../../util/strings.js';

/**
 * The one parser of legal-basis citations (dasar hukum), shared by the dasar-hukum/* rules and the
 * register loader. Canonical form (UU 12/2011, Lampiran II):
 *   <Jenis> Nomor <n> Tahun <yyyy> tentang <Judul>
 * A ministerial number that carries its year (PER/21/M.PAN/11/2008) needs no "Tahun".
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

export const UUD_1945 = 'Undang-Undang Dasar Negara Republik Indonesia Tahun 1945';

const PANRB = 'Pendayagunaan Aparatur Negara dan Reformasi Birokrasi';

/** Ministries whose canonical spelling we know (matched case-insensitively). */
const MINISTRIES = [
  'Dalam Negeri',
  PANRB,
  'Negara Pendayagunaan Aparatur Negara',
  'Negara Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
  'Keuangan',
  'Kesehatan',
  'Sekretaris Negara',
  'Hukum dan Hak Asasi Manusia',
  'Pendidikan dan Kebudayaan',
  'Pendidikan, Kebudayaan, Riset, dan Teknologi',
  'Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi',
  'Komunikasi dan Informatika',
  'Sosial',
  'Ketenagakerjaan',
];
const MINISTRY_ABBREVIATIONS: Record<string, string> = {
  'pan-rb': PANRB,
  panrb: PANRB,
  'pan rb': PANRB,
  'pan & rb': PANRB,
  'pan dan rb': PANRB,
  dagri: 'Dalam Negeri',
  keuangan: 'Keuangan',
};

/** Central agencies whose regulations rank with ministerial ones. */
const AGENCY_ABBREVIATIONS: Record<string, string> = {
  bkn: 'Badan Kepegawaian Negara',
  lan: 'Lembaga Administrasi Negara',
  anri: 'Arsip Nasional Republik Indonesia',
  bpkp: 'Badan Pengawasan Keuangan dan Pembangunan',
  bps: 'Badan Pusat Statistik',
  bnpb: 'Badan Nasional Penanggulangan Bencana',
};

const WHOLE_ABBREVIATIONS: Record<string, { jenis: string; rank: number }> = {
  uu: { jenis: 'Undang-Undang', rank: 2 },
  'undang undang': { jenis: 'Undang-Undang', rank: 2 },
  perppu: { jenis: 'Peraturan Pemerintah Pengganti Undang-Undang', rank: 2 },
  perpu: { jenis: 'Peraturan Pemerintah Pengganti Undang-Undang', rank: 2 },
  'peraturan pemerintah pengganti undang undang': { jenis: 'Peraturan Pemerintah Pengganti Undang-Undang', rank: 2 },
  pp: { jenis: 'Peraturan Pemerintah', rank: 3 },
  perpres: { jenis: 'Peraturan Presiden', rank: 4 },
  permendagri: { jenis: 'Peraturan Menteri Dalam Negeri', rank: 5 },
  'permenpan-rb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  'permenpan rb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  permenpanrb: { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  'permen pan-rb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  'permen panrb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  permenkeu: { jenis: 'Peraturan Menteri Keuangan', rank: 5 },
};

/** Misspellings whose correction is certain (fixable by dasar-hukum/jenis). */
const MISSPELLINGS: Record<string, { jenis: string; rank: number }> = {
  'peraturan pemerintahan': { jenis: 'Peraturan Pemerintah', rank: 3 },
  'peraturan pemerintahan pengganti undang-undang': { jenis: 'Peraturan Pemerintah Pengganti Undang-Undang', rank: 2 },
  'peraturan presidan': { jenis: 'Peraturan Presiden', rank: 4 },
  'undang-undangan': { jenis: 'Undang-Undang', rank: 2 },
};

const CANONICAL_JENIS = [
  'Undang-Undang',
  'Peraturan Pemerintah Pengganti Undang-Undang',
  'Peraturan Pemerintah',
  'Peraturan Presiden',
  'Peraturan Menteri',
  'Peraturan Kepala',
  'Peraturan Badan',
  'Peraturan Lembaga',
  'Peraturan Daerah',
  'Peraturan Gubernur',
  'Peraturan Bupati',
  'Peraturan Wali Kota',
];

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

const REGION_STOP = new Set(['tahun', 'nomor', 'tentang', 'dan', 'serta', 'pada', 'di']);

/** The first "Provinsi/Kabupaten/Kota <Name>" in a title. */
export function regionInText(text: string): Region | null {
  const re = /\b(Provinsi|Kabupaten|Kota)\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const words: string[] = [];
    for (const word of m[2]!.split(/\s+/)) {
      if (REGION_STOP.has(lower(word))) break;
      words.push(word);
    }
    if (!words.length) continue;
    const level = lower(m[1]!) as RegionLevel;
    return { level, name: words.join(' ') };
  }
  return null;
}

function regional(jenis: string, rest: string, implied: RegionLevel | null): JenisMatch {
  const regionText = rest ? expandRegionText(rest) : null;
  const region = rest ? parseRegion(rest, implied) : null;
  let rank: number;
  if (jenis === 'Peraturan Daerah') rank = region?.level === 'provinsi' ? 6 : 8;
  else if (jenis === 'Peraturan Gubernur') rank = 7;
  else rank = 9;
  return { jenis, rank, regionText, region, expected: regionText ? `${jenis} ${regionText}` : jenis, misspelt: false };
}

function matchJenis(written: string): JenisMatch | null {
  const w = lower(written);
  const plain = (jenis: string, rank: number, misspelt = false): JenisMatch => ({ jenis, rank, regionText: null, region: null, expected: jenis, misspelt });
  for (const exact of ['Undang-Undang', 'Peraturan Pemerintah Pengganti Undang-Undang', 'Peraturan Pemerintah', 'Peraturan Presiden']) {
    if (w === lower(exact)) return plain(exact, exact === 'Peraturan Pemerintah' ? 3 : exact === 'Peraturan Presiden' ? 4 : 2);
  }
  if (WHOLE_ABBREVIATIONS[w]) return plain(WHOLE_ABBREVIATIONS[w]!.jenis, WHOLE_ABBREVIATIONS[w]!.rank);
  if (MISSPELLINGS[w]) return plain(MISSPELLINGS[w]!.jenis, MISSPELLINGS[w]!.rank, true);

  let m = /^peraturan menteri\s+(.+)$/i.exec(written);
  if (m) {
    const ministryWritten = m[1]!;
    const known = MINISTRY_ABBREVIATIONS[lower(ministryWritten)] ?? MINISTRIES.find((x) => lower(x) === lower(ministryWritten)) ?? ministryWritten;
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

  m = /^(?:peraturan daerah|perda)(?:\s+(.+))?$/i.exec(written);
  if (m) return regional('Peraturan Daerah', m[1] ?? '', null);
  m = /^(?:peraturan gubernur|pergub)(?:\s+(.+))?$/i.exec(written);
  if (m) return regional('Peraturan Gubernur', m[1] ?? '', 'provinsi');
  m = /^(?:peraturan bupati|perbup)(?:\s+(.+))?$/i.exec(written);
  if (m) return regional('Peraturan Bupati', m[1] ?? '', 'kabupaten');
  m = /^(?:peraturan wali\s?kota|perwal|perwali)(?:\s+(.+))?$/i.exec(written);
  if (m) return regional('Peraturan Wali Kota', m[1] ?? '', 'kota');
  return null;
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

const REF_RE =
  /(?:Undang-Undang|UU|Peraturan(?:\s+[A-Z][\w-]*)+|PP|Perpres|Perppu|Permendagri|Perda|Perbup|Pergub|Perwal)\s+(?:Nomor|No\.?)\s+\S+\s+[Tt]ahun\s+\d{4}/g;

function refOf(text: string): CitationRef | null {
  const c = parseCitation(text);
  const jenis = registerJenis(c);
  return jenis && c.nomor && c.tahun !== null ? { jenis, nomor: c.nomor, tahun: c.tahun } : null;
}

function amendmentsIn(judul: string): { amends: CitationRef | null; amendedBy: CitationRef[] } {
  let amends: CitationRef | null = null;
  const base = /^perubahan(?:\s+\w+)?\s+atas\s+(.+)$/i.exec(judul);
  if (base) {
    const first = base[1]!.match(REF_RE)?.[0];
    if (first) amends = refOf(first);
  }
  const amendedBy: CitationRef[] = [];
  const clause = /sebagaimana\s+telah\s+.*?diubah/i.exec(judul);
  if (clause) {
    for (const match of judul.slice(clause.index).match(REF_RE) ?? []) {
      const ref = refOf(match);
      if (ref) amendedBy.push(ref);
    }
  }
  return { amends, amendedBy };
}

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

/** Identity of a regulation: register jenis, number and year, lower case. */
export function citationKey(c: Citation): string | null {
  const jenis = registerJenis(c);
  return jenis && c.nomor && c.tahun !== null ? refKey({ jenis, nomor: c.nomor, tahun: c.tahun }) : null;
}

export function refKey(ref: CitationRef): string {
  return `${lower(ref.jenis)}|${lower(ref.nomor)}|${ref.tahun}`;
}

/** Compares regulation numbers: numerically when both start with digits, else naturally. */
export function compareNomor(a: string, b: string): number {
  const na = /^\d+/.exec(a);
  const nb = /^\d+/.exec(b);
  if (na && nb && Number(na[0]) !== Number(nb[0])) return Number(na[0]) - Number(nb[0]);
  return a.localeCompare(b, 'id', { numeric: true, sensitivity: 'base' });
}

export function parseCitation(input: string): Citation {
  const text = input.trim();
  const problems: CitationProblem[] = [];
  const result: Citation = {
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
    problems,
    amends: null,
    amendedBy: [],
    yearInNumber: false,
  };
  let work = normaliseSpaces(text);
  if (work !== text) problems.push({ code: 'spasi' });
  const punct = /\s*([;.,:]+)$/.exec(work);
  if (punct) {
    problems.push({ code: 'tanda-baca', written: punct[1]! });
    work = work.slice(0, punct.index);
  }

  const other = nonRegulationKind(work);
  if (other) {
    result.kind = other;
    result.jenisWritten = other === 'standar' ? (/^\S+(\s+[\d:.-]+)?/.exec(work)?.[0] ?? work) : work.split(/\s+(?:nomor|no\.?)\s/i)[0]!;
    return result;
  }

  // UUD 1945 has no number; only its form is checked.
  const uud = /^(undang-undang dasar|uud)\b.*?\b1945\b/i.exec(work);
  if (uud) {
    result.jenis = UUD_1945;
    result.jenisWritten = uud[0];
    result.rank = 1;
    result.tahun = 1945;
    const rest = work.slice(uud[0].length);
    result.canonical = UUD_1945 + rest;
    if (uud[0] !== UUD_1945) problems.push({ code: 'jenis-bentuk', written: uud[0], expected: UUD_1945 });
    return result;
  }

  // Head (jenis, number, year) and judul split at the first "tentang".
  let head = work;
  let judul: string | null = null;
  const joint = /\s+(tentang)\s+/i.exec(work);
  if (joint) {
    head = work.slice(0, joint.index);
    judul = work.slice(joint.index + joint[0].length);
    if (joint[1] !== 'tentang') problems.push({ code: 'kata-tentang', written: joint[1]! });
  }

  const year = /\b(tahun|thn\.?)\s*(\d{4})\b/i.exec(head);
  if (year) {
    result.tahun = Number(year[2]);
    if (year[1] !== 'Tahun') problems.push({ code: 'kata-tahun', written: year[1]! });
    const after = head.slice(year.index + year[0].length).trim();
    head = head.slice(0, year.index).trim();
    if (after && judul === null) {
      // "UU Nomor 23 Tahun 2014 Pemerintahan Daerah": the title without "tentang".
      judul = after;
      problems.push({ code: 'kata-tentang', written: '' });
    }
  }

  let prefix = head;
  const number = /(?:^|\s)(nomor|nomer|no\.|no)\s*:?\s*(\S+)/i.exec(head);
  if (number) {
    if (number[1] !== 'Nomor') problems.push({ code: 'kata-nomor', written: number[1]! });
    prefix = head.slice(0, number.index).trim();
    result.nomor = number[2]!.replace(/[,;]+$/, '');
  } else {
    const short = /^(.*?)\s+(\d+[A-Za-z]?)\s*\/\s*(\d{4})$/.exec(head);
    const bare = /^(.*?)\s+(\d+[A-Za-z]?)$/.exec(head);
    if (short && result.tahun === null) {
      prefix = short[1]!;
      result.nomor = short[2]!;
      result.tahun = Number(short[3]);
      problems.push({ code: 'kata-nomor', written: '' });
    } else if (bare && result.tahun !== null) {
      prefix = bare[1]!;
      result.nomor = bare[2]!;
      problems.push({ code: 'kata-nomor', written: '' });
    }
  }
  if (result.nomor && result.tahun === null) {
    const embedded = /\/(\d{4})$/.exec(result.nomor);
    if (embedded && /[A-Za-z]/.test(result.nomor)) {
      result.tahun = Number(embedded[1]);
      result.yearInNumber = true;
    }
  }

  const ri = /\s+(republik indonesia|ri)$/i.exec(prefix);
  if (ri && !/(negara|nasional)$/i.test(prefix.slice(0, ri.index))) {
    problems.push({ code: 'republik-indonesia' });
    prefix = prefix.slice(0, ri.index);
  }
  result.jenisWritten = prefix || null;
  result.judul = judul;

  if (!prefix) {
    problems.push({ code: 'tanpa-jenis' });
  } else {
    const match = matchJenis(prefix);
    if (!match) {
      result.kind = 'tidak-dikenal';
      problems.push({ code: 'jenis-tidak-dikenal', written: prefix, suggestion: suggestJenis(prefix) });
    } else {
      result.jenis = match.jenis;
      result.rank = match.rank;
      result.region = match.region;
      result.regionText = match.regionText;
      if (match.misspelt) problems.push({ code: 'jenis-salah-tulis', written: prefix, expected: match.expected });
      else if (match.expected !== prefix) problems.push({ code: 'jenis-bentuk', written: prefix, expected: match.expected });
      if (match.jenis.startsWith('Peraturan Daerah') || match.jenis === 'Peraturan Gubernur' || match.jenis === 'Peraturan Bupati' || match.jenis === 'Peraturan Wali Kota') {
        if (!result.region && judul) result.region = regionInText(judul);
        if (match.jenis === 'Peraturan Daerah' && result.region?.level === 'provinsi') result.rank = 6;
      }
    }
  }

  if (result.nomor === null) problems.push({ code: 'tanpa-nomor' });
  if (result.tahun === null) problems.push({ code: 'tanpa-tahun' });
  if (judul === null) problems.push({ code: 'tanpa-judul' });

  if (judul !== null) {
    // The joint of a citation nested in the title ("… Tahun 2011 Tentang …") is lower case too.
    const nested = judul.replace(/(\bTahun \d{4}) Tentang\b/g, '$1 tentang');
    if (nested !== judul) problems.push({ code: 'kata-tentang', written: 'Tentang' });
    result.judul = nested;
    const amendments = amendmentsIn(nested);
    result.amends = amendments.amends;
    result.amendedBy = amendments.amendedBy;
  }
  const jenisFull = registerJenis(result);
  if (jenisFull && result.nomor && result.tahun !== null) result.canonical = buildCitation(jenisFull, result.nomor, result.tahun, result.judul, result.yearInNumber);
  return result;
}

/** The canonical form with the jenis as written (what dasar-hukum/format may fix without judging the jenis). */
export function formatTarget(c: Citation): string | null {
  if (c.rank === 1) return c.canonical;
  if (!c.jenisWritten || !c.nomor || c.kind !== 'peraturan') return null;
  const misspelt = c.problems.find((p) => p.code === 'jenis-salah-tulis');
  if (!misspelt) return c.canonical;
  return buildCitation(misspelt.written, c.nomor, c.tahun, c.judul, c.yearInNumber);
}

/** Every legal-basis item of an SOP with its parsed citation. */
export function parseLegalBasis(items: readonly { text: string; path: readonly (string | number)[] }[]): { text: string; path: readonly (string | number)[]; citation: Citation }[] {
  return items.map((item) => ({ ...item, citation: parseCitation(item.text) }));
}
