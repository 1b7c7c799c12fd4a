import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Io } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';

export interface FakeIo extends Io {
  out: string[];
  err: string[];
  /** Everything written to stdout so far. */
  readonly stdoutText: string;
  /** Everything written to stderr so far. */
  readonly stderrText: string;
}

/** An in-memory Io: captured stdout/stderr, a fixed day and a clock that does not move. */
export function fakeIo(cwd: string, env: Record<string, string | undefined> = {}, options: { isTTY?: boolean; today?: string } = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    get stdoutText() {
      return out.join('');
    },
    get stderrText() {
      return err.join('');
    },
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    cwd,
    env,
    isTTY: options.isTTY ?? false,
    today: () => options.today ?? '2024-06-01',
    now: () => 0,
  };
}

/** A fresh temporary folder (removed by the caller, or left for the OS). */
export function tempDir(prefix = 'sop-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs the CLI in-process; returns the exit code and the captured output. */
export async function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}, options: { isTTY?: boolean } = {}) {
  const io = fakeIo(cwd, env, options);
  const code = await main(argv, io);
  return { code, stdout: io.stdoutText, stderr: io.stderrText, io };
}
