/**
 * What the citation parser knows about Indonesian regulations: the jenis (types) and their rank in
 * the hierarchy (UU 12/2011 Pasal 7–8), their abbreviations and usual misspellings, and the
 * ministries and agencies whose names it can spell out.
 */

export const UUD_1945 = 'Undang-Undang Dasar Negara Republik Indonesia Tahun 1945';

const PANRB = 'Pendayagunaan Aparatur Negara dan Reformasi Birokrasi';

/** A jenis and its rank: 1 = UUD 1945 … 9 = Peraturan Bupati/Wali Kota. */
export interface RankedJenis {
  jenis: string;
  rank: number;
}

/** The national jenis written out in full, in the order they are matched. */
export const NATIONAL_JENIS: readonly RankedJenis[] = [
  { jenis: 'Undang-Undang', rank: 2 },
  { jenis: 'Peraturan Pemerintah Pengganti Undang-Undang', rank: 2 },
  { jenis: 'Peraturan Pemerintah', rank: 3 },
  { jenis: 'Peraturan Presiden', rank: 4 },
];

/** Ministries whose canonical spelling we know (matched case-insensitively). */
export const MINISTRIES: readonly string[] = [
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

/** Short names of ministries (lower case) after "Peraturan Menteri". */
export const MINISTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'pan-rb': PANRB,
  panrb: PANRB,
  'pan rb': PANRB,
  'pan & rb': PANRB,
  'pan dan rb': PANRB,
  dagri: 'Dalam Negeri',
  keuangan: 'Keuangan',
};

/** Central agencies whose regulations rank with ministerial ones. */
export const AGENCY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  bkn: 'Badan Kepegawaian Negara',
  lan: 'Lembaga Administrasi Negara',
  anri: 'Arsip Nasional Republik Indonesia',
  bpkp: 'Badan Pengawasan Keuangan dan Pembangunan',
  bps: 'Badan Pusat Statistik',
  bnpb: 'Badan Nasional Penanggulangan Bencana',
};

/** Abbreviations (lower case) that stand for a whole jenis. */
export const WHOLE_ABBREVIATIONS: Readonly<Record<string, RankedJenis>> = {
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

/** Misspellings (lower case) whose correction is certain (fixable by dasar-hukum/jenis). */
export const MISSPELLINGS: Readonly<Record<string, RankedJenis>> = {
  'peraturan pemerintahan': { jenis: 'Peraturan Pemerintah', rank: 3 },
  'peraturan pemerintahan pengganti undang-undang': { jenis: 'Peraturan Pemerintah Pengganti Undang-Undang', rank: 2 },
  'peraturan presidan': { jenis: 'Peraturan Presiden', rank: 4 },
  'undang-undangan': { jenis: 'Undang-Undang', rank: 2 },
};

/** The jenis an unknown one is compared with for a did-you-mean. */
export const CANONICAL_JENIS: readonly string[] = [
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

/** The name of each rank of the hierarchy (Indonesian legal names, in messages of either language). */
export const RANK_NAMES: Readonly<Record<number, string>> = {
  1: 'UUD 1945',
  2: 'Undang-Undang/Perppu',
  3: 'Peraturan Pemerintah',
  4: 'Peraturan Presiden',
  5: 'Peraturan Menteri/Kepala Badan',
  6: 'Perda Provinsi',
  7: 'Peraturan Gubernur',
  8: 'Perda Kabupaten/Kota',
  9: 'Peraturan Bupati/Wali Kota',
};

/** Words that end a region's name in a title ("Kabupaten Balangan Tahun 2020"). */
export const REGION_STOP_WORDS: ReadonlySet<string> = new Set(['tahun', 'nomor', 'tentang', 'dan', 'serta', 'pada', 'di']);
