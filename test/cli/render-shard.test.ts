import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, tempProject } from '../helpers/cli.js';
import { COMPLETE_SOP } from '../helpers/lint.js';
import { shardOf } from '../../src/util/shard.js';

/** `sop render --shard k/n` (HTML only: no browser needed). */

const NO_BROWSER = { PUPPETEER_EXECUTABLE_PATH: '/nonexistent' };
const sop = (i: number) => COMPLETE_SOP.replace('nomor: 01/SOP', `nomor: ${String(i).padStart(2, '0')}/SOP`).replace('nama: Pelaksanaan Pengukuran Kinerja', `nama: Pelaksanaan Kegiatan ${i}`);
const FILES = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`sops/sop-${i + 1}.sop.yaml`, sop(i + 1)]));
const keys = Object.keys(FILES);
const slug = (file: string) => path.basename(file, '.sop.yaml');
const outputsIn = (dir: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort() : []);

describe('sop render --shard', () => {
  it('renders only its files; the n shards together render every file once', async () => {
    const dir = tempProject(FILES);
    for (const n of [2, 3]) {
      const all: string[] = [];
      for (let k = 1; k <= n; k++) {
        const out = path.join(dir, `out-${k}-of-${n}`);
        const run = await runCli(['render', '--shard', `${k}/${n}`, '--out', out], dir, NO_BROWSER);
        expect(run.code, run.stderr).toBe(0);
        const mine = keys.filter((f) => shardOf(f, n) === k);
        expect(outputsIn(out)).toEqual(mine.map((f) => `${slug(f)}.html`).sort());
        expect(run.stdout).toMatch(new RegExp(`^${mine.length} dari ${mine.length} berkas dirender, [\\d.]+ detik$`, 'm'));
        all.push(...outputsIn(out));
      }
      expect(all.sort()).toEqual(keys.map((f) => `${slug(f)}.html`).sort());
    }
  });

  it('shards sharing one folder keep their own manifests and leave each other alone; a run of all then renders nothing', async () => {
    const dir = tempProject(FILES);
    const dist = path.join(dir, 'dist');
    for (let k = 1; k <= 3; k++) expect((await runCli(['render', '--shard', `${k}/3`], dir, NO_BROWSER)).code).toBe(0);
    const manifests = () => fs.readdirSync(dist).filter((f) => f.startsWith('.sop-manifest')).sort();
    expect(manifests()).toEqual(['.sop-manifest.1-of-3.json', '.sop-manifest.2-of-3.json', '.sop-manifest.3-of-3.json']);
    expect(outputsIn(dist)).toHaveLength(8);
    for (let k = 1; k <= 3; k++) {
      const entries = Object.keys(JSON.parse(fs.readFileSync(path.join(dist, `.sop-manifest.${k}-of-3.json`), 'utf8')).outputs).sort();
      expect(entries).toEqual(keys.filter((f) => shardOf(f, 3) === k).map((f) => `${slug(f)}.html`).sort());
    }

    // One file of shard 2 changes: shard 2 renders it again, and touches nothing of shard 1's.
    const changed = keys.find((f) => shardOf(f, 3) === 2)!;
    fs.appendFileSync(path.join(dir, changed), '# diubah\n');
    const shard1 = fs.readFileSync(path.join(dist, '.sop-manifest.1-of-3.json'));
    const before = new Map(outputsIn(dist).map((f) => [f, fs.statSync(path.join(dist, f)).mtimeMs]));
    const again = await runCli(['render', '--shard', '2/3'], dir, NO_BROWSER);
    expect(again.stdout).toContain(`✔ ${changed} → dist/${slug(changed)}.html`);
    expect(again.stdout).toMatch(/^1 dari \d+ berkas dirender, \d+ tidak berubah/m);
    expect(fs.readFileSync(path.join(dist, '.sop-manifest.1-of-3.json')).equals(shard1)).toBe(true);
    for (const [f, mtime] of before) if (f !== `${slug(changed)}.html`) expect(fs.statSync(path.join(dist, f)).mtimeMs, f).toBe(mtime);

    // A run of all sees every output as up to date, folds the shards' manifests into the main one.
    const whole = await runCli(['render'], dir, NO_BROWSER);
    expect(whole.stdout).toBe('0 dari 8 berkas dirender, 8 tidak berubah, 0.0 detik\n');
    // Nothing was rendered, so nothing was written: the shard manifests stay until a run writes.
    expect(manifests()).toHaveLength(3);
    fs.appendFileSync(path.join(dir, keys[0]!), '# diubah\n');
    expect((await runCli(['render'], dir, NO_BROWSER)).stdout).toMatch(/^1 dari 8 berkas dirender, 7 tidak berubah/m);
    expect(manifests()).toEqual(['.sop-manifest.json']);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(dist, '.sop-manifest.json'), 'utf8')).outputs)).toHaveLength(8);
    // And a shard after it trusts the main manifest.
    expect((await runCli(['render', '--shard', '1/3'], dir, NO_BROWSER)).stdout).toMatch(/^0 dari \d+ berkas dirender, \d+ tidak berubah/m);
  });

  it('the output folders of n shard jobs, merged into one (CI artifacts), are up to date for a later run', async () => {
    const dir = tempProject(FILES);
    const merged = path.join(dir, 'dist');
    for (let k = 1; k <= 4; k++) {
      const out = path.join(tempDir(), 'dist');
      expect((await runCli(['render', '--shard', `${k}/4`, '--out', out], dir, NO_BROWSER)).code).toBe(0);
      fs.cpSync(out, merged, { recursive: true });
    }
    expect(outputsIn(merged)).toHaveLength(8);
    expect((await runCli(['render'], dir, NO_BROWSER)).stdout).toBe('0 dari 8 berkas dirender, 8 tidak berubah, 0.0 detik\n');
    // A split into another number of shards replaces the old split's manifests: no disagreement is left behind.
    fs.appendFileSync(path.join(dir, keys[0]!), '# diubah\n');
    const k = shardOf(keys[0]!, 2);
    expect((await runCli(['render', '--shard', `${k}/2`], dir, NO_BROWSER)).stdout).toMatch(/^1 dari \d+ berkas dirender/m);
    expect(fs.readdirSync(merged).filter((f) => f.startsWith('.sop-manifest')).sort()).toEqual([`.sop-manifest.${k}-of-2.json`]);
  });

  it('gives an output name to the first file of the whole order, whichever shard renders it', async () => {
    // Two files named alike in two folders, in different shards of 2.
    const folders = Array.from({ length: 40 }, (_, i) => `sops/f${i}/sama.sop.yaml`);
    const first = folders[0]!;
    const second = folders.find((f) => shardOf(f, 2) !== shardOf(first, 2))!;
    const dir = tempProject({ [first]: sop(1), [second]: sop(2) });
    const [early, late] = [first, second].sort();
    const lateRun = await runCli(['render', '--shard', `${shardOf(late!, 2)}/2`], dir, NO_BROWSER);
    expect(lateRun.code).toBe(1);
    expect(lateRun.stderr).toBe(`✖ ${late}: nama keluaran sama dengan ${early} (sama)\n`);
    expect(outputsIn(path.join(dir, 'dist'))).toEqual([]);
    const earlyRun = await runCli(['render', '--shard', `${shardOf(early!, 2)}/2`], dir, NO_BROWSER);
    expect(earlyRun.code).toBe(0);
    expect(outputsIn(path.join(dir, 'dist'))).toEqual(['sama.html']);
  });

  it('refuses --book (the book is assembled by `sop book` once every shard is done) and a bad k/n, exit 2', async () => {
    const dir = tempProject(FILES);
    const book = await runCli(['render', '--shard', '1/2', '--book', 'dist/buku.pdf'], dir, NO_BROWSER);
    expect(book.code).toBe(2);
    expect(book.stderr).toBe('sop: --book tidak dapat dipakai bersama --shard 1/2: setiap bagian hanya merender sebagian SOP; susun bukunya sesudah semua bagian selesai dengan: sop book FOLDER\n');
    const bad = await runCli(['--lang', 'en', 'render', '--shard', '2/1'], dir, NO_BROWSER);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('sop: --shard 2/1: expected k/n, whole numbers with 1 ≤ k ≤ n ≤ 256 (e.g. 2/4 for the second of four)\n');
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
  });
});
