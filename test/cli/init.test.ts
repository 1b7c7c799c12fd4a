import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseConfig, loadProjectConfig } from '../../src/model/config.js';
import { loadSop } from '../../src/model/load.js';
import { formatDuration, usesDays } from '../../src/model/duration.js';
import { PACKAGE_SCHEMA_DIR, schemaHome, schemaRef, workspaceSchemaRef } from '../../src/scaffold/schema-ref.js';
import { agencyCode, headOf, regionOf, updateGitignore } from '../../src/scaffold/project.js';
import { packageName } from '../../src/util/version.js';
import { createFakeIo, type FakeIo } from '../helpers/cli.js';

const FLAGS = ['--pemerintah', 'Pemerintah Kabupaten Balangan', '--instansi', 'Dinas Perpustakaan dan Kearsipan'];
const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** This version's schema, as the project's copy must hold it. */
const schemaText = (name: string) => fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8');

/** Everything `sop init` writes into a new project without a local install, relative, sorted. */
const ALL_FILES = [
  '.githooks/pre-commit',
  '.github/workflows/sop.yml',
  '.gitignore',
  '.gitlab-ci.yml',
  '.sop/schemas/sop.config.schema.json',
  '.sop/schemas/sop.schema.json',
  '.vscode/extensions.json',
  '.vscode/settings.json',
  'sop.config.yaml',
  'sops/penyusunan-lkjip.sop.yaml',
];

let fake: FakeIo;
afterEach(() => fake?.cleanup());

