import { describe, expect, it } from 'vitest';
import { parseSource as parseRaw, type SourceFile } from '../../src/model/parse.js';
import { locatePath, locateRange } from '../../src/model/locate.js';
import type { Lang } from '../../src/util/lang.js';
import { inWords } from '../helpers/words.js';

/** Parses, with the problems in words in `lang`. */
const parseSource = (source: SourceFile, lang: Lang) => {
  const parsed = parseRaw(source);
  return { ...parsed, problems: inWords(parsed.problems, lang) };
};

const src = (text: string) => ({ path: 'x.sop.yaml', absPath: '/p/x.sop.yaml', text });

describe('parseSource and positions', () => {
  const text = 'nomor: 01/SOP\nnama: Uji\nkegiatan:\n  - uraian: Mengumpulkan\n    waktu: 2 jam\n';

  it('locates a nested value by path', () => {
    const parsed = parseSource(src(text), 'id');
    expect(parsed.problems).toEqual([]);
    expect(locatePath(parsed, ['kegiatan', 0, 'waktu']).start).toEqual({ line: 5, column: 12 });
    expect(locatePath(parsed, ['kegiatan', 0, 'waktu'], { atKey: true }).start).toEqual({ line: 5, column: 5 });
    expect(locatePath(parsed, ['nama']).end).toEqual({ line: 2, column: 10 });
  });

  it('falls back to the nearest existing parent', () => {
    const parsed = parseSource(src(text), 'id');
    expect(locatePath(parsed, ['kegiatan', 0, 'output']).start).toEqual({ line: 4, column: 5 });
    expect(locatePath(parsed, ['kegiatan', 7]).start).toEqual({ line: 3, column: 1 });
  });

  it('keeps columns right in CRLF files', () => {
    const parsed = parseSource(src(text.replace(/\n/g, '\r\n')), 'id');
    expect(parsed.problems).toEqual([]);
    expect(locatePath(parsed, ['kegiatan', 0, 'waktu']).start).toEqual({ line: 5, column: 12 });
  });

  it('ignores a UTF-8 BOM for positions and keys', () => {
    const parsed = parseSource(src('\ufeff' + text), 'id');
    expect(parsed.problems).toEqual([]);
    expect((parsed.data as Record<string, unknown>).nomor).toBe('01/SOP');
    expect(locatePath(parsed, ['nomor']).start).toEqual({ line: 1, column: 8 });
  });

  it('reports a syntax error with its position', () => {
    const parsed = parseSource(src('nomor: [1, 2\nnama: x\n'), 'id');
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.ruleId).toBe('yaml');
    expect(parsed.problems[0]!.message).toMatch(/^Kesalahan sintaks YAML: /);
    expect(parsed.data).toBeUndefined();
  });

  it('reports a duplicate key at the second occurrence, in both languages', () => {
    const text2 = 'nomor: a\nnama: b\nnomor: c\n';
    const id = parseSource(src(text2), 'id');
    expect(id.problems.map((p) => [p.message, locateRange(id, p.range!).start])).toEqual([
      ['Kunci "nomor" ditulis dua kali; hapus salah satunya', { line: 3, column: 1 }],
    ]);
    expect(parseSource(src(text2), 'en').problems[0]!.message).toBe('Key "nomor" appears twice; remove one of them');
  });

  it('rejects a document that is not a mapping', () => {
    const parsed = parseSource(src('- a\n- b\n'), 'id');
    expect(parsed.problems[0]!.message).toBe('Isi berkas harus berupa pemetaan kunci: nilai (mis. "nomor: ..."), ditemukan daftar');
  });

  it('rejects a second YAML document', () => {
    const parsed = parseSource(src('nomor: a\n---\nnomor: b\n'), 'id');
    expect(parsed.problems.map((p) => p.ruleId)).toEqual(['yaml']);
    expect(locateRange(parsed, parsed.problems[0]!.range!).start).toEqual({ line: 2, column: 1 });
  });
});
