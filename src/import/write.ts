import { modeline, yamlScalar } from '../util/yaml-text.js';
import { SECTION_KEYS, type Guess, type ImportedSop, type ImportedStep } from './interpret.js';

export interface WriteOptions {
  schemaRef: string;
  /** The source file as the user named it. */
  source: string;
  today: string;
  /** Keys the project config supplies, so a missing value there is no hole in the file. */
  configHas: { pemerintah: boolean; instansi: boolean; approver: boolean };
}

/**
 * The imported SOP as YAML, in the key order of docs/format.md, with a `# periksa:` comment on
 * every line whose value was inferred and the source text that fit no field as a comment block.
 */
export function writeImported(sop: ImportedSop, options: WriteOptions): string {
  const notes = new Map<string, string[]>();
  for (const g of sop.guesses) notes.set(g.path, [...(notes.get(g.path) ?? []), g.note]);
  const lines: string[] = [];
  const used = new Set<string>();
  /** A line, with the notes for `path` (once per path). */
  const put = (line: string, path?: string) => {
    const n = path && !used.has(path) ? notes.get(path) : undefined;
    if (n) used.add(path!);
    lines.push(n ? `${line}  # periksa: ${n.join('; ').replace(/\s+/g, ' ')}` : line);
  };
  const scalar = (v: string) => yamlScalar(v.replace(/\s*\n\s*/g, ' '));

  lines.push(
    modeline(options.schemaRef),
    `# Diimpor dengan \`sop import\` dari ${JSON.stringify(options.source)} pada ${options.today}.`,
    '# Periksa setiap nilai bertanda "# periksa:", hapus tandanya, lalu jalankan `sop lint`.',
  );
  put(`nomor: ${scalar(sop.nomor)}`, 'nomor');
  put(`nama: ${scalar(sop.nama)}`, 'nama');
  lines.push('');

  const agency = sop.instansi;
  const agencyKeys = ['pemerintah', 'nama', 'unit', 'alamat', 'kode_pos', 'telepon', 'email', 'laman'] as const;
  const needPemerintah = !agency.pemerintah && !options.configHas.pemerintah;
  const needNama = !agency.nama && !options.configHas.instansi;
  if (agencyKeys.some((k) => agency[k]) || needPemerintah || needNama) {
    lines.push('instansi:');
    for (const key of agencyKeys) {
      const value = agency[key];
      if (value) put(`  ${key}: ${key === 'kode_pos' || key === 'telepon' ? JSON.stringify(value) : scalar(value)}`, `instansi.${key}`);
      else if (key === 'pemerintah' && needPemerintah) lines.push('  pemerintah: ""  # periksa: tidak ditemukan pada dokumen (mis. Pemerintah Kabupaten …)');
      else if (key === 'nama' && needNama) lines.push('  nama: ""  # periksa: nama perangkat daerah tidak ditemukan pada dokumen');
    }
    lines.push('');
  }

  lines.push('tanggal:');
  const date = (v: string | null) => (v === null ? 'null' : /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : scalar(v));
  put(`  pembuatan: ${date(sop.tanggal.pembuatan)}`, 'tanggal.pembuatan');
  put(`  revisi: ${date(sop.tanggal.revisi)}`, 'tanggal.revisi');
  put(`  efektif: ${date(sop.tanggal.efektif)}`, 'tanggal.efektif');
  lines.push('');

  const person = sop.disahkan_oleh;
  if (person.jabatan || person.nama || !options.configHas.approver) {
    put('disahkan_oleh:', 'disahkan_oleh');
    put(`  jabatan: ${scalar(person.jabatan ?? '')}`, 'disahkan_oleh.jabatan');
    put(`  nama: ${scalar(person.nama ?? '')}`, 'disahkan_oleh.nama');
    if (person.nip) put(`  nip: ${JSON.stringify(person.nip)}`, 'disahkan_oleh.nip');
    if (person.pangkat) put(`  pangkat: ${scalar(person.pangkat)}`, 'disahkan_oleh.pangkat');
    lines.push('');
  }

  const dasar = sop.sections.dasar_hukum ?? [];
  put('dasar_hukum:', 'dasar_hukum');
  if (!dasar.length) lines.push('  - "-"  # periksa: Dasar Hukum tidak ditemukan pada dokumen');
  for (const item of dasar) lines.push(`  - ${scalar(item)}`);
  for (const key of SECTION_KEYS.slice(1)) {
    const items = sop.sections[key];
    if (!items?.length) continue;
    put(`${key}:`, key);
    for (const item of items) lines.push(`  - ${scalar(item)}`);
  }
  lines.push('');

  put('pelaksana:', 'pelaksana');
  for (const actor of sop.pelaksana) lines.push(`  - ${scalar(actor)}`);
  lines.push('');

  lines.push('kegiatan:');
  sop.kegiatan.forEach((step, i) => writeStep(step, `kegiatan.${i}`, put, scalar));
  if (sop.waktu_total) {
    lines.push('');
    put(`waktu_total: ${scalar(sop.waktu_total)}`, 'waktu_total');
  }

  // Notes whose key has no line of its own (none should be left; kept so nothing is lost).
  const unplaced = sop.guesses.filter((g) => !used.has(g.path));
  if (unplaced.length || sop.leftovers.length) lines.push('');
  for (const g of unplaced) lines.push(`# periksa (${g.path}): ${g.note}`);
  if (sop.leftovers.length) {
    lines.push('# Teks dokumen sumber yang tidak masuk ke bagian mana pun (pindahkan atau hapus):');
    for (const left of sop.leftovers) {
      const text = left.text.replace(/\s*\n\s*/g, ' / ').replace(/\s+/g, ' ');
      lines.push(`#   ${left.where}: ${text}`);
    }
  }
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

function writeStep(step: ImportedStep, path: string, put: (line: string, path?: string) => void, scalar: (v: string) => string): void {
  put(`  - uraian: ${scalar(step.uraian)}`, path);
  if (!step.uraian) put('    # uraian kosong', `${path}.uraian`);
  put(`    pelaksana: ${scalar(step.pelaksana)}`, `${path}.pelaksana`);
  if (step.simbol) put(`    simbol: ${step.simbol}`, `${path}.simbol`);
  const target = (v: number | 'selesai') => String(v);
  if (step.ya !== undefined) put(`    ya: ${target(step.ya)}`, `${path}.ya`);
  if (step.tidak !== undefined) put(`    tidak: ${target(step.tidak)}`, `${path}.tidak`);
  if (step.label_ya) put(`    label_ya: ${scalar(step.label_ya)}`, `${path}.label_ya`);
  if (step.label_tidak) put(`    label_tidak: ${scalar(step.label_tidak)}`, `${path}.label_tidak`);
  if (step.lanjut !== undefined) put(`    lanjut: ${target(step.lanjut)}`, `${path}.lanjut`);
  const list = (key: string, value: string | string[] | undefined) => {
    if (value === undefined) return;
    if (typeof value === 'string') put(`    ${key}: ${scalar(value)}`, `${path}.${key}`);
    else {
      put(`    ${key}:`, `${path}.${key}`);
      for (const item of value) put(`      - ${scalar(item)}`);
    }
  };
  list('kelengkapan', step.kelengkapan);
  if (step.waktu !== undefined) put(`    waktu: ${scalar(step.waktu)}`, `${path}.waktu`);
  list('output', step.output);
  if (typeof step.keterangan === 'string') put(`    keterangan: ${scalar(step.keterangan)}`, `${path}.keterangan`);
  else if (step.keterangan) {
    put('    keterangan:', `${path}.keterangan`);
    put(`      teks: ${scalar(step.keterangan.teks)}`);
    put(`      sampai: ${step.keterangan.sampai}`);
  }
}

export type { Guess };
