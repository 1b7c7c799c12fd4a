import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { loadProjectConfig } from '../../src/model/config.js';
import { loadSop } from '../../src/model/load.js';
import { formatSopNumber, nextSequence, numberPatternRegExp, romanMonth, unknownPlaceholders } from '../../src/scaffold/number.js';
import { skeletonSteps } from '../../src/scaffold/new-sop.js';
import { splitActors } from '../../src/cli/commands/new.js';
import { PACKAGE_SCHEMA_DIR } from '../../src/scaffold/schema-ref.js';
import { createFakeIo, type FakeIo } from '../helpers/cli.js';

const CONFIG = `instansi:
  pemerintah: Pemerintah Kabupaten Balangan
  nama: Dinas Perpustakaan dan Kearsipan
disahkan_oleh:
  jabatan: Kepala Dinas Perpustakaan dan Kearsipan Kabupaten Balangan
  nama: H. Rody Rahmady Noor, S.Sos., M.M.Pub.
  nip: "19660313 198903 1 011"
nomor_pola: "{urut}/SOP/DISPERSIP/{bulan_romawi}/{tahun}"
`;

const ACTORS = 'Pengadministrasi Perkantoran, Kepala Subbagian Umum, Sekretaris Dinas';

/** A minimal SOP with only a number, enough for the sequence scan. */
const withNumber = (nomor: string) => `nomor: ${nomor}\nnama: X\n`;

let fake: FakeIo;
afterEach(() => fake?.cleanup());

function load(fakeIo: FakeIo, rel: string) {
  const { config } = loadProjectConfig(fakeIo.dir, undefined);
  const abs = path.join(fakeIo.dir, rel);
  return loadSop({ path: rel, absPath: abs, text: fs.readFileSync(abs, 'utf8') }, config);
}

describe('SOP numbers', () => {
  it.each([
    [1, 'I'], [2, 'II'], [3, 'III'], [4, 'IV'], [5, 'V'], [6, 'VI'],
    [7, 'VII'], [8, 'VIII'], [9, 'IX'], [10, 'X'], [11, 'XI'], [12, 'XII'],
  ])('month %i is %s', (month, roman) => {
    expect(romanMonth(month)).toBe(roman);
  });

  it('rejects a month out of range', () => {
    expect(() => romanMonth(0)).toThrow(RangeError);
    expect(() => romanMonth(13)).toThrow(RangeError);
  });

  it('fills every placeholder from the date', () => {
    expect(formatSopNumber('{urut}/SOP/DPK/{bulan_romawi}/{tahun}', 3, '2026-11-22')).toBe('03/SOP/DPK/XI/2026');
    expect(formatSopNumber('SOP-{tahun}{bulan}-{urut}', 7, '2024-02-05', 3)).toBe('SOP-202402-007');
    expect(formatSopNumber('{urut}/{lain}/{tahun}', 12, '2024-09-01')).toBe('12/{lain}/2024');
    expect(unknownPlaceholders('{urut}/{lain}/{tahun}')).toEqual(['lain']);
  });

  it('takes the next number after the highest that matches the pattern, over all months and years', () => {
    const pattern = '{urut}/SOP/DISPERSIP/{bulan_romawi}/{tahun}';
    expect(nextSequence(pattern, ['01/SOP/DISPERSIP/VII/2023', '02/SOP/DISPERSIP/IX/2025'])).toEqual({ sequence: 3, width: 2 });
    expect(nextSequence(pattern, ['01/SOP/DISPERSIP/VII/2023', '09/SOP/DINKES/VII/2023', '2023', '4/SOP/DISPERSIP/XIII/2023'])).toEqual({ sequence: 2, width: 2 });
    expect(nextSequence(pattern, [])).toEqual({ sequence: 1, width: 2 });
    expect(nextSequence(pattern, ['009/SOP/DISPERSIP/I/2024'])).toEqual({ sequence: 10, width: 3 });
    expect(nextSequence(pattern, ['7/SOP/DISPERSIP/I/2024'])).toEqual({ sequence: 8, width: 1 });
    expect(nextSequence('SOP/{tahun}', ['SOP/2024'])).toEqual({ sequence: 1, width: 2 });
  });

  it('matches spacing and letter case loosely, punctuation exactly', () => {
    const re = numberPatternRegExp('{urut}/SOP/X.Y/{bulan_romawi}/{tahun}')!;
    expect(re.test(' 05/sop/X.Y/vii/2023 ')).toBe(true);
    expect(re.test('05/SOP/XzY/VII/2023')).toBe(false);
  });
});

