import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importDocument, writeImported } from '../../src/import/index.js';
import { DEFAULT_ZIP_LIMITS } from '../../src/import/zip.js';
import { buildDocx, buildXlsx, buildZip, type DocxBlock, type DocxRow } from '../helpers/ooxml.js';
import { actorsOf, exportSampleDocx, readSample, symbolsOf } from '../helpers/export-docx.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LO = path.join(ROOT, 'test/fixtures/import/lo');

async function imported(bytes: Buffer, name = 'x.docx') {
  const result = await importDocument(bytes, name);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.failure)}`);
  return result.sop;
}

/** The symbol each imported step gets from the format's rules, as the renderer will draw it. */
const importedSymbols = (sop: Awaited<ReturnType<typeof imported>>) => symbolsOf(sop.kegiatan);

// The LibreOffice sources (make.py) declare these values; LibreOffice wrote the OOXML.
const LO_STEPS = [
  ['Menerima surat masuk dan mencatat dalam buku agenda', 'Pengadministrasi Umum', 'mulai', '10 menit', 'Surat teragenda'],
  ['Menelaah surat dan menentukan disposisi', 'Kepala Subbagian Umum', 'proses', '30 menit', 'Lembar disposisi'],
  ['Memeriksa kesesuaian disposisi', 'Sekretaris', 'keputusan', '15 menit', 'Disposisi disetujui'],
  ['Meneruskan surat kepada bidang terkait', 'Kepala Subbagian Umum', 'proses', '15 menit', 'Surat diteruskan'],
  ['Mengarsipkan salinan surat', 'Pengadministrasi Umum', 'selesai', '10 menit', 'Arsip surat'],
];

describe('documents written by LibreOffice (a second, independent writer)', () => {
  it('reads the .docx: identity, agency box, sections in pairs, merged headers, shapes inline and floating', async () => {
    const sop = await imported(fs.readFileSync(path.join(LO, 'surat-masuk.docx')));
    expect(sop.nomor).toBe('02/SOP/SETDA/II/2024');
    expect(sop.nama).toBe('Pengelolaan Surat Masuk');
    expect(sop.tanggal).toEqual({ pembuatan: '2024-02-05', revisi: null, efektif: '2024-02-12' });
    expect(sop.disahkan_oleh).toEqual({ jabatan: 'Sekretaris Daerah Kabupaten Balangan', nama: 'Ir. H. Ahmad Yani, M.T.', pangkat: 'Pembina Utama Madya (IV/d)', nip: '19700101 199503 1 002' });
    expect(sop.instansi).toEqual({ pemerintah: 'PEMERINTAH KABUPATEN BALANGAN', nama: 'SEKRETARIAT DAERAH', unit: 'Bagian Umum', alamat: 'Jl. A. Yani Km 1, Paringin', kode_pos: '71618' });
    expect(sop.sections.dasar_hukum).toHaveLength(3);
    expect(sop.sections.dasar_hukum![0]).toBe('Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan');
    expect(sop.sections.kualifikasi_pelaksana).toEqual(['Memahami tata naskah dinas', 'Mampu mengoperasikan komputer']);
    expect(sop.sections.keterkaitan).toEqual(['SOP Pengelolaan Surat Keluar']);
    expect(sop.sections.peralatan_perlengkapan).toEqual(['Buku agenda', 'Komputer dan printer']);
    expect(sop.sections.peringatan).toEqual(['Jika SOP tidak dilaksanakan maka surat masuk terlambat ditindaklanjuti']);
    expect(sop.sections.pencatatan_pendataan).toEqual(['Disimpan sebagai arsip dinamis']);
    expect(sop.pelaksana).toEqual(['Pengadministrasi Umum', 'Kepala Subbagian Umum', 'Sekretaris']);
    expect(sop.kegiatan.map((s) => [s.uraian, s.pelaksana])).toEqual(LO_STEPS.map(([u, a]) => [u, a]));
    expect(importedSymbols(sop)).toEqual(LO_STEPS.map((s) => s[2]));
    expect(sop.kegiatan.map((s) => [s.waktu, s.output])).toEqual(LO_STEPS.map((s) => [s[3], s[4]]));
    expect(sop.kegiatan[0]!.kelengkapan).toEqual(['Surat masuk', 'Buku agenda']);
    // The decision's other branch comes from its Keterangan, marked for review.
    expect(sop.kegiatan[2]!.tidak).toBe(2);
    expect(sop.guesses).toEqual([{ path: 'kegiatan.2.tidak', note: 'dibaca dari teks "Bila tidak sesuai kembali ke langkah 2"' }]);
    expect(sop.leftovers).toEqual([]);
  });

  it('reads the .xlsx: merged ranges, cell anchors of the shapes, a month-only date', async () => {
    const sop = await imported(fs.readFileSync(path.join(LO, 'surat-masuk.xlsx')), 'surat-masuk.xlsx');
    expect(sop.nomor).toBe('02/SOP/SETDA/II/2024');
    expect(sop.tanggal).toEqual({ pembuatan: '2024-02-05', revisi: null, efektif: 'Februari 2024' });
    expect(sop.disahkan_oleh).toEqual({ jabatan: 'Sekretaris Daerah', nama: 'Ir. H. Ahmad Yani, M.T.', nip: '19700101 199503 1 002' });
    expect(sop.sections.dasar_hukum).toEqual([
      'Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan',
      'Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan',
    ]);
    expect(sop.pelaksana).toEqual(['Pengadministrasi Umum', 'Kepala Subbagian Umum', 'Sekretaris']);
    expect(sop.kegiatan.map((s) => [s.uraian, s.pelaksana])).toEqual(LO_STEPS.map(([u, a]) => [u, a]));
    expect(importedSymbols(sop)).toEqual(LO_STEPS.map((s) => s[2]));
  });
});

describe('round trip: each sample exported to .docx and imported back', () => {
  const samples = fs.readdirSync(path.join(ROOT, 'sops')).filter((f) => f.endsWith('.sop.yaml'));
  it.each(samples)('%s', async (file) => {
    const data = readSample(fs.readFileSync(path.join(ROOT, 'sops', file), 'utf8'));
    const sop = await imported(await exportSampleDocx(data));
    const { names, nameOf } = actorsOf(data);
    expect(sop.nomor).toBe(data.nomor);
    expect(sop.nama).toBe(data.nama);
    expect(sop.tanggal.pembuatan).toBe(String(data.tanggal.pembuatan));
    expect(sop.tanggal.efektif).toBe(data.tanggal.efektif ? String(data.tanggal.efektif) : null);
    if (data.disahkan_oleh) {
      expect(sop.disahkan_oleh.jabatan).toBe(data.disahkan_oleh.jabatan);
      expect(sop.disahkan_oleh.nama).toBe(data.disahkan_oleh.nama);
      if (data.disahkan_oleh.nip) expect(sop.disahkan_oleh.nip).toBe(data.disahkan_oleh.nip);
    }
    const list = (v: string | string[] | undefined) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).map((t) => t.replace(/\.$/, '')));
    expect(sop.sections.dasar_hukum).toEqual(list(data.dasar_hukum));
    for (const key of ['kualifikasi_pelaksana', 'keterkaitan', 'peralatan_perlengkapan', 'peringatan', 'pencatatan_pendataan'] as const) {
      expect(sop.sections[key], key).toEqual(list(data[key]) ?? ['-']);
    }
    expect(sop.pelaksana).toEqual(names);
    expect(sop.kegiatan.map((s) => s.uraian)).toEqual(data.kegiatan.map((s) => s.uraian));
    expect(sop.kegiatan.map((s) => s.pelaksana)).toEqual(data.kegiatan.map((s) => nameOf(s.pelaksana)));
    expect(importedSymbols(sop)).toEqual(symbolsOf(data.kegiatan));
    expect(sop.kegiatan.map((s) => s.waktu)).toEqual(data.kegiatan.map((s) => s.waktu));
    expect(sop.kegiatan.map((s) => list(s.kelengkapan))).toEqual(data.kegiatan.map((s) => list(s.kelengkapan)));
    expect(sop.kegiatan.map((s) => list(s.output))).toEqual(data.kegiatan.map((s) => list(s.output)));
    // Branch labels written beside the diamonds come back (the defaults stay implicit).
    data.kegiatan.forEach((s, i) => {
      if (s.tidak === undefined) return;
      expect(sop.kegiatan[i]!.label_ya).toBe(s.label_ya && s.label_ya !== 'Ya' ? s.label_ya : undefined);
      expect(sop.kegiatan[i]!.label_tidak).toBe(s.label_tidak && s.label_tidak !== 'Tidak' ? s.label_tidak : undefined);
    });
    // A Keterangan merged over several rows comes back as one spanning cell.
    data.kegiatan.forEach((s, i) => {
      if (typeof s.keterangan !== 'object') return;
      const { sampai } = s.keterangan;
      const end = typeof sampai === 'number' ? sampai : data.kegiatan.findIndex((k) => k.id === sampai) + 1;
      expect(sop.kegiatan[i]!.keterangan).toEqual({ teks: s.keterangan.teks, sampai: end });
    });
  });
});

// ---- quirks, each in a document built for it

const header = (actors: string[]): DocxRow[] => [
  { cells: [{ paras: ['NO'], vMerge: 'restart' }, { paras: ['URAIAN PROSEDUR'], vMerge: 'restart' }, { paras: ['PELAKSANA'], gridSpan: actors.length }, { paras: ['MUTU BUKU'], gridSpan: 3 }, { paras: ['Ket'], vMerge: 'restart' }] },
  { cells: [{ vMerge: 'continue' }, { vMerge: 'continue' }, ...actors.map((a) => ({ paras: [a] })), { paras: ['Kelengkapan dan Peralatan'] }, { paras: ['Waktu'] }, { paras: ['Output'] }, { vMerge: 'continue' }] },
];
const identityTable = (rows: Array<[string, string]>): DocxBlock => ({ table: { grid: [3000, 6000], rows: rows.map(([l, v]) => ({ cells: [{ paras: [l] }, { paras: [v] }] })) } });
const IDENT = identityTable([['Nomor SOP : 800/01/SOP/2023', ''], ['Tgl. Pembuatan', ': 01-07-2023'], ['Tanggal Revisi', '-'], ['Tgl Pengesahan', '1/7/2023'], ['Disahkan Oleh', 'Camat Batumandi\nDrs. H. Rahmadi\nNIP. 19680101 199003 1 010'], ['NAMA SOP', 'Pelayanan Surat Pengantar']]);
const GRID3 = [500, 3000, 1400, 1400, 1400, 1500, 800, 1500, 1000];

describe('quirks of hand-made forms', () => {
  it('labels matched loosely, "Nomor SOP : value" in one cell, Indonesian dates, the approver split', async () => {
    const sop = await imported(await buildDocx([IDENT, { table: { grid: GRID3, rows: [...header(['Staf', 'Kasi', 'Camat']), { cells: [{ paras: ['1'] }, { paras: ['Menerima berkas'] }, { paras: [{ shapes: [{ prst: 'flowChartTerminator' }] }] }, {}, {}, {}, { paras: ['5 menit'] }, {}, {}] }] } }]));
    expect(sop.nomor).toBe('800/01/SOP/2023');
    expect(sop.nama).toBe('Pelayanan Surat Pengantar');
    expect(sop.tanggal).toEqual({ pembuatan: '2023-07-01', revisi: null, efektif: '2023-07-01' });
    expect(sop.disahkan_oleh).toEqual({ jabatan: 'Camat Batumandi', nama: 'Drs. H. Rahmadi', nip: '19680101 199003 1 010' });
    expect(sop.guesses.map((g) => g.path)).toEqual(['tanggal.efektif']);
  });

  it('typed "1." / "a." / "-" prefixes, an item over two paragraphs, two sections in one cell, "3. … 4. …" run together', async () => {
    const doc = await buildDocx([
      IDENT,
      {
        table: {
          grid: [4500, 4500],
          rows: [
            { cells: [{ paras: ['Dasar Hukum'] }, { paras: ['Kualifikasi Pelaksana'] }] },
            { cells: [{ paras: ['1. Undang-Undang Nomor 25 Tahun 2009 tentang', 'Pelayanan Publik;', '2. Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan.'] }, { paras: ['a. Memahami tugas', 'b. Mampu mengetik'] }] },
            { cells: [{ paras: ['Keterkaitan', '- SOP Surat Masuk', 'Peralatan/Perlengkapan', '- Komputer'] }, { paras: ['Peringatan:', '1. Pelayanan terlambat 2. Berkas hilang'] }] },
          ],
        },
      },
      { table: { grid: GRID3, rows: [...header(['Staf', 'Kasi', 'Camat']), { cells: [{ paras: ['1.'] }, { paras: ['Menerima berkas'] }, { paras: [{ shapes: [{ prst: 'flowChartTerminator' }] }] }, {}, {}, {}, {}, {}, {}] }] } },
    ]);
    const sop = await imported(doc);
    expect(sop.sections.dasar_hukum).toEqual(['Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik', 'Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan']);
    expect(sop.sections.kualifikasi_pelaksana).toEqual(['Memahami tugas', 'Mampu mengetik']);
    expect(sop.sections.keterkaitan).toEqual(['SOP Surat Masuk']);
    expect(sop.sections.peralatan_perlengkapan).toEqual(['Komputer']);
    expect(sop.sections.peringatan).toEqual(['Pelayanan terlambat', 'Berkas hilang']);
  });

  it('Word automatic numbering (w:numPr) and the No column numbered by Word', async () => {
    const doc = await buildDocx([
      IDENT,
      { table: { grid: [9000], rows: [{ cells: [{ paras: ['Dasar Hukum'] }] }, { cells: [{ paras: [{ text: 'UU A', numbered: { numId: 1 } }, { text: 'PP B', numbered: { numId: 1 } }] }] }] } },
      {
        table: {
          grid: GRID3,
          rows: [
            ...header(['Staf', 'Kasi', 'Camat']),
            ...[0, 1].map((i): DocxRow => ({ cells: [{ paras: [{ text: '', numbered: { numId: 1 } }] }, { paras: [`Langkah ${i + 1}`] }, { paras: [{ shapes: [{ prst: 'flowChartTerminator' }] }] }, {}, {}, {}, {}, {}, {}] })),
          ],
        },
      },
    ]);
    const sop = await imported(doc);
    expect(sop.sections.dasar_hukum).toEqual(['UU A', 'PP B']);
    expect(sop.kegiatan.map((s) => s.uraian)).toEqual(['Langkah 1', 'Langkah 2']);
  });

  it('shapes: VML only, inside mc:AlternateContent, in a group, floating by page offset; connectors and text boxes are not steps; marks', async () => {
    const actors = ['Staf', 'Kasi', 'Camat'];
    const row = (n: number, uraian: string, cells: DocxRow['cells']): DocxRow => ({ cells: [{ paras: [String(n)] }, { paras: [uraian] }, ...cells, {}, {}, {}, {}] });
    // Grid: No 500, Uraian 3000, actors 1400 each (left edges 3500, 4900, 6300 twips from the table).
    const pageX = (twips: number) => (1134 + twips) * 635; // margin 1134 twips
    const doc = await buildDocx([
      IDENT,
      {
        table: {
          grid: GRID3,
          rows: [
            ...header(actors),
            row(1, 'Mulai di Staf (VML)', [{ paras: [{ shapes: [{ prst: 'flowChartTerminator', vml: true }] }] }, {}, {}]),
            row(2, 'Proses di Kasi (AlternateContent)', [{}, { paras: [{ shapes: [{ prst: 'flowChartProcess', alternateContent: true }, { prst: 'straightConnector1' }] }] }, {}]),
            row(3, 'Keputusan di Camat (grup dengan label)', [{}, {}, { paras: [{ shapes: [{ prst: 'rect', group: [{ prst: 'flowChartDecision' }, { prst: 'textbox', text: 'Tidak lengkap' }] }] }] }]),
            row(4, 'Proses di Kasi, jangkar di Staf, posisi dari halaman', [{ paras: [{ shapes: [{ prst: 'flowChartProcess', widthEmu: 400000, floating: { relativeFrom: 'page', offsetEmu: pageX(4900 + 300) } }] }] }, {}, {}]),
            row(5, 'Tanda centang di Camat', [{}, {}, { paras: ['√'] }]),
            row(6, 'Selesai di Staf', [{ paras: [{ shapes: [{ prst: 'flowChartTerminator' }] }] }, {}, {}]),
          ],
        },
      },
    ]);
    const sop = await imported(doc);
    expect(sop.kegiatan.map((s) => s.pelaksana)).toEqual(['Staf', 'Kasi', 'Camat', 'Kasi', 'Camat', 'Staf']);
    expect(importedSymbols(sop)).toEqual(['mulai', 'proses', 'keputusan', 'proses', 'proses', 'selesai']);
    expect(sop.kegiatan[2]!.label_tidak).toBe('Tidak lengkap');
    expect(sop.kegiatan[2]!.tidak).toBe(2);
    expect(sop.guesses.find((g) => g.path === 'kegiatan.2.tidak')?.note).toBe('tujuan cabang tidak tertulis; diarahkan ke langkah sebelumnya');
  });

  it('a step without symbol or mark takes the actor above, marked for review', async () => {
    const doc = await buildDocx([
      IDENT,
      { table: { grid: GRID3, rows: [...header(['Staf', 'Kasi', 'Camat']), { cells: [{ paras: ['1'] }, { paras: ['A'] }, {}, { paras: [{ shapes: [{ prst: 'roundRect' }] }] }, {}, {}, {}, {}, {}] }, { cells: [{ paras: ['2'] }, { paras: ['B'] }, {}, {}, {}, {}, {}, {}, {}] }] } },
    ]);
    const sop = await imported(doc);
    expect(sop.kegiatan.map((s) => s.pelaksana)).toEqual(['Kasi', 'Kasi']);
    expect(sop.guesses).toContainEqual({ path: 'kegiatan.1.pelaksana', note: 'tidak ada simbol atau tanda pada kolom pelaksana; diambil dari langkah sebelumnya' });
  });

  it('header rows repeated on the next page, a table continued after a page break, an empty spacer column', async () => {
    const actors = ['Staf', 'Kasi'];
    const grid = [500, 3000, 200, 1400, 1400, 1500, 800, 1500, 1000];
    const hdr: DocxRow[] = [
      { cells: [{ paras: ['No'] }, { paras: ['Kegiatan'] }, {}, ...actors.map((a) => ({ paras: [a] })), { paras: ['Kelengkapan'] }, { paras: ['Waktu'] }, { paras: ['Output'] }, { paras: ['Keterangan'] }], header: true },
      { cells: Array.from({ length: 9 }, (_, i) => ({ paras: [String(i + 1)] })), header: true },
    ];
    const step = (n: number, actor: number): DocxRow => ({ cells: [{ paras: [String(n)] }, { paras: [`Langkah ${n}`] }, {}, ...actors.map((_, a) => (a === actor ? { paras: [{ shapes: [{ prst: 'flowChartProcess' }] }] } : {})), { paras: ['Berkas'] }, { paras: ['5 menit'] }, { paras: ['Hasil'] }, {}] });
    const doc = await buildDocx([
      IDENT,
      { table: { grid, rows: [...hdr, step(1, 0), step(2, 1), ...hdr, step(3, 0)] } },
      { para: 'SOP : Pelayanan Surat Pengantar' },
      { pageBreak: true },
      { table: { grid, rows: [step(4, 1), step(5, 0)] } },
    ]);
    const sop = await imported(doc);
    expect(sop.pelaksana).toEqual(actors);
    expect(sop.kegiatan.map((s) => [s.uraian, s.pelaksana])).toEqual([['Langkah 1', 'Staf'], ['Langkah 2', 'Kasi'], ['Langkah 3', 'Staf'], ['Langkah 4', 'Kasi'], ['Langkah 5', 'Staf']]);
  });

  it('the approver\'s name and NIP in cells of their own below the signature (Excel covers)', async () => {
    const xlsx = await buildXlsx([{ name: 'COVER', cells: { A1: 'Nomor SOP', B1: '01/2024', A2: 'Disahkan Oleh', B2: 'DIREKTUR KESIAPSIAGAAN', D5: 'Noer Isrodin Muchlisin, S.Pd., M.M.', D6: 'NIP. 197212241998031002', A8: 'No', B8: 'Aktivitas', C8: 'Petugas', D8: 'Waktu', A9: 1, B9: 'Menerima' } }]);
    const sop = await imported(xlsx, 'x.xlsx');
    expect(sop.disahkan_oleh).toEqual({ jabatan: 'DIREKTUR KESIAPSIAGAAN', nama: 'Noer Isrodin Muchlisin, S.Pd., M.M.', nip: '19721224 199803 1 002' });
    expect(sop.guesses).toContainEqual({ path: 'disahkan_oleh.nama', note: 'dari blok tanda tangan (baris 5, kolom 4)' });
  });

  it('a second flowchart numbered from 1 again is not appended: noted, its text kept', async () => {
    const rows = (n: number): DocxRow[] => [1, 2].map((k) => ({ cells: [{ paras: [String(k)] }, { paras: [`Langkah ${n}.${k}`] }, { paras: [{ shapes: [{ prst: 'flowChartProcess' }] }] }, {}, {}, {}, {}, {}, {}] }));
    const doc = await buildDocx([IDENT, { table: { grid: GRID3, rows: [...header(['Staf', 'Kasi', 'Camat']), ...rows(1)] } }, { table: { grid: GRID3, rows: [...header(['Staf', 'Kasi', 'Camat']), ...rows(2)] } }]);
    const sop = await imported(doc);
    expect(sop.kegiatan.map((s) => s.uraian)).toEqual(['Langkah 1.1', 'Langkah 1.2']);
    expect(sop.guesses).toContainEqual({ path: 'kegiatan', note: 'tabel alur kedua mulai dari nomor 1 (tabel 3, baris 3) tidak diimpor; isinya ada di komentar akhir berkas' });
    expect(sop.leftovers.map((l) => l.text)).toContain('Langkah 2.1');
  });

  it('text that fits no field is kept with where it was', async () => {
    const doc = await buildDocx([IDENT, { table: { grid: [4500, 4500], rows: [{ cells: [{ paras: ['Catatan penting'] }, { paras: ['Lain-lain'] }] }] } }, { table: { grid: GRID3, rows: [...header(['Staf', 'Kasi', 'Camat']), { cells: [{ paras: ['1'] }, { paras: ['A'] }, { paras: [{ shapes: [{ prst: 'ellipse' }] }] }, {}, {}, {}, {}, {}, {}] }] } }]);
    const sop = await imported(doc);
    expect(sop.leftovers).toEqual([
      { where: 'tabel 2, baris 1, kolom 1', text: 'Catatan penting' },
      { where: 'tabel 2, baris 1, kolom 2', text: 'Lain-lain' },
    ]);
    const yaml = writeImported(sop, { schemaRef: '../schemas/sop.schema.json', source: 'x.docx', today: '2026-12-03', configHas: { pemerintah: true, instansi: true, approver: true } });
    expect(yaml).toContain('#   tabel 2, baris 1, kolom 1: Catatan penting\n');
  });

  it('an Excel sheet: merged header ranges, shapes anchored by twoCellAnchor and oneCellAnchor, a date cell', async () => {
    const xlsx = await buildXlsx([
      {
        name: 'SOP',
        cells: { A1: 'Nomor SOP', B1: '01/SOP/2024', A2: 'Tanggal Pembuatan', B2: '2 Januari 2024', A3: 'Disahkan Oleh', B3: 'Kepala Dinas\nBudi, S.E.', A4: 'Nama SOP', B4: 'Uji Excel', A6: 'No', B6: 'Aktivitas', C6: 'Pelaksana', F6: 'Mutu Baku', I6: 'Ket', C7: 'Staf', D7: 'Kasi', E7: 'Kadis', F7: 'Persyaratan', G7: 'Waktu', H7: 'Output', A8: 1, B8: 'Menerima', A9: 2, B9: 'Memeriksa', A10: 3, B10: 'Menyetujui', G8: '5 menit', I9: 'Jika tidak lengkap kembali ke no. 1' },
        merges: ['A6:A7', 'B6:B7', 'C6:E6', 'F6:H6', 'I6:I7'],
        shapes: [
          { prst: 'flowChartTerminator', from: { col: 2, row: 7, colOff: 100000 }, to: { col: 2, row: 8, rowOff: 50000 } },
          { prst: 'flowChartDecision', from: { col: 3, row: 8 }, widthEmu: 500000, heightEmu: 300000 },
          { prst: 'textbox', text: 'Tidak', from: { col: 3, row: 8, colOff: 400000 }, widthEmu: 300000, heightEmu: 150000 },
          { prst: 'bentConnector3', connector: true, from: { col: 2, row: 7 }, to: { col: 3, row: 8 } },
          { prst: 'flowChartTerminator', from: { col: 4, row: 9 }, to: { col: 4, row: 9, colOff: 300000, rowOff: 100000 } },
        ],
      },
    ]);
    const sop = await imported(xlsx, 'x.xlsx');
    expect(sop.nomor).toBe('01/SOP/2024');
    expect(sop.tanggal.pembuatan).toBe('2024-01-02');
    expect(sop.disahkan_oleh).toEqual({ jabatan: 'Kepala Dinas', nama: 'Budi, S.E.' });
    expect(sop.pelaksana).toEqual(['Staf', 'Kasi', 'Kadis']);
    expect(sop.kegiatan.map((s) => [s.uraian, s.pelaksana])).toEqual([['Menerima', 'Staf'], ['Memeriksa', 'Kasi'], ['Menyetujui', 'Kadis']]);
    expect(importedSymbols(sop)).toEqual(['mulai', 'keputusan', 'selesai']);
    expect(sop.kegiatan[1]!.tidak).toBe(1);
  });
});

describe('arrows glued to shapes (Excel records both ends of a connector)', () => {
  it('give a decision\'s other branch, through an off-page connector, with nothing guessed', async () => {
    const JSZip = (await import('jszip')).default;
    const cells = { A1: 'No', B1: 'Kegiatan', C1: 'Staf', D1: 'Kasi', E1: 'Waktu', A2: 1, B2: 'Menerima', A3: 2, B3: 'Memeriksa', A4: 3, B4: 'Menelaah', A5: 4, B5: 'Mengarsipkan' };
    const built = await buildXlsx([
      {
        name: 'SOP',
        cells,
        shapes: [
          { prst: 'flowChartTerminator', from: { col: 2, row: 1 } }, // step 1
          { prst: 'flowChartDecision', from: { col: 3, row: 2 } }, // step 2
          { prst: 'flowChartProcess', from: { col: 2, row: 3 } }, // step 3
          { prst: 'flowChartTerminator', from: { col: 3, row: 4 } }, // step 4
          { prst: 'flowChartOffpageConnector', from: { col: 4, row: 2 } },
          { prst: 'bentConnector3', connector: true, from: { col: 3, row: 2 }, to: { col: 4, row: 2 } }, // 2 → off-page
          { prst: 'bentConnector3', connector: true, from: { col: 4, row: 2 }, to: { col: 2, row: 1 } }, // off-page → 1
          { prst: 'bentConnector3', connector: true, from: { col: 3, row: 2 }, to: { col: 2, row: 3 } }, // 2 → 3
          { prst: 'bentConnector3', connector: true, from: { col: 2, row: 3 }, to: { col: 3, row: 4 } }, // 3 → 4
        ],
      },
    ]);
    // Glue each connector to its shapes, by the ids the builder gave them (in drawing order).
    const zip = await JSZip.loadAsync(built);
    let xml = await zip.file('xl/drawings/drawing1.xml')!.async('string');
    const ids = [...xml.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]!);
    const ends: Array<[number, number]> = [[1, 4], [4, 0], [1, 2], [2, 3]];
    let k = 0;
    xml = xml.replace(/<xdr:cNvCxnSpPr\/>/g, () => {
      const [a, b] = ends[k++]!;
      return `<xdr:cNvCxnSpPr><a:stCxn id="${ids[a]}" idx="2"/><a:endCxn id="${ids[b]}" idx="0"/></xdr:cNvCxnSpPr>`;
    });
    expect(k).toBe(4);
    zip.file('xl/drawings/drawing1.xml', xml);
    const sop = await imported(await zip.generateAsync({ type: 'nodebuffer' }), 'x.xlsx');
    expect(importedSymbols(sop)).toEqual(['mulai', 'keputusan', 'proses', 'selesai']);
    expect(sop.kegiatan[1]!.tidak).toBe(1);
    expect(sop.kegiatan.map((s) => s.lanjut)).toEqual([undefined, undefined, undefined, undefined]);
    expect(sop.guesses.filter((g) => g.path.startsWith('kegiatan'))).toEqual([]);
  });
});

describe('bad input: one clear failure, never a throw', () => {
  const failure = async (bytes: Buffer, name = 'x.docx', limits = DEFAULT_ZIP_LIMITS) => {
    const result = await importDocument(bytes, name, limits);
    expect(result.ok).toBe(false);
    return (result as { failure: { kind: string } }).failure;
  };
  const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
  it('an old binary .doc/.xls', async () => expect((await failure(ole, 'lama.doc')).kind).toBe('legacy'));
  it('a password-protected file (an OLE container with EncryptionInfo)', async () => {
    expect((await failure(Buffer.concat([ole, Buffer.from('EncryptionInfo', 'utf16le')]))).kind).toBe('encrypted');
  });
  it('not a zip', async () => expect((await failure(Buffer.from('hello, this is text, not a document'))).kind).toBe('notZip'));
  it('a truncated zip', async () => {
    const good = await buildDocx([IDENT]);
    expect((await failure(good.subarray(0, good.length - 40))).kind).toBe('corrupt');
  });
  it('a document with no SOP table', async () => expect((await failure(await buildDocx([IDENT, { para: 'Hanya teks.' }]))).kind).toBe('noSopTable'));
  it('a zip bomb: an entry that inflates past the limit is refused before it is read', async () => {
    const bomb = await buildZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': Buffer.alloc(8 * 1024 * 1024, 0x20) });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const f = await failure(bomb, 'bom.docx', { ...DEFAULT_ZIP_LIMITS, maxEntryBytes: 1024 * 1024 });
    expect(f).toEqual({ kind: 'tooLarge', entry: 'word/document.xml', limit: 1024 * 1024 });
  });
  it('an XML part with a DOCTYPE (entity expansion) is refused', async () => {
    const doc = await buildZip({ 'word/document.xml': '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]><w:document/>' });
    expect((await failure(doc)).kind).toBe('badXml');
  });
  it('hostile text in cells is kept as text (escaped when rendered, like any SOP text)', async () => {
    const sop = await imported(await buildDocx([identityTable([['Nomor SOP', '<script>alert(1)</script>'], ['Nama SOP', 'A & B "C"']]), { table: { grid: GRID3, rows: [...header(['Staf', 'Kasi', 'Camat']), { cells: [{ paras: ['1'] }, { paras: ['<img src=x onerror=alert(1)>'] }, { paras: [{ shapes: [{ prst: 'flowChartTerminator' }] }] }, {}, {}, {}, {}, {}, {}] }] } }]));
    expect(sop.nomor).toBe('<script>alert(1)</script>');
    expect(sop.kegiatan[0]!.uraian).toBe('<img src=x onerror=alert(1)>');
    const yaml = writeImported(sop, { schemaRef: 's.json', source: 'x.docx', today: '2026-12-03', configHas: { pemerintah: true, instansi: true, approver: true } });
    expect(parse(yaml).nomor).toBe('<script>alert(1)</script>');
  });
});

describe('damaged documents never throw', () => {
  it('a .docx and an .xlsx with random bytes overwritten: a result or a failure, every time', async () => {
    const fc = await import('fast-check');
    const sources = ['surat-masuk.docx', 'surat-masuk.xlsx'].map((f) => ({ name: f, bytes: fs.readFileSync(path.join(LO, f)) }));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (which, edits) => {
        const { name, bytes } = sources[which]!;
        const copy = Buffer.from(bytes);
        for (const [at, value] of edits) copy[at % copy.length] = value;
        const result = await importDocument(copy, name);
        // Either an SOP with steps, or one of the named failures (never a throw, never an empty SOP).
        if (result.ok) expect(result.sop.kegiatan.length).toBeGreaterThan(0);
        else expect(['legacy', 'encrypted', 'notZip', 'corrupt', 'tooLarge', 'unsupported', 'badXml', 'noSopTable']).toContain(result.failure.kind);
      }),
      { numRuns: 150 },
    );
  });
});