/** Every file below a folder, relative, sorted. */
function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/** Every file below a folder with its bytes, to show what a run left alone. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((f) => [f, fs.readFileSync(path.join(dir, f), 'base64')]));
}

const firstLine = (text: string) => text.split('\n')[0];

describe('sop init', () => {
  it('creates the project, wires editor, CI and hook, and says what it did', async () => {
    fake = createFakeIo();
    expect(await main(['init', 'proyek', ...FLAGS], fake.io)).toBe(0);
    expect(fake.stderr()).toBe('');
    expect(fake.stdout()).toBe(
      [
        'Dibuat: proyek/sop.config.yaml',
        'Dibuat: proyek/sops/penyusunan-lkjip.sop.yaml',
        'Dibuat: proyek/.sop/schemas/sop.schema.json',
        'Dibuat: proyek/.sop/schemas/sop.config.schema.json',
        'Dibuat: proyek/.gitignore',
        'Dibuat: proyek/.vscode/settings.json',
        'Dibuat: proyek/.vscode/extensions.json',
        'Dibuat: proyek/.github/workflows/sop.yml',
        'Dibuat: proyek/.gitlab-ci.yml',
        'Dibuat: proyek/.githooks/pre-commit',
        '',
        'Langkah berikutnya:',
        '  - lengkapi disahkan_oleh (nama, NIP) di sop.config.yaml',
        '  - aktifkan pemeriksaan sebelum commit: cd proyek && git config core.hooksPath .githooks',
        '  - pasang sop di proyek agar tim dan CI memakai versi yang sama: cd proyek && npm i -D sop-ap',
        '  cd proyek && sop lint      # memeriksa semua SOP',
        '  cd proyek && sop new       # membuat SOP baru',
        '  cd proyek && sop render    # mencetak HTML ke dist/',
        '',
      ].join('\n'),
    );
    expect(listFiles(path.join(fake.dir, 'proyek'))).toEqual(ALL_FILES);
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
});

describe('schema references', () => {
  it('without a local install: a copy of this version\'s schemas in .sop/schemas, referenced relative to each file', async () => {
    fake = createFakeIo();
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    expect(firstLine(fake.read('sop.config.yaml'))).toBe('# yaml-language-server: $schema=./.sop/schemas/sop.config.schema.json');
    expect(firstLine(fake.read('sops/penyusunan-lkjip.sop.yaml'))).toBe('# yaml-language-server: $schema=../.sop/schemas/sop.schema.json');
    expect(fake.read('.sop/schemas/sop.schema.json')).toBe(schemaText('sop.schema.json'));
    expect(fake.read('.sop/schemas/sop.config.schema.json')).toBe(schemaText('sop.config.schema.json'));
    expect(JSON.parse(fake.read('.vscode/settings.json'))).toEqual({
      'yaml.schemas': { './.sop/schemas/sop.schema.json': '**/*.sop.yaml', './.sop/schemas/sop.config.schema.json': 'sop.config.yaml' },
    });
    // The references resolve from where they are written, also after the project moves.
    const moved = path.join(path.dirname(fake.dir), `${path.basename(fake.dir)}-pindah`);
    fs.renameSync(fake.dir, moved);
    try {
      expect(fs.existsSync(path.resolve(moved, 'sops', '../.sop/schemas/sop.schema.json'))).toBe(true);
      expect(fs.existsSync(path.resolve(moved, './.sop/schemas/sop.config.schema.json'))).toBe(true);
    } finally {
      fs.renameSync(moved, fake.dir);
    }
  });

  it('with sop-ap installed in the project: node_modules/sop-ap/schemas by a relative path, no copy, npx in the next steps', async () => {
    fake = createFakeIo();
    fake.write('node_modules/sop-ap/schemas/sop.schema.json', '{}');
    fake.write('node_modules/sop-ap/schemas/sop.config.schema.json', '{}');
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    expect(firstLine(fake.read('sop.config.yaml'))).toBe('# yaml-language-server: $schema=./node_modules/sop-ap/schemas/sop.config.schema.json');
    expect(firstLine(fake.read('sops/penyusunan-lkjip.sop.yaml'))).toBe('# yaml-language-server: $schema=../node_modules/sop-ap/schemas/sop.schema.json');
    expect(JSON.parse(fake.read('.vscode/settings.json'))['yaml.schemas']).toEqual({
      './node_modules/sop-ap/schemas/sop.schema.json': '**/*.sop.yaml',
      './node_modules/sop-ap/schemas/sop.config.schema.json': 'sop.config.yaml',
    });
    expect(fake.exists('.sop')).toBe(false);
    expect(fake.stdout()).toContain('\n  npx sop lint      # memeriksa semua SOP\n');
    expect(fake.stdout()).not.toContain('npm i -D');
  });

  it('finds node_modules/sop-ap in a parent folder (a workspace) and still writes a relative path', async () => {
    fake = createFakeIo();
    fake.write('node_modules/sop-ap/schemas/sop.schema.json', '{}');
    fake.write('node_modules/sop-ap/schemas/sop.config.schema.json', '{}');
    expect(await main(['init', 'paket/sop-dinas', ...FLAGS], fake.io)).toBe(0);
    expect(firstLine(fake.read('paket/sop-dinas/sop.config.yaml'))).toBe('# yaml-language-server: $schema=../../node_modules/sop-ap/schemas/sop.config.schema.json');
    expect(firstLine(fake.read('paket/sop-dinas/sops/penyusunan-lkjip.sop.yaml'))).toBe('# yaml-language-server: $schema=../../../node_modules/sop-ap/schemas/sop.schema.json');
  });

  it('does not look above the repository root: a node_modules outside it is not the team\'s', async () => {
    fake = createFakeIo();
    fake.write('node_modules/sop-ap/schemas/sop.schema.json', '{}');
    fs.mkdirSync(path.join(fake.dir, 'repo', '.git'), { recursive: true });
    expect(await main(['init', 'repo', ...FLAGS], fake.io)).toBe(0);
    expect(firstLine(fake.read('repo/sops/penyusunan-lkjip.sop.yaml'))).toBe('# yaml-language-server: $schema=../.sop/schemas/sop.schema.json');
    expect(fake.exists('repo/.sop/schemas/sop.schema.json')).toBe(true);
  });

  it('schemaHome: installed, the package itself, else the copy; every reference relative', () => {
    const has = (...files: string[]) => (file: string) => files.includes(file);
    const own = { packageSchemaDir: '/pkg/schemas', packageName: 'sop-ap' };
    expect(schemaHome('/p', has('/p/node_modules/sop-ap/schemas/sop.schema.json'), own)).toEqual({ kind: 'installed', dir: '/p/node_modules/sop-ap/schemas' });
    expect(schemaHome('/w/p', has('/w/node_modules/sop-ap/schemas/sop.schema.json'), own)).toEqual({ kind: 'installed', dir: '/w/node_modules/sop-ap/schemas' });
    expect(schemaHome('/w/p', has('/w/p/.git', '/w/node_modules/sop-ap/schemas/sop.schema.json'), own)).toEqual({ kind: 'copy', dir: '/w/p/.sop/schemas' });
    // Another package's node_modules/sop is not this one.
    expect(schemaHome('/p', has('/p/node_modules/sop/schemas/sop.schema.json'), own)).toEqual({ kind: 'copy', dir: '/p/.sop/schemas' });
    // Working on sop itself: the repository's own schemas.
    expect(schemaHome('/pkg', has(), own)).toEqual({ kind: 'package', dir: '/pkg/schemas' });
    expect(schemaRef('sop.schema.json', '/pkg/sops', { kind: 'package', dir: '/pkg/schemas' })).toBe('../schemas/sop.schema.json');
    // A global install (the package far from the project): the copy, never the install folder.
    const home = schemaHome('/home/a/proyek', has(), { packageSchemaDir: '/usr/lib/node_modules/sop-ap/schemas' });
    expect(home).toEqual({ kind: 'copy', dir: '/home/a/proyek/.sop/schemas' });
    expect(schemaRef('sop.schema.json', '/home/a/proyek/sops/keuangan', home)).toBe('../../.sop/schemas/sop.schema.json');
    expect(schemaRef('sop.config.schema.json', '/home/a/proyek', home)).toBe('./.sop/schemas/sop.config.schema.json');
    expect(workspaceSchemaRef('sop.schema.json', '/home/a/proyek', home)).toBe('./.sop/schemas/sop.schema.json');
  });

  it('the package name the install is looked for under is the one in package.json', () => {
    expect(packageName).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).name);
    expect(packageName).toBe('sop-ap');
  });

  it('the reference to the package\'s own schemas is the running package\'s folder', () => {
    expect(PACKAGE_SCHEMA_DIR).toBe(path.join(ROOT, 'schemas'));
  });
});

