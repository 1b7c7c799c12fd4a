import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { loadBuiltinRegister, loadRegister as loadRaw, parseRegisterSource as parseRaw } from '../../src/lint/regulations/load.js';
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
    status: dicabut
    terverifikasi: true
    diganti_oleh: Peraturan Bupati Balangan Nomor 9 Tahun 2021
    sumber: JDIH Balangan
    diperiksa: 2026-11-01
`;

describe('the built-in register', () => {
  it('holds every row of the status table, each valid and dated', () => {
    const register = loadBuiltinRegister();
    expect(register.entries).toHaveLength(20);
    expect(register.find('Peraturan Pemerintah', '46', 2011)).toMatchObject({ status: 'dicabut', terverifikasi: true, sumber: 'https://dev-jdihn.bphn.go.id/doc/1330629' });
    expect(register.find('Peraturan Kepala Badan Kepegawaian Negara', '1', 2013)).toMatchObject({ status: 'tidak-berlaku' });
    expect(register.find('Peraturan Menteri Negara Pendayagunaan Aparatur Negara', 'PER/21/M.PAN/11/2008', 2008)).toMatchObject({ status: 'diganti' });
    expect(register.find('Peraturan Menteri Dalam Negeri', '73', 2009)).toMatchObject({ status: 'usang', terverifikasi: false });
    expect(register.find('Peraturan Pemerintah', '8', 2008)).toMatchObject({ status: 'usang', terverifikasi: false });
    expect(register.entries.every((e) => e.diperiksa === '2026-11-01')).toBe(true);
    for (const e of register.entries.filter((x) => ['dicabut', 'diganti', 'tidak-berlaku'].includes(x.status))) expect(e.sumber).not.toBeNull();
    expect(parseRegisterSource(source(fs.readFileSync(new URL('../../data/regulasi.yaml', import.meta.url), 'utf8')), 'id').diagnostics).toEqual([]);
  });
});

describe('a project register', () => {
  it('canonicalises the jenis and accepts a numeric nomor', () => {
    expect(parseRegisterSource(source(GOOD), 'id').entries).toEqual([
      {
        jenis: 'Peraturan Bupati Balangan',
        nomor: '5',
        tahun: 2016,
        judul: 'Perangkat Daerah',
        status: 'dicabut',
        terverifikasi: true,
        diganti_oleh: 'Peraturan Bupati Balangan Nomor 9 Tahun 2021',
        sumber: 'JDIH Balangan',
        diperiksa: '2026-11-01',
      },
    ]);
  });

  it.each([
    ['daftar: []\n', ['regulasi.yaml:1:1 error regulasi Berkas register harus berisi daftar "regulasi:" (lihat data/regulasi.yaml untuk contohnya)']],
    ['regulasi:\n  - PP 46/2011\n', ['regulasi.yaml:2:5 error regulasi Entri register ke-1 harus berupa pemetaan (jenis, nomor, tahun, status, ...), ditemukan "PP 46/2011"']],
    [
      'regulasi:\n  - jenis: Peraturan Pemerintah\n    nomor: "46"\n    tahun: 2011\n    status: dicbut\n    sumbr: x\n',
      [
        'regulasi.yaml:6:5 error regulasi Kunci "sumbr" tidak dikenal di entri register; maksud Anda "sumber"?',
        'regulasi.yaml:5:13 error regulasi status harus salah satu dari berlaku, diubah, dicabut, diganti, tidak-berlaku, usang, ditemukan "dicbut"; maksud Anda "dicabut"?',
      ],
    ],
    [
      'regulasi:\n  - jenis: Peraturan Pemerintahh Pusat\n    nomor: "46"\n    tahun: "2011"\n    status: dicabut\n    terverifikasi: ya\n    diperiksa: 2026-02-30\n',
      [
        'regulasi.yaml:4:12 error regulasi "tahun" harus berupa tahun empat angka, mis. 2011, ditemukan "2011"',
        'regulasi.yaml:6:20 error regulasi "terverifikasi" harus berupa true atau false, ditemukan "ya"',
        'regulasi.yaml:7:16 error regulasi diperiksa harus tanggal YYYY-MM-DD yang ada di kalender, ditemukan "2026-02-30"',
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

  it('merges over the built-in register and reports bad entries with file:line:col', () => {
    fs.writeFileSync(
      path.join(dir, 'regulasi.yaml'),
      `${GOOD}  - jenis: PP\n    nomor: "46"\n    tahun: 2011\n    status: berlaku\n    terverifikasi: true\n  - jenis: PP\n    nomor: "1"\n    tahun: 2011\n    status: hilang\n`,
    );
    fs.writeFileSync(path.join(dir, 'sop.config.yaml'), 'lint:\n  regulasi: regulasi.yaml\n');
    const config = { ...defaultConfig(dir), file: path.join(dir, 'sop.config.yaml'), lint: { rules: {}, overrides: [], register: 'regulasi.yaml' } };
    const { register, problems } = loadRegister(config, 'en', dir);
    expect(register.find('Peraturan Pemerintah', '46', 2011)?.status).toBe('berlaku');
    expect(register.find('Peraturan Bupati Balangan', '5', 2016)?.status).toBe('dicabut');
    expect(register.find('Undang-Undang', '5', 2014)?.status).toBe('dicabut');
    expect(problems.map((f) => f.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`))).toEqual([
      ['regulasi.yaml:19:13 status must be one of berlaku, diubah, dicabut, diganti, tidak-berlaku, usang, found "hilang"'],
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
