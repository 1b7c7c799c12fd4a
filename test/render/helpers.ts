import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSop } from '../../src/model/load.js';
import { defaultConfig } from '../../src/config/config.js';
import type { Sop } from '../../src/model/types.js';
import type { RenderHtmlOptions } from '../../src/render/index.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function sopFromText(text: string, file = 'sops/generated.sop.yaml'): Sop {
  const { sop, problems } = loadSop({ path: file, absPath: path.join(REPO, file), text }, defaultConfig(REPO));
  if (!sop) throw new Error(`${file}: ${JSON.stringify(problems)}`);
  return sop;
}

export function sampleSops(): Array<{ slug: string; sop: Sop }> {
  return fs
    .readdirSync(path.join(REPO, 'sops'))
    .filter((f) => f.endsWith('.sop.yaml'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.sop\.yaml$/, ''), sop: sopFromText(fs.readFileSync(path.join(REPO, 'sops', f), 'utf8'), `sops/${f}`) }));
}

export function renderOptions(overrides: Partial<RenderHtmlOptions> = {}): RenderHtmlOptions {
  return { paper: 'a4', templateDir: null, columnNumbers: true, approvalAtEnd: false, projectRoot: REPO, lang: 'id', ...overrides };
}

/** A small SOP: two actors, a decision, hostile text in its first step. */
export const RENDER_SOP = `nomor: 01/SOP/X/2024
nama: Uji Render
instansi:
  pemerintah: Pemerintah Kabupaten Uji
  nama: Dinas Uji
tanggal:
  pembuatan: 2023-07-01
  efektif: 2024-12-31
disahkan_oleh:
  jabatan: Kepala Dinas
  nama: Nama Kepala
  nip: "196603131989031011"
dasar_hukum:
  - Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan
kualifikasi_pelaksana: Memahami tugas
pelaksana: [Staf, Kepala Seksi]
kegiatan:
  - uraian: Menerima <script>alert(1)</script> berkas & "data"
    pelaksana: Staf
    kelengkapan: [Formulir, Komputer]
    waktu: 1 jam
    output: Berkas
  - uraian: Memeriksa berkas
    pelaksana: Kepala Seksi
    tidak: 1
    label_tidak: Kurang
    waktu: 30 menit
  - uraian: Mengarsipkan berkas
    pelaksana: Staf
    waktu: 15 menit
`;
