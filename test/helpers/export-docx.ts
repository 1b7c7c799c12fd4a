import { parse } from 'yaml';
import type { RawSop } from '../../src/model/build.js';
import { buildDocx, type DocxBlock, type DocxCell, type DocxPara, type DocxRow, type DocxShape } from './ooxml.js';

/**
 * A sample SOP (its YAML data) exported as a Word document the way agencies lay their forms out:
 * the agency box beside "label : value" rows, the six sections in pairs with Word's automatic
 * numbering, the flowchart table with merged headers (Pelaksana over the actors, Mutu Baku over
 * its three columns), a row of column numbers, and one DrawingML symbol per step in its actor's
 * column. It is the test's own writer: the round trip compares what comes back with the YAML.
 */

/** A sample SOP as its YAML holds it: the model's raw (schema-valid) shape. */
export type SampleData = RawSop;

export function readSample(text: string): SampleData {
  return parse(text) as SampleData;
}

/** Actor names in column order, and a lookup from a step's `pelaksana` (id or name) to the name. */
export function actorsOf(data: SampleData): { names: string[]; nameOf: (ref: string) => string } {
  const entries = data.pelaksana.map((a) => (typeof a === 'string' ? { id: a, nama: a } : a));
  const names = entries.map((a) => a.nama);
  return {
    names,
    nameOf: (ref) => entries.find((a) => a.id === ref || a.nama.toLowerCase() === ref.toLowerCase())?.nama ?? ref,
  };
}

/** The symbol each step has by the format's rules (first mulai, last selesai, `tidak` keputusan): of a sample's steps or an import's. */
export function symbolsOf(steps: ReadonlyArray<{ simbol?: string; tidak?: unknown }>): string[] {
  return steps.map((s, i) => s.simbol ?? (s.tidak !== undefined ? 'keputusan' : i === 0 ? 'mulai' : i === steps.length - 1 ? 'selesai' : 'proses'));
}

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const numbered = (items: string[]): DocxPara[] => items.map((text) => ({ text, numbered: { numId: 1 } }));
const INDONESIAN_MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2024-03-04" as a form writes it: "4 Maret 2024"; absent as "-". */
export function formDate(value: string | number | null | undefined): string {
  if (!value) return '-';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value));
  return m ? `${Number(m[3])} ${INDONESIAN_MONTHS[Number(m[2]) - 1]} ${m[1]}` : String(value);
}

const PRESET: Record<string, string> = { mulai: 'flowChartTerminator', selesai: 'flowChartTerminator', proses: 'flowChartProcess', keputusan: 'flowChartDecision' };

