import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../../../helpers/lint.js';
import rule from '../../../../src/lint/rules/alur/kunci-diabaikan.js';

const run = (text: string, lang: 'id' | 'en' = 'id') =>
  lintText(text, { rules: [rule], lang }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.message}`);

describe('alur/kunci-diabaikan', () => {
  it('accepts flow keys that the symbol reads', () => {
    expect(run(VALID_SOP)).toEqual([]);
    expect(run(VALID_SOP.replace('    tidak: 1\n', '    tidak: 1\n    ya: 3\n    label_ya: Sesuai\n'))).toEqual([]);
  });

  it('reports ya and labels on a process, lanjut on a decision and on the end', () => {
    const text = VALID_SOP
      .replace('    pelaksana: Staf\n    kelengkapan: Formulir kinerja', '    pelaksana: Staf\n    ya: 3\n    label_tidak: Kurang\n    kelengkapan: Formulir kinerja')
      .replace('    tidak: 1\n', '    tidak: 1\n    lanjut: 3\n')
      .replace('    waktu: 15 menit\n', '    waktu: 15 menit\n    lanjut: 1\n');
    expect(run(text)).toEqual([
      '23:5 error "ya" tidak berlaku pada kegiatan awal (mulai) dan diabaikan; kegiatan bercabang hanya bila memiliki `tidak`',
      '24:5 error "label_tidak" tidak berlaku pada kegiatan awal (mulai) dan diabaikan; kegiatan bercabang hanya bila memiliki `tidak`',
      '32:5 error "lanjut" tidak berlaku pada keputusan dan diabaikan; keputusan berlanjut lewat `ya`/`tidak`; kegiatan akhir tidak berlanjut',
      '40:5 error "lanjut" tidak berlaku pada kegiatan akhir (selesai) dan diabaikan; keputusan berlanjut lewat `ya`/`tidak`; kegiatan akhir tidak berlanjut',
    ]);
    expect(run(text, 'en')[0]).toBe('23:5 error "ya" has no effect on the start step and is ignored; a step branches only when it has `tidak`');
  });
});
