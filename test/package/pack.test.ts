import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';

/**
 * The package as a user gets it: `npm pack`, then `npm i -D <tarball>` into an empty project and
 * `npm i -g --prefix <folder>`, and the commands of the README's quick start run from there with
 * nothing else than a Chromium. The install takes its dependencies from npm's cache
 * (--prefer-offline; `npm ci` has filled it); the lib/ already built is packed as it is.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };

/** The Chromium the PDFs need: PUPPETEER_EXECUTABLE_PATH, else one in the usual places (as scripts/setup.sh installs it). */
function findChromium(): string | null {
  const candidates = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

const CHROMIUM = findChromium();
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const TITLE = CHROMIUM
  ? 'the npm package installed from its tarball'
  : 'the npm package installed from its tarball — SKIPPED: no Chromium found (set PUPPETEER_EXECUTABLE_PATH or install chromium)';

/** The environment of a user's shell: none of the npm_* variables of the npm run this suite may be in. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) && key !== 'INIT_CWD') env[key] = value;
  return { ...env, NO_COLOR: '1', PUPPETEER_EXECUTABLE_PATH: CHROMIUM ?? '', npm_config_update_notifier: 'false' };
}

function run(command: string, args: string[], cwd: string, timeoutMs = 120_000): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: userEnv(), timeout: timeoutMs });
}

/** A command that must succeed: its output in the failure message otherwise. */
function ok(result: SpawnSyncReturns<string>): SpawnSyncReturns<string> {
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
}

/** Where a file's `# yaml-language-server: $schema=` modeline points, resolved from the file's folder. */
function modelineTarget(file: string): { ref: string; target: string } {
  const first = fs.readFileSync(file, 'utf8').split('\n')[0]!;
  const ref = /^# yaml-language-server: \$schema=(.+)$/.exec(first)?.[1];
  if (!ref) throw new Error(`no modeline in ${file}: ${first}`);
  return { ref, target: path.resolve(path.dirname(file), ref) };
}

async function pageCount(file: string): Promise<number> {
  return (await PDFDocument.load(fs.readFileSync(file))).getPageCount();
}

const NPM_INSTALL_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund'];
const INIT_FLAGS = ['-y', '--pemerintah', 'Kabupaten Balangan', '--instansi', 'Dinas Perpustakaan dan Kearsipan'];

describe.skipIf(!CHROMIUM)(TITLE, () => {
  let work: string;
  let tarball: string;
  let packed: { path: string; mode: number }[];

  beforeAll(() => {
    // Reuse the built lib/ (npm test builds first); build only when it is missing.
    if (!fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js')) || !fs.existsSync(path.join(ROOT, 'lib', 'schema', 'validators.cjs'))) {
      execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore', env: userEnv() });
    }
    work = tempDir('sop-pack-');
    const pack = ok(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT));
    const [info] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string; mode: number }[] }];
    tarball = path.join(work, info.filename);
    packed = info.files;
  }, 300_000);

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  it('packs lib/, the schemas, templates, register, docs, bin and the release files; no sources, tests or maps', () => {
    expect(path.basename(tarball)).toBe(`${manifest.name}-${manifest.version}.tgz`);
    const files = packed.map((f) => f.path);
    for (const file of [
      'bin/sop.js',
      'lib/cli/main.js',
      'lib/schema/validators.cjs',
      'lib/render/runtime.js',
      'schemas/sop.schema.json',
      'schemas/sop.config.schema.json',
      'schemas/regulasi.schema.json',
      'templates/sop.hbs',
      'templates/sop.css',
      'data/regulasi.yaml',
      'docs/cli.md',
      'docs/format.md',
      'scripts/prepare.js',
      'README.md',
      'LICENSE',
      'CHANGELOG.md',
      'package.json',
    ]) {
      expect(files, file).toContain(file);
    }
    const unwanted = files.filter((f) => /^(src|test|bench|\.ci)\//.test(f) || /\.(map|ts)$/.test(f) || /^tsconfig|^vitest/.test(f) || f === 'docs/architecture.md');
    expect(unwanted).toEqual([]);
    // Every compiled module comes from a source that exists: no module left over from an old build.
    const stale = files
      .filter((f) => f.startsWith('lib/') && f.endsWith('.js'))
      .filter((f) => !fs.existsSync(path.join(ROOT, 'src', f.slice('lib/'.length).replace(/\.js$/, '.ts'))));
    expect(stale, 'run npm run build (it starts from an empty lib/)').toEqual([]);
    expect(packed.find((f) => f.path === 'bin/sop.js')!.mode & 0o111).toBe(0o111);
  });

  it('installs into an empty project; sop init, new, lint and render --format pdf work from there', async () => {
    const project = path.join(work, 'proyek');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'sop-dinas', version: '1.0.0', private: true }, null, 2));
    ok(run('npm', ['i', '-D', tarball, ...NPM_INSTALL_FLAGS], project, 300_000));
    const installed = path.join(project, 'node_modules', manifest.name);
    expect(JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8')).version).toBe(manifest.version);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8')).devDependencies)).toEqual([manifest.name]);
    expect(ok(run('npx', ['sop', '--version'], project)).stdout.trim()).toBe(manifest.version);

    // sop init: the project, its modelines into the installed package's schemas, relative.
    const init = ok(run('npx', ['sop', 'init', ...INIT_FLAGS], project));
    expect(init.stderr).toBe('');
    expect(init.stdout).toContain('Dibuat: sop.config.yaml\nDibuat: sops/penyusunan-lkjip.sop.yaml\n');
    expect(init.stdout).toContain('\n  npx sop lint      # memeriksa semua SOP\n');
    for (const file of ['.vscode/settings.json', '.vscode/extensions.json', '.github/workflows/sop.yml', '.gitlab-ci.yml', '.githooks/pre-commit', '.gitignore']) {
      expect(fs.existsSync(path.join(project, file)), file).toBe(true);
    }
    expect(fs.existsSync(path.join(project, '.sop'))).toBe(false);
    const configRef = modelineTarget(path.join(project, 'sop.config.yaml'));
    expect(configRef.ref).toBe(`./node_modules/${manifest.name}/schemas/sop.config.schema.json`);
    expect(configRef.target).toBe(path.join(installed, 'schemas', 'sop.config.schema.json'));
    const exampleRef = modelineTarget(path.join(project, 'sops', 'penyusunan-lkjip.sop.yaml'));
    expect(exampleRef.ref).toBe(`../node_modules/${manifest.name}/schemas/sop.schema.json`);
    expect(fs.readFileSync(exampleRef.target, 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'schemas', 'sop.schema.json'), 'utf8'));
    const settings = JSON.parse(fs.readFileSync(path.join(project, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
    for (const ref of Object.keys(settings['yaml.schemas'])) expect(fs.existsSync(path.resolve(project, ref)), ref).toBe(true);

    // sop new: a second SOP, its modeline resolving too.
    const created = ok(run('npx', ['sop', 'new', '-y', '--nama', 'Pelayanan Surat Masuk', '--pelaksana', 'Pengadministrasi Perkantoran,Kepala Subbagian Umum', 'sops/x.sop.yaml'], project));
    expect(created.stdout).toBe('Dibuat: sops/x.sop.yaml\nLengkapi isinya, lalu periksa dengan: sop lint sops/x.sop.yaml\n');
    expect(fs.existsSync(modelineTarget(path.join(project, 'sops', 'x.sop.yaml')).target)).toBe(true);

    // sop lint: the approver's name is still the placeholder (exit 1, the finding by name).
    const lint = run('npx', ['sop', 'lint'], project);
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toContain('disahkan_oleh.nama masih berisi teks contoh "(isi nama pejabat beserta gelar)"; tulis nama pejabat beserta gelarnya  identitas/kosong');
    expect(lint.stdout).toMatch(/✖ \d+ masalah \(1 error, /);
    expect(lint.status).toBe(1);

    // sop render --format pdf: both SOPs printed by the Chromium given, nothing downloaded.
    const render = run('npx', ['sop', 'render', '--format', 'pdf'], project, 300_000);
    expect(render.status, `${render.stdout}\n${render.stderr}`).toBe(0);
    const example = path.join(project, 'dist', 'penyusunan-lkjip.pdf');
    const skeleton = path.join(project, 'dist', 'x.pdf');
    // The identity sheet, then the flowchart: 7 steps fit one sheet, as do the skeleton's 4.
    expect(await pageCount(example)).toBe(2);
    expect(await pageCount(skeleton)).toBe(2);
    if (hasPoppler) {
      const text = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(execFileSync('pdfinfo', [example], { encoding: 'utf8' })).toMatch(/^Pages:\s+2$/m);
      expect(text(example)).toContain('Penyusunan Laporan Kinerja Instansi Pemerintah (LKjIP)');
      expect(text(example)).toContain('DINAS PERPUSTAKAAN DAN KEARSIPAN');
      expect(text(skeleton)).toContain('Pelayanan Surat Masuk');
    }
  }, 600_000);

  it('installs globally (npm i -g --prefix); sop init then keeps a schema copy in the project, no absolute path', () => {
    const prefix = path.join(work, 'global');
    ok(run('npm', ['i', '-g', '--prefix', prefix, tarball, ...NPM_INSTALL_FLAGS], work, 300_000));
    const bin = path.join(prefix, 'bin', 'sop');
    expect(ok(run(bin, ['--version'], work)).stdout.trim()).toBe(manifest.version);
    const project = path.join(work, 'proyek-global');
    fs.mkdirSync(project);
    ok(run(bin, ['init', ...INIT_FLAGS], project));
    ok(run(bin, ['new', '-y', '--nama', 'Pelayanan Surat Keluar', '--pelaksana', 'Pengadministrasi Perkantoran,Sekretaris Dinas'], project));
    const copy = path.join(project, '.sop', 'schemas');
    for (const name of ['sop.schema.json', 'sop.config.schema.json']) {
      expect(fs.readFileSync(path.join(copy, name), 'utf8')).toBe(fs.readFileSync(path.join(ROOT, 'schemas', name), 'utf8'));
    }
    expect(modelineTarget(path.join(project, 'sop.config.yaml')).target).toBe(path.join(copy, 'sop.config.schema.json'));
    expect(modelineTarget(path.join(project, 'sops', 'penyusunan-lkjip.sop.yaml')).target).toBe(path.join(copy, 'sop.schema.json'));
    expect(modelineTarget(path.join(project, 'sops', 'pelayanan-surat-keluar.sop.yaml')).target).toBe(path.join(copy, 'sop.schema.json'));
    // Nothing written names the install folder (or any absolute path to a schema).
    for (const file of ['sop.config.yaml', 'sops/penyusunan-lkjip.sop.yaml', 'sops/pelayanan-surat-keluar.sop.yaml', '.vscode/settings.json']) {
      const text = fs.readFileSync(path.join(project, file), 'utf8');
      expect(text, file).not.toContain(prefix);
      expect(text, file).not.toMatch(/\$schema=\//);
    }
    const lint = run(bin, ['lint'], project);
    expect(lint.stdout).toContain('identitas/kosong');
    expect(lint.status).toBe(1);
  }, 600_000);
});
