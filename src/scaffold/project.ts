import { formatSopNumber } from './number.js';
import { modeline } from './schema-ref.js';
import { withComment, yamlScalar } from '../util/yaml-text.js';
import { SOP_GLOB, SOP_SUFFIX } from '../util/paths.js';

export interface ProjectInput {
  /** e.g. "Pemerintah Kabupaten Balangan". */
  pemerintah: string;
  /** The OPD, e.g. "Dinas Perpustakaan dan Kearsipan". */
  instansi: string;
  /** The agency code in SOP numbers, e.g. "DPK". */
  kode: string;
  /** YYYY-MM-DD. */
  today: string;
  /** The number pattern of an existing config, for the example's number (default: from `kode`). */
  numberPattern?: string;
}

export const EXAMPLE_SOP_FILE = `penyusunan-lkjip${SOP_SUFFIX}`;
export const SOURCES_FOLDER = 'sops';
export const OUT_DIR = 'dist';

const MINOR_WORDS = new Set(['dan', 'serta', 'di', 'ke', 'dari', 'untuk', 'pada', 'atau', 'yang']);

/**
 * A code for SOP numbers from the agency's name: the initials of its words, small words left
 * out ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu" → "DPMPTSP"). Agencies often
 * use another (DISPERSIP); `--kode` and the config take precedence.
 */
export function agencyCode(instansi: string): string {
  const initials = instansi
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()))
    .map((w) => (/^[A-Z0-9]+$/.test(w) && w.length > 1 ? w : w[0]!.toUpperCase()))
    .join('');
  return initials || 'OPD';
}

/** The region part of the government's name: "Pemerintah Kabupaten Balangan" → "Kabupaten Balangan". */
export function regionOf(pemerintah: string): string {
  return pemerintah.replace(/^\s*pemerintah\s+/i, '').trim();
}

/**
 * The head of the agency, as a jabatan: the full title (for `disahkan_oleh`) and the short one
 * used as a flowchart column. Common forms only; the generated file says to check it.
 */
export function headOf(instansi: string): { full: string; short: string } {
  const name = instansi.trim();
  const rules: [RegExp, (rest: string) => { full: string; short: string }][] = [
    [/^(Dinas|Badan|Kantor|Satuan)\b/i, () => ({ full: `Kepala ${name}`, short: `Kepala ${name.split(/\s+/)[0]}` })],
    [/^Inspektorat\b/i, (rest) => ({ full: `Inspektur${rest}`, short: 'Inspektur' })],
    [/^Sekretariat\b/i, (rest) => ({ full: `Sekretaris${rest}`, short: `Sekretaris${rest}` })],
    [/^Kecamatan\b/i, (rest) => ({ full: `Camat${rest}`, short: 'Camat' })],
    [/^Kelurahan\b/i, (rest) => ({ full: `Lurah${rest}`, short: 'Lurah' })],
    [/^(Rumah Sakit|RSUD)\b/i, () => ({ full: `Direktur ${name}`, short: 'Direktur' })],
  ];
  for (const [pattern, make] of rules) {
    const match = pattern.exec(name);
    if (match) return make(name.slice(match[0].length));
  }
  return { full: `Kepala ${name}`, short: `Kepala ${name}` };
}

/** The secretary column of the example ("Sekretaris Dinas", "Sekretaris Badan", else "Sekretaris"). */
function secretaryOf(instansi: string): string {
  const first = /^(Dinas|Badan)\b/i.exec(instansi.trim());
  if (first) return `Sekretaris ${first[1]![0]!.toUpperCase()}${first[1]!.slice(1).toLowerCase()}`;
  if (/^Kecamatan\b/i.test(instansi.trim())) return 'Sekretaris Camat';
  return 'Sekretaris';
}

export function numberPatternFor(kode: string): string {
  return `{urut}/SOP/${kode}/{bulan_romawi}/{tahun}`;
}

