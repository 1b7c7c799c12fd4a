import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../helpers/lint.js';
import { fakeIo, tempDir } from '../helpers/cli.js';
import { main } from '../../src/cli/main.js';
import { rules } from '../../src/lint/registry.js';
import { loadRegister } from '../../src/lint/regulations/load.js';
import { defaultConfig } from '../../src/config/config.js';

/**
 * Property-based fuzzing of the lint path over the sample SOPs in sops/, mutated the ways files
 * break in practice: flipped bytes, lines deleted or doubled, indentation changed, junk inserted
 * (YAML punctuation, tabs, CR, BOMs, Windows-1252 bytes, anything), a file cut short. Whatever
 * the input, linting never throws, `sop lint` exits 0 or 1 (never 2 for a readable file) and
 * every position it reports lies inside the file.
 *
 * A failure prints fast-check's seed and path; run it again with SOP_FUZZ_SEED=<seed> (and
 * SOP_FUZZ_PATH=<path>); SOP_FUZZ_RUNS=<n> runs more cases.
 */

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SAMPLES = fs
  .readdirSync(path.join(ROOT, 'sops'))
  .filter((f) => f.endsWith('.sop.yaml'))
  .sort()
  .map((f) => ({ name: f, bytes: new Uint8Array(fs.readFileSync(path.join(ROOT, 'sops', f))) }));

const env = process.env;
const RUNS = env.SOP_FUZZ_RUNS ? Number(env.SOP_FUZZ_RUNS) : undefined;
const settings = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns: RUNS ?? numRuns,
  ...(env.SOP_FUZZ_SEED ? { seed: Number(env.SOP_FUZZ_SEED) } : {}),
  ...(env.SOP_FUZZ_PATH ? { path: env.SOP_FUZZ_PATH } : {}),
});

const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text);

/** What gets inserted: pieces of YAML syntax, line breaks, bytes that are not UTF-8, anything. */
const JUNK = [
  ':', ': ', '- ', '-', '"', "'", '[', ']', '{', '}', ',', '#', '# sop-disable', '# sop-disable-next-line x', '&a ', '*a', '? ', '|', '>-', '!!str ', '!x ',
  '%YAML 1.2', '---', '...', '\t', '\r', '\r\n', '\n', '  ', '\u00a0', '\u2028', '\ufeff', '\ufffd', '\u0000', '\u0085', 'é', '–', '😀', 'null', '~', '2023-13-45', '999999999999999999999',
].map(bytesOf);
const junk = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(new Uint8Array([0x96]), new Uint8Array([0xe9]), new Uint8Array([0xc3]), new Uint8Array([0xe2, 0x80]), new Uint8Array([0xef, 0xbb, 0xbf])) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }).map(bytesOf) },
);

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete-line' | 'duplicate-line'; at: number }
  | { kind: 'indent'; at: number; by: number; tab: boolean }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'truncate'; at: number };

const at = fc.nat({ max: 1_000_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constantFrom('delete-line' as const, 'duplicate-line' as const), at }),
  fc.record({ kind: fc.constant('indent' as const), at, by: fc.integer({ min: -4, max: 4 }), tab: fc.boolean() }),
  fc.record({ kind: fc.constant('insert' as const), at, bytes: junk }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
);

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
};

/** The lines of the bytes, each with its "\n" (the last one may have none). */
function splitLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

function mutate(bytes: Uint8Array, m: Mutation): Uint8Array {
  if (bytes.length === 0) return m.kind === 'insert' ? m.bytes : bytes;
  switch (m.kind) {
    case 'flip': {
      const out = bytes.slice();
      out[m.at % out.length] = m.byte;
      return out;
    }
    case 'truncate':
      return bytes.slice(0, m.at % bytes.length);
    case 'insert': {
      const i = m.at % (bytes.length + 1);
      return concat(bytes.subarray(0, i), m.bytes, bytes.subarray(i));
    }
    default: {
      const lines = splitLines(bytes);
      const i = m.at % lines.length;
      const line = lines[i]!;
      if (m.kind !== 'indent') {
        if (m.kind === 'delete-line') lines.splice(i, 1);
        else lines.splice(i, 0, line);
      } else if (m.by > 0) lines[i] = concat(bytesOf((m.tab ? '\t' : ' ').repeat(m.by)), line);
      else {
        let drop = 0;
        while (drop < -m.by && (line[drop] === 0x20 || line[drop] === 0x09)) drop++;
        lines[i] = line.subarray(drop);
      }
      return concat(...lines);
    }
  }
}

