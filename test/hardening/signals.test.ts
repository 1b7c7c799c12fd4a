// SIGTERM (CI runners, `timeout`, `docker stop`) and SIGHUP stop `sop render`, --watch and
// `sop preview` as Ctrl-C does: no half-written output, no browser left, the listeners removed;
// exit 143 after SIGTERM, 129 after SIGHUP (Ctrl-C keeps 2 for a batch, 0 for --watch and preview).
// The batch tests spawn the built binary (run `npx tsc -p tsconfig.build.json && node
// scripts/build-schema.js` first, as `npm test` does) and send it real signals.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeIo, tempProject } from '../helpers/cli.js';
import { generateSopYaml } from '../render/generate.js';
import { main } from '../../src/cli/main.js';
import { stopExitCode, STOP_SIGNALS } from '../../src/build/signals.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'sop.js');
const CHROME = { PUPPETEER_EXECUTABLE_PATH: '/usr/bin/chromium' };

/** A project of `count` generated SOPs (40 steps each: several pages, a second or so per PDF). */
function project(count: number): string {
  const files: Record<string, string> = {};
  for (let i = 1; i <= count; i++) files[`sops/sop-${String(i).padStart(2, '0')}.sop.yaml`] = generateSopYaml({ steps: 40, actors: 5, seed: i });
  return tempProject(files);
}

interface Proc {
  pid: number;
  ppid: number;
  pgid: number;
  stat: string;
  comm: string;
}

function processes(): Proc[] {
  const out = spawnSync('ps', ['-eo', 'pid=,ppid=,pgid=,stat=,comm='], { encoding: 'utf8' }).stdout;
  return out
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f.length >= 5)
    .map(([pid, ppid, pgid, stat, comm]) => ({ pid: Number(pid), ppid: Number(ppid), pgid: Number(pgid), stat: stat!, comm: comm! }));
}

/** The processes below `root` (children, grandchildren, …). */
function descendants(root: number): Proc[] {
  const all = processes();
  const found: Proc[] = [];
  const queue = [root];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const p of all) if (p.ppid === parent) found.push(p), queue.push(p.pid);
  }
  return found;
}

/** The ones still running (a zombie has ended; only its parent, here init, has not reaped it). */
const alive = (pids: Set<number>, groups: Set<number>) =>
  processes().filter((p) => !p.stat.startsWith('Z') && (pids.has(p.pid) || groups.has(p.pgid)));

