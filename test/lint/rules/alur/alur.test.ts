import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findings, lintText, VALID_SOP, sampleFindings } from '../../../helpers/lint.js';
import mulaiSelesai from '../../../../src/lint/rules/alur/mulai-selesai.js';
import tujuan from '../../../../src/lint/rules/alur/tujuan.js';
import keputusan from '../../../../src/lint/rules/alur/keputusan.js';
import terjangkau from '../../../../src/lint/rules/alur/terjangkau.js';
import buntu from '../../../../src/lint/rules/alur/buntu.js';

/** The rules about an SOP's actors, steps, Mutu Baku, times, flow and cross-references. */

const ROOT = path.resolve(import.meta.dirname, '../../../..');

const HEAD = VALID_SOP.slice(0, VALID_SOP.indexOf('pelaksana:\n'));
/**
 * An SOP whose steps s1..sN take 8 lines each: step k starts at line 19 + 8(k-1) ("id" at
 * column 5) and its two flow lines (the `extra` keys, or a comment) are lines 6 and 7 of it.
 */
const flow = (...extras: string[][]) =>
  HEAD +
  'pelaksana:\n  - Staf\nkegiatan:\n' +
  extras
    .map((extra, i) =>
      [`  - id: s${i + 1}`, `    uraian: Memproses langkah ${i + 1}`, '    pelaksana: Staf', '    kelengkapan: Dokumen', '    waktu: 1 jam', '    output: Dokumen', ...[...extra, '    # -', '    # -'].slice(0, 2)].join('\n'),
    )
    .join('\n') +
  '\n';
const line = (step: number, offset = 0) => 19 + 8 * (step - 1) + offset;
const seeds = readdirSync(path.join(ROOT, 'test/fixtures/seeds')).filter((f) => f.endsWith('.sop.yaml'));
const readSeed = (f: string) => readFileSync(path.join(ROOT, 'test/fixtures/seeds', f), 'utf8').replace(/September 2023/g, '2023-09-01');

describe('alur/mulai-selesai', () => {
  it.each([
    { name: 'a straight flow', text: flow([], [], []), expected: [] },
    {
      name: 'a first step that is a decision',
      text: flow(['    tidak: s3'], [], []),
      expected: [`${line(1)}:5 error alur/mulai-selesai Kegiatan pertama harus berupa simbol mulai (kapsul), ditemukan keputusan; pindahkan kegiatan ini atau tambahkan kegiatan awal`],
    },
    {
      name: 'an explicit symbol on the first step',
      text: flow(['    simbol: proses'], [], []),
      expected: [`${line(1, 6)}:13 error alur/mulai-selesai Kegiatan pertama harus berupa simbol mulai (kapsul), ditemukan proses; pindahkan kegiatan ini atau tambahkan kegiatan awal`],
    },
    {
      name: 'a start in the middle',
      text: flow([], ['    simbol: mulai'], []),
      expected: [`${line(2, 6)}:13 error alur/mulai-selesai Simbol mulai hanya untuk kegiatan pertama; kegiatan 2 adalah kegiatan di tengah alur`],
    },
    {
      name: 'no end',
      text: flow([], [], ['    simbol: proses']),
      expected: [`${line(3, 6)}:13 error alur/mulai-selesai Tidak ada kegiatan bersimbol selesai; kegiatan terakhir menjadi selesai kecuali diberi simbol lain — tambahkan \`simbol: selesai\` pada kegiatan akhir`],
    },
    {
      name: 'a last step that is a decision',
      text: flow([], ['    lanjut: s3'], ['    tidak: s2', '    ya: s1']),
      expected: [`${line(3)}:5 error alur/mulai-selesai Tidak ada kegiatan bersimbol selesai; kegiatan terakhir menjadi selesai kecuali diberi simbol lain — tambahkan \`simbol: selesai\` pada kegiatan akhir`],
    },
    { name: 'an end in the middle counts', text: flow([], ['    simbol: selesai'], ['    tidak: s2', '    ya: s1']), expected: [] },
    { name: 'a branch that ends the procedure counts', text: flow([], [], ['    tidak: selesai', '    ya: s1']), expected: [] },
  ])('$name', ({ text, expected }) => {
    expect(findings(text, mulaiSelesai)).toEqual(expected);
  });
});