export async function exportSampleDocx(data: SampleData): Promise<Buffer> {
  const { names, nameOf } = actorsOf(data);
  const agency = data.instansi ?? {};
  const person = data.disahkan_oleh;
  const identity: Array<[string, DocxPara[]]> = [
    ['Nomor SOP', [{ text: data.nomor }]],
    ['Tanggal Pembuatan', [{ text: formDate(data.tanggal.pembuatan) }]],
    ['Tanggal Revisi', [{ text: formDate(data.tanggal.revisi) }]],
    ['Tanggal Efektif', [{ text: formDate(data.tanggal.efektif) }]],
    [
      'Disahkan Oleh',
      person
        ? [{ text: person.jabatan }, { text: '' }, { text: person.nama, bold: true }, ...(person.pangkat ? [{ text: person.pangkat }] : []), ...(person.nip ? [{ text: `NIP. ${person.nip}` }] : [])]
        : [{ text: '-' }],
    ],
    ['Nama SOP', [{ text: data.nama }]],
  ];
  const agencyParas: DocxPara[] = [
    ...(agency.pemerintah ? [{ text: agency.pemerintah.toUpperCase(), bold: true }] : []),
    ...(agency.nama ? [{ text: agency.nama.toUpperCase(), bold: true }] : []),
    ...(agency.unit ? [{ text: agency.unit }] : []),
    ...(agency.alamat ? [{ text: `${agency.alamat}${agency.kode_pos ? `, Kode Pos ${agency.kode_pos}` : ''}` }] : []),
  ];
  const identityRows: DocxRow[] = identity.map(([label, value], i) => ({
    cells: [
      i === 0 ? { paras: agencyParas, vMerge: 'restart' } : { vMerge: 'continue' },
      { paras: [label] },
      { paras: [':'] },
      { paras: value },
    ],
  }));
  const pairs: Array<[string, string[], string, string[]]> = [
    ['Dasar Hukum', data.dasar_hukum, 'Kualifikasi Pelaksana', asList(data.kualifikasi_pelaksana)],
    ['Keterkaitan', asList(data.keterkaitan), 'Peralatan/Perlengkapan', asList(data.peralatan_perlengkapan)],
    ['Peringatan', asList(data.peringatan), 'Pencatatan dan Pendataan', asList(data.pencatatan_pendataan)],
  ];
  for (const [h1, l1, h2, l2] of pairs) {
    identityRows.push({ cells: [{ paras: [{ text: h1, bold: true }], gridSpan: 2 }, { paras: [{ text: h2, bold: true }], gridSpan: 2 }] });
    identityRows.push({ cells: [{ paras: l1.length ? numbered(l1) : ['-'], gridSpan: 2 }, { paras: l2.length ? numbered(l2) : ['-'], gridSpan: 2 }] });
  }

  const n = names.length;
  const header1: DocxCell[] = [
    { paras: [{ text: 'No', bold: true }], vMerge: 'restart' },
    { paras: [{ text: 'Kegiatan', bold: true }], vMerge: 'restart' },
    { paras: [{ text: 'Pelaksana', bold: true }], gridSpan: n },
    { paras: [{ text: 'Mutu Baku', bold: true }], gridSpan: 3 },
    { paras: [{ text: 'Keterangan', bold: true }], vMerge: 'restart' },
  ];
  const header2: DocxCell[] = [
    { vMerge: 'continue' },
    { vMerge: 'continue' },
    ...names.map((name) => ({ paras: [name] })),
    { paras: ['Kelengkapan'] },
    { paras: ['Waktu'] },
    { paras: ['Output'] },
    { vMerge: 'continue' },
  ];
  const numbers: DocxCell[] = Array.from({ length: n + 6 }, (_, i) => ({ paras: [String(i + 1)] }));
  const symbols = symbolsOf(data.kegiatan);
  const indexOf = (ref: string | number) => (typeof ref === 'number' ? ref - 1 : data.kegiatan.findIndex((s) => s.id === ref));
  /** Rows a spanning Keterangan covers after its first: their cell continues the merge. */
  const continued = new Set<number>();
  data.kegiatan.forEach((s, i) => {
    if (typeof s.keterangan === 'object') for (let j = i + 1; j <= indexOf(s.keterangan.sampai); j++) continued.add(j);
  });
  const stepRows: DocxRow[] = data.kegiatan.map((step, i) => {
    const col = names.indexOf(nameOf(step.pelaksana));
    const shapes: DocxShape[] = [{ prst: PRESET[symbols[i]!]! }];
    if (symbols[i] === 'keputusan') {
      shapes.push({ prst: 'textbox', text: step.label_ya ?? 'Ya' }, { prst: 'textbox', text: step.label_tidak ?? 'Tidak' });
    }
    const keterangan = typeof step.keterangan === 'object' ? step.keterangan.teks : step.keterangan;
    return {
      cells: [
        { paras: [`${i + 1}.`] },
        { paras: [step.uraian] },
        ...names.map((_, c): DocxCell => (c === col ? { paras: [{ shapes }] } : {})),
        { paras: asList(step.kelengkapan).length > 1 ? numbered(asList(step.kelengkapan)) : asList(step.kelengkapan) },
        { paras: step.waktu ? [step.waktu] : [] },
        { paras: asList(step.output) },
        continued.has(i)
          ? { vMerge: 'continue' }
          : typeof step.keterangan === 'object'
            ? { paras: [step.keterangan.teks], vMerge: 'restart' }
            : { paras: keterangan ? [keterangan] : [] },
      ],
    };
  });
  const actorWidth = Math.max(700, Math.floor(8000 / n));
  const blocks: DocxBlock[] = [
    { para: { text: 'STANDAR OPERASIONAL PROSEDUR', bold: true } },
    { table: { grid: [3600, 2400, 300, 7000], rows: identityRows } },
    { pageBreak: true },
    {
      table: {
        grid: [500, 3500, ...names.map(() => actorWidth), 1800, 900, 1600, 1400],
        rows: [
          { cells: header1, header: true },
          { cells: header2, header: true },
          { cells: numbers, header: true },
          ...stepRows,
        ],
      },
    },
  ];
  return buildDocx(blocks, { landscape: true });
}
