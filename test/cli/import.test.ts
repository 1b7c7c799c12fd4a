import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, tempProject } from '../helpers/cli.js';

const LO = path.resolve(import.meta.dirname, '../fixtures/import/lo');
const CONFIG = 'instansi:\n  pemerintah: Pemerintah Kabupaten Balangan\n  nama: Sekretariat Daerah\nsumber: [arsip-sop/**/*.sop.yaml]\n';

function project(): string {
  const dir = tempProject({ 'sop.config.yaml': CONFIG });
  fs.mkdirSync(path.join(dir, 'lama'));
  fs.copyFileSync(path.join(LO, 'surat-masuk.docx'), path.join(dir, 'lama', 'surat-masuk.docx'));
  fs.copyFileSync(path.join(LO, 'surat-masuk.xlsx'), path.join(dir, 'lama', 'Surat Masuk (Excel).xlsx'));
  fs.writeFileSync(path.join(dir, 'lama', 'versi-lama.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]));
  return dir;
}

describe('sop import', () => {
  it('imports a folder into the config\'s sumber folder, says what it guessed, lints the result, exit 1', async () => {
    const dir = project();
    const run = await runCli(['import', 'lama'], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines).toContain('gagal  lama/versi-lama.doc: format Word/Excel lama (.doc/.xls 97–2003); buka lalu simpan sebagai .docx atau .xlsx, kemudian impor lagi');
    expect(lines[0]).toBe('lama/Surat Masuk (Excel).xlsx → arsip-sop/pengelolaan-surat-masuk.sop.yaml: 5 kegiatan, 3 pelaksana, 1 keputusan; 1 tebakan');
    expect(lines).toContain('lama/surat-masuk.docx → arsip-sop/pengelolaan-surat-masuk-2.sop.yaml: 5 kegiatan, 3 pelaksana, 1 keputusan; 1 tebakan');
    expect(lines).toContain('  periksa  kegiatan.2.tidak: dibaca dari teks "Bila tidak sesuai kembali ke langkah 2"');
    expect(run.stdout).toContain('Temuan sop lint pada hasil impor:');
    expect(lines[lines.length - 2]).toBe('Diimpor 2 dari 3 berkas (2 dengan tebakan, 1 gagal).');
    const written = fs.readFileSync(path.join(dir, 'arsip-sop', 'pengelolaan-surat-masuk-2.sop.yaml'), 'utf8');
    // The modeline as `sop new` writes it (no local install here: the project's schema copy, written along).
    expect(written.split('\n').slice(0, 2)).toEqual(['# yaml-language-server: $schema=../.sop/schemas/sop.schema.json', '# Diimpor dengan `sop import` dari "surat-masuk.docx" pada 2026-11-22.']);
    expect(fs.readFileSync(path.join(dir, '.sop', 'schemas', 'sop.schema.json'), 'utf8')).toBe(fs.readFileSync(path.resolve(import.meta.dirname, '../../schemas/sop.schema.json'), 'utf8'));
    expect(lines).toContain('Dibuat: .sop/schemas/sop.schema.json');
    expect(written).toContain('    tidak: 2  # periksa: dibaca dari teks "Bila tidak sesuai kembali ke langkah 2"\n');
    const data = parse(written);
    expect(Object.keys(data)).toEqual(['nomor', 'nama', 'instansi', 'tanggal', 'disahkan_oleh', 'dasar_hukum', 'kualifikasi_pelaksana', 'keterkaitan', 'peralatan_perlengkapan', 'peringatan', 'pencatatan_pendataan', 'pelaksana', 'kegiatan']);
    // What was written lints like any SOP: the schema accepts it.
    const lint = await runCli(['lint', 'arsip-sop', '--format', 'json'], dir);
    const report = JSON.parse(lint.stdout) as Array<{ diagnostics: Array<{ ruleId: string; severity: string }> }>;
    expect(report.flatMap((f) => f.diagnostics).filter((d) => d.ruleId === 'skema')).toEqual([]);
  });

  it('never overwrites without --force; --dry-run writes nothing; --format json', async () => {
    const dir = project();
    const doc = 'lama/surat-masuk.docx';
    expect((await runCli(['import', doc], dir)).code).toBe(1);
    const again = await runCli(['import', doc], dir);
    expect(again.stdout.split('\n')[0]).toBe('gagal  arsip-sop/pengelolaan-surat-masuk.sop.yaml sudah ada; gunakan --force untuk menimpanya');
    expect((await runCli(['import', doc, '--force'], dir)).stdout).toContain('→ arsip-sop/pengelolaan-surat-masuk.sop.yaml');
    const dry = await runCli(['import', doc, '--dry-run', '--out', 'lain'], dir);
    expect(dry.stdout).toContain('# --- lain/pengelolaan-surat-masuk.sop.yaml\n# yaml-language-server');
    expect(fs.existsSync(path.join(dir, 'lain'))).toBe(false);
    const json = await runCli(['import', doc, '--dry-run', '--format', 'json'], dir);
    const start = json.stdout.lastIndexOf('\n[\n');
    const report = JSON.parse(json.stdout.slice(start + 1));
    expect(report[0]).toMatchObject({ source: doc, written: false, found: { steps: 5, actors: 3, decisions: 1 } });
    // --dry-run in a fresh project writes no schema copy either.
    const fresh = project();
    expect((await runCli(['import', doc, '--dry-run'], fresh)).stdout).toContain('\n# yaml-language-server: $schema=../.sop/schemas/sop.schema.json\n');
    expect(fs.existsSync(path.join(fresh, '.sop'))).toBe(false);
  });

  it('usage: no files is exit 2; a missing file fails alone', async () => {
    const dir = project();
    expect((await runCli(['import'], dir)).code).toBe(2);
    const run = await runCli(['import', 'tidak-ada.docx', 'lama/Surat Masuk (Excel).xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n')[0]).toBe('gagal  tidak-ada.docx: berkas tidak ditemukan');
    expect(fs.existsSync(path.join(dir, 'arsip-sop', 'pengelolaan-surat-masuk.sop.yaml'))).toBe(true);
  });
});
