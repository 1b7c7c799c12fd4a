import { describe, expect, it } from 'vitest';
import { modelOf, VALID_SOP } from '../helpers/lint.js';
import { mainPath } from '../../src/model/build.js';

const withSteps = (steps: string, actors = '  - Staf\n  - id: kasubbag\n    nama: Kasubbag Perencanaan dan Pelaporan\n') =>
  VALID_SOP.replace(/pelaksana:\n(  - .*\n|    .*\n)+kegiatan:\n[\s\S]*$/, `pelaksana:\n${actors}kegiatan:\n${steps}`);

describe('buildModel', () => {
  it('numbers steps, resolves actors by id or printed name, and derives symbols', () => {
    const sop = modelOf(VALID_SOP);
    expect(sop.actors.map((a) => [a.id, a.name, a.index])).toEqual([
      ['staf', 'Staf', 0],
      ['kasubbag', 'Kasubbag Perencanaan dan Pelaporan', 1],
    ]);
    expect(sop.steps.map((s) => [s.number, s.id, s.actorId, s.symbol])).toEqual([
      [1, null, 'staf', 'mulai'],
      [2, 'periksa', 'kasubbag', 'keputusan'],
      [3, null, 'staf', 'selesai'],
    ]);
    expect(sop.approver).toEqual({
      position: 'Kepala Dinas Perpustakaan dan Kearsipan',
      name: 'H. Rody Rahmady Noor, S.Sos, MM.Pub',
      nip: '19660313 198903 1 011',
      rank: null,
    });
  });

  it('resolves flow edges: next step, ya/tidak with labels, lanjut, by id or number', () => {
    const sop = modelOf(
      withSteps(`  - uraian: Menerima berkas
    pelaksana: Staf
  - id: cek
    uraian: Memeriksa kelengkapan berkas
    pelaksana: Kasubbag Perencanaan dan Pelaporan
    tidak: kembali
    ya: 4
    label_ya: Lengkap
    label_tidak: Tidak lengkap
  - id: kembali
    uraian: Mengembalikan berkas
    pelaksana: staf
    lanjut: 1
  - uraian: Mengarsipkan berkas
    pelaksana: Staf
`),
    );
    expect(sop.edges.map((e) => [e.from, e.to, e.kind, e.label])).toEqual([
      [1, 2, 'lanjut', null],
      [2, 4, 'ya', 'Lengkap'],
      [2, 3, 'tidak', 'Tidak lengkap'],
      [3, 1, 'lanjut', null],
    ]);
    expect(sop.edges[1]!.path).toEqual(['kegiatan', 1, 'ya']);
    expect(sop.edges[0]!.path).toEqual(['kegiatan', 0]);
    expect(mainPath(sop.steps, sop.edges)).toEqual([1, 2, 4]);
  });

  it('reads `selesai` as the end of the procedure, unless a step has that id', () => {
    const ending = modelOf(
      withSteps(`  - uraian: Menerima berkas
    pelaksana: Staf
  - uraian: Memeriksa kelengkapan berkas
    pelaksana: Staf
    tidak: Selesai
  - uraian: Mengarsipkan berkas
    pelaksana: Staf
`),
    );
    expect(ending.edges.map((e) => [e.from, e.to, e.kind, e.end, e.ref])).toEqual([
      [1, 2, 'lanjut', false, null],
      [2, 3, 'ya', false, null],
      [2, null, 'tidak', true, 'Selesai'],
    ]);
    expect(ending.steps[1]!.symbol).toBe('keputusan');
    const named = modelOf(
      withSteps(`  - uraian: Menerima berkas
    pelaksana: Staf
  - uraian: Memeriksa kelengkapan berkas
    pelaksana: Staf
    tidak: selesai
  - id: selesai
    uraian: Mengarsipkan berkas
    pelaksana: Staf
`),
    );
    expect(named.edges.find((e) => e.kind === 'tidak')).toMatchObject({ to: 3, end: false });
  });

  it('keeps unresolved references as null for the rules to report', () => {
    const sop = modelOf(
      withSteps(`  - uraian: Menerima berkas
    pelaksana: Sekretaris
  - uraian: Memeriksa berkas
    pelaksana: Staf
    tidak: tidak-ada
  - uraian: Mengarsipkan berkas
    pelaksana: Staf
    simbol: proses
`),
    );
    expect(sop.steps[0]!.actorId).toBeNull();
    expect(sop.edges.map((e) => [e.from, e.to, e.kind, e.ref])).toEqual([
      [1, 2, 'lanjut', null],
      [2, 3, 'ya', null],
      [2, null, 'tidak', 'tidak-ada'],
    ]);
  });

  it('sums the main path once per step, following ya, and parses waktu_total', () => {
    const sop = modelOf(VALID_SOP.replace(/\n$/, '\nwaktu_total: 3 jam 15 menit\n'));
    // 1 (2 jam) → 2 (1 jam) → ya → 3 (15 menit); the tidak loop-back is not counted.
    expect(sop.totalDuration).toEqual({ min: 195, max: 195 });
    expect(sop.declaredTotal).toEqual({ text: '3 jam 15 menit', duration: { min: 195, max: 195 } });
  });

  it('has no total when a step on the main path lacks a parseable waktu', () => {
    const sop = modelOf(VALID_SOP.replace('waktu: 1 jam', 'waktu: sebentar'));
    expect(sop.steps[1]!.duration).toBeNull();
    expect(sop.totalDuration).toBeNull();
  });

  it('merges instansi from the config key by key, the SOP winning', () => {
    const sop = modelOf(VALID_SOP, {
      agency: { pemerintah: 'Pemerintah Kabupaten Lain', alamat: 'Jl. Contoh 1', logo: 'assets/logo.png' },
    });
    expect(sop.agency.government).toBe('Pemerintah Kabupaten Balangan');
    expect(sop.agency.address).toBe('Jl. Contoh 1');
    expect(sop.agency.logo).toBe('assets/logo.png');
    expect(sop.agency.logoBase).toBe('/proyek');
  });
});
