/**
 * What the citation parser knows about Indonesian regulations: the jenis (types) and their rank in
 * the hierarchy (UU 12/2011 Pasal 7–8), their abbreviations and usual misspellings, and the
 * ministries and agencies whose names it can spell out.
 */

export const UUD_1945 = 'Undang-Undang Dasar Negara Republik Indonesia Tahun 1945';

const PANRB = 'Pendayagunaan Aparatur Negara dan Reformasi Birokrasi';

/** The ministry of administrative reform before it took on reformasi birokrasi (to 2009; numbers "…/M.PAN/…"). */
export const OLD_PAN = 'Negara Pendayagunaan Aparatur Negara';

/** The ministry names that stand for one of the two PAN ministries, by era (see panMinistry). */
export const PAN_AMBIGUOUS = '__pan__';

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
  OLD_PAN,
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

/** Short names of ministries (lower case) after "Peraturan Menteri"; PAN_AMBIGUOUS: the era decides. */
export const MINISTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'pan-rb': PANRB,
  panrb: PANRB,
  'pan rb': PANRB,
  'pan & rb': PANRB,
  'pan dan rb': PANRB,
  'pan-reformasi birokrasi': PANRB,
  'negara pan-rb': PANRB,
  'negara panrb': PANRB,
  'negara pan dan rb': PANRB,
  'pendayagunaan aparatur negara & reformasi birokrasi': PANRB,
  pan: PAN_AMBIGUOUS,
  'negara pan': PAN_AMBIGUOUS,
  'pendayagunaan aparatur negara': PAN_AMBIGUOUS,
  dagri: 'Dalam Negeri',
  'dalam negeri ri': 'Dalam Negeri',
  keuangan: 'Keuangan',
  kesehatan: 'Kesehatan',
};

/**
 * Names a ministry was enacted with that denote the same ministry as a canonical one (written so
 * in the regulation's own title, so they are not corrected; the register key is the canonical).
 */
export const MINISTRY_ENACTED_VARIANTS: Readonly<Record<string, string>> = {
  'negara pendayagunaan aparatur negara dan reformasi birokrasi': PANRB,
};

/** Abbreviations (lower case) of a whole jenis that name a PAN ministry; the era decides which. */
export const PAN_ABBREVIATIONS: ReadonlySet<string> = new Set(['permenpan', 'permen pan', 'permenpan ri', 'menpan', 'peraturan menpan']);

/** Abbreviations (lower case) of "Peraturan Menteri" before a ministry's name. */
export const MINISTER_WORDS = /^(?:peraturan\s+menteri|permen|peraturan\s+men)\s+(.+)$/i;

/** Central agencies whose regulations rank with ministerial ones. */
export const AGENCY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  bkn: 'Badan Kepegawaian Negara',
  lan: 'Lembaga Administrasi Negara',
  anri: 'Arsip Nasional Republik Indonesia',
  bpkp: 'Badan Pengawasan Keuangan dan Pembangunan',
  bps: 'Badan Pusat Statistik',
  bnpb: 'Badan Nasional Penanggulangan Bencana',
  lkpp: 'Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah',
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
  'permenpan & rb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  'permenpan dan rb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  'permen pan rb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  'peraturan menpan-rb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  'peraturan menpan rb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  'peraturan menpanrb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  'menpan-rb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  'menpan rb': { jenis: `Peraturan Menteri ${PANRB}`, rank: 5 },
  permenkeu: { jenis: 'Peraturan Menteri Keuangan', rank: 5 },
  pmk: { jenis: 'Peraturan Menteri Keuangan', rank: 5 },
  permenkes: { jenis: 'Peraturan Menteri Kesehatan', rank: 5 },
  'permen dagri': { jenis: 'Peraturan Menteri Dalam Negeri', rank: 5 },
  'perka bkn': { jenis: 'Peraturan Kepala Badan Kepegawaian Negara', rank: 5 },
  'peraturan kepala bkn': { jenis: 'Peraturan Kepala Badan Kepegawaian Negara', rank: 5 },
  'perkaban': { jenis: 'Peraturan Kepala Badan Kepegawaian Negara', rank: 5 },
  'perban': { jenis: 'Peraturan Badan Kepegawaian Negara', rank: 5 },
  'perka anri': { jenis: 'Peraturan Kepala Arsip Nasional Republik Indonesia', rank: 5 },
  'perki': { jenis: 'Peraturan Komisi Informasi', rank: 5 },
  'perlem lkpp': { jenis: 'Peraturan Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah', rank: 5 },
  'peraturan lkpp': { jenis: 'Peraturan Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah', rank: 5 },
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
