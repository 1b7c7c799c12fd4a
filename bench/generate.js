// Generates realistic SOP YAML texts for benchmarks (no randomness: the same input every run).
const LEGAL = [
  'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
  'Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara',
  'Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah',
  'Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil',
  'Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah',
  'Peraturan Menteri Dalam Negeri Nomor 52 Tahun 2011 tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan',
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara',
];
const ACTORS = ['Kepala Dinas', 'Sekretaris', 'Kepala Bidang', 'Kasubbag Umum dan Kepegawaian', 'Analis Kepegawaian', 'Pengadministrasi Umum', 'Kepala Seksi', 'Pengolah Data'];
const VERBS = ['Menerima', 'Memeriksa', 'Mencatat', 'Menyusun', 'Memverifikasi', 'Menandatangani', 'Menyampaikan', 'Mengarsipkan'];

/** One SOP: `steps` steps over `actors` actors, decisions every 6th step looping back 2 steps. */
export function generateSop(index, { steps = 20, actors = 6, legal = 8 } = {}) {
  const names = ACTORS.slice(0, actors);
  const lines = [
    '# yaml-language-server: $schema=../schemas/sop.schema.json',
    `nomor: ${String(index + 1).padStart(3, '0')}/SOP/BENCH/VII/2023`,
    `nama: Prosedur Contoh Nomor ${index + 1}`,
    'instansi:',
    '  pemerintah: Pemerintah Kabupaten Balangan',
    '  nama: Dinas Contoh',
    'tanggal:',
    '  pembuatan: 2024-01-02',
    '  efektif: 2024-01-02',
    'disahkan_oleh:',
    '  jabatan: Kepala Dinas Contoh',
    '  nama: Nama Pejabat, S.Sos.',
    '  nip: "19660313 198903 1 011"',
    'dasar_hukum:',
    ...LEGAL.slice(0, legal).map((l) => `  - ${l}`),
    'kualifikasi_pelaksana:',
    '  - Memahami peraturan perundang-undangan',
    'peralatan_perlengkapan: [Komputer, Printer]',
    'pelaksana:',
    ...names.map((n) => `  - ${n}`),
    'kegiatan:',
  ];
  for (let s = 1; s <= steps; s++) {
    const actor = names[(s - 1) % names.length];
    lines.push(`  - id: l${s}`);
    lines.push(`    uraian: ${VERBS[s % VERBS.length]} berkas permohonan tahap ${s} beserta kelengkapannya`);
    lines.push(`    pelaksana: ${actor}`);
    if (s % 6 === 0 && s < steps) {
      lines.push(`    tidak: l${s - 2}`);
      lines.push('    label_tidak: Tidak lengkap');
    }
    lines.push('    kelengkapan: [Berkas permohonan, Formulir]');
    lines.push(`    waktu: ${(s % 4) * 15 + 15} menit`);
    lines.push(`    output: Berkas tahap ${s}`);
  }
  return lines.join('\n') + '\n';
}
