import { describe, expect, it } from 'vitest';
import { findings, modelOf, VALID_SOP } from '../../../helpers/lint.js';
import rule from '../../../../src/lint/rules/kegiatan/keterangan.js';
import { remarksSpans } from '../../../../src/model/build.js';

const HEAD = VALID_SOP.slice(0, VALID_SOP.indexOf('kegiatan:\n'));
/** Four steps s1..s4 of three lines each from line 19 (`- id` at 19, uraian 20, pelaksana 21), then `extra` lines for step k. */
const steps = (extra: Record<number, string[]>) =>
  HEAD +
  'kegiatan:\n' +
  [1, 2, 3, 4].map((k) => [`  - id: s${k}`, `    uraian: Memproses langkah ${k}`, '    pelaksana: Staf', ...(extra[k] ?? [])].join('\n')).join('\n') +
  '\n';
const span = (until: string | number) => ['    keterangan:', '      teks: Paling lama 1 hari kerja', `      sampai: ${until}`];
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('kegiatan/keterangan', () => {
  it('accepts a span over steps without notes, by id or number, and draws it', () => {
    for (const until of ['s3', 3]) {
      const text = steps({ 1: span(until), 4: ['    keterangan: Diarsipkan'] });
      expect(findings(text, rule)).toEqual([]);
      expect(remarksSpans(modelOf(text).steps)).toEqual([{ from: 1, to: 3 }]);
    }
  });

  it.each([
    ['an unknown step', { 2: span('s9') }, '      sampai: s9', 15, 'error kegiatan/keterangan keterangan.sampai: kegiatan "s9" tidak ada; rujuk id atau nomor kegiatan terakhir yang dicakup (1–4)'],
    ['the step itself', { 2: span('s2') }, '      sampai: s2', 15, 'error kegiatan/keterangan keterangan.sampai menunjuk kegiatan 2, bukan kegiatan sesudah kegiatan 2; sel Keterangan mencakup kegiatan ini sampai kegiatan yang lebih bawah'],
    ['an earlier step', { 3: span(1) }, '      sampai: 1', 15, 'error kegiatan/keterangan keterangan.sampai menunjuk kegiatan 1, bukan kegiatan sesudah kegiatan 3; sel Keterangan mencakup kegiatan ini sampai kegiatan yang lebih bawah'],
    [
      'a step with its own note inside',
      { 1: span('s4'), 3: ['    keterangan: Dicatat di buku agenda'] },
      '      sampai: s4',
      15,
      'error kegiatan/keterangan Keterangan kegiatan 1 mencakup kegiatan 1–4, tetapi kegiatan 3 punya keterangan sendiri; perpendek cakupannya atau gabungkan teksnya',
    ],
  ])('reports %s, and prints the note in its own row only', (_name, extra, line, column, message) => {
    const text = steps(extra as Record<number, string[]>);
    expect(findings(text, rule)).toEqual([`${lineOf(text, line)}:${column} ${message}`]);
    expect(remarksSpans(modelOf(text).steps)).toEqual([]);
  });

  it('speaks English', () => {
    const text = steps({ 2: span('s9') });
    expect(findings(text, rule, { lang: 'en' })).toEqual([`${lineOf(text, '      sampai: s9')}:15 error kegiatan/keterangan keterangan.sampai: there is no step "s9"; refer to the id or number of the last step covered (1–4)`]);
  });
});