describe('sop init (continued)', () => {
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

  it('run again, adds only what is missing and leaves every existing file byte-identical (exit 0)', async () => {
    fake = createFakeIo();
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    // Hand edits, and two generated files deleted.
    fs.appendFileSync(path.join(fake.dir, 'sop.config.yaml'), 'kertas: f4\n');
    fs.appendFileSync(path.join(fake.dir, '.github/workflows/sop.yml'), '# diubah\n');
    fs.appendFileSync(path.join(fake.dir, '.githooks/pre-commit'), '# diubah\n');
    fs.appendFileSync(path.join(fake.dir, 'sops/penyusunan-lkjip.sop.yaml'), '# diubah\n');
    fs.rmSync(path.join(fake.dir, '.gitlab-ci.yml'));
    fs.rmSync(path.join(fake.dir, '.vscode/extensions.json'));
    const before = snapshot(fake.dir);

    const again = createFakeIo({ cwd: fake.dir });
    // No --pemerintah/--instansi needed: nothing that needs them is written.
    expect(await main(['init'], again.io)).toBe(0);
    expect(again.stderr()).toBe('');
    expect(again.stdout()).toBe(
      [
        'Sudah ada: sop.config.yaml (tidak diubah)',
        'Sudah ada: sops/penyusunan-lkjip.sop.yaml (tidak diubah)',
        'Sudah ada: .sop/schemas/sop.schema.json (tidak diubah)',
        'Sudah ada: .sop/schemas/sop.config.schema.json (tidak diubah)',
        'Sudah ada: .gitignore (tidak diubah)',
        'Sudah ada: .vscode/settings.json (tidak diubah)',
        'Dibuat: .vscode/extensions.json',
        'Sudah ada: .github/workflows/sop.yml (tidak diubah)',
        'Dibuat: .gitlab-ci.yml',
        'Sudah ada: .githooks/pre-commit (tidak diubah)',
        '',
        'Langkah berikutnya:',
        '  - aktifkan pemeriksaan sebelum commit: git config core.hooksPath .githooks',
        '  - pasang sop di proyek agar tim dan CI memakai versi yang sama: npm i -D sop-ap',
        '  sop lint      # memeriksa semua SOP',
        '  sop new       # membuat SOP baru',
        '  sop render    # mencetak HTML ke dist/',
        '',
      ].join('\n'),
    );
    const after = snapshot(fake.dir);
    expect(Object.keys(after)).toEqual(ALL_FILES);
    for (const [file, bytes] of Object.entries(before)) expect(after[file], file).toBe(bytes);
    expect(fake.read('sop.config.yaml').endsWith('kertas: f4\n')).toBe(true);
  });

  it('--force rewrites the generated files, from the existing config when no flags are given', async () => {
    fake = createFakeIo();
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    const edited = ['sop.config.yaml', 'sops/penyusunan-lkjip.sop.yaml', '.github/workflows/sop.yml', '.gitlab-ci.yml', '.githooks/pre-commit'];
    for (const file of edited) fs.appendFileSync(path.join(fake.dir, file), '# diubah\n');
    fs.writeFileSync(path.join(fake.dir, '.sop/schemas/sop.schema.json'), '{}');

    const again = createFakeIo({ cwd: fake.dir });
    expect(await main(['init', '--force'], again.io)).toBe(0);
    const lines = again.stdout().split('\n');
    for (const file of [...edited, '.sop/schemas/sop.schema.json']) expect(lines).toContain(`Ditimpa: ${file}`);
    for (const file of ['.sop/schemas/sop.config.schema.json', '.gitignore', '.vscode/settings.json', '.vscode/extensions.json']) {
      expect(lines).toContain(`Sudah ada: ${file} (tidak diubah)`);
    }
    for (const file of edited) expect(fake.read(file), file).not.toContain('# diubah');
    expect(fake.read('sop.config.yaml')).toContain('\n  pemerintah: Pemerintah Kabupaten Balangan\n  nama: Dinas Perpustakaan dan Kearsipan\n');
    expect(fake.read('sop.config.yaml')).toContain('\nnomor_pola: "{urut}/SOP/DPK/{bulan_romawi}/{tahun}"\n');
    expect(fake.read('.sop/schemas/sop.schema.json')).toBe(schemaText('sop.schema.json'));
    expect(fs.statSync(path.join(fake.dir, '.githooks/pre-commit')).mode & 0o111).toBe(0o111);
  });

  it('an existing config supplies the agency and the number pattern of the example', async () => {
    fake = createFakeIo();
    const config = 'instansi:\n  pemerintah: Pemerintah Kabupaten Balangan\n  nama: Dinas Kesehatan\nnomor_pola: "{urut}/SOP/DINKES/{tahun}"\n';
    fake.write('sop.config.yaml', config);
    expect(await main(['init'], fake.io)).toBe(0);
    expect(fake.stdout().split('\n').slice(0, 2)).toEqual(['Sudah ada: sop.config.yaml (tidak diubah)', 'Dibuat: sops/penyusunan-lkjip.sop.yaml']);
    expect(fake.read('sop.config.yaml')).toBe(config);
    expect(fake.read('sops/penyusunan-lkjip.sop.yaml')).toContain('\nnomor: 01/SOP/DINKES/2026\n');
    expect(fake.read('sops/penyusunan-lkjip.sop.yaml')).toContain('\n    nama: Kepala Dinas\n');
    expect(fake.stdout()).not.toContain('disahkan_oleh');
  });

  it('writes the example only into a project without SOPs (also with --force): it is not re-created beside them', async () => {
    fake = createFakeIo();
    fake.write('sops/keuangan/spj.sop.yaml', 'nomor: 1\nnama: SPJ\n');
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    expect(fake.stdout()).toContain('Dibuat: sop.config.yaml\nDilewati: sops/penyusunan-lkjip.sop.yaml (proyek sudah berisi SOP; contoh hanya untuk proyek baru)\n');
    expect(fake.exists('sops/penyusunan-lkjip.sop.yaml')).toBe(false);
    expect(await main(['init', '--force'], fake.io)).toBe(0);
    expect(fake.exists('sops/penyusunan-lkjip.sop.yaml')).toBe(false);
  });

  it('-y asks nothing (no terminal needed): the code from the agency\'s initials, both CI files', async () => {
    fake = createFakeIo();
    expect(await main(['init', '-y', ...FLAGS], fake.io)).toBe(0);
    expect(loadProjectConfig(fake.dir, undefined).config.numberPattern).toBe('{urut}/SOP/DPK/{bulan_romawi}/{tahun}');
    expect(listFiles(fake.dir)).toEqual(ALL_FILES);
  });

  it('--ci chooses the CI files, --no-ci writes none, an unknown one is a usage error', async () => {
    fake = createFakeIo();
    expect(await main(['init', 'a', ...FLAGS, '--ci', 'gitlab'], fake.io)).toBe(0);
    expect(fake.exists('a/.gitlab-ci.yml')).toBe(true);
    expect(fake.exists('a/.github')).toBe(false);
    expect(await main(['init', 'b', ...FLAGS, '--ci', 'GitHub'], fake.io)).toBe(0);
    expect(fake.exists('b/.github/workflows/sop.yml')).toBe(true);
    expect(fake.exists('b/.gitlab-ci.yml')).toBe(false);
    expect(await main(['init', 'c', ...FLAGS, '--no-ci'], fake.io)).toBe(0);
    expect(fake.exists('c/.github') || fake.exists('c/.gitlab-ci.yml')).toBe(false);
    expect(fake.exists('c/.githooks/pre-commit')).toBe(true);
    const bad = createFakeIo();
    expect(await main(['init', ...FLAGS, '--ci', 'github,jenkins'], bad.io)).toBe(2);
    expect(bad.stderr()).toBe('sop: --ci "jenkins" tidak dikenal; pilih dari: github, gitlab (dipisah koma), atau --no-ci\n');
    expect(listFiles(bad.dir)).toEqual([]);
    bad.cleanup();
  });

  it('--update rewrites a stale schema copy to this version and touches nothing else', async () => {
    fake = createFakeIo();
    expect(await main(['init', ...FLAGS], fake.io)).toBe(0);
    fs.writeFileSync(path.join(fake.dir, '.sop/schemas/sop.schema.json'), '{"versi": "lama"}\n');
    fs.appendFileSync(path.join(fake.dir, 'sop.config.yaml'), 'kertas: f4\n');
    fs.rmSync(path.join(fake.dir, '.gitlab-ci.yml'));

    // A re-run without --update says the copy is another version's, and leaves it.
    const rerun = createFakeIo({ cwd: fake.dir });
    expect(await main(['init', '--no-ci'], rerun.io)).toBe(0);
    expect(rerun.stdout()).toContain('Sudah ada: .sop/schemas/sop.schema.json (dari versi lain; perbarui dengan `sop init --update`)\n');
    expect(fake.read('.sop/schemas/sop.schema.json')).toBe('{"versi": "lama"}\n');

    const before = snapshot(fake.dir);
    const update = createFakeIo({ cwd: fake.dir });
    expect(await main(['init', '--update'], update.io)).toBe(0);
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(update.stdout()).toBe(
      `Diperbarui: .sop/schemas/sop.schema.json (sop-ap ${version})\nSudah mutakhir: .sop/schemas/sop.config.schema.json (sop-ap ${version})\n`,
    );
    expect(fake.read('.sop/schemas/sop.schema.json')).toBe(schemaText('sop.schema.json'));
    const after = snapshot(fake.dir);
    delete before['.sop/schemas/sop.schema.json'];
    delete after['.sop/schemas/sop.schema.json'];
    expect(after).toEqual(before);
  });

  it('--update with sop-ap installed and no copy: nothing to refresh, nothing written', async () => {
    fake = createFakeIo();
    fake.write('node_modules/sop-ap/schemas/sop.schema.json', '{}');
    expect(await main(['init', '--update'], fake.io)).toBe(0);
    expect(fake.stdout()).toBe('Tidak ada salinan skema untuk diperbarui: SOP proyek ini memakai skema di node_modules/sop-ap/schemas (sop terpasang di proyek)\n');
    expect(listFiles(fake.dir)).toEqual(['node_modules/sop-ap/schemas/sop.schema.json']);
  });

  it('names the missing flag when it cannot ask (not a terminal, or -y)', async () => {
    fake = createFakeIo();
    expect(await main(['init', '--instansi', 'Dinas Kesehatan'], fake.io)).toBe(2);
    expect(fake.stderr()).toBe('sop: sebutkan pemerintah daerah dengan --pemerintah "Pemerintah Kabupaten ..."\n');
    expect(await main(['init', '-y', '--pemerintah', 'Pemerintah Kota Batam'], fake.io)).toBe(2);
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
    expect(fake.stdout()).toContain('Sudah ada: b/.gitignore (tidak diubah)\n');
    expect(fake.read('b/.gitignore')).toBe('node_modules/\n/dist\n');
  });

  it('never touches files outside the project folder', async () => {
    fake = createFakeIo();
    fake.write('sop.config.yaml', 'kertas: f4\n');
    fake.write('.gitignore', 'x\n');
    expect(await main(['init', 'sub/proyek', ...FLAGS], fake.io)).toBe(0);
    expect(listFiles(fake.dir)).toEqual(['.gitignore', 'sop.config.yaml', ...ALL_FILES.map((f) => `sub/proyek/${f}`)].sort());
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
