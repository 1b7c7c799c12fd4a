import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseConfig, loadProjectConfig } from '../../src/model/config.js';
import { loadSop } from '../../src/model/load.js';
import { formatDuration, usesDays } from '../../src/model/duration.js';
import { PACKAGE_SCHEMA_DIR, schemaRef } from '../../src/scaffold/schema-ref.js';
import { agencyCode, headOf, regionOf, updateGitignore } from '../../src/scaffold/project.js';
import { createFakeIo, type FakeIo } from '../helpers/cli.js';

const FLAGS = ['--pemerintah', 'Pemerintah Kabupaten Balangan', '--instansi', 'Dinas Perpustakaan dan Kearsipan'];

let fake: FakeIo;
afterEach(() => fake?.cleanup());

/** Every file below a folder, relative, sorted. */
function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('sop init', () => {
  it('creates the config, an example SOP and .gitignore, and says what it did', async () => {
    fake = createFakeIo();
    expect(await main(['init', 'proyek', ...FLAGS], fake.io)).toBe(0);
    expect(fake.stderr()).toBe('');
    expect(fake.stdout()).toBe(
      [
        'Dibuat: proyek/sop.config.yaml',
        'Dibuat: proyek/sops/penyusunan-lkjip.sop.yaml',
        'Dibuat: proyek/.gitignore',
        '',
        'Langkah berikutnya:',
        '  - lengkapi disahkan_oleh (nama, NIP) di sop.config.yaml',
        '  cd proyek && sop lint      # memeriksa semua SOP',
        '  cd proyek && sop new       # membuat SOP baru',
        '  cd proyek && sop render    # mencetak HTML ke dist/',
        '',
      ].join('\n'),
    );
    expect(listFiles(fake.dir)).toEqual(['proyek/.gitignore', 'proyek/sop.config.yaml', 'proyek/sops/penyusunan-lkjip.sop.yaml']);
    expect(fake.read('proyek/.gitignore')).toBe('# Hasil `sop render`\ndist/\n');
  });

  it('writes a valid config with instansi, approver, sources, output, paper and number pattern', async () => {
    fake = createFakeIo();
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    const text = fake.read('sop.config.yaml');
    const loaded = parseConfig({ path: 'sop.config.yaml', absPath: path.join(fake.dir, 'sop.config.yaml'), text }, fake.dir);
    expect(loaded.problems).toEqual([]);
    const { config } = loaded;
    expect(config.agency).toEqual({ pemerintah: 'Pemerintah Kabupaten Balangan', nama: 'Dinas Perpustakaan dan Kearsipan' });
    expect(config.approver).toEqual({ jabatan: 'Kepala Dinas Perpustakaan dan Kearsipan Kabupaten Balangan', nama: '(isi nama pejabat beserta gelar)' });
    expect(config.sources).toEqual(['sops/**/*.sop.yaml']);
    expect(config.outDir).toBe('dist');
    expect(config.paper).toBe('a4');
    expect(config.numberPattern).toBe('{urut}/SOP/DPK/{bulan_romawi}/{tahun}');
    // The approver's NIP is a commented placeholder to fill in.
    expect(text).toContain('\n  # nip: "19660313 198903 1 011"');
  });

  it('points the modelines at this package\'s schemas (absolute) when sop is not installed in the project', async () => {
    fake = createFakeIo();
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    const configRef = `${PACKAGE_SCHEMA_DIR.split(path.sep).join('/')}/sop.config.schema.json`;
    expect(fake.read('sop.config.yaml').split('\n')[0]).toBe(`# yaml-language-server: $schema=${configRef}`);
    expect(fake.read('sops/penyusunan-lkjip.sop.yaml').split('\n')[0]).toBe(
      `# yaml-language-server: $schema=${PACKAGE_SCHEMA_DIR.split(path.sep).join('/')}/sop.schema.json`,
    );
    expect(fs.existsSync(configRef)).toBe(true);
  });

  it('points the modelines at node_modules/sop/schemas by a relative path when sop is installed locally', async () => {
    fake = createFakeIo();
    fake.write('node_modules/sop/schemas/sop.schema.json', '{}');
    fake.write('node_modules/sop/schemas/sop.config.schema.json', '{}');
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    expect(fake.read('sop.config.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/sop/schemas/sop.config.schema.json');
    expect(fake.read('sops/penyusunan-lkjip.sop.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../node_modules/sop/schemas/sop.schema.json');
  });

  it('finds node_modules/sop in a parent folder (a workspace) and still writes a relative path', async () => {
    fake = createFakeIo();
    fake.write('node_modules/sop/schemas/sop.config.schema.json', '{}');
    expect(await main(['init', 'paket/sop-dinas', ...FLAGS], fake.io)).toBe(0);
    expect(fake.read('paket/sop-dinas/sop.config.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/sop/schemas/sop.config.schema.json');
  });

  it('uses a relative path to the package\'s own schemas when the project lies inside the package', () => {
    const exists = () => false;
    expect(schemaRef('sop.schema.json', '/repo/sops', '/repo', exists, '/repo/schemas')).toBe('../schemas/sop.schema.json');
    expect(schemaRef('sop.config.schema.json', '/repo', '/repo', exists, '/repo/schemas')).toBe('./schemas/sop.config.schema.json');
    expect(schemaRef('sop.schema.json', '/lain/sops', '/lain', exists, '/repo/schemas')).toBe('/repo/schemas/sop.schema.json');
  });

  it('makes an example SOP that lints clean; only the approver left to fill in is reported, once, in sop.config.yaml', async () => {
    fake = createFakeIo();
    expect(await main(['init', 'proyek', ...FLAGS], fake.io)).toBe(0);
    const inProject = createFakeIo({ cwd: path.join(fake.dir, 'proyek') });
    expect(await main(['lint'], inProject.io)).toBe(1);
    expect(inProject.stderr()).toBe('');
    const lines = fs.readFileSync(path.join(fake.dir, 'proyek', 'sop.config.yaml'), 'utf8').split('\n');
    const at = (text: string) => lines.findIndex((l) => l.startsWith(text)) + 1;
    expect(inProject.stdout().split('\n').filter((l) => l.includes('identitas/'))).toEqual([
      `  ${at('disahkan_oleh:')}:1  peringatan  Pejabat pengesah (Kepala Dinas Perpustakaan dan Kearsipan Kabupaten Balangan) tanpa NIP; tulis NIP 18 angka di disahkan_oleh.nip  identitas/kosong`,
      `  ${at('  nama: (isi')}:9  error       disahkan_oleh.nama masih berisi teks contoh "(isi nama pejabat beserta gelar)"; tulis nama pejabat beserta gelarnya  identitas/kosong`,
    ]);
    expect(inProject.stdout()).not.toContain('penyusunan-lkjip');
    // Filled in, the project lints clean.
    const config = path.join(fake.dir, 'proyek', 'sop.config.yaml');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('  nama: (isi nama pejabat beserta gelar)', '  nama: H. Rody Rahmady Noor, S.Sos.\n  nip: "19660313 198903 1 011"'));
    const again = createFakeIo({ cwd: path.join(fake.dir, 'proyek') });
    expect(await main(['lint'], again.io)).toBe(0);
    expect(again.stdout()).toBe('✔ 1 berkas diperiksa, tidak ada masalah\n');
  });

  it('keeps the example clean when the project grows (no related SOPs it cannot find)', async () => {
    fake = createFakeIo();
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    for (const nama of ['Pelayanan Surat Masuk', 'Pelayanan Surat Keluar']) {
      expect(await main(['new', '-y', '--nama', nama, '--pelaksana', 'Pengadministrasi Perkantoran,Kepala Subbagian Umum'], fake.io)).toBe(0);
    }
    const lint = createFakeIo({ cwd: fake.dir });
    await main(['lint', '--format', 'json'], lint.io);
    const results = JSON.parse(lint.stdout()) as Array<{ file: string; diagnostics: Array<{ ruleId: string }> }>;
    expect(results.find((r) => r.file === 'sops/penyusunan-lkjip.sop.yaml')?.diagnostics ?? []).toEqual([]);
    expect(results.flatMap((r) => r.diagnostics).filter((m) => m.ruleId.startsWith('keterkaitan/'))).toEqual([]);
  });

  it('makes an exemplary example: every actor used, a loop-back decision, full mutu baku, a correct waktu_total', async () => {
    fake = createFakeIo();
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    const { config } = loadProjectConfig(fake.dir, undefined);
    const abs = path.join(fake.dir, 'sops/penyusunan-lkjip.sop.yaml');
    const loaded = loadSop({ path: 'sops/penyusunan-lkjip.sop.yaml', absPath: abs, text: fs.readFileSync(abs, 'utf8') }, config);
    expect(loaded.problems).toEqual([]);
    const sop = loaded.sop!;
    expect(sop.number).toBe('01/SOP/DPK/XI/2026');
    expect(sop.actors.map((a) => a.name)).toEqual([
      'Analis Perencanaan, Evaluasi dan Pelaporan',
      'Kepala Subbagian Perencanaan dan Pelaporan',
      'Sekretaris Dinas',
      'Kepala Dinas',
    ]);
    const used = new Set(sop.steps.map((s) => s.actorId));
    expect(sop.actors.every((a) => used.has(a.id))).toBe(true);
    const decisions = sop.steps.filter((s) => s.symbol === 'keputusan');
    expect(decisions).toHaveLength(1);
    const loopBack = sop.edges.find((e) => e.from === decisions[0]!.number && e.kind === 'tidak')!;
    expect(loopBack.to).toBeLessThan(loopBack.from);
    for (const step of sop.steps) {
      expect(step.requirements.length, `kelengkapan of step ${step.number}`).toBeGreaterThan(0);
      expect(step.output.length, `output of step ${step.number}`).toBeGreaterThan(0);
      expect(step.duration, `waktu of step ${step.number}`).not.toBeNull();
    }
    expect(sop.declaredTotal!.text).toBe(formatDuration(sop.totalDuration!, config.workTime, 'id', usesDays('hari')));
    expect(sop.declaredTotal!.text).toBe('6 hari 6 jam 30 menit');
    expect(sop.dates).toMatchObject({ created: '2026-11-22', effective: '2026-11-22' });
  });

  it('refuses to overwrite an existing file without --force (exit 2, one line), and overwrites with it', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', 'kertas: f4\n');
    expect(await main(['init', ...FLAGS], fake.io)).toBe(2);
    expect(fake.stderr()).toBe('sop: sop.config.yaml sudah ada; gunakan --force untuk menimpanya\n');
    expect(fake.read('sop.config.yaml')).toBe('kertas: f4\n');
    expect(fake.exists('sops')).toBe(false);

    expect(await main(['init', '--force', ...FLAGS], fake.io)).toBe(0);
    expect(fake.read('sop.config.yaml')).toContain('nomor_pola: "{urut}/SOP/DPK/{bulan_romawi}/{tahun}"');
  });

  it('refuses when only the example SOP exists', async () => {
    fake = createFakeIo();
    fake.write('sops/penyusunan-lkjip.sop.yaml', 'nomor: x\n');
    expect(await main(['init', ...FLAGS], fake.io)).toBe(2);
    expect(fake.stderr()).toBe('sop: sops/penyusunan-lkjip.sop.yaml sudah ada; gunakan --force untuk menimpanya\n');
    expect(fake.exists('sop.config.yaml')).toBe(false);
  });

  it('names the missing flag when it cannot ask (not a terminal)', async () => {
    fake = createFakeIo();
    expect(await main(['init', '--instansi', 'Dinas Kesehatan'], fake.io)).toBe(2);
    expect(fake.stderr()).toBe('sop: sebutkan pemerintah daerah dengan --pemerintah "Pemerintah Kabupaten ..."\n');
    expect(await main(['init', '--pemerintah', 'Pemerintah Kota Batam'], fake.io)).toBe(2);
    expect(fake.stderr()).toContain('sop: sebutkan instansi dengan --instansi "Dinas ..."\n');
    expect(listFiles(fake.dir)).toEqual([]);
  });

  it('speaks English with --lang en', async () => {
    fake = createFakeIo();
    expect(await main(['--lang', 'en', 'init', '--pemerintah', 'Pemerintah Kota Batam'], fake.io)).toBe(2);
    expect(fake.stderr()).toBe('sop: give the agency with --instansi "Dinas ..."\n');
  });

  it('adds "Pemerintah" to a bare region, and takes --kode for the number pattern', async () => {
    fake = createFakeIo();
    expect(await main(['init', '--pemerintah', 'Kota Batam', '--instansi', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', '--kode', 'BKPSDM-BTM'], fake.io)).toBe(0);
    const { config } = loadProjectConfig(fake.dir, undefined);
    expect(config.agency!.pemerintah).toBe('Pemerintah Kota Batam');
    expect(config.approver!.jabatan).toBe('Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Batam');
    expect(config.numberPattern).toBe('{urut}/SOP/BKPSDM-BTM/{bulan_romawi}/{tahun}');
    expect(fake.read('sops/penyusunan-lkjip.sop.yaml')).toContain('\nnomor: 01/SOP/BKPSDM-BTM/XI/2026\n');
  });

  it('rejects a --kode that would break the number pattern', async () => {
    fake = createFakeIo();
    expect(await main(['init', ...FLAGS, '--kode', 'A/B'], fake.io)).toBe(2);
    expect(fake.stderr()).toBe('sop: --kode "A/B" tidak boleh memuat spasi, "/", "{" atau "}"\n');
  });

  it('appends dist/ to an existing .gitignore, and leaves one that has it alone', async () => {
    fake = createFakeIo();
    fake.write('a/.gitignore', 'node_modules/');
    fake.write('b/.gitignore', 'node_modules/\n/dist\n');
    expect(await main(['init', 'a', ...FLAGS], fake.io)).toBe(0);
    expect(fake.stdout()).toContain('Diperbarui: a/.gitignore (dist/)\n');
    expect(fake.read('a/.gitignore')).toBe('node_modules/\ndist/\n');
    expect(await main(['init', 'b', ...FLAGS], fake.io)).toBe(0);
    expect(fake.stdout()).not.toContain('b/.gitignore');
    expect(fake.read('b/.gitignore')).toBe('node_modules/\n/dist\n');
  });

  it('never touches files outside the project folder', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', 'kertas: f4\n');
    fake.write('.gitignore', 'x\n');
    expect(await main(['init', 'sub/proyek', ...FLAGS], fake.io)).toBe(0);
    expect(listFiles(fake.dir)).toEqual(['.gitignore', 'sop.config.yaml', 'sub/proyek/.gitignore', 'sub/proyek/sop.config.yaml', 'sub/proyek/sops/penyusunan-lkjip.sop.yaml']);
    expect(fake.read('sop.config.yaml')).toBe('kertas: f4\n');
    expect(fake.read('.gitignore')).toBe('x\n');
  });
});

describe('project scaffold helpers', () => {
  it.each([
    ['Dinas Perpustakaan dan Kearsipan', 'DPK'],
    ['Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'DPMPTSP'],
    ['Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'BKPSDM'],
    ['Sekretariat DPRD', 'SDPRD'],
    ['---', 'OPD'],
  ])('agencyCode(%s) = %s', (name, code) => {
    expect(agencyCode(name)).toBe(code);
  });

  it.each([
    ['Dinas Kesehatan', 'Kepala Dinas Kesehatan', 'Kepala Dinas'],
    ['Badan Pendapatan Daerah', 'Kepala Badan Pendapatan Daerah', 'Kepala Badan'],
    ['Inspektorat', 'Inspektur', 'Inspektur'],
    ['Sekretariat DPRD', 'Sekretaris DPRD', 'Sekretaris DPRD'],
    ['Kecamatan Paringin', 'Camat Paringin', 'Camat'],
    ['Kelurahan Paringin Kota', 'Lurah Paringin Kota', 'Lurah'],
    ['RSUD Balangan', 'Direktur RSUD Balangan', 'Direktur'],
    ['Satpol PP', 'Kepala Satpol PP', 'Kepala Satpol PP'],
  ])('headOf(%s)', (name, full, short) => {
    expect(headOf(name)).toEqual({ full, short });
  });

  it('regionOf strips "Pemerintah"', () => {
    expect(regionOf('Pemerintah Provinsi Kalimantan Selatan')).toBe('Provinsi Kalimantan Selatan');
  });

  it('updateGitignore handles CRLF files and a missing file', () => {
    expect(updateGitignore('dist/\r\nlib/\r\n')).toBeNull();
    expect(updateGitignore(null)).toBe('# Hasil `sop render`\ndist/\n');
    expect(updateGitignore('', 'keluaran/')).toBe('# Hasil `sop render`\nkeluaran/\n');
  });
});