interface Spawned {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function sop(args: string[], cwd: string): Spawned {
  const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...CHROME, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function until(what: string, check: () => boolean, ms = 60_000): Promise<void> {
  for (const end = Date.now() + ms; !check(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Renders 12 SOPs to PDF one at a time, sends `signal` once two are written (to sop alone, or with
 * `alsoBrowser` to the browser too, as a supervisor that ends the whole process tree does), and
 * checks what is left: the exit code, the outputs, the processes.
 */
async function stopBatch(signal: 'SIGTERM' | 'SIGHUP', alsoBrowser = false) {
  const dir = project(12);
  const run = sop(['render', '--format', 'pdf', '--out', 'out', '--concurrency', '1', '--verbose'], dir);
  const pid = run.child.pid!;
  await until('two PDFs', () => (run.stdout().match(/✔/g) ?? []).length >= 2);
  const tree = descendants(pid).filter((p) => /chrom/i.test(p.comm));
  expect(tree.length).toBeGreaterThan(0);
  const browser = tree.find((p) => p.ppid === pid)!;
  expect(browser).toBeDefined();
  run.child.kill(signal);
  if (alsoBrowser) process.kill(browser.pid, signal);
  const { code, signal: killedBy } = await run.exit;
  expect(killedBy).toBeNull();
  expect(code).toBe(signal === 'SIGTERM' ? 143 : 129);
  expect(run.stderr()).toContain(`\nsop: ${signal}: dihentikan, menutup browser…\n`);
  // Not taken for a crash: no relaunch, and the remaining files are "dihentikan", not rendered.
  expect(run.stderr()).not.toContain('dijalankan lagi');
  expect(run.stderr()).toMatch(/✖ sops\/sop-\d+\.sop\.yaml: dihentikan\n/);
  expect(run.stderr()).not.toMatch(/\n\s+at /);
  const outputs = fs.readdirSync(path.join(dir, 'out'));
  expect(outputs.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  const pdfs = outputs.filter((f) => f.endsWith('.pdf'));
  expect(pdfs.length).toBeGreaterThanOrEqual(2);
  expect(pdfs.length).toBeLessThan(12);
  for (const f of pdfs) expect(fs.readFileSync(path.join(dir, 'out', f)).subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
  const summary = /^(\d+) dari 12 berkas dirender, (\d+) gagal/m.exec(run.stdout());
  expect(summary).not.toBeNull();
  expect(Number(summary![1])).toBe(pdfs.length);
  // No Chromium left: neither the processes seen while it ran nor anything in the browser's process group.
  const pids = new Set(tree.map((p) => p.pid));
  const groups = new Set(tree.map((p) => p.pgid));
  await until('the browser processes to end', () => alive(pids, groups).length === 0, 10_000).catch(() => {});
  expect(alive(pids, groups)).toEqual([]);
  expect(descendants(pid)).toEqual([]);
}

describe('stopping `sop render --format pdf` (the built binary, real signals)', () => {
  it('SIGTERM: exit 143, the finished PDFs whole, no *.tmp, no relaunch, no Chromium left', async () => {
    await stopBatch('SIGTERM');
  }, 120_000);

  it('SIGHUP: exit 129, the same', async () => {
    await stopBatch('SIGHUP');
  }, 120_000);

  it('SIGTERM to the whole tree (the browser dies with sop): still no relaunch, exit 143', async () => {
    await stopBatch('SIGTERM', true);
  }, 120_000);
});

describe('stopping --watch and preview (in-process)', () => {
  const listeners = () => STOP_SIGNALS.map((s) => process.listenerCount(s));

  it('the exit codes: SIGTERM 143, SIGHUP 129, Ctrl-C what the command always returned', () => {
    expect(stopExitCode('SIGTERM', 2)).toBe(143);
    expect(stopExitCode('SIGHUP', 0)).toBe(129);
    expect(stopExitCode('SIGINT', 2)).toBe(2);
    expect(stopExitCode('SIGINT', 0)).toBe(0);
  });

  it('--watch ends on SIGTERM with 143 and on SIGHUP with 129, its listeners removed', async () => {
    for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
      const dir = project(1);
      const io = fakeIo(dir, CHROME);
      const running = main(['render', '--watch'], io);
      await until('the watch', () => /Memantau perubahan/.test(io.stdoutText));
      expect(listeners()).toEqual([1, 1, 1]);
      process.emit(signal);
      expect(await running).toBe(code);
      expect(listeners()).toEqual([0, 0, 0]);
    }
  }, 60_000);

  it('--watch: SIGTERM during a PDF round stops the round and the watch, 143, no Chromium left', async () => {
    const dir = project(6);
    const io = fakeIo(dir, CHROME);
    const running = main(['render', '--watch', '--format', 'pdf', '--concurrency', '1'], io);
    await until('a first PDF', () => io.stdoutText.includes('✔'));
    const browsers = descendants(process.pid).filter((p) => /chrom/i.test(p.comm));
    expect(browsers.length).toBeGreaterThan(0);
    process.emit('SIGTERM');
    expect(await running).toBe(143);
    expect(io.stderrText).toContain('sop: SIGTERM: dihentikan, menutup browser…');
    expect(io.stdoutText).not.toContain('Memantau perubahan');
    expect(fs.readdirSync(path.join(dir, 'dist')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(listeners()).toEqual([0, 0, 0]);
    const pids = new Set(browsers.map((p) => p.pid));
    await until('the browser to end', () => alive(pids, new Set(browsers.map((p) => p.pgid))).length === 0, 10_000);
  }, 120_000);

  it('preview ends on SIGTERM with 143 and on SIGHUP with 129; Ctrl-C still 0', async () => {
    const dir = project(1);
    for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 0]] as const) {
      const io = fakeIo(dir, CHROME);
      const running = main(['preview', '--port', '0'], io);
      await until('the URL', () => /http:\/\/127\.0\.0\.1:\d+\//.test(io.stdoutText));
      expect(listeners()).toEqual([1, 1, 1]);
      process.emit(signal);
      expect(await running).toBe(code);
      expect(listeners()).toEqual([0, 0, 0]);
    }
  }, 60_000);
});