describe('skeleton', () => {
  it.each([
    [['A'], ['A', 'A', 'A']],
    [['A', 'B'], ['A', 'B', 'A']],
    [['A', 'B', 'C', 'D'], ['A', 'B', 'C', 'D', 'A']],
  ])('uses every actor of %j', (actors, expected) => {
    expect(skeletonSteps(actors).map((s) => s.actor)).toEqual(expected);
  });

  it('splits actors on commas, or on semicolons when a jabatan has a comma', () => {
    expect(splitActors(' Staf ,  Kepala  Seksi,,staf ')).toEqual(['Staf', 'Kepala Seksi']);
    expect(splitActors('Analis Perencanaan, Evaluasi dan Pelaporan; Kepala Subbagian')).toEqual(['Analis Perencanaan, Evaluasi dan Pelaporan', 'Kepala Subbagian']);
  });
});

describe('sop new', () => {
  it('writes <slug>.sop.yaml in the first sumber folder, prints the path and the lint hint', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG);
    expect(await main(['new', '-y', '--nama', 'Pelayanan Surat Masuk', '--pelaksana', ACTORS], fake.io)).toBe(0);
    expect(fake.stderr()).toBe('');
    expect(fake.stdout()).toBe(
      [
        'Dibuat: sops/pelayanan-surat-masuk.sop.yaml',
        'Dibuat: .sop/schemas/sop.schema.json',
        'Dibuat: .sop/schemas/sop.config.schema.json',
        'Lengkapi isinya, lalu periksa dengan: sop lint sops/pelayanan-surat-masuk.sop.yaml',
        '',
      ].join('\n'),
    );
    const text = fake.read('sops/pelayanan-surat-masuk.sop.yaml');
    // Not installed in the project: the project's own copy of the schemas, by a relative path.
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../.sop/schemas/sop.schema.json');
    expect(fake.read('.sop/schemas/sop.schema.json')).toBe(fs.readFileSync(path.join(PACKAGE_SCHEMA_DIR, 'sop.schema.json'), 'utf8'));
    expect(text).toContain('\nnomor: 01/SOP/DISPERSIP/XI/2026 ');
    expect(text).toContain('\n  pembuatan: 2026-11-22 ');
  });

  it('makes a schema-valid SOP: the actors as columns, start, a process per actor, end', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG);
    expect(await main(['new', '-y', '--nama', 'Pelayanan Surat Masuk', '--pelaksana', ACTORS], fake.io)).toBe(0);
    const loaded = load(fake, 'sops/pelayanan-surat-masuk.sop.yaml');
    expect(loaded.problems).toEqual([]);
    const sop = loaded.sop!;
    expect(sop).not.toBeNull();
    expect(sop.title).toBe('Pelayanan Surat Masuk');
    expect(sop.actors.map((a) => a.name)).toEqual(['Pengadministrasi Perkantoran', 'Kepala Subbagian Umum', 'Sekretaris Dinas']);
    expect(sop.steps.map((s) => [s.symbol, s.actorId])).toEqual([
      ['mulai', 'pengadministrasi-perkantoran'],
      ['proses', 'kepala-subbagian-umum'],
      ['proses', 'sekretaris-dinas'],
      ['selesai', 'pengadministrasi-perkantoran'],
    ]);
    expect(sop.legalBasis.map((b) => b.text)).toEqual([
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan',
    ]);
  });

  it('makes a file the full rule set accepts, but for the identity sections it leaves to fill in', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG);
    expect(await main(['new', '-y', '--nama', 'Pelayanan Surat Masuk', '--pelaksana', ACTORS], fake.io)).toBe(0);
    const lint = createFakeIo({ cwd: fake.dir });
    expect(await main(['lint', '--format', 'json', 'sops/pelayanan-surat-masuk.sop.yaml'], lint.io)).toBe(0);
    const [result] = JSON.parse(lint.stdout()) as Array<{ diagnostics: Array<{ ruleId: string; severity: string; message: string }> }>;
    // The five sections `sop new` writes as comments, each reported once as a warning.
    expect(result!.diagnostics.map((m) => [m.ruleId, m.severity, m.message.slice(0, m.message.indexOf(')') + 1)])).toEqual(
      ['Keterkaitan (keterkaitan)', 'Kualifikasi Pelaksana (kualifikasi_pelaksana)', 'Pencatatan dan Pendataan (pencatatan_pendataan)', 'Peralatan/Perlengkapan (peralatan_perlengkapan)', 'Peringatan (peringatan)'].map(
        (s) => ['identitas/kosong', 'warn', `Bagian ${s}`],
      ),
    );
  });

  it('carries hints in Indonesian for the keys to fill', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG);
    expect(await main(['new', '-y', '--nama', 'Pelayanan Surat Masuk', '--pelaksana', ACTORS], fake.io)).toBe(0);
    const text = fake.read('sops/pelayanan-surat-masuk.sop.yaml');
    for (const hint of [
      'kelengkapan: Dokumen permohonan     # mutu baku: masukan/persyaratan (teks atau daftar)',
      'waktu: 10 menit                     # mutu baku: lama, mis. 15 menit, 1,5 jam, 1-2 hari',
      'output: Dokumen permohonan diterima # mutu baku: keluaran kegiatan',
      '# tidak: 1                          # adanya `tidak` menjadikan kegiatan ini keputusan;',
      '# ya: 3                             # tujuan cabang ya; bawaan: kegiatan berikutnya',
      '# lanjut: 1                         # untuk proses: lanjut ke kegiatan lain, bukan berikutnya',
      '# Peraturan yang menjadi dasar SOP, satu per butir: "<Jenis> Nomor <n> Tahun <yyyy> tentang <Judul>".',
      '# waktu_total: 1 jam 55 menit',
    ]) {
      expect(text).toContain(hint);
    }
  });

  it('numbers after the existing SOPs: 01 and 02 give 03', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG);
    fake.write('sops/a.sop.yaml', withNumber('01/SOP/DISPERSIP/VII/2023'));
    fake.write('sops/sub/b.sop.yaml', withNumber('02/SOP/DISPERSIP/I/2026'));
    fake.write('sops/c.sop.yaml', withNumber('15/SOP/DINKES/I/2026')); // another pattern: ignored
    fake.write('sops/d.sop.yaml', 'nomor: [rusak\n'); // broken YAML: skipped
    fake.write('lain/e.sop.yaml', withNumber('09/SOP/DISPERSIP/I/2026')); // outside sumber: ignored
    expect(await main(['new', '-y', '--nama', 'Pelayanan Surat Keluar', '--pelaksana', 'Staf Umum,Kepala Subbagian Umum'], fake.io)).toBe(0);
    expect(fake.read('sops/pelayanan-surat-keluar.sop.yaml')).toContain('\nnomor: 03/SOP/DISPERSIP/XI/2026 ');
    expect(await main(['new', '-y', '--nama', 'Pelayanan Arsip', '--pelaksana', 'Staf Umum,Arsiparis'], fake.io)).toBe(0);
    expect(fake.read('sops/pelayanan-arsip.sop.yaml')).toContain('\nnomor: 04/SOP/DISPERSIP/XI/2026 ');
  });

  it('prints the month in Roman numerals from today', async () => {
    fake = createFakeIo({ today: '2027-04-03' });
    fake.write('sop.config.yaml', CONFIG.replace('{bulan_romawi}', '{bulan_romawi}/{bulan}'));
    expect(await main(['new', '-y', '--nama', 'Pelayanan', '--pelaksana', 'Staf Umum,Kepala Seksi'], fake.io)).toBe(0);
    expect(fake.read('sops/pelayanan.sop.yaml')).toContain('\nnomor: 01/SOP/DISPERSIP/IV/04/2027 ');
  });

  it('takes --nomor over the pattern, and a file name', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG);
    expect(await main(['new', 'prosedur/surat', '-y', '--nomor', '800/12/SOP/2026', '--nama', 'Surat', '--pelaksana', 'Staf Umum,Kepala Seksi'], fake.io)).toBe(0);
    expect(fake.stdout()).toContain('Dibuat: prosedur/surat.sop.yaml\n');
    expect(fake.read('prosedur/surat.sop.yaml')).toContain('\nnomor: 800/12/SOP/2026 ');
  });

  it('puts the file in a folder given with a trailing slash, and in the config\'s own sumber folder', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG + 'sumber: ["prosedur/{a,b}/**/*.sop.yaml"]\n');
    expect(await main(['new', '-y', '--nama', 'Satu', '--pelaksana', 'Staf Umum,Kepala Seksi'], fake.io)).toBe(0);
    expect(fake.exists('prosedur/satu.sop.yaml')).toBe(true);
    expect(await main(['new', 'arsip/', '-y', '--nama', 'Dua', '--pelaksana', 'Staf Umum,Kepala Seksi'], fake.io)).toBe(0);
    expect(fake.exists('arsip/dua.sop.yaml')).toBe(true);
  });

  it('refuses to overwrite an existing file (exit 2) and leaves it alone', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG);
    fake.write('sops/pelayanan-surat-masuk.sop.yaml', 'lama\n');
    expect(await main(['new', '-y', '--nama', 'Pelayanan Surat Masuk', '--pelaksana', ACTORS], fake.io)).toBe(2);
    expect(fake.stderr()).toBe('sop: sops/pelayanan-surat-masuk.sop.yaml sudah ada; sop new tidak menimpa berkas\n');
    expect(fake.read('sops/pelayanan-surat-masuk.sop.yaml')).toBe('lama\n');
  });

  it.each([
    [['--pelaksana', 'Staf Umum'], 'sop: sebutkan nama SOP dengan --nama "..."\n'],
    [['--nama', 'Pelayanan'], 'sop: sebutkan pelaksana (jabatan) dengan --pelaksana "Jabatan A,Jabatan B"\n'],
    [['--nama', 'Pelayanan', '--pelaksana', ' , '], 'sop: sebutkan pelaksana (jabatan) dengan --pelaksana "Jabatan A,Jabatan B"\n'],
  ])('names the missing flag when it cannot ask: %j', async (args, message) => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG);
    expect(await main(['new', '-y', ...args], fake.io)).toBe(2);
    expect(fake.stderr()).toBe(message);
    expect(fake.exists('sops')).toBe(false);
  });

  it('needs --nomor without a nomor_pola, and says so in English with --lang en', async () => {
    fake = createFakeIo();
    expect(await main(['new', '--nama', 'Pelayanan', '--pelaksana', 'Staf Umum'], fake.io)).toBe(2);
    expect(fake.stderr()).toBe('sop: sebutkan nomor SOP dengan --nomor "...", atau isi nomor_pola di sop.config.yaml\n');
    expect(await main(['--lang', 'en', 'new', '--nama', 'Pelayanan', '--pelaksana', 'Staf Umum'], fake.io)).toBe(2);
    expect(fake.stderr()).toContain('sop: give the SOP number with --nomor "...", or set nomor_pola in sop.config.yaml\n');
  });

  it('without a config, writes instansi and disahkan_oleh placeholders so the file still loads', async () => {
    fake = createFakeIo();
    expect(await main(['new', '-y', '--nomor', '01/SOP/2026', '--nama', 'Pelayanan Surat', '--pelaksana', 'Staf Umum,Kepala Seksi'], fake.io)).toBe(0);
    const text = fake.read('sops/pelayanan-surat.sop.yaml');
    expect(text).toContain('\ninstansi:\n  pemerintah: Pemerintah Kabupaten (isi nama daerah)');
    expect(text).toContain('\ndisahkan_oleh:\n  jabatan: (isi jabatan pejabat pengesah)');
    const loaded = load(fake, 'sops/pelayanan-surat.sop.yaml');
    expect(loaded.problems).toEqual([]);
    expect(loaded.sop).not.toBeNull();
  });

  it('writes only the instansi key the config lacks', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG.replace('  nama: Dinas Perpustakaan dan Kearsipan\n', ''));
    expect(await main(['new', '-y', '--nama', 'Pelayanan', '--pelaksana', 'Staf Umum,Kepala Seksi'], fake.io)).toBe(0);
    const text = fake.read('sops/pelayanan.sop.yaml');
    expect(text).toContain('\ninstansi:\n  nama: (isi nama perangkat daerah)');
    expect(text).not.toContain('pemerintah:');
    expect(text).not.toContain('\ndisahkan_oleh:');
    expect(load(fake, 'sops/pelayanan.sop.yaml').sop!.agency.government).toBe('Pemerintah Kabupaten Balangan');
  });

  it('points the modeline at node_modules/sop-ap by a relative path when installed locally, and copies no schema', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG);
    fake.write('node_modules/sop-ap/schemas/sop.schema.json', '{}');
    expect(await main(['new', 'sops/bagian/surat.sop.yaml', '-y', '--nama', 'Surat', '--pelaksana', 'Staf Umum,Kepala Seksi'], fake.io)).toBe(0);
    expect(fake.read('sops/bagian/surat.sop.yaml').split('\n')[0]).toBe('# yaml-language-server: $schema=../../node_modules/sop-ap/schemas/sop.schema.json');
    expect(fake.exists('.sop')).toBe(false);
  });

  it('keeps an existing schema copy as it is (refreshing it is sop init --update\'s job)', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG);
    fake.write('.sop/schemas/sop.schema.json', '{"lama": true}');
    expect(await main(['new', '-y', '--nama', 'Surat', '--pelaksana', 'Staf Umum'], fake.io)).toBe(0);
    expect(fake.read('.sop/schemas/sop.schema.json')).toBe('{"lama": true}');
    expect(fake.stdout()).toBe('Dibuat: sops/surat.sop.yaml\nDibuat: .sop/schemas/sop.config.schema.json\nLengkapi isinya, lalu periksa dengan: sop lint sops/surat.sop.yaml\n');
  });

  it('works in a project made by sop init, continuing its numbering', async () => {
    fake = createFakeIo();
    expect(await main(['init', '--pemerintah', 'Pemerintah Kabupaten Balangan', '--instansi', 'Dinas Perpustakaan dan Kearsipan'], fake.io)).toBe(0);
    expect(await main(['new', '-y', '--nama', 'Pelayanan Surat Masuk', '--pelaksana', ACTORS], fake.io)).toBe(0);
    expect(fake.read('sops/pelayanan-surat-masuk.sop.yaml')).toContain('\nnomor: 02/SOP/DPK/XI/2026 ');
    expect(load(fake, 'sops/pelayanan-surat-masuk.sop.yaml').sop).not.toBeNull();
  });

  it('refuses a title that makes no file name', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', CONFIG);
    expect(await main(['new', '-y', '--nama', '???', '--pelaksana', 'Staf Umum'], fake.io)).toBe(2);
    expect(fake.stderr()).toBe('sop: tidak dapat membuat nama berkas dari "???"; sebutkan berkasnya\n');
  });
});
