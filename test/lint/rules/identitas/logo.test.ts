import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_SOP } from '../../../helpers/lint.js';
import rule from '../../../../src/lint/rules/identitas/logo.js';
import { lintLoaded, wordResults } from '../../../../src/lint/run.js';
import type { FileStat, FileView } from '../../../../src/lint/rule.js';
import { createRegister } from '../../../../src/lint/regulations/register.js';
import { defaultConfig } from '../../../../src/config/config.js';
import { parseConfig } from '../../../../src/model/config.js';
import { loadSop } from '../../../../src/model/load.js';
import type { ProjectConfig } from '../../../../src/config/types.js';
import type { Lang } from '../../../../src/util/lang.js';

const ROOT = '/proyek';
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const SVG = new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>');
const TEXT = new TextEncoder().encode('bukan gambar');

type Entry = { file: Uint8Array; size?: number } | { dir: true } | { link: string };

/** A fake file system: paths → files, folders and symbolic links (resolved like realpath). */
function fakeFiles(entries: Record<string, Entry>, root = ROOT): FileView & { asked: string[] } {
  const asked: string[] = [];
  const real = (p: string, depth = 0): string | null => {
    if (depth > 8) return null;
    const parts = path.resolve(p).split('/').filter(Boolean);
    let at = '/';
    for (const part of parts) {
      at = path.join(at, part);
      const entry = entries[at];
      if (entry && 'link' in entry) {
        const target = real(path.resolve(path.dirname(at), entry.link), depth + 1);
        if (!target) return null;
        at = target;
      } else if (!entry && at !== root && !Object.keys(entries).some((k) => k.startsWith(`${at}/`))) {
        return null;
      }
    }
    return at;
  };
  return {
    asked,
    projectRoot: () => root,
    stat(absPath): FileStat {
      asked.push(absPath);
      const resolved = real(absPath);
      if (!resolved) return { kind: 'missing', realPath: path.resolve(absPath), size: 0, head: new Uint8Array() };
      const entry = entries[resolved];
      if (entry && 'file' in entry) return { kind: 'file', realPath: resolved, size: entry.size ?? entry.file.length, head: entry.file.subarray(0, 4096) };
      return { kind: 'other', realPath: resolved, size: 4096, head: new Uint8Array() };
    },
  };
}

const FILES = fakeFiles({
  '/proyek/assets/logo.png': { file: PNG },
  '/proyek/assets/logo.svg': { file: SVG },
  '/proyek/assets/logo-teks.png': { file: TEXT },
  '/proyek/assets/besar.png': { file: PNG, size: 2 * 1024 * 1024 + 1 },
  '/proyek/assets/pas.png': { file: PNG, size: 2 * 1024 * 1024 },
  '/proyek/assets/folder.png': { dir: true },
  '/proyek/assets/tautan.png': { link: '/rumah/gambar/logo.png' },
  '/proyek/assets/tautan-dalam.png': { link: 'logo.png' },
  '/proyek/assets/putus.png': { link: 'tidak-ada.png' },
  '/rumah/gambar/logo.png': { file: PNG },
  '/lain/logo.png': { file: PNG },
});

/** VALID_SOP (in /proyek/sops/) with `logo: <logo>` under instansi (line 6). */
const withLogo = (logo: string) => VALID_SOP.replace('  nama: Dinas Perpustakaan dan Kearsipan\n', `  nama: Dinas Perpustakaan dan Kearsipan\n  logo: ${logo}\n`);

interface RunOptions {
  files?: FileView | null;
  config?: Partial<ProjectConfig>;
  configText?: string;
  lang?: Lang;
}