const fuzzCase = fc.record({
  sample: fc.nat({ max: SAMPLES.length - 1 }),
  mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
});

const mutated = (c: { sample: number; mutations: Mutation[] }) => c.mutations.reduce(mutate, SAMPLES[c.sample]!.bytes);

interface Place {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message?: string;
}

/**
 * Why a position is not inside the text (as parseSource sees it: no BOM), or null: the line is one
 * of the text's ("\n" ends a line), the column at most one past the line's end (without its
 * "\r\n"), the end not before the start.
 */
function outside(text: string, d: Place): string | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split('\n');
  const length = (line: number) => {
    const l = lines[line - 1]!;
    return line < lines.length && l.endsWith('\r') ? l.length - 1 : l.length;
  };
  const inside = (line: number, column: number) =>
    Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= lines.length && column >= 1 && column <= length(line) + 1;
  const where = `${d.line}:${d.column}-${d.endLine}:${d.endColumn} (${lines.length} lines) ${d.message ?? ''}`;
  if (!inside(d.line, d.column)) return `start outside: ${where}, line length ${lines[d.line - 1]?.length}`;
  if (!inside(d.endLine, d.endColumn)) return `end outside: ${where}`;
  if (d.endLine < d.line || (d.endLine === d.line && d.endColumn < d.column)) return `end before start: ${where}`;
  return null;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const register = loadRegister(defaultConfig(ROOT), ROOT).register;
const timing = { inProcess: { cases: 0, ms: 0 }, cli: { cases: 0, ms: 0 } };
/** In-process cases whose mutated file passed the YAML and schema gates (so every rule ran on it). */
let reachedRules = 0;

describe('fuzz: linting mutated sample SOPs', () => {
  afterAll(() => {
    const rate = (t: { cases: number; ms: number }) => (t.ms ? Math.round((t.cases / t.ms) * 1000) : 0);
    console.log(
      `fuzz: ${timing.inProcess.cases} in-process cases, ${rate(timing.inProcess)}/s (${reachedRules} passed the YAML and schema gates); ` +
        `${timing.cli.cases} CLI cases, ${rate(timing.cli)}/s`,
    );
  });

  it('the unmutated samples lint with positions inside (the baseline the mutations start from)', () => {
    for (const sample of SAMPLES) {
      const text = decoder.decode(sample.bytes);
      for (const d of lintText(text, { rules, register })) expect(outside(text, d), sample.name).toBeNull();
    }
  });

  it('in-process (lintText, every rule): never throws, every position inside the file', () => {
    const start = performance.now();
    try {
      fc.assert(
        fc.property(fuzzCase, (c) => {
          timing.inProcess.cases++;
          const text = decoder.decode(mutated(c));
          const diagnostics = lintText(text, { rules, register, file: SAMPLES[c.sample]!.name });
          if (!diagnostics.some((d) => d.ruleId === 'yaml' || d.ruleId === 'skema')) reachedRules++;
          for (const d of diagnostics) {
            const problem = outside(text, d);
            if (problem) throw new Error(problem);
          }
        }),
        settings(2000),
      );
    } finally {
      timing.inProcess.ms = performance.now() - start;
    }
  });

  it('sop lint on a mutated file: exit 0 or 1, nothing on stderr, every position inside the file', async () => {
    const dir = tempDir('sop-fuzz-');
    const file = path.join(dir, 'sops', 'uji.sop.yaml');
    fs.mkdirSync(path.dirname(file));
    const start = performance.now();
    try {
      await fc.assert(
        fc.asyncProperty(fuzzCase, async (c) => {
          timing.cli.cases++;
          const bytes = mutated(c);
          fs.writeFileSync(file, bytes);
          const io = fakeIo(dir);
          const code = await main(['lint', '--format', 'json', 'sops/uji.sop.yaml'], io);
          if (code !== 0 && code !== 1) throw new Error(`exit ${code}: ${io.stderrText}`);
          if (io.stderrText !== '') throw new Error(`stderr: ${io.stderrText}`);
          const text = decoder.decode(bytes);
          const files = JSON.parse(io.stdoutText) as { file: string; diagnostics: Place[] }[];
          for (const d of files.flatMap((f) => f.diagnostics)) {
            const problem = outside(text, d);
            if (problem) throw new Error(problem);
          }
        }),
        settings(150),
      );
    } finally {
      timing.cli.ms = performance.now() - start;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
