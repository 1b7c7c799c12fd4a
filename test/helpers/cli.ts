import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

/** The one fake Io of the test suite: captured output, fixed day, a clock that ticks 1 ms a call. */
export interface FakeIoHandle extends Io {
  /** Everything written to stdout so far. */
  readonly stdoutText: string;
  /** Everything written to stderr so far. */
  readonly stderrText: string;
}

export function fakeIo(
  cwd: string,
  env: Record<string, string | undefined> = {},
  options: { isTTY?: boolean; today?: string } = {},
): FakeIoHandle {
  let out = '';
  let err = '';
  let clock = 0;
  return {
    get stdoutText() {
      return out;
    },
    get stderrText() {
      return err;
    },
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    cwd,
    env,
    isTTY: options.isTTY ?? false,
    today: () => options.today ?? '2026-11-22',
    now: () => ++clock,
  };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  io: FakeIoHandle;
}

/** Runs the CLI in-process with captured output, in `cwd`. */
export async function runCli(
  argv: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
  options: { isTTY?: boolean; today?: string } = {},
): Promise<CliRun> {
  const io = fakeIo(cwd, env, options);
  const code = await main(argv, io);
  return { code, stdout: io.stdoutText, stderr: io.stderrText, io };
}

/** A fresh temporary folder (real path, so it compares equal to what the CLI resolves). */
export function tempDir(prefix = 'sop-test-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** A temporary project folder with the given files. */
export function tempProject(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export interface FakeIo {
  io: FakeIoHandle;
  stdout(): string;
  stderr(): string;
  /** The temporary working directory (also io.cwd). */
  dir: string;
  /** Writes a file below `dir` (creating folders); returns its absolute path. */
  write(relPath: string, text: string): string;
  read(relPath: string): string;
  exists(relPath: string): boolean;
  cleanup(): void;
}

/** A fake Io rooted in a fresh temp dir, with file helpers (for the new/init tests). */
export function createFakeIo(options: { today?: string; env?: Record<string, string | undefined>; cwd?: string } = {}): FakeIo {
  const dir = options.cwd ?? tempDir();
  const io = fakeIo(dir, { ...(options.env ?? {}) }, { today: options.today });
  return {
    io,
    stdout: () => io.stdoutText,
    stderr: () => io.stderrText,
    dir,
    write(relPath, text) {
      const abs = path.join(dir, relPath);
      fs.mkdirSync(path.dirname(abs), { recursive: true });
      fs.writeFileSync(abs, text);
      return abs;
    },
    read: (relPath) => fs.readFileSync(path.join(dir, relPath), 'utf8'),
    exists: (relPath) => fs.existsSync(path.join(dir, relPath)),
    cleanup: () => {
      if (!options.cwd) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
