// Lint benchmark: 1,000 generated SOPs (20 steps, 6 actors, 8 legal bases) against a baseline that
// only reads and YAML-parses the same files, in the same process; and a cold `sop lint <file>`
// against a bare `node -e 0`. Reported as ratios (medians of several runs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { generateSop } from './generate.js';
import { main } from '../lib/cli/main.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function benchLint({ count = 1000, runs = 5 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-bench-lint-'));
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `sop-${i}.sop.yaml`);
    fs.writeFileSync(file, generateSop(i));
    files.push(file);
  }
  const io = { stdout() {}, stderr(s) { errors += s; }, cwd: dir, env: {}, isTTY: false, today: () => '2026-11-22', now: () => performance.now() };
  let errors = '';
  // Warm both paths once (module loading, schema compilation) before measuring.
  for (const f of files.slice(0, 5)) parse(fs.readFileSync(f, 'utf8'));
  const code = await main(['lint', '--format', 'json', dir], io);
  if (code !== 0) throw new Error(`generated SOPs do not lint clean (exit ${code}): ${errors}`);
  const baseline = [];
  const lint = [];
  for (let r = 0; r < runs; r++) {
    baseline.push(time(() => { for (const f of files) parse(fs.readFileSync(f, 'utf8')); }));
    lint.push(await timeAsync(() => main(['lint', '--format', 'json', dir], io)));
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { count, baselineMs: median(baseline), lintMs: median(lint), ratio: median(lint) / median(baseline) };
}

export function benchColdStart({ runs = 7 } = {}) {
  const file = path.join(ROOT, 'sops', fs.readdirSync(path.join(ROOT, 'sops')).find((f) => f.endsWith('.sop.yaml')));
  const bare = [];
  const cold = [];
  for (let r = 0; r < runs; r++) {
    bare.push(time(() => execFileSync(process.execPath, ['-e', '0'])));
    cold.push(time(() => execFileSync(process.execPath, [path.join(ROOT, 'bin', 'sop.js'), 'lint', file], { cwd: ROOT })));
  }
  return { nodeMs: median(bare), sopMs: median(cold), ratio: median(cold) / median(bare) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const lint = await benchLint();
  console.log(`lint: ${lint.count} SOPs in ${lint.lintMs.toFixed(0)} ms; read+parse baseline ${lint.baselineMs.toFixed(0)} ms; ratio ${lint.ratio.toFixed(2)}x (target <= 3x)`);
  const cold = benchColdStart();
  console.log(`cold start: sop lint <one file> ${cold.sopMs.toFixed(0)} ms; node -e 0 ${cold.nodeMs.toFixed(0)} ms; ratio ${cold.ratio.toFixed(2)}x (target < 5x)`);
}
