import fs from 'node:fs';
import path from 'node:path';
import { loadSop } from '../../src/model/load.js';
import { defaultConfig } from '../../src/config/config.js';
import type { ProjectConfig } from '../../src/config/types.js';
import { lintLoaded, wordResults } from '../../src/lint/run.js';
import type { Rule } from '../../src/lint/rule.js';
import { rulesIn } from '../../src/lint/registry.js';
import { createRegister, type Register } from '../../src/lint/regulations/register.js';
import type { Sop } from '../../src/model/types.js';
import type { WordedDiagnostic } from '../../src/util/diagnostic.js';
import type { Lang } from '../../src/util/lang.js';
import { say } from '../../src/i18n/messages.js';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '..', 'fixtures');

export interface LintTextOptions {
  rules: readonly Rule[];
  config?: Partial<ProjectConfig>;
  register?: Register;
  today?: string;
  lang?: Lang;
  file?: string;
}

/** Lints YAML text in memory with the given rules; returns the diagnostics in words. */
export function lintText(text: string, options: LintTextOptions): WordedDiagnostic[] {
  return lintTexts([{ file: options.file ?? 'uji.sop.yaml', text }], options)[0]!;
}

/** Lints several files as one set (for cross-file rules). */
export function lintTexts(files: { file: string; text: string }[], options: LintTextOptions): WordedDiagnostic[][] {
  const config = { ...defaultConfig('/proyek'), ...options.config };
  const lang = options.lang ?? 'id';
  const loaded = files.map((f) => loadSop({ path: f.file, absPath: path.join('/proyek', f.file), text: f.text }, config));
  const results = lintLoaded(loaded, {
    config,
    rules: options.rules,
    register: options.register ?? createRegister([]),
    today: options.today ?? '2026-11-22',
  });
  return wordResults(results, options.rules, lang).map((r) => r.diagnostics);
}

/** The findings of one rule as `line:col severity rule message` lines, the form rule tests compare. */
export function findings(text: string, rule: Rule, options: Omit<LintTextOptions, 'rules'> = {}): string[] {
  return lintText(text, { ...options, rules: [rule] }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
}

/** Builds the model of YAML text (must be schema-valid). */
export function modelOf(text: string, config?: Partial<ProjectConfig>): Sop {
  const cfg = { ...defaultConfig('/proyek'), ...config };
  const loaded = loadSop({ path: 'uji.sop.yaml', absPath: '/proyek/uji.sop.yaml', text }, cfg);
  if (!loaded.sop) throw new Error('not schema-valid: ' + loaded.problems.map((p) => say('en', p.messageId, p.data)).join('; '));
  return loaded.sop;
}

/** A short, valid SOP. Pass overrides as YAML lines replacing whole top-level keys. */
export const VALID_SOP = `nomor: 01/SOP/DISPERSIP/VII/2023
nama: Pelaksanaan Pengukuran Kinerja
instansi:
  pemerintah: Pemerintah Kabupaten Balangan
  nama: Dinas Perpustakaan dan Kearsipan
tanggal:
  pembuatan: 2023-07-01
  efektif: 2023-07-01
disahkan_oleh:
  jabatan: Kepala Dinas Perpustakaan dan Kearsipan
  nama: H. Rody Rahmady Noor, S.Sos, MM.Pub
  nip: "19660313 198903 1 011"
dasar_hukum:
  - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali, terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
  - Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah
pelaksana:
  - Staf
  - id: kasubbag
    nama: Kasubbag Perencanaan dan Pelaporan
kegiatan:
  - uraian: Mengumpulkan data kinerja
    pelaksana: Staf
    kelengkapan: Formulir kinerja
    waktu: 2 jam
    output: Data kinerja
  - id: periksa
    uraian: Memeriksa data kinerja
    pelaksana: kasubbag
    tidak: 1
    kelengkapan: Data kinerja
    waktu: 1 jam
    output: Data kinerja diperiksa
  - uraian: Mengarsipkan dokumen
    pelaksana: Staf
    kelengkapan: Dokumen
    waktu: 15 menit
    output: Dokumen tersimpan
`;

/** The five identity sections besides Dasar Hukum, filled in (identitas/kosong asks for them). */
export const SECTIONS = `kualifikasi_pelaksana: Memahami peraturan perundang-undangan tentang kepegawaian
keterkaitan: Tidak ada
peralatan_perlengkapan: [Formulir kinerja, Perangkat komputer]
peringatan: Jika SOP tidak dilaksanakan maka kinerja pegawai tidak terukur
pencatatan_pendataan: Disimpan sebagai dokumen kepegawaian
`;

/** VALID_SOP with every identity section: clean under the full rule set. */
export const COMPLETE_SOP = VALID_SOP + SECTIONS;

/** The rules about steps: actors, verbs, Mutu Baku, time, flow and cross-references. */
export const stepRules = rulesIn('pelaksana', 'kegiatan', 'mutu-baku', 'waktu', 'alur', 'keterkaitan');

/** Findings of the given rules over sops/, linted together as the project lints them (so its disable comments apply). */
export function sampleFindings(ids: readonly string[]): string[] {
  const dir = path.resolve(import.meta.dirname, '..', '..', 'sops');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sop.yaml')).sort().map((f) => ({ file: `sops/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  return lintTexts(files, { rules: stepRules }).flat().filter((d) => ids.includes(d.ruleId)).map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}