describe('alur/tujuan', () => {
  it.each([
    { name: 'ids and numbers resolve', text: flow([], ['    tidak: s1', '    ya: 3'], []), expected: [] },
    { name: '`selesai` ends the procedure, in any case', text: flow([], ['    tidak: selesai', '    ya: s3'], ['    tidak: Selesai', '    ya: s1']), expected: [] },
    {
      name: 'a misspelt `selesai` is an unknown step',
      text: flow([], ['    tidak: selesia'], []),
      expected: [`${line(2, 6)}:12 error alur/tujuan tidak: kegiatan "selesia" tidak ada; rujuk id kegiatan (s1, s2, s3) atau nomornya (1–3)`],
    },
    {
      name: 'a misspelt id gets a did-you-mean',
      text: flow([], ['    tidak: s11'], []),
      expected: [`${line(2, 6)}:12 error alur/tujuan tidak: kegiatan "s11" tidak ada; maksud Anda "s1"?`],
    },
    {
      name: 'a number beyond the last step',
      text: flow([], ['    tidak: 7'], []),
      expected: [`${line(2, 6)}:12 error alur/tujuan tidak: kegiatan nomor 7 tidak ada; nomor kegiatan 1–3`],
    },
    {
      name: 'an unknown id on lanjut',
      text: flow(['    lanjut: arsipkan'], [], []),
      expected: [`${line(1, 6)}:13 error alur/tujuan lanjut: kegiatan "arsipkan" tidak ada; rujuk id kegiatan (s1, s2, s3) atau nomornya (1–3)`],
    },
    {
      name: 'a step pointing at itself',
      text: flow([], ['    lanjut: s2'], []),
      expected: [`${line(2, 6)}:13 error alur/tujuan lanjut: kegiatan 2 menunjuk ke dirinya sendiri`],
    },
  ])('$name', ({ text, expected }) => {
    expect(findings(text, tujuan)).toEqual(expected);
  });

  it('speaks English', () => {
    expect(findings(flow([], ['    tidak: s11'], []), tujuan, { lang: 'en' })).toEqual([`${line(2, 6)}:12 error alur/tujuan tidak: there is no step "s11"; did you mean "s1"?`]);
  });
});

describe('alur/keputusan', () => {
  it.each([
    { name: 'a full decision', text: flow([], ['    tidak: s1'], []), expected: [] },
    {
      name: 'a decision symbol without tidak',
      text: flow([], ['    simbol: keputusan'], []),
      expected: [`${line(2, 6)}:13 error alur/keputusan Keputusan pada kegiatan 2 tidak memiliki cabang "Tidak"; tambahkan \`tidak: <id atau nomor>\` atau ubah simbolnya menjadi proses`],
    },
    {
      name: 'a last-step decision has nowhere to say yes',
      text: flow([], [], ['    tidak: s1', '    label_ya: Lengkap']),
      expected: [`${line(3)}:5 error alur/keputusan Keputusan pada kegiatan 3 tidak memiliki cabang "Lengkap": kegiatan ini yang terakhir — tambahkan \`ya: <id atau nomor>\``],
    },
    {
      name: 'both branches to the same step',
      text: flow([], ['    tidak: 3', '    ya: s3'], []),
      expected: [`${line(2, 6)}:12 error alur/keputusan Kedua cabang keputusan pada kegiatan 2 menuju kegiatan 3; keputusan tanpa pilihan bukan keputusan`],
    },
    { name: 'an unknown target is alur/tujuan’s', text: flow([], ['    tidak: s9'], []), expected: [] },
    { name: 'a "Tidak" that ends the procedure', text: flow([], ['    tidak: selesai'], []), expected: [] },
    {
      name: 'both branches ending the procedure',
      text: flow([], ['    tidak: selesai', '    ya: selesai'], []),
      expected: [`${line(2, 6)}:12 error alur/keputusan Kedua cabang keputusan pada kegiatan 2 mengakhiri prosedur (\`selesai\`); keputusan tanpa pilihan bukan keputusan`],
    },
  ])('$name', ({ text, expected }) => {
    expect(findings(text, keputusan)).toEqual(expected);
  });
});