/** sop.config.yaml for a new project. */
export function renderConfig(input: ProjectInput, schemaRef: string): string {
  const head = headOf(input.instansi);
  const lines = [
    modeline(schemaRef),
    '# Konfigurasi proyek sop: berlaku untuk semua SOP di folder ini dan di bawahnya.',
    '# Semua kunci opsional; rujukan lengkap: docs/format.md (bagian sop.config.yaml).',
    '',
    '# Instansi pemilik SOP, dicetak di bagian identitas setiap SOP. Sebuah SOP boleh menimpa',
    '# kunci mana pun dengan `instansi:` miliknya sendiri.',
    'instansi:',
    `  pemerintah: ${yamlScalar(input.pemerintah)}`,
    `  nama: ${yamlScalar(input.instansi)}`,
    withComment('  # unit: Sekretariat', 'sub-unit (bidang, bagian, seksi), bila ada'),
    withComment('  # alamat: Jl. ...', 'alamat kantor'),
    '  # kode_pos: "71662"',
    '  # telepon: "(0526) 2028060"',
    '  # email: nama@instansi.go.id',
    '  # laman: https://instansi.go.id',
    withComment('  # logo: assets/logo.png', 'PNG, JPEG atau SVG, relatif terhadap berkas ini'),
    '',
    '# Pejabat yang mengesahkan SOP, bawaan untuk semua SOP (sebuah SOP boleh menimpanya).',
    '# Isi nama lengkap pejabat beserta gelarnya, periksa jabatannya, lalu isi NIP (18 angka, di',
    '# antara tanda kutip) dan pangkat/golongan; `sop lint` melaporkannya selama belum diisi.',
    'disahkan_oleh:',
    `  jabatan: ${yamlScalar(`${head.full} ${regionOf(input.pemerintah)}`.trim())}`,
    '  nama: (isi nama pejabat beserta gelar)',
    withComment('  # nip: "19660313 198903 1 011"', 'YYYYMMDD lahir, YYYYMM TMT CPNS, jenis kelamin, urut'),
    '  # pangkat: Pembina Utama Muda (IV/c)',
    '',
    withComment('sumber:', 'berkas yang diperiksa `sop lint` dan dicetak `sop render`'),
    `  - ${SOURCES_FOLDER}/${SOP_GLOB}`,
    withComment(`keluaran: ${OUT_DIR}`, 'folder hasil `sop render`'),
    withComment('kertas: a4', 'a4 | f4 (215 x 330 mm) | letter | legal'),
    withComment('# bahasa: id', 'bahasa pesan: id | en'),
    '',
    '# Pola nomor untuk `sop new`: {urut} nomor urut berikutnya, {bulan_romawi} I..XII,',
    '# {bulan} 01..12, {tahun}. Sesuaikan dengan tata naskah dinas instansi.',
    `nomor_pola: ${JSON.stringify(numberPatternFor(input.kode))}`,
    '',
    '# Konversi hari, minggu dan bulan ke jam kerja (nilai bawaan):',
    '# waktu: { jam_per_hari: 7.5, hari_per_minggu: 5, hari_per_bulan: 22 }',
    '',
    '# Tingkat tiap aturan linter (error | warn | info | off); daftar aturan: docs/rules/.',
    '# lint:',
    '#   aturan:',
    '#     <id-aturan>: warn',
    '',
  ];
  return lines.join('\n');
}

/**
 * The example SOP of a new project: an SOP every perangkat daerah writes (its annual performance
 * report, LKjIP), meant to lint clean under every rule — legal bases in force (domain register)
 * in rank and date order, jabatan as actors and each of them used, active verbs, full mutu baku,
 * a decision that loops back, and a waktu_total that matches the main path.
 */
