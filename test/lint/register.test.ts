import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { isOfficialSource, loadBuiltinRegisterChecked, loadRegister as loadRaw, parseRegisterSource as parseRaw, parseRegisterSources } from '../../src/lint/regulations/load.js';
import type { SourceFile } from '../../src/model/parse.js';
import type { ProjectConfig } from '../../src/config/types.js';
import type { Lang } from '../../src/util/lang.js';
import { inWords } from '../helpers/words.js';

/** The register and its diagnostics in words in `lang`. */
const parseRegisterSource = (source: SourceFile, lang: Lang) => {
  const result = parseRaw(source);
  return { ...result, diagnostics: inWords(result.diagnostics, lang) };
};
const loadRegister = (config: ProjectConfig, lang: Lang, cwd: string) => {
  const result = loadRaw(config, cwd);
  return { ...result, problems: result.problems.map((f) => ({ ...f, diagnostics: inWords(f.diagnostics, lang) })) };
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-register-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const source = (text: string) => ({ path: 'regulasi.yaml', absPath: path.join(dir, 'regulasi.yaml'), text });
const lines = (text: string, lang: 'id' | 'en' = 'id') =>
  parseRegisterSource(source(text), lang).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);

const GOOD = `regulasi:
  - jenis: Perbup Balangan
    nomor: 5
    tahun: 2016
    judul: Perangkat Daerah
    status: diganti
    oleh: Peraturan Bupati Balangan Nomor 9 Tahun 2021
    pasal: Pasal 20
    berlaku_sejak: 2021-03-01
    sumber: https://jdih.balangankab.go.id/perbup-no-9-tahun-2021
    diperiksa: 2026-11-01
  - jenis: Peraturan Bupati Balangan
    nomor: "9"
    tahun: 2021
    status: berlaku
`;

const builtinText = fs.readFileSync(new URL('../../data/regulasi.yaml', import.meta.url), 'utf8');

describe('the built-in register', () => {
  const { register, problems } = loadBuiltinRegisterChecked();

  it('loads without a problem, and keeps the statuses the domain notes source', () => {
    expect(problems).toEqual([]);
    expect(register.entries.length).toBe((builtinText.match(/^  - jenis:/gm) ?? []).length);
    expect(register.find('Peraturan Pemerintah', '46', 2011)).toMatchObject({ status: 'diganti', oleh: [{ jenis: 'Peraturan Pemerintah', nomor: '30', tahun: 2019 }] });
    expect(register.find('Undang-Undang', '32', 2004)).toMatchObject({ status: 'diganti', pasal: 'Pasal 409', sumber: 'https://peraturan.go.id/id/uu-no-23-tahun-2014' });
    // A parent revoked is not a revocation: info, not error.
    expect(register.find('Peraturan Kepala Badan Kepegawaian Negara', '1', 2013)).toMatchObject({ status: 'perlu-diperiksa' });
    // A Permendagri cannot revoke a PP.
    expect(register.find('Peraturan Pemerintah', '8', 2008)?.status).not.toMatch(/dicabut|diganti/);
    expect(register.find('Undang-Undang', '23', 2014)).toMatchObject({ status: 'diubah' });
  });

  it('traces every status other than berlaku to an official record of the revoking text, dated', () => {
    for (const e of register.entries.filter((x) => ['dicabut', 'diganti', 'diubah'].includes(x.status))) {
      expect(e.oleh.length, `${e.jenis} ${e.nomor}/${e.tahun}`).toBeGreaterThan(0);
      expect(e.pasal).toMatch(/\S/);
      expect(e.berlakuSejak).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(isOfficialSource(e.sumber!)).toEqual({ ok: true });
      expect(e.diperiksa).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const e of register.entries.filter((x) => x.status === 'perlu-diperiksa')) expect(e.catatan).toMatch(/\S/);
  });

  it('ends every chain at a regulation in force (or one flagged perlu-diperiksa, with its reason), named in the register', () => {
    for (const e of register.entries) {
      for (const ref of e.oleh) expect(register.find(ref.jenis, ref.nomor, ref.tahun), `${ref.jenis} ${ref.nomor}/${ref.tahun}`).not.toBeNull();
      if (!['dicabut', 'diganti'].includes(e.status)) continue;
      const ends = register.inForceEnds(e);
      expect(ends.length, `${e.jenis} ${e.nomor}/${e.tahun}`).toBeGreaterThan(0);
      for (const end of ends) {
        expect(['berlaku', 'diubah', 'perlu-diperiksa'], `${e.jenis} ${e.nomor}/${e.tahun}`).toContain(end.status);
        if (end.status === 'perlu-diperiksa') expect(end.catatan, `${end.jenis} ${end.nomor}/${end.tahun}`).toMatch(/\S/);
      }
    }
    // UU 8/1974 → UU 5/2014 → UU 20/2023.
    expect(register.inForceEnds(register.find('Undang-Undang', '8', 1974)!).map((x) => `${x.nomor}/${x.tahun}`)).toEqual(['20/2023']);
  });
});

