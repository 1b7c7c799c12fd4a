import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findings, VALID_SOP, sampleFindings } from '../../../helpers/lint.js';
import lengkap from '../../../../src/lint/rules/mutu-baku/lengkap.js';

/** The rules about an SOP's actors, steps, Mutu Baku, times, flow and cross-references. */

const ROOT = path.resolve(import.meta.dirname, '../../../..');

const without = (...needles: string[]) => needles.reduce((text, n) => text.replace(n, ''), VALID_SOP);

describe('mutu-baku/lengkap', () => {
  it.each([
    { name: 'no waktu', text: without('    waktu: 1 jam\n'), expected: ['26:5 warn mutu-baku/lengkap Kegiatan 2 tidak memiliki waktu pada Mutu Baku'] },
    { name: 'no output', text: without('    output: Dokumen tersimpan\n'), expected: ['33:5 warn mutu-baku/lengkap Kegiatan 3 tidak memiliki output pada Mutu Baku'] },
    {
      name: 'all three missing, one finding',
      text: without('    kelengkapan: Formulir kinerja\n', '    waktu: 2 jam\n', '    output: Data kinerja\n'),
      expected: ['21:5 warn mutu-baku/lengkap Kegiatan 1 tidak memiliki kelengkapan, waktu dan output pada Mutu Baku'],
    },
    {
      name: 'an empty kelengkapan list counts as missing',
      text: VALID_SOP.replace('kelengkapan: Dokumen\n', 'kelengkapan: []\n').replace('    output: Dokumen tersimpan\n', ''),
      expected: ['33:5 warn mutu-baku/lengkap Kegiatan 3 tidak memiliki kelengkapan dan output pada Mutu Baku'],
    },
    { name: 'complete', text: VALID_SOP, expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(findings(text, lengkap)).toEqual(expected);
  });

  it('speaks English', () => {
    expect(findings(without('    waktu: 1 jam\n', '    output: Data kinerja diperiksa\n'), lengkap, { lang: 'en' })).toEqual([
      '26:5 warn mutu-baku/lengkap Step 2 has no time (waktu) and output in its quality standard (Mutu Baku)',
    ]);
  });

  it('finds the step without waktu in the Balangan SKP seed', () => {
    const text = readFileSync(path.join(ROOT, 'test/fixtures/seeds/pengukuran-kinerja-skp-balangan.sop.yaml'), 'utf8');
    expect(findings(text, lengkap)).toEqual(['94:5 warn mutu-baku/lengkap Kegiatan 5 tidak memiliki waktu pada Mutu Baku']);
  });

  it('the samples in sops/ are clean', () => {
    expect(sampleFindings(['mutu-baku/lengkap'])).toEqual([]);
  });
});