/** Lints SOPs in /proyek/sops/ with the rule and a file view; findings as `file:line:col severity message`. */
function run(texts: string | string[], options: RunOptions = {}): string[] {
  const parsedConfig = options.configText ? parseConfig({ path: 'sop.config.yaml', absPath: `${ROOT}/sop.config.yaml`, text: options.configText }, ROOT) : null;
  if (parsedConfig?.problems.length) throw new Error(JSON.stringify(parsedConfig.problems));
  const config = { ...(parsedConfig?.config ?? defaultConfig(ROOT)), ...options.config };
  const list = Array.isArray(texts) ? texts : [texts];
  const loaded = list.map((text, i) => loadSop({ path: `sops/uji-${i + 1}.sop.yaml`, absPath: `${ROOT}/sops/uji-${i + 1}.sop.yaml`, text }, config));
  const results = lintLoaded(loaded, {
    config,
    rules: [rule],
    register: createRegister([]),
    today: '2026-11-22',
    configParsed: parsedConfig?.parsed ?? null,
    files: options.files === undefined ? FILES : options.files,
  });
  return wordResults(results, [rule], options.lang ?? 'id').flatMap((r) => r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`));
}

describe('identitas/logo', () => {
  it('accepts no logo, and a PNG or SVG inside the project (also through a link that stays inside)', () => {
    expect(run(VALID_SOP)).toEqual([]);
    expect(run(withLogo('../assets/logo.png'))).toEqual([]);
    expect(run(withLogo('../assets/logo.svg'))).toEqual([]);
    expect(run(withLogo('../assets/tautan-dalam.png'))).toEqual([]);
    expect(run(withLogo('../assets/pas.png'))).toEqual([]);
  });

  it('checks nothing without a file view (a caller that gives none)', () => {
    expect(run(withLogo('../tidak-ada.png'), { files: null })).toEqual([]);
  });

  it.each([
    ['../assets/tidak-ada.png', 'logo "../assets/tidak-ada.png" tidak ditemukan (dicari di /proyek/assets/tidak-ada.png)'],
    ['../assets/putus.png', 'logo "../assets/putus.png" tidak ditemukan (dicari di /proyek/assets/putus.png)'],
    ['../../lain/logo.png', 'logo "../../lain/logo.png" berada di luar folder proyek /proyek (/lain/logo.png); salin berkas logo ke dalam proyek'],
    ['../assets/tautan.png', 'logo "../assets/tautan.png" berada di luar folder proyek /proyek (/rumah/gambar/logo.png); salin berkas logo ke dalam proyek'],
    ['/rumah/gambar/logo.png', 'logo "/rumah/gambar/logo.png" berada di luar folder proyek /proyek (/rumah/gambar/logo.png); salin berkas logo ke dalam proyek'],
    ['../assets/folder.png', 'logo "../assets/folder.png" bukan berkas (/proyek/assets/folder.png)'],
    ['../assets/logo-teks.png', 'logo "../assets/logo-teks.png" bukan gambar PNG, JPEG, GIF, WebP, atau SVG (dilihat dari isinya, bukan dari nama berkasnya)'],
    ['../assets/besar.png', 'logo "../assets/besar.png" berukuran 2049 KB, melebihi batas 2048 KB (maks_kb); perkecil gambarnya'],
  ])('reports %s at instansi.logo', (logo, message) => {
    expect(run(withLogo(logo))).toEqual([`sops/uji-1.sop.yaml:6:9 error ${message}`]);
  });

  it('does not look inside a file outside the project', () => {
    const files = fakeFiles({ '/lain/teks.png': { file: TEXT, size: 9e9 } });
    expect(run(withLogo('../../lain/teks.png'), { files })).toEqual([
      'sops/uji-1.sop.yaml:6:9 error logo "../../lain/teks.png" berada di luar folder proyek /proyek (/lain/teks.png); salin berkas logo ke dalam proyek',
    ]);
  });

  it('takes the limit from maks_kb', () => {
    const config = { lint: { rules: { 'identitas/logo': ['error', { maks_kb: 1 }] as ['error', Record<string, unknown>] }, overrides: [], register: null } };
    const files = fakeFiles({ '/proyek/assets/logo.png': { file: PNG, size: 1025 } });
    expect(run(withLogo('../assets/logo.png'), { files, config, lang: 'en' })).toEqual([
      'sops/uji-1.sop.yaml:6:9 error logo "../assets/logo.png" is 2 KB, over the limit of 1 KB (maks_kb); make the image smaller',
    ]);
    expect(run(withLogo('../assets/logo.png'), { files: fakeFiles({ '/proyek/assets/logo.png': { file: PNG, size: 1024 } }), config })).toEqual([]);
  });

  it('reports a text file too large as both', () => {
    const files = fakeFiles({ '/proyek/foto.jpg': { file: TEXT, size: 3 * 1024 * 1024 } });
    expect(run(withLogo('../foto.jpg'), { files, lang: 'en' })).toEqual([
      'sops/uji-1.sop.yaml:6:9 error logo "../foto.jpg" is 3072 KB, over the limit of 2048 KB (maks_kb); make the image smaller',
      'sops/uji-1.sop.yaml:6:9 error logo "../foto.jpg" is not a PNG, JPEG, GIF, WebP or SVG image (judged by its content, not its name)',
    ]);
  });

  it('reports a logo from sop.config.yaml once, in the config, relative to the config', () => {
    const configText = 'instansi:\n  pemerintah: Pemerintah Kabupaten Balangan\n  logo: assets/tidak-ada.png\n';
    const noAgencyLogo = VALID_SOP;
    expect(run([noAgencyLogo, noAgencyLogo], { configText })).toEqual([
      'sop.config.yaml:3:9 error logo "assets/tidak-ada.png" tidak ditemukan (dicari di /proyek/assets/tidak-ada.png)',
    ]);
    expect(run([noAgencyLogo], { configText: configText.replace('tidak-ada.png', 'logo.png') })).toEqual([]);
    // The SOP's own logo wins over the config's, and is reported in the SOP.
    expect(run([withLogo('../assets/logo-teks.png')], { configText: configText.replace('tidak-ada.png', 'logo.png') })).toEqual([
      'sops/uji-1.sop.yaml:6:9 error logo "../assets/logo-teks.png" bukan gambar PNG, JPEG, GIF, WebP, atau SVG (dilihat dari isinya, bukan dari nama berkasnya)',
    ]);
  });

  it('looks at the file through the view only, resolving the path against the file that names it', () => {
    const files = fakeFiles({ '/proyek/assets/logo.png': { file: PNG } });
    expect(run(withLogo('../assets/logo.png'), { files })).toEqual([]);
    expect(files.asked).toEqual(['/proyek/assets/logo.png', '/proyek']);
  });

  it('takes the project root from the view', () => {
    const files = fakeFiles({ '/proyek/assets/logo.png': { file: PNG } }, '/proyek/sops');
    expect(run(withLogo('../assets/logo.png'), { files })).toEqual([
      'sops/uji-1.sop.yaml:6:9 error logo "../assets/logo.png" berada di luar folder proyek /proyek/sops (/proyek/assets/logo.png); salin berkas logo ke dalam proyek',
    ]);
  });

  it('can be disabled on the line', () => {
    const text = withLogo('../assets/tidak-ada.png').replace('  logo:', '  # sop-disable-next-line identitas/logo -- logo menyusul\n  logo:');
    expect(run(text)).toEqual([]);
  });
});
