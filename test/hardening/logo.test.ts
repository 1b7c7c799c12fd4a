/**
 * The logo, end to end on a real file system: the file view `sop lint` injects into the
 * identitas/logo rule, the project root render and lint share, `sop lint` reporting a bad logo
 * (in the SOP or once in sop.config.yaml), and `sop render` naming the file once in its failure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeFileView, projectRootOf } from '../../src/model/project.js';
import { defaultConfig } from '../../src/config/config.js';
import { htmlOptionsFor } from '../../src/build/plan.js';
import { runCli, tempDir, tempProject } from '../helpers/cli.js';
import { modelOf, VALID_SOP } from '../helpers/lint.js';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b40000000049454e44ae426082', 'hex');
const withLogo = (logo: string) => VALID_SOP.replace('  nama: Dinas Perpustakaan dan Kearsipan\n', `  nama: Dinas Perpustakaan dan Kearsipan\n  logo: ${logo}\n`);

const made: string[] = [];
const project = (files: Record<string, string | Buffer>) => {
  const dir = tempProject({});
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
};
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the real file view', () => {
  it('resolves links, tells files from folders and missing paths, and reads only the head', () => {
    const outside = tempDir();
    made.push(outside);
    fs.writeFileSync(path.join(outside, 'logo.png'), PNG);
    const big = Buffer.concat([PNG, Buffer.alloc(10_000, 0x41)]);
    const dir = project({ 'assets/logo.png': PNG, 'assets/besar.png': big });
    fs.symlinkSync(path.join(outside, 'logo.png'), path.join(dir, 'assets', 'tautan.png'));
    fs.symlinkSync(path.join(dir, 'assets', 'hilang.png'), path.join(dir, 'assets', 'putus.png'));
    const view = nodeFileView(defaultConfig(dir));

    expect(view.stat(path.join(dir, 'assets/logo.png'))).toEqual({ kind: 'file', realPath: path.join(dir, 'assets/logo.png'), size: PNG.length, head: new Uint8Array(PNG) });
    const head = view.stat(path.join(dir, 'assets/besar.png'));
    expect(head).toMatchObject({ kind: 'file', size: big.length });
    expect(head.head.length).toBe(4096);
    expect(view.stat(path.join(dir, 'assets/tautan.png'))).toMatchObject({ kind: 'file', realPath: path.join(outside, 'logo.png') });
    expect(view.stat(path.join(dir, 'assets/putus.png'))).toEqual({ kind: 'missing', realPath: path.join(dir, 'assets/putus.png'), size: 0, head: new Uint8Array() });
    expect(view.stat(path.join(dir, 'assets'))).toMatchObject({ kind: 'other', realPath: path.join(dir, 'assets') });
    expect(view.stat(path.join(dir, 'tidak-ada.png')).kind).toBe('missing');
  });

  it('has the project root render uses: the config folder, else the git work tree, else the folder given', () => {
    const dir = project({ 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/sops/a.sop.yaml': VALID_SOP });
    const sop = { ...modelOf(VALID_SOP), file: 'repo/sops/a.sop.yaml' };
    const plain = defaultConfig(dir);
    expect(projectRootOf(plain, sop)).toBe(path.join(dir, 'repo'));
    expect(nodeFileView(plain).projectRoot(sop)).toBe(path.join(dir, 'repo'));
    expect(htmlOptionsFor({ paper: 'a4', templateDir: null, config: plain, lang: 'id' }, sop).projectRoot).toBe(path.join(dir, 'repo'));
    const withConfig = { ...plain, file: path.join(dir, 'sop.config.yaml') };
    expect(nodeFileView(withConfig).projectRoot(sop)).toBe(dir);
    expect(projectRootOf(defaultConfig(dir), { ...sop, file: 'lain/a.sop.yaml' })).toBe(dir);
  });
});

describe('sop lint and a logo', () => {
  it('reports a missing, outside, non-image and too large logo in the SOP that names it', async () => {
    const outside = tempDir();
    made.push(outside);
    fs.writeFileSync(path.join(outside, 'logo.png'), PNG);
    const dir = project({
      'assets/logo.png': PNG,
      'assets/teks.png': 'bukan gambar',
      'assets/besar.png': Buffer.concat([PNG, Buffer.alloc(3 * 1024, 0)]),
      'sops/baik.sop.yaml': withLogo('../assets/logo.png'),
      'sops/hilang.sop.yaml': withLogo('../assets/hilang.png'),
      'sops/teks.sop.yaml': withLogo('../assets/teks.png'),
      'sops/besar.sop.yaml': withLogo('../assets/besar.png'),
      'sops/tautan.sop.yaml': withLogo('../assets/tautan.png'),
      'sop.config.yaml': 'lint:\n  aturan:\n    identitas/logo: [error, { maks_kb: 2 }]\n    identitas/nomor-unik: off\n',
    });
    fs.symlinkSync(path.join(outside, 'logo.png'), path.join(dir, 'assets', 'tautan.png'));
    const run = await runCli(['lint', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    const found = (JSON.parse(run.stdout) as { file: string; diagnostics: { line: number; column: number; ruleId: string; severity: string; message: string }[] }[])
      .flatMap((f) => f.diagnostics.filter((m) => m.ruleId === 'identitas/logo').map((m) => `${f.file}:${m.line}:${m.column} ${m.severity} ${m.message}`));
    expect(found).toEqual([
      'sops/besar.sop.yaml:6:9 error logo "../assets/besar.png" berukuran 4 KB, melebihi batas 2 KB (maks_kb); perkecil gambarnya',
      `sops/hilang.sop.yaml:6:9 error logo "../assets/hilang.png" tidak ditemukan (dicari di ${path.join(dir, 'assets/hilang.png')})`,
      `sops/tautan.sop.yaml:6:9 error logo "../assets/tautan.png" berada di luar folder proyek ${dir} (${path.join(outside, 'logo.png')}); salin berkas logo ke dalam proyek`,
      'sops/teks.sop.yaml:6:9 error logo "../assets/teks.png" bukan gambar PNG, JPEG, GIF, WebP, atau SVG (dilihat dari isinya, bukan dari nama berkasnya)',
    ]);
  });

  it('reports the config\'s logo once, in sop.config.yaml', async () => {
    const noAgency = VALID_SOP.replace(/^instansi:\n(?: .*\n)*/m, '');
    const dir = project({
      'sop.config.yaml': 'instansi:\n  pemerintah: Pemerintah Kabupaten Balangan\n  nama: Dinas Perpustakaan dan Kearsipan\n  logo: assets/hilang.png\nlint:\n  aturan:\n    identitas/nomor-unik: off\n',
      'sops/a.sop.yaml': noAgency,
      'sops/b.sop.yaml': noAgency,
    });
    const run = await runCli(['--lang', 'en', 'lint', '--no-color'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`sop.config.yaml\n  4:9  error  logo "assets/hilang.png" not found (looked for ${path.join(dir, 'assets/hilang.png')})  identitas/logo\n`);
    expect(run.stdout.match(/identitas\/logo/g)).toHaveLength(1);
  });

  it('is quiet about a good logo', async () => {
    const dir = project({ 'assets/logo.png': PNG, 'sops/a.sop.yaml': withLogo('../assets/logo.png') });
    const run = await runCli(['lint', '--format', 'json'], dir);
    expect(run.stdout).not.toContain('identitas/logo');
  });
});

describe('sop render and a bad logo', () => {
  it('names the file once: "✖ <file>: logo …"', async () => {
    const dir = project({ 'assets/teks.png': 'bukan gambar', 'sops/teks.sop.yaml': withLogo('../assets/teks.png'), 'sops/hilang.sop.yaml': withLogo('../assets/hilang.png') });
    const run = await runCli(['render', '--format', 'html'], dir);
    expect(run.code).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('✖'));
    expect(lines).toEqual([
      `✖ sops/hilang.sop.yaml: logo "../assets/hilang.png" tidak ditemukan (dicari di ${path.join(dir, 'assets/hilang.png')}).`,
      '✖ sops/teks.sop.yaml: logo "../assets/teks.png" bukan gambar PNG, JPEG, GIF, WebP, atau SVG.',
    ]);
  });
});
