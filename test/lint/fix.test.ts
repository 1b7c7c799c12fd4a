import { describe, expect, it } from 'vitest';
import { applyEdits, selectFixes, yamlScalar } from '../../src/lint/fix.js';

describe('fix application', () => {
  it('applies a multi-edit fix whole or not at all', () => {
    const text = 'a: [x, y, z]';
    const reorder = [
      { start: 4, end: 5, text: 'z' },
      { start: 10, end: 11, text: 'x' },
    ];
    const single = [{ start: 10, end: 11, text: 'Z' }];
    // The single fix overlaps the second edit of the reorder: the reorder is taken whole, the single waits.
    expect(selectFixes([reorder, single])).toEqual(reorder);
    expect(applyEdits(text, selectFixes([reorder, single])).text).toBe('a: [z, y, x]');
    expect(applyEdits(text, selectFixes([single, reorder])).text).toBe('a: [x, y, Z]');
  });

  it('quotes a scalar only when YAML needs it', () => {
    expect(yamlScalar('Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah')).toBe('Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah');
    expect(yamlScalar('3 jam 15 menit')).toBe('"3 jam 15 menit"');
    expect(yamlScalar('Catatan: penting')).toBe('"Catatan: penting"');
    expect(yamlScalar('Tata Cara Perencanaan, Pengendalian')).toBe('Tata Cara Perencanaan, Pengendalian');
    expect(yamlScalar('Tata Cara Perencanaan, Pengendalian', true)).toBe('"Tata Cara Perencanaan, Pengendalian"');
    expect(yamlScalar('- butir')).toBe('"- butir"');
  });
});