export function renderExampleSop(input: ProjectInput, schemaRef: string): string {
  const head = headOf(input.instansi);
  const nomor = formatSopNumber(input.numberPattern ?? numberPatternFor(input.kode), 1, input.today);
  return `${modeline(schemaRef)}
# Contoh SOP dari \`sop init\`: sesuaikan dengan prosedur instansi, atau hapus berkas ini.
# Periksa dengan \`sop lint\`, cetak dengan \`sop render\`. Format berkas: docs/format.md.
nomor: ${yamlScalar(nomor)}
nama: Penyusunan Laporan Kinerja Instansi Pemerintah (LKjIP)

# instansi dan disahkan_oleh diambil dari sop.config.yaml.

tanggal:
  pembuatan: ${input.today}
  revisi: null
  efektif: ${input.today}

# Berurutan menurut hierarki, lalu tahun, lalu nomor; semuanya masih berlaku.
dasar_hukum:
  - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali, terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
  - Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah
  - Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah
  - Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota
  - Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan

kualifikasi_pelaksana:
  - Memahami Sistem Akuntabilitas Kinerja Instansi Pemerintah
  - Memahami Rencana Strategis dan Perjanjian Kinerja instansi
  - Mampu mengolah dan menganalisis data capaian kinerja
# SOP lain yang terkait; \`sop lint\` memeriksa bahwa SOP yang disebut ada di proyek ini, mis.
#   - SOP Penyusunan Perjanjian Kinerja
keterkaitan: Tidak ada
peralatan_perlengkapan:
  - Perjanjian Kinerja dan Rencana Strategis
  - Formulir capaian kinerja
  - Perangkat komputer dan printer
  - Aplikasi SAKIP
peringatan:
  - Jika SOP tidak dilaksanakan maka LKjIP terlambat disampaikan dan akuntabilitas kinerja instansi tidak dapat dinilai.
pencatatan_pendataan:
  - LKjIP dan bukti penyampaiannya disimpan sebagai arsip kinerja instansi

# Jabatan, bukan nama orang; sesuaikan dengan struktur organisasi (SOTK) instansi.
pelaksana:
  - id: analis
    nama: Analis Perencanaan, Evaluasi dan Pelaporan
  - id: kasubbag
    nama: Kepala Subbagian Perencanaan dan Pelaporan
  - id: sekretaris
    nama: ${yamlScalar(secretaryOf(input.instansi))}
  - id: kepala
    nama: ${yamlScalar(head.short)}

kegiatan:
  - uraian: Mengumpulkan data capaian kinerja dari setiap unit kerja
    pelaksana: analis
    kelengkapan: [Perjanjian Kinerja, Formulir capaian kinerja]
    waktu: 3 hari
    output: Data capaian kinerja
  - id: susun
    uraian: Menyusun konsep LKjIP berdasarkan data capaian kinerja
    pelaksana: analis
    kelengkapan: [Data capaian kinerja, Rencana Strategis]
    waktu: 2 hari
    output: Konsep LKjIP
  - id: periksa
    uraian: Memeriksa kesesuaian konsep LKjIP dengan Perjanjian Kinerja
    pelaksana: kasubbag
    tidak: susun # kembali ke penyusunan bila perlu perbaikan
    label_ya: Sesuai
    label_tidak: Perlu perbaikan
    kelengkapan: Konsep LKjIP
    waktu: 1 hari
    output: Konsep LKjIP terverifikasi
    keterangan: Konsep yang belum sesuai dikembalikan dengan catatan perbaikan
  - uraian: Menelaah dan memaraf konsep LKjIP
    pelaksana: sekretaris
    kelengkapan: Konsep LKjIP terverifikasi
    waktu: 4 jam
    output: Konsep LKjIP berparaf
  - uraian: Menandatangani LKjIP
    pelaksana: kepala
    kelengkapan: Konsep LKjIP berparaf
    waktu: 1 jam
    output: LKjIP bertanda tangan
  - uraian: Mengunggah LKjIP ke aplikasi SAKIP dan menyampaikannya kepada kepala daerah
    pelaksana: analis
    kelengkapan: [LKjIP bertanda tangan, Aplikasi SAKIP]
    waktu: 1 jam
    output: Bukti penyampaian LKjIP
  - uraian: Mengarsipkan LKjIP beserta bukti penyampaiannya
    pelaksana: analis
    kelengkapan: [LKjIP bertanda tangan, Bukti penyampaian LKjIP]
    waktu: 30 menit
    output: Arsip LKjIP tersimpan

# Alur utama (cabang ya): 3 + 2 + 1 hari, 4 + 1 + 1 jam, 30 menit (1 hari kerja = 7,5 jam).
waktu_total: 6 hari 6 jam 30 menit
`;
}

/**
 * .gitignore with the render output folder listed: the new text, or null when it is already
 * ignored. An existing file is appended to, never rewritten.
 */
export function updateGitignore(existing: string | null, outDir: string = OUT_DIR): string | null {
  const entry = `${outDir.replace(/\/+$/, '')}/`;
  const listed = (existing ?? '').split(/\r?\n/).some((line) => {
    const l = line.trim().replace(/^\//, '');
    return l === entry || l === entry.slice(0, -1);
  });
  if (listed) return null;
  if (existing === null || existing === '') return `# Hasil \`sop render\`\n${entry}\n`;
  return `${existing}${existing.endsWith('\n') ? '' : '\n'}${entry}\n`;
}