describe('alur/terjangkau', () => {
  it.each([
    { name: 'a loop back keeps everything reachable', text: flow([], ['    tidak: s1'], []), expected: [] },
    {
      name: 'a step jumped over',
      text: flow(['    lanjut: s3'], [], []),
      expected: [`${line(2)}:5 error alur/terjangkau Kegiatan 2 tidak dapat dicapai dari kegiatan pertama; tidak ada panah yang menuju ke sini — periksa \`ya\`, \`tidak\` dan \`lanjut\` sebelumnya`],
    },
    {
      name: 'steps after an early end',
      text: flow([], ['    simbol: selesai'], [], []),
      expected: [
        `${line(3)}:5 error alur/terjangkau Kegiatan 3 tidak dapat dicapai dari kegiatan pertama; tidak ada panah yang menuju ke sini — periksa \`ya\`, \`tidak\` dan \`lanjut\` sebelumnya`,
        `${line(4)}:5 error alur/terjangkau Kegiatan 4 tidak dapat dicapai dari kegiatan pertama; tidak ada panah yang menuju ke sini — periksa \`ya\`, \`tidak\` dan \`lanjut\` sebelumnya`,
      ],
    },
  ])('$name', ({ text, expected }) => {
    expect(findings(text, terjangkau)).toEqual(expected);
  });
});

describe('alur/buntu', () => {
  it.each([
    { name: 'a loop with an exit', text: flow([], [], ['    tidak: s2'], []), expected: [] },
    { name: 'a loop whose exit is a branch to the end', text: flow([], [], ['    tidak: selesai', '    ya: s2'], []), expected: [] },
    { name: 'a process that ends the procedure (`lanjut: selesai`)', text: flow([], ['    lanjut: selesai'], ['    simbol: proses']), expected: [] },
    {
      name: 'a last step that is not an end',
      text: flow([], [], ['    simbol: proses']),
      expected: [`${line(3)}:5 error alur/buntu Alur berhenti di kegiatan 3, yang bukan kegiatan selesai; tambahkan \`lanjut: <id atau nomor>\` atau \`simbol: selesai\``],
    },
    {
      name: 'an endless loop',
      text: flow([], [], ['    lanjut: s2'], []),
      expected: [`${line(2)}:5 error alur/buntu Kegiatan 2, 3 berputar tanpa jalan keluar menuju kegiatan selesai`],
    },
    {
      name: 'a decision whose branches both loop back',
      text: flow([], [], ['    tidak: s1', '    ya: s2'], []),
      expected: [`${line(1)}:5 error alur/buntu Kegiatan 1, 2, 3 berputar tanpa jalan keluar menuju kegiatan selesai`],
    },
    { name: 'an unknown target is alur/tujuan’s', text: flow([], ['    lanjut: s9'], [], ['    simbol: proses']), expected: [] },
    { name: 'a self-reference is alur/tujuan’s', text: flow([], ['    lanjut: s2'], []), expected: [] },
    {
      name: 'unreachable dead ends are alur/terjangkau’s',
      text: flow([], ['    simbol: selesai'], ['    simbol: proses']),
      expected: [],
    },
  ])('$name', ({ text, expected }) => {
    expect(findings(text, buntu)).toEqual(expected);
  });

  it('speaks English', () => {
    expect(findings(flow([], [], ['    lanjut: s2'], []), buntu, { lang: 'en' })).toEqual([`${line(2)}:5 error alur/buntu Steps 2, 3 loop with no way out to an end step`]);
  });
});

describe('samples and seeds have a sound flow', () => {
  const all = [mulaiSelesai, tujuan, keputusan, terjangkau, buntu];
  it('sops/', () => {
    expect(sampleFindings(['alur/mulai-selesai', 'alur/tujuan', 'alur/keputusan', 'alur/terjangkau', 'alur/buntu'])).toEqual([]);
  });
  it.each(seeds)('seeds/%s', (file) => {
    expect(lintText(readSeed(file), { rules: all, file })).toEqual([]);
  });
});
