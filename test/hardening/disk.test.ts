/** Folders and files the run cannot use: the real reason in one line, the other files still done. */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/cli.js';
import { VALID_SOP } from '../helpers/lint.js';

const mounts: string[] = [];
afterAll(() => {
  for (const m of mounts) execFileSync('umount', [m]);
});

describe('files that cannot be read', () => {
  it('an unreadable file (a socket) is reported at 1:1 and exits 2, like a missing one; the others are linted', async () => {
    const dir = tempProject({ 'sops/baik.sop.yaml': VALID_SOP.replace('    pelaksana: kasubbag\n', '    pelaksana: Kepala Dinas\n') });
    const socket = path.join(dir, 'sops', 'soket.sop.yaml');
    const server = net.createServer().listen(socket);
    await new Promise((r) => server.once('listening', r));
    try {
      const run = await runCli(['lint', '--format', 'json', 'sops/baik.sop.yaml', 'sops/soket.sop.yaml'], dir);
      const files = JSON.parse(run.stdout) as { file: string; diagnostics: { line: number; column: number; ruleId: string; message: string }[] }[];
      expect(files.map((f) => f.file)).toEqual(['sops/baik.sop.yaml', 'sops/soket.sop.yaml']);
      expect(files[0]!.diagnostics.map((d) => d.ruleId)).toContain('pelaksana/tidak-dikenal');
      expect(files[1]!.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual(['1:1 yaml Tidak dapat membaca berkas: ENXIO']);
      expect(run.code).toBe(2);
    } finally {
      server.close();
    }
  });
});

describe('folders that cannot be written', () => {
  it('--book under a file: the path and ENOTDIR, not a Node sentence', async () => {
    const dir = tempProject({ 'sops/a.sop.yaml': VALID_SOP, 'berkas': 'bukan folder\n' });
    const run = await runCli(['render', '--format', 'html', '--book', 'berkas/buku.pdf'], dir, { PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`✖ ${path.join(dir, 'berkas', 'buku.pdf')}: tidak dapat menulis ${path.join(dir, 'berkas')} (ENOTDIR)\n`);
    expect(run.stderr).not.toMatch(/mkdir '|EEXIST/);
    expect(fs.existsSync(path.join(dir, 'dist', 'a.html'))).toBe(true);
  });

  it.runIf(process.getuid?.() === 0)('a read-only file system: EROFS for --out and for each output, not ENOENT', async () => {
    const dir = tempProject({ 'sops/a.sop.yaml': VALID_SOP });
    const ro = path.join(dir, 'ro');
    fs.mkdirSync(path.join(ro));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', ro]);
    mounts.push(ro);
    fs.mkdirSync(path.join(ro, 'dist'));
    execFileSync('mount', ['-o', 'remount,ro', ro]);
    const missing = await runCli(['render', '--out', 'ro/baru/dist'], dir);
    expect([missing.code, missing.stderr]).toEqual([2, `sop: --out ${path.join(ro, 'baru', 'dist')}: folder tidak dapat dibuat (EROFS)\n`]);
    const existing = await runCli(['render', '--out', 'ro/dist'], dir);
    expect(existing.code).toBe(1);
    expect(existing.stderr).toBe(`✖ sops/a.sop.yaml: tidak dapat menulis ${path.join(ro, 'dist', 'a.html')} (EROFS)\n`);
  });
});
