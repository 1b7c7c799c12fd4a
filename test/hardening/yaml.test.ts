import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../helpers/lint.js';
import { runCli, tempProject } from '../helpers/cli.js';
import { rules } from '../../src/lint/registry.js';
import { parseSource } from '../../src/model/parse.js';
import { locateProblems, locateRange, offsetToPosition, YAML_ERRORS_SHOWN } from '../../src/model/locate.js';
import type { Lang } from '../../src/util/lang.js';

const src = (text: string) => ({ path: 'uji.sop.yaml', absPath: '/proyek/uji.sop.yaml', text });
const withLine = (n: number, change: (line: string) => string) =>
  VALID_SOP.split('\n')
    .map((line, i) => (i === n - 1 ? change(line) : line))
    .join('\n');
const found = (text: string, lang: Lang = 'id') =>
  lintText(text, { rules, lang }).map((d) => `${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.ruleId} ${d.message}`);

/** "nomor:" indented by one space: every key after it is an error to the parser. */
const BROKEN_INDENT = withLine(1, (line) => ` ${line}`);
/** A stray "}" before a list item: the parser's own line count drifts, to columns past the line's end. */
const STRAY_BRACE = withLine(21, (line) => `}${line}`);

describe('a YAML error cascade', () => {
  it('a broken indentation: over a hundred parser errors, cut to the first of each line, ten lines and a summary', () => {
    expect(parseSource(src(BROKEN_INDENT)).problems.length).toBeGreaterThan(100);
    expect(found(BROKEN_INDENT)).toEqual([
      '2:1-2:5 yaml Kesalahan sintaks YAML: Unexpected scalar at node end',
      '3:1-3:9 yaml Kesalahan sintaks YAML: Unexpected scalar token in YAML stream: "instansi"',
      '4:3-4:13 yaml Kesalahan sintaks YAML: Unexpected scalar token in YAML stream: "pemerintah"',
      '5:3-5:7 yaml Kesalahan sintaks YAML: Unexpected scalar token in YAML stream: "nama"',
      '6:1-6:8 yaml Kesalahan sintaks YAML: Unexpected scalar token in YAML stream: "tanggal"',
      '7:3-7:12 yaml Kesalahan sintaks YAML: Unexpected scalar token in YAML stream: "pembuatan"',
      '8:3-8:10 yaml Kesalahan sintaks YAML: Unexpected scalar token in YAML stream: "efektif"',
      '9:1-9:14 yaml Kesalahan sintaks YAML: Unexpected scalar token in YAML stream: "disahkan_oleh"',
      '10:3-10:10 yaml Kesalahan sintaks YAML: Unexpected scalar token in YAML stream: "jabatan"',
      '11:3-11:7 yaml Kesalahan sintaks YAML: Unexpected scalar token in YAML stream: "nama"',
      '12:3-12:3 yaml 26 kesalahan YAML lagi setelah baris 11; perbaiki dulu kesalahan yang pertama',
    ]);
    expect(found(BROKEN_INDENT, 'en').at(-1)).toBe('12:3-12:3 yaml 26 more YAML errors after line 11; fix the first one first');
  });

  it('a stray "}": every position inside its line (the parser put them at 21:53 … 21:416, past the end of a 38-character line)', () => {
    const parsed = parseSource(src(STRAY_BRACE));
    const lines = STRAY_BRACE.split('\n');
    expect(lines[20]).toBe('}  - uraian: Mengumpulkan data kinerja');
    // What the parser's LineCounter says: all on line 21, most past its end (this is why locate.ts counts lines itself).
    const parserSays = parsed.problems.map((p) => parsed.lineCounter.linePos(p.range![0]));
    expect(parserSays.filter((p) => p.line === 21 && p.col > lines[20]!.length + 1).length).toBeGreaterThan(20);
    expect(found(STRAY_BRACE)).toEqual([
      '21:1-21:2 yaml Kesalahan sintaks YAML: Unexpected flow-map-end token in YAML stream: "}"',
      '22:14-22:15 yaml Kesalahan sintaks YAML: Unexpected map-value-ind token in YAML stream: ":"',
      '23:16-23:17 yaml Kesalahan sintaks YAML: Unexpected map-value-ind token in YAML stream: ":"',
      '24:10-24:11 yaml Kesalahan sintaks YAML: Unexpected map-value-ind token in YAML stream: ":"',
      '25:11-25:12 yaml Kesalahan sintaks YAML: Unexpected map-value-ind token in YAML stream: ":"',
      '26:7-26:8 yaml Kesalahan sintaks YAML: Unexpected map-value-ind token in YAML stream: ":"',
      '27:11-27:12 yaml Kesalahan sintaks YAML: Unexpected map-value-ind token in YAML stream: ":"',
      '28:14-28:15 yaml Kesalahan sintaks YAML: Unexpected map-value-ind token in YAML stream: ":"',
      '29:10-29:11 yaml Kesalahan sintaks YAML: Unexpected map-value-ind token in YAML stream: ":"',
      '30:16-30:17 yaml Kesalahan sintaks YAML: Unexpected map-value-ind token in YAML stream: ":"',
      '31:10-31:10 yaml 7 kesalahan YAML lagi setelah baris 30; perbaiki dulu kesalahan yang pertama',
    ]);
    expect(lines[21]).toBe('    pelaksana: Staf');
  });

  it('one more: "1 more YAML error" (English singular); ten or fewer lines with errors: no summary', () => {
    const keys = (n: number) => Array.from({ length: n + 1 }, (_, i) => `nomor: ${i}`).join('\n') + '\n';
    expect(found(keys(YAML_ERRORS_SHOWN + 1), 'en').slice(-2)).toEqual([
      '11:1-11:2 yaml Key "nomor" appears twice; remove one of them',
      '12:1-12:1 yaml 1 more YAML error after line 11; fix the first one first',
    ]);
    const ten = found(keys(YAML_ERRORS_SHOWN), 'en');
    expect(ten).toHaveLength(10);
    expect(ten.every((line) => line.includes('appears twice'))).toBe(true);
  });

  it('sop lint prints the cut cascade: 11 problems, not over a hundred', async () => {
    const dir = tempProject({ 'sops/uji.sop.yaml': BROKEN_INDENT });
    const run = await runCli(['lint', '--no-color'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  12:3  error  26 kesalahan YAML lagi setelah baris 11; perbaiki dulu kesalahan yang pertama  yaml\n');
    expect(run.stdout).toMatch(/✖ 11 masalah \(11 error, 0 peringatan, 0 info\) dalam 1 berkas\n$/);
  });

  it('schema problems are not cut (they are not a cascade)', () => {
    const parsed = parseSource(src(VALID_SOP));
    const problems = Array.from({ length: 15 }, (_, i) => ({ ruleId: 'skema' as const, messageId: 'unknownKey', data: { key: `k${i}`, suggestion: '' }, path: ['nomor'] }));
    expect(locateProblems(parsed, problems)).toHaveLength(15);
  });
});

describe('every position inside the file (locate.ts)', () => {
  const parsed = parseSource(src('a: 1\r\nbb: 2\r\nc: [\n'));

  it('an offset past the end, negative or not a number: clamped into the text', () => {
    expect(offsetToPosition(parsed, 10_000)).toEqual({ line: 4, column: 1 });
    expect(offsetToPosition(parsed, -5)).toEqual({ line: 1, column: 1 });
    expect(offsetToPosition(parsed, Number.NaN)).toEqual({ line: 1, column: 1 });
  });

  it('the column at most one past the end of the line, "\\r\\n" not counted', () => {
    expect(offsetToPosition(parsed, 4)).toEqual({ line: 1, column: 5 }); // the "\r"
    expect(offsetToPosition(parsed, 5)).toEqual({ line: 1, column: 5 }); // the "\n"
    expect(offsetToPosition(parsed, 6)).toEqual({ line: 2, column: 1 });
  });

  it('a range given backwards or past the end: the end never before the start', () => {
    expect(locateRange(parsed, [8, 2])).toEqual({ start: { line: 2, column: 3 }, end: { line: 2, column: 3 } });
    expect(locateRange(parsed, [500, 900])).toEqual({ start: { line: 4, column: 1 }, end: { line: 4, column: 1 } });
    expect(locateRange(parsed, [13, 900])).toEqual({ start: { line: 3, column: 1 }, end: { line: 3, column: 5 } });
  });

  it('an empty file: 1:1', () => {
    expect(locateRange(parseSource(src('')), [0, 3])).toEqual({ start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
  });
});
