import { formatMinutes, parseDuration } from '../model/duration.js';
import { modeline } from './schema-ref.js';
import { withComment, yamlScalar } from '../util/yaml-text.js';

export interface NewSopInput {
  /** Where the modeline points (see schemaRef). */
  schemaRef: string;
  nomor: string;
  nama: string;
  /** YYYY-MM-DD: tanggal.pembuatan. */
  today: string;
  /** Actor names (jabatan), at least one, in column order. */
  actors: readonly string[];
  /** Keys the project config does not supply, so the file must carry them to load. */
  missing: { pemerintah: boolean; instansi: boolean; disahkanOleh: boolean };
}

/** The base legal basis of every SOP AP: the guideline itself (in force, see domain register). */
export const SOP_GUIDELINE_CITATION =
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan';

const PROCESSES = [
  ['Memeriksa', 'diperiksa'],
  ['Memverifikasi', 'diverifikasi'],
  ['Menelaah', 'ditelaah'],
  ['Menyetujui', 'disetujui'],
  ['Menandatangani', 'ditandatangani'],
  ['Memproses', 'diproses'],
] as const;
const PROCESS_TIMES = ['30 menit', '1 jam', '45 menit', '2 jam'] as const;

interface SkeletonStep {
  uraian: string;
  actor: string;
  kelengkapan: string;
  waktu: string;
  output: string;
}

/**
 * The skeleton flow: the first actor starts and ends (receiving and filing is usually staff
 * work), every other actor gets one process step in between (the only actor does, when alone),
 * so every column is used; each step's input is the previous step's output.
 */
export function skeletonSteps(actors: readonly string[]): SkeletonStep[] {
  const first = actors[0]!;
  const middle = actors.length > 1 ? actors.slice(1) : [first];
  const steps: SkeletonStep[] = [
    { uraian: 'Menerima dokumen permohonan', actor: first, kelengkapan: 'Dokumen permohonan', waktu: '10 menit', output: 'Dokumen permohonan diterima' },
  ];
  middle.forEach((actor, i) => {
    const [verb, done] = PROCESSES[i % PROCESSES.length]!;
    steps.push({
      uraian: `${verb} dokumen permohonan`,
      actor,
      kelengkapan: steps[steps.length - 1]!.output,
      waktu: PROCESS_TIMES[i % PROCESS_TIMES.length]!,
      output: `Dokumen permohonan ${done}`,
    });
  });
  steps.push({
    uraian: 'Mengarsipkan dokumen permohonan',
    actor: first,
    kelengkapan: steps[steps.length - 1]!.output,
    waktu: '15 menit',
    output: 'Dokumen permohonan tersimpan',
  });
  return steps;
}

