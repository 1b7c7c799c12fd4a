import { describe, expect, it } from 'vitest';
import { lintText, VALID_SOP } from '../../../helpers/lint.js';
import rule from '../../../../src/lint/rules/identitas/nip.js';

const withNip = (nip: string) => VALID_SOP.replace('nip: "19660313 198903 1 011"', `nip: "${nip}"`);
const run = (text: string, options: Parameters<typeof lintText>[1] = { rules: [rule] }) =>
  lintText(text, { ...options, rules: [rule] }).map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

describe('identitas/nip', () => {
  it('accepts a valid NIP, with or without spaces', () => {
    expect(run(VALID_SOP)).toEqual([]);
    expect(run(withNip('196603131989031011'))).toEqual([]);
    expect(run(withNip('19770820 200212 2 005'))).toEqual([]);
  });

  it.each([
    ['196603131 198903 1 011', 'NIP "196603131 198903 1 011" berisi 19 angka; NIP terdiri atas 18 angka (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut), mis. "19660313 198903 1 011"'],
    ['19660313 198903 1', 'NIP "19660313 198903 1" berisi 15 angka; NIP terdiri atas 18 angka (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut), mis. "19660313 198903 1 011"'],
    ['19660231 198903 1 011', 'NIP "19660231 198903 1 011": 8 angka pertama (19660231) harus tanggal lahir YYYYMMDD yang sah'],
    ['19660313 198913 1 011', 'NIP "19660313 198913 1 011": angka ke-9 s.d. 14 (198913) harus TMT CPNS YYYYMM dengan bulan 01-12'],
    ['19660313 198402 1 011', 'NIP "19660313 198402 1 011": TMT CPNS 1984-02 sebelum pemegangnya berumur 18 tahun (lahir 1966-03-13)'],
    ['19660313 198903 3 011', 'NIP "19660313 198903 3 011": angka ke-15 (3) adalah jenis kelamin dan harus 1 (pria) atau 2 (wanita)'],
  ])('%s', (nip, message) => {
    expect(run(withNip(nip))).toEqual([`12:8 error identitas/nip ${message}`]);
  });

  it('checks the NIPs of the extra signature boxes at their own lines', () => {
    const text = VALID_SOP.replace('dasar_hukum:', 'tanda_tangan:\n  - peran: Dibuat oleh\n    jabatan: Kepala Seksi\n    nama: Siti\n    nip: "19791312 200501 2 003"\n  - { peran: Mengetahui, jabatan: Sekretaris, nama: Budi, nip: "1979" }\ndasar_hukum:');
    const line = (start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
    expect(run(text)).toEqual([
      `${line('    nip: "19791312')}:10 error identitas/nip NIP "19791312 200501 2 003": 8 angka pertama (19791312) harus tanggal lahir YYYYMMDD yang sah`,
      `${line('  - { peran: Mengetahui')}:${text.split('\n')[line('  - { peran: Mengetahui') - 1]!.indexOf('"1979"') + 1} error identitas/nip NIP "1979" berisi 4 angka; NIP terdiri atas 18 angka (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut), mis. "19660313 198903 1 011"`,
    ]);
  });

  it('accepts an appointment in the month the holder turns 18', () => {
    expect(run(withNip('19660313 198403 1 011'))).toEqual([]);
  });

  it('reports a NIP from the project config at the start of the file', () => {
    const text = VALID_SOP.replace(/^disahkan_oleh:\n(?: .*\n)*/m, '');
    const found = run(text, { rules: [rule], config: { approver: { jabatan: 'Kepala Dinas', nama: 'Nama', nip: '1966 0313' } } });
    expect(found).toEqual([
      '1:1 error identitas/nip NIP "1966 0313" berisi 8 angka; NIP terdiri atas 18 angka (tanggal lahir, TMT CPNS, jenis kelamin, nomor urut), mis. "19660313 198903 1 011"',
    ]);
  });
});
