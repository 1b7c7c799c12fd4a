import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'sop.js');

const sop = (args: string[], cwd = ROOT) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

describe('the real binary (compiled lib/, precompiled schema validators)', () => {
  it('uses the validators precompiled at build time', () => {
    expect(fs.existsSync(path.join(ROOT, 'lib', 'schema', 'validators.cjs'))).toBe(true);
  });

  it('lints the samples clean with exit 0', () => {
    const run = sop(['lint', 'sops']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^✔ 5 berkas diperiksa, tidak ada masalah\n$/);
    expect(run.status).toBe(0);
  });

  it('reports schema errors with positions and exit 1', () => {
    const dir = tempProject({ 'sops/a.sop.yaml': 'nomor: 1/SOP\nnama: Uji\nnama: Dua\n', 'sops/b.sop.yaml': 'nomor: 2/SOP\nnam: Uji\n' });
    const run = sop(['lint'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('sops/a.sop.yaml\n  3:1  error  Kunci "nama" ditulis dua kali; hapus salah satunya  yaml\n');
    expect(run.stdout).toContain('  2:1  error  Kunci "nam" tidak dikenal; maksud Anda "nama"?  skema\n');
  });

  it('exits 2 with a one-line reason and no stack trace', () => {
    const run = sop(['lint', 'tidak-ada.sop.yaml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('sop: Berkas tidak ditemukan: tidak-ada.sop.yaml\n');
  });
});
