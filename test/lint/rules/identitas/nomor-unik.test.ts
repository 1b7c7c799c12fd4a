import { describe, expect, it } from 'vitest';
import { lintTexts, VALID_SOP } from '../../../helpers/lint.js';
import rule from '../../../../src/lint/rules/identitas/nomor-unik.js';

const withNumber = (nomor: string) => VALID_SOP.replace('nomor: 01/SOP/DISPERSIP/VII/2023', `nomor: ${nomor}`);
const format = (ds: { line: number; column: number; severity: string; ruleId: string; message: string }[]) =>
  ds.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

describe('identitas/nomor-unik', () => {
  it('reports each SOP that shares a number, naming the others', () => {
    const results = lintTexts(
      [
        { file: 'a.sop.yaml', text: VALID_SOP },
        { file: 'b.sop.yaml', text: withNumber('02/SOP/DISPERSIP/VII/2023') },
        { file: 'c.sop.yaml', text: withNumber('01 / SOP / DISPERSIP / VII / 2023') },
      ],
      { rules: [rule] },
    );
    expect(results.map(format)).toEqual([
      ['1:8 error identitas/nomor-unik Nomor SOP "01/SOP/DISPERSIP/VII/2023" juga dipakai oleh c.sop.yaml; setiap SOP perlu nomor sendiri'],
      [],
      ['1:8 error identitas/nomor-unik Nomor SOP "01 / SOP / DISPERSIP / VII / 2023" juga dipakai oleh a.sop.yaml; setiap SOP perlu nomor sendiri'],
    ]);
  });

  it('is silent for distinct numbers and respects "off" for a file', () => {
    expect(lintTexts([{ file: 'a.sop.yaml', text: VALID_SOP }, { file: 'b.sop.yaml', text: withNumber('02/SOP/X/2023') }], { rules: [rule] }).flat()).toEqual([]);
    const results = lintTexts([{ file: 'a.sop.yaml', text: VALID_SOP }, { file: 'lama/b.sop.yaml', text: VALID_SOP }], {
      rules: [rule],
      lang: 'en',
      config: { lint: { rules: {}, overrides: [{ files: ['lama/**'], rules: { 'identitas/nomor-unik': 'off' } }], register: null } },
    });
    expect(results.map(format)).toEqual([[], []]);
  });

  it('speaks English', () => {
    const results = lintTexts([{ file: 'a.sop.yaml', text: VALID_SOP }, { file: 'b.sop.yaml', text: VALID_SOP }], { rules: [rule], lang: 'en' });
    expect(format(results[1]!)).toEqual(['1:8 error identitas/nomor-unik SOP number "01/SOP/DISPERSIP/VII/2023" is also used by a.sop.yaml; every SOP needs its own number']);
  });
});
