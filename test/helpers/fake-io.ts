import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/cli/io.js';

export interface FakeIo {
  io: Io;
  /** Everything written to stdout so far. */
  stdout(): string;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** The temporary working directory (also io.cwd). */
  dir: string;
  /** Writes a file below `dir` (creating folders); returns its absolute path. */
  write(relPath: string, text: string): string;
  /** Reads a file below `dir`. */
  read(relPath: string): string;
  /** Whether a file exists below `dir`. */
  exists(relPath: string): boolean;
  /** Removes the temporary directory. */
  cleanup(): void;
}

/**
 * A fake Io for in-process CLI tests: output captured, cwd a fresh temp dir, not a TTY,
 * today() fixed at 2026-11-22, now() a counter (+1 ms per call).
 */
export function createFakeIo(options: { today?: string; env?: Record<string, string | undefined>; cwd?: string } = {}): FakeIo {
  const dir = options.cwd ?? fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sop-test-')));
  let out = '';
  let err = '';
  let clock = 0;
  const io: Io = {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    cwd: dir,
    env: { ...(options.env ?? {}) },
    isTTY: false,
    today: () => options.today ?? '2026-11-22',
    now: () => ++clock,
  };
  return {
    io,
    stdout: () => out,
    stderr: () => err,
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
