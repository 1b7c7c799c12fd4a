/** Deterministic generated SOPs (YAML text) for the render tests: many actors, decisions, loop-backs. */
export function generateSopYaml(options: { steps: number; actors: number; seed: number; wordy?: boolean }): string {
  let state = options.seed >>> 0;
  const rand = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const verbs = ['Menerima', 'Memeriksa', 'Menyusun', 'Memverifikasi', 'Menandatangani', 'Mengarsipkan', 'Mengirimkan', 'Mencatat'];
  const objects = ['berkas permohonan', 'konsep surat', 'data kinerja', 'dokumen laporan', 'nota dinas', 'lembar disposisi'];
  const actors = Array.from({ length: options.actors }, (_, i) => `Pejabat Pelaksana ${i + 1}`);
  const lines: string[] = [
    `nomor: ${options.seed}/SOP/GEN/I/2024`,
    `nama: SOP Uji ${options.steps} Kegiatan ${options.actors} Pelaksana`,
    'instansi:',
    '  pemerintah: Pemerintah Kabupaten Contoh',
    '  nama: Dinas Contoh',
    '  alamat: Jl. Contoh No. 1',
    'tanggal:',
    '  pembuatan: 2024-01-02',
    'disahkan_oleh:',
    '  jabatan: Kepala Dinas Contoh',
    '  nama: Nama Pejabat, S.H.',
    '  nip: "197001011990031001"',
    'dasar_hukum:',
    '  - Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan',
    'pelaksana:',
    ...actors.map((a) => `  - ${a}`),
    'kegiatan:',
  ];
  let actor = 0;
  for (let n = 1; n <= options.steps; n++) {
    // Every actor appears: walk through them, with jumps.
    actor = n <= options.actors ? n - 1 : (actor + 1 + Math.floor(rand() * 3)) % options.actors;
    const words = options.wordy && rand() < 0.3 ? ' serta memastikan seluruh lampiran yang diperlukan telah lengkap dan sesuai ketentuan yang berlaku' : '';
    lines.push(`  - id: s${n}`);
    lines.push(`    uraian: ${pick(verbs)} ${pick(objects)}${words}`);
    lines.push(`    pelaksana: ${actors[actor]}`);
    const last = n === options.steps;
    if (!last && n > 2 && n < options.steps - 1 && n % 4 === 0) {
      const back = Math.max(1, n - 1 - Math.floor(rand() * 5));
      lines.push(`    tidak: s${back}`);
      if (rand() < 0.5 && n + 3 < options.steps) lines.push(`    ya: s${n + 2 + Math.floor(rand() * 2)}`);
    } else if (!last && n > 1 && n % 7 === 3 && n + 4 < options.steps) {
      lines.push(`    lanjut: s${n + 3}`);
    }
    lines.push(`    kelengkapan: ${pick(objects)}`);
    lines.push(`    waktu: ${1 + Math.floor(rand() * 50)} menit`);
    lines.push(`    output: ${pick(objects)} selesai`);
  }
  return lines.join('\n') + '\n';
}
