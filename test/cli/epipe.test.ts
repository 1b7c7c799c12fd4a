/** A reader that stops early (`sop --help | head -1`): the output ends quietly, no stack trace. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../render/helpers.js';

function runClosingEarly(args: string[]): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO, 'bin', 'sop.js'), ...args], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let first = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', (d) => {
      first = String(d).split('\n')[0]!;
      child.stdout.destroy(); // what `head -1` does once it has its line
    });
    child.on('close', (code) => resolve({ code, stderr, first }));
  });
}

describe('stdout closed by its reader', () => {
  it('ends `sop --help` quietly', async () => {
    const r = await runClosingEarly(['--help']);
    expect(r.first).toMatch(/^Penggunaan: sop /);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at .*\.js:\d+/);
  });
  it('ends `sop lint` on the samples quietly, with the exit code of the run', async () => {
    const r = await runClosingEarly(['lint', 'sops', '--format', 'json']);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at .*\.js:\d+/);
    expect([0, 1]).toContain(r.code);
  });
});