describe('a project register', () => {
  it('canonicalises the jenis and the oleh citations, and accepts a numeric nomor', () => {
    expect(parseRegisterSource(source(GOOD), 'id').entries[0]).toEqual({
      jenis: 'Peraturan Bupati Balangan',
      nomor: '5',
      tahun: 2016,
      judul: 'Perangkat Daerah',
      bidang: null,
      status: 'diganti',
      oleh: [{ jenis: 'Peraturan Bupati Balangan', nomor: '9', tahun: 2021 }],
      pasal: 'Pasal 20',
      berlakuSejak: '2021-03-01',
      sumber: 'https://jdih.balangankab.go.id/perbup-no-9-tahun-2021',
      catatan: null,
      diperiksa: '2026-11-01',
    });
  });

  const PP = 'regulasi:\n  - jenis: Peraturan Pemerintah\n    nomor: "46"\n    tahun: 2011\n';
  it.each([
    ['daftar: []\n', ['regulasi.yaml:1:1 error regulasi Berkas register harus berisi daftar "regulasi:" (lihat data/regulasi.yaml untuk contohnya)']],
    ['regulasi:\n  - PP 46/2011\n', ['regulasi.yaml:2:5 error regulasi Entri register ke-1 harus berupa pemetaan (jenis, nomor, tahun, status, ...), ditemukan "PP 46/2011"']],
    [
      `${PP}    status: dicbut\n    sumbr: x\n`,
      [
        'regulasi.yaml:6:5 error regulasi Kunci "sumbr" tidak dikenal di entri register; maksud Anda "sumber"?',
        'regulasi.yaml:5:13 error regulasi status harus salah satu dari berlaku, diubah, dicabut, diganti, perlu-diperiksa, ditemukan "dicbut"; maksud Anda "dicabut"?',
      ],
    ],
    [
      // An old-format entry: the evidence is required, the old keys are named.
      `${PP}    status: dicabut\n    diganti_oleh: PP 30/2019\n`,
      [
        'regulasi.yaml:2:5 error regulasi Entri register ke-1 berstatus dicabut, diganti atau diubah harus punya "oleh": status ditelusuri ke naskah yang mencabut atau mengubahnya (oleh, pasal, berlaku_sejak, sumber resmi, diperiksa)',
        'regulasi.yaml:2:5 error regulasi Entri register ke-1 berstatus dicabut, diganti atau diubah harus punya "pasal": status ditelusuri ke naskah yang mencabut atau mengubahnya (oleh, pasal, berlaku_sejak, sumber resmi, diperiksa)',
        'regulasi.yaml:2:5 error regulasi Entri register ke-1 berstatus dicabut, diganti atau diubah harus punya "berlaku_sejak": status ditelusuri ke naskah yang mencabut atau mengubahnya (oleh, pasal, berlaku_sejak, sumber resmi, diperiksa)',
        'regulasi.yaml:2:5 error regulasi Entri register ke-1 berstatus dicabut, diganti atau diubah harus punya "sumber": status ditelusuri ke naskah yang mencabut atau mengubahnya (oleh, pasal, berlaku_sejak, sumber resmi, diperiksa)',
        'regulasi.yaml:2:5 error regulasi Entri register ke-1 berstatus dicabut, diganti atau diubah harus punya "diperiksa": status ditelusuri ke naskah yang mencabut atau mengubahnya (oleh, pasal, berlaku_sejak, sumber resmi, diperiksa)',
        'regulasi.yaml:6:5 error regulasi Kunci "diganti_oleh" tidak dikenal di entri register; kunci yang boleh: jenis, nomor, tahun, judul, bidang, status, oleh, pasal, berlaku_sejak, sumber, catatan, diperiksa',
      ],
    ],
    [
      `${PP}    status: perlu-diperiksa\n`,
      [
        'regulasi.yaml:2:5 error regulasi Entri register ke-1 berstatus perlu-diperiksa harus punya "catatan": catatan mengapa statusnya perlu diperiksa, dan tanggal diperiksa',
        'regulasi.yaml:2:5 error regulasi Entri register ke-1 berstatus perlu-diperiksa harus punya "diperiksa": catatan mengapa statusnya perlu diperiksa, dan tanggal diperiksa',
      ],
    ],
    [
      // A staging host, a source naming another text, a date before the regulation, an unreadable oleh.
      `${PP}    status: diganti\n    oleh: [PP 30/2019, Pedoman 2020]\n    pasal: Pasal 64\n    berlaku_sejak: 2010-04-31\n    sumber: https://dev-jdihn.bphn.go.id/doc/1330629\n    diperiksa: 2026-12-02\n`,
      [
        'regulasi.yaml:8:20 error regulasi berlaku_sejak harus tanggal YYYY-MM-DD yang ada di kalender, ditemukan "2010-04-31"',
        'regulasi.yaml:6:24 error regulasi "Pedoman 2020" bukan kutipan peraturan yang dikenali; tulis "<Jenis> Nomor <n> Tahun <yyyy>", mis. "Peraturan Pemerintah Nomor 30 Tahun 2019"',
        'regulasi.yaml:9:13 error regulasi sumber harus laman resmi naskahnya (peraturan.go.id, peraturan.bpk.go.id, jdihn.go.id atau JDIH instansi jdih.*.go.id), bukan dev-jdihn.bphn.go.id',
        'regulasi.yaml:8:20 error regulasi berlaku_sejak 2010-04-31 lebih awal dari tahun peraturannya (2011)',
      ],
    ],
    [
      `${PP}    status: diganti\n    oleh: PP 30/2019\n    pasal: Pasal 64\n    berlaku_sejak: 2009-04-30\n    sumber: https://peraturan.go.id/id/pp-no-31-tahun-2019\n    diperiksa: 2026-12-02\n`,
      [
        'regulasi.yaml:9:13 error regulasi sumber menunjuk naskah lain (31/2019); seharusnya laman Peraturan Pemerintah Nomor 30 Tahun 2019',
        'regulasi.yaml:8:20 error regulasi berlaku_sejak 2009-04-30 lebih awal dari tahun peraturannya (2011)',
      ],
    ],
    [
      'regulasi:\n  - jenis: Pedoman Umum\n    nomor: "1"\n    tahun: 2020\n    status: berlaku\n',
      ['regulasi.yaml:2:12 error regulasi Jenis peraturan "Pedoman Umum" tidak dikenal; tulis jenis lengkap, mis. "Peraturan Pemerintah" atau "Peraturan Bupati Kebumen"'],
    ],
    ['regulasi:\n  - jenis: Peraturan Pemerintah\n    tahun: 2011\n', ['regulasi.yaml:2:5 error regulasi Entri register ke-1 tidak punya kunci wajib "nomor"', 'regulasi.yaml:2:5 error regulasi Entri register ke-1 tidak punya kunci wajib "status"']],
  ])('%j', (text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  it('checks across entries: oleh is an entry, of equal or higher rank, and no chain loops', () => {
    const text = `regulasi:
  - jenis: Peraturan Pemerintah
    nomor: "8"
    tahun: 2008
    status: diganti
    oleh: Permendagri 86/2017
    pasal: Pasal 1
    berlaku_sejak: 2017-12-01
    sumber: https://peraturan.go.id/id/permendagri-no-86-tahun-2017
    diperiksa: 2026-12-02
  - jenis: Perbup Balangan
    nomor: "1"
    tahun: 2020
    status: dicabut
    oleh: Perbup Balangan 2/2021
    pasal: Pasal 9
    berlaku_sejak: 2021-01-01
    sumber: https://jdih.balangankab.go.id/2-2021
    diperiksa: 2026-12-02
  - jenis: Perbup Balangan
    nomor: "2"
    tahun: 2021
    status: dicabut
    oleh: Perbup Balangan 1/2020
    pasal: Pasal 9
    berlaku_sejak: 2021-01-01
    sumber: https://jdih.balangankab.go.id/1-2020
    diperiksa: 2026-12-02
  - jenis: Perbup Balangan
    nomor: "3"
    tahun: 2021
    status: diubah
    oleh: Perbup Balangan 4/2022
    pasal: Pasal I
    berlaku_sejak: 2022-01-01
    sumber: https://jdih.balangankab.go.id/4-2022
    diperiksa: 2026-12-02
`;
    const { problems } = parseRegisterSources([source(text)]);
    expect(problems.flatMap((f) => inWords(f.diagnostics, 'id').map((d) => `${d.line}:${d.column} ${d.message}`))).toEqual([
      '6:11 Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 (Peraturan Menteri/Kepala Badan) tidak dapat mencabut Peraturan Pemerintah Nomor 8 Tahun 2008 (Peraturan Pemerintah): menurut UU 12/2011, naskah pencabut atau pengubah harus setingkat atau lebih tinggi; laporkan sebagai perlu-diperiksa',
      '6:11 Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tidak ada di register; setiap peraturan yang mencabut atau mengubah harus punya entri sendiri, agar rantainya berakhir di peraturan yang berlaku',
      '15:11 Rantai pencabutan Peraturan Bupati Balangan Nomor 1 Tahun 2020 → Peraturan Bupati Balangan Nomor 2 Tahun 2021 → Peraturan Bupati Balangan Nomor 1 Tahun 2020 berputar kembali; setiap rantai harus berakhir di peraturan yang berlaku',
      '24:11 Rantai pencabutan Peraturan Bupati Balangan Nomor 2 Tahun 2021 → Peraturan Bupati Balangan Nomor 1 Tahun 2020 → Peraturan Bupati Balangan Nomor 2 Tahun 2021 berputar kembali; setiap rantai harus berakhir di peraturan yang berlaku',
      '33:11 Peraturan Bupati Balangan Nomor 4 Tahun 2022 tidak ada di register; setiap peraturan yang mencabut atau mengubah harus punya entri sendiri, agar rantainya berakhir di peraturan yang berlaku',
    ]);
  });

  it('merges over the built-in register and reports bad entries with file:line:col', () => {
    fs.writeFileSync(
      path.join(dir, 'regulasi.yaml'),
      `${GOOD}  - jenis: PP\n    nomor: "46"\n    tahun: 2011\n    status: berlaku\n  - jenis: PP\n    nomor: "1"\n    tahun: 2011\n    status: hilang\n`,
    );
    fs.writeFileSync(path.join(dir, 'sop.config.yaml'), 'lint:\n  regulasi: regulasi.yaml\n');
    const config = { ...defaultConfig(dir), file: path.join(dir, 'sop.config.yaml'), lint: { rules: {}, overrides: [], register: 'regulasi.yaml' } };
    const { register, problems } = loadRegister(config, 'en', dir);
    expect(register.find('Peraturan Pemerintah', '46', 2011)?.status).toBe('berlaku');
    expect(register.find('Peraturan Bupati Balangan', '5', 2016)?.status).toBe('diganti');
    expect(register.find('Undang-Undang', '5', 2014)?.status).toBe('diganti');
    expect(problems.map((f) => f.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`))).toEqual([
      ['regulasi.yaml:23:13 status must be one of berlaku, diubah, dicabut, diganti, perlu-diperiksa, found "hilang"'],
    ]);
  });

  it('points at lint.regulasi in the config when the file is missing', () => {
    fs.writeFileSync(path.join(dir, 'sop.config.yaml'), 'lint:\n  regulasi: tidak-ada.yaml\n');
    const config = { ...defaultConfig(dir), file: path.join(dir, 'sop.config.yaml'), lint: { rules: {}, overrides: [], register: 'tidak-ada.yaml' } };
    const { problems } = loadRegister(config, 'id', dir);
    expect(problems.flatMap((f) => f.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`))).toEqual([
      'sop.config.yaml:2:13 Berkas register regulasi tidak ditemukan: tidak-ada.yaml',
    ]);
  });
});