/** The text of a new SOP file: schema-valid, with a hint in Indonesian for each key. */
export function renderNewSop(input: NewSopInput): string {
  const lines: string[] = [
    modeline(input.schemaRef),
    `# SOP baru (dibuat dengan \`sop new\` pada ${input.today}). Ganti isian contoh dengan isi`,
    '# prosedur yang sebenarnya, hapus komentar yang tidak diperlukan, lalu periksa dengan `sop lint`.',
    '# Format berkas: docs/format.md.',
    withComment(`nomor: ${yamlScalar(input.nomor)}`, 'nomor SOP sesuai tata naskah dinas instansi'),
    withComment(`nama: ${yamlScalar(input.nama)}`, 'nama prosedur'),
    '',
  ];

  const { missing } = input;
  if (missing.pemerintah || missing.instansi) {
    lines.push('# sop.config.yaml tidak memuat instansi: isi di sini (atau jalankan `sop init`).', 'instansi:');
    if (missing.pemerintah) lines.push(withComment('  pemerintah: Pemerintah Kabupaten (isi nama daerah)', 'mis. Pemerintah Kabupaten Balangan'));
    if (missing.instansi) lines.push(withComment('  nama: (isi nama perangkat daerah)', 'mis. Dinas Perpustakaan dan Kearsipan'));
    lines.push(withComment('  # unit: Sekretariat', 'sub-unit (bidang, bagian, seksi), bila ada'), '');
  } else {
    lines.push('# instansi dan disahkan_oleh diambil dari sop.config.yaml; tulis di sini untuk menimpanya.', '');
  }

  lines.push(
    'tanggal:',
    withComment(`  pembuatan: ${input.today}`, 'tanggal selesainya penyusunan (YYYY-MM-DD)'),
    withComment('  revisi: null', 'tanggal revisi, atau rencana peninjauan'),
    withComment('  efektif: null', 'tanggal mulai berlaku (sering = tanggal pengesahan)'),
    '',
  );

  if (missing.disahkanOleh) {
    lines.push(
      '# Pejabat yang mengesahkan SOP (boleh diberikan sekali untuk semua SOP di sop.config.yaml).',
      'disahkan_oleh:',
      withComment('  jabatan: (isi jabatan pejabat pengesah)', 'mis. Kepala Dinas ... Kabupaten ...'),
      withComment('  nama: (isi nama pejabat beserta gelar)', 'nama orang hanya di sini, bukan di pelaksana'),
      withComment('  # nip: "19660313 198903 1 011"', '18 angka, di antara tanda kutip'),
      withComment('  # pangkat: Pembina Utama Muda (IV/c)', 'opsional'),
      '',
    );
  }

  lines.push(
    '# Peraturan yang menjadi dasar SOP, satu per butir: "<Jenis> Nomor <n> Tahun <yyyy> tentang <Judul>".',
    '# Urutkan menurut hierarki (Undang-Undang, Peraturan Pemerintah, Peraturan Presiden, Peraturan',
    '# Menteri, Perda Provinsi, Peraturan Gubernur, Perda Kabupaten/Kota, Peraturan Bupati/Wali Kota),',
    '# lalu tahun, lalu nomor. Kutip hanya peraturan yang masih berlaku; keputusan dan surat edaran',
    '# bukan dasar hukum. Tambahkan peraturan bidang yang diatur SOP ini.',
    'dasar_hukum:',
    `  - ${SOP_GUIDELINE_CITATION}`,
    '',
    '# Bagian identitas lainnya: masing-masing daftar (atau satu teks). Hapus tanda # untuk mengisinya.',
    withComment('# kualifikasi_pelaksana:', 'kompetensi yang harus dimiliki pelaksana'),
    '#   - Memahami peraturan perundang-undangan di bidang ...',
    withComment('# keterkaitan:', 'SOP lain yang terkait'),
    '#   - SOP ...',
    withComment('# peralatan_perlengkapan:', 'peralatan dan perlengkapan yang diperlukan'),
    '#   - Perangkat komputer',
    withComment('# peringatan:', 'akibat bila SOP tidak dilaksanakan'),
    '#   - Jika SOP tidak dilaksanakan maka ...',
    withComment('# pencatatan_pendataan:', 'bagaimana hasilnya dicatat dan disimpan'),
    '#   - Disimpan sebagai arsip ...',
    '',
    '# Kolom pelaksana pada diagram alir, dari kiri ke kanan. Tulis jabatan (dari SOTK atau analisis',
    '# jabatan), bukan nama orang. Bentuk lain: - { id: kasubbag, nama: Kepala Subbagian Umum }',
    'pelaksana:',
    ...input.actors.map((actor) => `  - ${yamlScalar(actor)}`),
    '',
    '# Langkah prosedur dari atas ke bawah, satu kegiatan per butir; dinomori 1..N saat dicetak.',
    '# Kegiatan pertama digambar sebagai mulai, yang terakhir sebagai selesai (kapsul), yang memiliki',
    '# `tidak` sebagai keputusan (belah ketupat), lainnya sebagai proses (persegi panjang).',
    'kegiatan:',
  );

  const steps = skeletonSteps(input.actors);
  steps.forEach((step, i) => {
    const hints = i === 0;
    const decisionHints = i === 1;
    lines.push(
      hints ? withComment(`  - uraian: ${yamlScalar(step.uraian)}`, 'kalimat aktif diawali kata kerja, tanpa subjek') : `  - uraian: ${yamlScalar(step.uraian)}`,
      hints ? withComment(`    pelaksana: ${yamlScalar(step.actor)}`, 'id atau nama salah satu pelaksana') : `    pelaksana: ${yamlScalar(step.actor)}`,
    );
    if (hints) lines.push(withComment('    # id: terima', 'pengenal untuk dirujuk oleh ya/tidak/lanjut'));
    if (decisionHints) {
      lines.push(
        withComment('    # tidak: 1', 'adanya `tidak` menjadikan kegiatan ini keputusan;'),
        withComment('    #', 'tujuannya: id atau nomor kegiatan (boleh kembali ke atas)'),
        withComment('    # ya: 3', 'tujuan cabang ya; bawaan: kegiatan berikutnya'),
        withComment('    # label_ya: Lengkap', 'teks panah cabang; bawaan "Ya" dan "Tidak"'),
        '    # label_tidak: Tidak lengkap',
        withComment('    # lanjut: 1', 'untuk proses: lanjut ke kegiatan lain, bukan berikutnya'),
      );
    }
    lines.push(
      hints ? withComment(`    kelengkapan: ${yamlScalar(step.kelengkapan)}`, 'mutu baku: masukan/persyaratan (teks atau daftar)') : `    kelengkapan: ${yamlScalar(step.kelengkapan)}`,
      hints ? withComment(`    waktu: ${step.waktu}`, 'mutu baku: lama, mis. 15 menit, 1,5 jam, 1-2 hari') : `    waktu: ${step.waktu}`,
      hints ? withComment(`    output: ${yamlScalar(step.output)}`, 'mutu baku: keluaran kegiatan') : `    output: ${yamlScalar(step.output)}`,
    );
    if (hints) lines.push(withComment('    # keterangan: ...', 'catatan pada kolom Keterangan'));
  });

  lines.push(
    '',
    '# Jumlah waktu sepanjang alur utama (mengikuti cabang ya); bila diisi, `sop lint` memeriksanya.',
    `# waktu_total: ${formatMinutes(steps.reduce((sum, step) => sum + parseDuration(step.waktu)!.min, 0))}`,
    '',
  );
  return lines.map((l) => l.trimEnd()).join('\n');
}
