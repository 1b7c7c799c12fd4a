import { looseIso, readLooseDate } from '../util/dates.js';
import { slugify } from '../util/strings.js';
import type { SourceCell, SourceDoc, SourceItem, SourcePara, SourceRow, SourceShape } from './source.js';

/**
 * From what a document holds (its paragraphs, table rows and shapes) to the SOP it is: the
 * identity fields by their labels, the six sections by their headings, the flowchart table by
 * its header words, each step's actor from the column its symbol is drawn in. Every value that
 * is inferred rather than read is recorded as a guess; every text that fits no field is kept.
 */

export type SectionKey = 'dasar_hukum' | 'kualifikasi_pelaksana' | 'keterkaitan' | 'peralatan_perlengkapan' | 'peringatan' | 'pencatatan_pendataan';
export const SECTION_KEYS: readonly SectionKey[] = ['dasar_hukum', 'kualifikasi_pelaksana', 'keterkaitan', 'peralatan_perlengkapan', 'peringatan', 'pencatatan_pendataan'];

export interface ImportedPerson {
  jabatan?: string;
  nama?: string;
  nip?: string;
  pangkat?: string;
}

export interface ImportedStep {
  uraian: string;
  /** The actor's printed name. */
  pelaksana: string;
  simbol?: 'mulai' | 'proses' | 'keputusan' | 'selesai';
  ya?: number | 'selesai';
  tidak?: number | 'selesai';
  lanjut?: number | 'selesai';
  label_ya?: string;
  label_tidak?: string;
  kelengkapan?: string | string[];
  waktu?: string;
  output?: string | string[];
  keterangan?: string | { teks: string; sampai: number };
}

export interface Guess {
  /** A dotted path into the written YAML: "nomor", "kegiatan.3.pelaksana" (0-based index). */
  path: string;
  /** Why, in Indonesian, for the `# periksa:` comment. */
  note: string;
}

export interface Leftover {
  where: string;
  text: string;
}

export interface ImportedSop {
  nomor: string;
  nama: string;
  instansi: { pemerintah?: string; nama?: string; unit?: string; alamat?: string; kode_pos?: string; telepon?: string; email?: string; laman?: string };
  tanggal: { pembuatan: string | null; revisi: string | null; efektif: string | null };
  disahkan_oleh: ImportedPerson;
  sections: Partial<Record<SectionKey, string[]>>;
  pelaksana: string[];
  kegiatan: ImportedStep[];
  waktu_total?: string;
  guesses: Guess[];
  leftovers: Leftover[];
  /** What was found, for the summary line. */
  found: { steps: number; actors: number; decisions: number; shapes: number };
}

export class NoSopTable extends Error {}

// ---------------------------------------------------------------------------------------------
// Words

/** Lower case, letters and digits only, single spaces: how labels are compared. */
export function norm(text: string): string {
  return slugify(text).replace(/-/g, ' ');
}

type IdentityKey = 'nomor' | 'pembuatan' | 'revisi' | 'efektif' | 'pengesahan' | 'disahkan' | 'nama';
const IDENTITY_LABELS: ReadonlyArray<[IdentityKey, RegExp]> = [
  ['nomor', /^(nomor|no|nomer) (sop|standar operasional prosedur)( ap)?$|^nomor$/],
  ['pembuatan', /^(tanggal|tgl) (pembuatan|dibuat|penyusunan|pembuatan sop)$/],
  ['revisi', /^(tanggal|tgl) (revisi|perubahan|review)$/],
  ['efektif', /^(tanggal|tgl) (efektif|berlaku|mulai berlaku|efektif berlaku)$/],
  ['pengesahan', /^(tanggal|tgl) (pengesahan|disahkan|ditetapkan|penetapan)$/],
  ['disahkan', /^(disahkan|ditetapkan|disyahkan) oleh$|^pejabat pengesah$|^mengesahkan$/],
  ['nama', /^(nama|judul) (sop|prosedur|standar operasional prosedur)( ap)?$/],
];

function identityLabel(text: string): { key: IdentityKey; rest: string } | null {
  const firstLine = text.split('\n')[0]!;
  const colon = firstLine.indexOf(':');
  const label = colon >= 0 ? firstLine.slice(0, colon) : firstLine;
  const n = norm(label);
  for (const [key, re] of IDENTITY_LABELS) {
    if (re.test(n)) {
      const rest = [colon >= 0 ? firstLine.slice(colon + 1) : '', ...text.split('\n').slice(1)].join('\n').trim();
      return { key, rest };
    }
  }
  return null;
}

const SECTION_HEADINGS: ReadonlyArray<[SectionKey, RegExp]> = [
  ['dasar_hukum', /^dasar hukum$|^landasan hukum$/],
  ['kualifikasi_pelaksana', /^kualifikasi pelaksana(an)?$|^kualifikasi$/],
  ['keterkaitan', /^keterkaitan( dengan sop lain| sop)?$/],
  ['peralatan_perlengkapan', /^(peralatan|perlengkapan)( dan | )?(peralatan|perlengkapan)?$/],
  ['peringatan', /^peringatan$/],
  ['pencatatan_pendataan', /^pencatatan( dan | )?pendataan$|^pencatatan$|^pendataan$/],
];

function sectionHeading(text: string): SectionKey | null {
  const n = norm(text.replace(/[:.]\s*$/, ''));
  for (const [key, re] of SECTION_HEADINGS) if (re.test(n)) return key;
  return null;
}

type Role = 'no' | 'uraian' | 'pelaksana' | 'mutu' | 'kelengkapan' | 'waktu' | 'output' | 'keterangan';
function headerRole(text: string): Role | null {
  const n = norm(text);
  if (/^(no|nomor|no urut|nmr)$/.test(n)) return 'no';
  if (/^(uraian )?(kegiatan|prosedur|aktivitas|aktifitas)( prosedur)?$|^uraian( prosedur| kegiatan| pekerjaan| tugas)?$|^(langkah|tahapan)( kegiatan| prosedur)?$|^kegiatan/.test(n)) return 'uraian';
  if (/^pelaksana(an)?( kegiatan)?$|^pelaku$|^unit pelaksana$/.test(n)) return 'pelaksana';
  if (/^mutu ba(ku|kul|ku mutu)|^mutu buku$|^baku mutu$/.test(n)) return 'mutu';
  if (/^(kelengkapan|persyaratan|syarat|input|masukan|bahan)/.test(n)) return 'kelengkapan';
  if (/^waktu/.test(n)) return 'waktu';
  if (/^(output|keluaran|hasil)/.test(n)) return 'output';
  if (/^(ket|keterangan|catatan)$/.test(n)) return 'keterangan';
  return null;
}

const MARK = /^[√✓✔✗✘vVxX•●○◦*]$/;
const NEGATIVE = /\b(tidak|belum|tolak|ditolak|kurang|salah|revisi|perbaikan|gagal|no)\b/i;

// ---------------------------------------------------------------------------------------------
// The interpreter

interface Columns {
  no?: number;
  uraian?: number;
  actors: Array<{ col: number; span: number; name: string }>;
  kelengkapan?: number;
  waktu?: number;
  output?: number;
  keterangan?: number;
  /** Grid size of the header's table, to recognise a continuation. */
  gridSize: number;
  headerTexts: string;
}

interface PendingStep extends ImportedStep {
  rows: Array<{ table: number; row: number }>;
  shape?: SourceShape;
  labels: string[];
  texts: string[];
  keteranganCell?: SourceCell;
  actorGuessed?: string;
  /** The actor under the step's symbol (or its mark), by the columns of the header above it. */
  columnActor?: string;
  /** The actor written out in a single Pelaksana column. */
  actorName?: string;
  /** The number the source printed in its No column, when it had one. */
  sourceNumber?: number;
}

export function interpret(doc: SourceDoc, fileStem: string): ImportedSop {
  const consumed = new Set<SourceCell | SourcePara>();
  const guesses: Guess[] = [];
  const identity: Partial<Record<IdentityKey, string>> = {};
  const sections: Partial<Record<SectionKey, SourcePara[]>> = {};
  const agencyLines: Array<{ text: string; from: SourceCell | SourcePara }> = [];
  const titleLines: SourcePara[] = [];
  const steps: PendingStep[] = [];
  let waktuTotal: string | undefined;
  let shapes = 0;

  // The flowchart part starts at the first header row.
  const headerAt = doc.items.findIndex((item, i) => item.kind === 'row' && isHeaderRow(item.row, doc.items[i + 1]));
  if (headerAt < 0) throw new NoSopTable();

  // ---- identity part
  /** Which section owns a grid column range of the table being read. */
  let owners: Array<{ from: number; to: number; key: SectionKey; table: number }> = [];
  let paraSection: SectionKey | null = null;
  let seenIdentity = false;
  for (let i = 0; i < headerAt; i++) {
    const item = doc.items[i]!;
    if (item.kind === 'para') {
      const heading = sectionHeading(item.para.text);
      if (heading) {
        paraSection = heading;
        consumed.add(item.para);
        continue;
      }
      const label = identityLabel(item.para.text);
      if (label && label.rest) {
        identity[label.key] ??= label.rest;
        consumed.add(item.para);
        seenIdentity = true;
        continue;
      }
      if (isFormTitle(item.para.text)) {
        consumed.add(item.para);
        continue;
      }
      if (paraSection) {
        (sections[paraSection] ??= []).push(item.para);
        consumed.add(item.para);
      } else if (!seenIdentity) titleLines.push(item.para);
      continue;
    }
    paraSection = null;
    const row = item.row;
    owners = owners.filter((o) => o.table === row.table);
    shapes += row.shapes.length;
    const cells = row.cells;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]!;
      if (consumed.has(cell) || !cell.text) continue;
      const label = identityLabel(cell.text);
      if (label) {
        seenIdentity = true;
        consumed.add(cell);
        let value = label.rest.replace(/^:\s*/, '');
        let valueCell: SourceCell | undefined;
        if (!value) {
          for (let v = c + 1; v < cells.length; v++) {
            const next = cells[v]!;
            if (identityLabel(next.text) || sectionHeading(next.text)) break;
            consumed.add(next);
            const t = next.text.replace(/^:\s*/, '').trim();
            if (t && t !== ':') {
              value = t;
              valueCell = next;
              break;
            }
          }
        }
        if (label.key === 'disahkan' && valueCell) {
          // The signature block may go on in the rows below, in the same columns.
          for (let j = i + 1; j < headerAt; j++) {
            const below = doc.items[j]!;
            if (below.kind !== 'row' || below.row.table !== row.table) break;
            const under = below.row.cells.filter((x) => x.col >= valueCell!.col && x.col < valueCell!.col + valueCell!.span && x.text);
            if (!under.length || below.row.cells.some((x) => identityLabel(x.text) || sectionHeading(x.text))) break;
            for (const u of under) {
              value += `\n${u.text}`;
              consumed.add(u);
            }
          }
        }
        if (value) identity[label.key] ??= value;
        continue;
      }
      // Section headings (possibly followed by their content in the same cell), or content
      // under a heading of an earlier row.
      let current: SectionKey | null = null;
      const headingInCell = cell.paras.some((p) => sectionHeading(p.text));
      if (headingInCell) {
        for (const p of cell.paras) {
          const heading = sectionHeading(p.text);
          if (heading) {
            current = heading;
            continue;
          }
          if (current) (sections[current] ??= []).push(p);
        }
        owners = owners.filter((o) => o.to < cell.col || o.from > cell.col + cell.span - 1);
        if (current) owners.push({ from: cell.col, to: cell.col + cell.span - 1, key: current, table: row.table });
        consumed.add(cell);
        continue;
      }
      const owner = owners.find((o) => o.from <= cell.col + cell.span - 1 && o.to >= cell.col);
      if (owner) {
        (sections[owner.key] ??= []).push(...cell.paras);
        consumed.add(cell);
        continue;
      }
      if (!seenIdentity || cell.rowSpan > 1 || looksLikeAgency(cell.text)) {
        for (const line of cell.text.split('\n')) agencyLines.push({ text: line, from: cell });
      }
    }
  }

  // ---- flowchart part
  let columns: Columns | null = null;
  /** The actor names of the first header (later headers repeat them). */
  let headerActors: string[] | null = null;
  let secondFlow: string | null = null;
  let lastTable = -1;
  let afterTable = false;
  for (let i = headerAt; i < doc.items.length; i++) {
    const item = doc.items[i]!;
    if (item.kind === 'para') {
      if (item.para.text && columns) afterTable = true;
      continue; // page headers and the like are left to the leftovers
    }
    const row = item.row;
    shapes += row.shapes.length;
    if (isHeaderRow(row, doc.items[i + 1])) {
      const read = readHeader(doc.items, i);
      // A header repeated on the next page of the same table changes nothing.
      if (!columns || read.columns.headerTexts !== columns.headerTexts || row.table !== lastTable) columns = read.columns;
      headerActors ??= read.columns.actors.map((a) => a.name);
      for (const cell of read.cells) consumed.add(cell);
      i = read.end - 1;
      lastTable = row.table;
      afterTable = false;
      continue;
    }
    if (!columns) continue;
    if (row.table !== lastTable) {
      // A table continued after a page break: same columns, no header of its own.
      if (Math.abs(row.grid.length - columns.gridSize) > 1 && row.grid.length) {
        afterTable = true;
        continue;
      }
      lastTable = row.table;
      afterTable = false;
    }
    if (afterTable) continue;
    if (isColumnNumberRow(row)) {
      row.cells.forEach((c) => consumed.add(c));
      continue;
    }
    // Numbering that starts again at 1 is a second flowchart (another SOP in the same file, or a
    // copy of this one): only the first is imported, the rest stays in the leftovers.
    const no = cellAt(row, columns.no);
    if (steps.length > 1 && steps[0]!.sourceNumber === 1 && no && /^1\s*[.)]?$/.test(no.text.trim()) && cellAt(row, columns.uraian)?.text) {
      secondFlow = `${doc.format === 'xlsx' ? 'lembar' : 'tabel'} ${row.table}, baris ${row.row}`;
      break;
    }
    readStepRow(row, columns, steps, consumed, (total) => (waktuTotal = total));
  }

  if (!steps.length) throw new NoSopTable();

  // ---- actors and steps
  const result = finishSteps(steps, headerActors ?? [], guesses, flowTargets(steps, doc));

  if (secondFlow) guesses.push({ path: 'kegiatan', note: `tabel alur kedua mulai dari nomor 1 (${secondFlow}) tidak diimpor; isinya ada di komentar akhir berkas` });

  // ---- identity values
  const nomor = identity.nomor ?? '';
  if (!identity.nomor) guesses.push({ path: 'nomor', note: 'nomor SOP tidak ditemukan pada dokumen' });
  let nama = identity.nama ?? '';
  if (!nama) {
    const fromTitle = titleName(titleLines);
    if (fromTitle) {
      nama = fromTitle.text;
      consumed.add(fromTitle.para);
      guesses.push({ path: 'nama', note: 'diambil dari judul dokumen' });
    } else {
      nama = fileStem;
      guesses.push({ path: 'nama', note: 'diambil dari nama berkas' });
    }
  }
  const tanggal = {
    pembuatan: readDate('pembuatan', identity.pembuatan, guesses, true),
    revisi: readDate('revisi', identity.revisi, guesses, false),
    efektif: readDate('efektif', identity.efektif ?? identity.pengesahan, guesses, false),
  };
  if (!identity.efektif && identity.pengesahan) guesses.push({ path: 'tanggal.efektif', note: 'dari Tanggal Pengesahan' });
  const disahkan = splitPerson(identity.disahkan ?? '');
  if (identity.disahkan && !disahkan.nama) {
    // The name and NIP under the signature, in cells of their own further down or to the side.
    const block = signatureBlock(doc.items.slice(0, headerAt), consumed);
    if (block) {
      Object.assign(disahkan, { nama: block.nama, ...(block.nip ? { nip: block.nip } : {}) });
      guesses.push({ path: 'disahkan_oleh.nama', note: `dari blok tanda tangan (${block.where})` });
    }
  }
  if (!identity.disahkan) guesses.push({ path: 'disahkan_oleh', note: 'pejabat pengesah tidak ditemukan pada dokumen' });
  else if (!disahkan.nama) guesses.push({ path: 'disahkan_oleh.nama', note: 'nama pejabat tidak terbaca dari kolom Disahkan Oleh' });

  for (const t of titleLines) if (looksLikeAgency(t.text) || /^pemerintah\b/i.test(t.text)) agencyLines.push({ text: t.text, from: t });
  const instansi = readAgency(agencyLines, consumed);

  const sectionLists: Partial<Record<SectionKey, string[]>> = {};
  for (const key of SECTION_KEYS) {
    const paras = sections[key];
    if (paras && paras.length) sectionLists[key] = listItems(paras);
  }

  const leftovers = collectLeftovers(doc, consumed).filter((l) => !isFormTitle(l.text) && norm(l.text) !== norm(nama) && norm(l.text) !== norm(`sop ${nama}`));
  return {
    nomor,
    nama,
    instansi,
    tanggal,
    disahkan_oleh: disahkan,
    sections: sectionLists,
    pelaksana: result.actors,
    kegiatan: result.steps,
    ...(waktuTotal ? { waktu_total: waktuTotal } : {}),
    guesses,
    leftovers,
    found: { steps: result.steps.length, actors: result.actors.length, decisions: result.steps.filter((s) => s.tidak !== undefined).length, shapes },
  };

}

// ---------------------------------------------------------------------------------------------
// Flowchart header

function isHeaderRow(row: SourceRow, next: SourceItem | undefined): boolean {
  const roles = new Set(row.cells.map((c) => headerRole(c.text.replace(/\n/g, ' '))).filter(Boolean));
  if (!roles.has('uraian')) return false;
  if (roles.has('pelaksana') || roles.has('mutu') || (roles.has('no') && (roles.has('kelengkapan') || roles.has('waktu') || roles.has('output')))) return true;
  // "No | Kegiatan" with the actor names and mutu baku in the next row.
  if (roles.has('no') && next?.kind === 'row') return next.row.cells.some((c) => ['kelengkapan', 'waktu', 'output', 'pelaksana'].includes(headerRole(c.text) ?? ''));
  return false;
}

/** Reads the header rows from `start`: the roles of the columns, the actor names under Pelaksana. */
function readHeader(items: readonly SourceItem[], start: number): { columns: Columns; cells: SourceCell[]; end: number } {
  const first = (items[start] as { row: SourceRow }).row;
  const rows: SourceRow[] = [first];
  // Header rows go on until a step or a row of column numbers; at most three more.
  for (let j = start + 1; j < items.length && rows.length < 4; j++) {
    const item = items[j]!;
    if (item.kind !== 'row' || item.row.table !== first.table) break;
    if (isColumnNumberRow(item.row) || rowLooksLikeStep(item.row)) break;
    rows.push(item.row);
  }
  const columns: Columns = { actors: [], gridSize: first.grid.length, headerTexts: '' };
  const groups: Array<{ role: 'pelaksana' | 'mutu'; from: number; to: number }> = [];
  const cells: SourceCell[] = [];
  let uraianCol = -1;
  for (const row of rows) {
    for (const cell of row.cells) {
      cells.push(cell);
      const text = cell.text.replace(/\n/g, ' ').trim();
      const role = headerRole(text);
      const inGroup = groups.find((g) => cell.col >= g.from && cell.col <= g.to && row !== rows[0]);
      if (role === 'pelaksana' || role === 'mutu') {
        groups.push({ role, from: cell.col, to: cell.col + cell.span - 1 });
        continue;
      }
      if (inGroup?.role === 'pelaksana' && text && role !== 'kelengkapan' && role !== 'waktu' && role !== 'output' && role !== 'keterangan') {
        columns.actors.push({ col: cell.col, span: cell.span, name: text });
        continue;
      }
      if (role === 'no') columns.no ??= cell.col;
      else if (role === 'uraian') {
        columns.uraian ??= cell.col;
        uraianCol = cell.col;
      } else if (role === 'kelengkapan' || role === 'waktu' || role === 'output' || role === 'keterangan') columns[role] ??= cell.col;
    }
  }
  // No Pelaksana heading over the actors: the named columns between Kegiatan and Mutu Baku.
  if (!columns.actors.length) {
    const mutuStart = Math.min(...[columns.kelengkapan, columns.waktu, columns.output, columns.keterangan, ...groups.filter((g) => g.role === 'mutu').map((g) => g.from)].filter((x): x is number => x !== undefined), Infinity);
    const pelaksana = groups.find((g) => g.role === 'pelaksana');
    for (const row of rows) {
      for (const cell of row.cells) {
        const text = cell.text.replace(/\n/g, ' ').trim();
        if (!text || headerRole(text)) continue;
        const inside = pelaksana ? cell.col >= pelaksana.from && cell.col <= pelaksana.to : cell.col > uraianCol && cell.col < mutuStart;
        if (inside && !columns.actors.some((a) => a.col === cell.col)) columns.actors.push({ col: cell.col, span: cell.span, name: text });
      }
    }
    // A Pelaksana column with the actor's name written in each row (no shapes).
    if (!columns.actors.length && pelaksana) columns.actors.push({ col: pelaksana.from, span: pelaksana.to - pelaksana.from + 1, name: '' });
  }
  columns.actors.sort((a, b) => a.col - b.col);
  columns.headerTexts = rows.map((r) => r.cells.map((c) => norm(c.text)).join('|')).join('/');
  let end = start + rows.length;
  const after = items[end];
  if (after?.kind === 'row' && isColumnNumberRow(after.row)) {
    after.row.cells.forEach((c) => cells.push(c));
    end++;
  }
  return { columns, cells, end };
}

/** A row of column numbers under the header: "1 | 2 | 3 | …". */
function isColumnNumberRow(row: SourceRow): boolean {
  const texts = row.cells.map((c) => c.text.trim()).filter(Boolean);
  if (texts.length < 3 || !texts.every((t) => /^\(?\d{1,2}\)?$/.test(t))) return false;
  const n = texts.map((t) => Number(t.replace(/\D/g, '')));
  return n.every((v, i) => i === 0 || v > n[i - 1]!) && n[0]! <= 2;
}

function rowLooksLikeStep(row: SourceRow): boolean {
  const first = row.cells[0];
  if (first && /^\d{1,3}\.?$/.test(first.text.trim())) return true;
  return row.shapes.some((s) => s.kind !== 'line' && s.kind !== 'textbox');
}

// ---------------------------------------------------------------------------------------------
// Steps

function cellAt(row: SourceRow, col: number | undefined): SourceCell | undefined {
  if (col === undefined) return undefined;
  return row.cells.find((c) => col >= c.col && col < c.col + c.span);
}

function readStepRow(row: SourceRow, columns: Columns, steps: PendingStep[], consumed: Set<SourceCell | SourcePara>, total: (t: string) => void): void {
  const take = (col: number | undefined): SourceCell | undefined => {
    const cell = cellAt(row, col);
    if (cell && !consumed.has(cell)) {
      consumed.add(cell);
      return cell;
    }
    return undefined;
  };
  const noCell = cellAt(row, columns.no);
  const uraianCell = cellAt(row, columns.uraian);
  // A cell merged over No and Kegiatan, e.g. "Jumlah waktu".
  const rowText = norm((uraianCell ?? noCell)?.text ?? '');
  if (/^(jumlah|total)( waktu| waktu penyelesaian| lama)?$/.test(rowText) || /^(jumlah|total) waktu/.test(rowText)) {
    take(columns.no);
    take(columns.uraian);
    const waktu = take(columns.waktu) ?? row.cells.find((c) => c.col > (uraianCell?.col ?? 0) && c.text && !consumed.has(c));
    if (waktu) {
      consumed.add(waktu);
      total(waktu.text.replace(/\n/g, ' '));
    }
    return;
  }
  const noText = noCell && noCell !== uraianCell ? noCell.text.trim() : '';
  const number = /^(\d{1,3})\s*[.)]?$/.exec(noText);
  const autoNumbered = !!noCell && noCell !== uraianCell && noCell.paras.some((p) => p.numbered);
  const uraian = uraianCell && !consumed.has(uraianCell) ? uraianCell.paras.map((p) => p.text).join(' ').trim() : '';
  const symbols = row.shapes.filter((s) => s.kind === 'terminator' || s.kind === 'process' || s.kind === 'decision' || s.kind === 'other');
  const isNew = !!number || autoNumbered || (!!uraian && !noText) || (!steps.length && !!uraian);
  if (!isNew) {
    // A row that goes on with the step above (text spilling over, or only a connector).
    const prev = steps[steps.length - 1];
    if (!prev) return;
    if (noCell && noCell !== uraianCell) take(columns.no);
    if (uraian && uraianCell) {
      consumed.add(uraianCell);
      prev.uraian = `${prev.uraian} ${uraian}`.trim();
    }
    appendMutu(prev, row, columns, take);
    if (!prev.shape && symbols[0]) {
      prev.shape = symbols[0];
      prev.columnActor ??= actorOfColumn(columns, symbols[0].col);
    }
    prev.labels.push(...row.shapes.filter((s) => s.kind === 'textbox' && s.text).map((s) => s.text));
    takeActorCells(prev, row, columns, consumed);
    prev.rows.push({ table: row.table, row: row.row });
    return;
  }
  take(columns.no);
  if (uraianCell) consumed.add(uraianCell);
  const step: PendingStep = {
    uraian,
    pelaksana: '',
    rows: [{ table: row.table, row: row.row }],
    labels: row.shapes.filter((s) => s.kind === 'textbox' && s.text).map((s) => s.text),
    texts: [],
    ...(number ? { sourceNumber: Number(number[1]) } : {}),
  };
  if (symbols.length) {
    step.shape = symbols[0];
    step.columnActor = actorOfColumn(columns, symbols[0]!.col);
  }
  appendMutu(step, row, columns, take);
  takeActorCells(step, row, columns, consumed);
  steps.push(step);
}

/** Cells in the actor columns: a mark (√) names the actor; "Ya"/"Tidak" typed beside a diamond is a label. */
function takeActorCells(step: PendingStep, row: SourceRow, columns: Columns, consumed: Set<SourceCell | SourcePara>): void {
  for (const actor of columns.actors) {
    const cell = row.cells.find((c) => c.col < actor.col + actor.span && c.col + c.span > actor.col);
    if (!cell || consumed.has(cell) || !cell.text) continue;
    const text = cell.text.trim();
    if (MARK.test(text)) {
      consumed.add(cell);
      step.columnActor ??= actor.name;
    } else if (/^(ya|tidak|y|t|yes|no)$/i.test(text)) {
      consumed.add(cell);
      step.labels.push(text);
    } else if (!actor.name) {
      // One Pelaksana column holding the actor's name.
      consumed.add(cell);
      step.actorName ??= text.replace(/\n/g, ' ');
    } else if (text.length <= 40 && !step.shape) {
      consumed.add(cell);
      step.texts.push(text);
      step.columnActor ??= actor.name;
    }
  }
}


function appendMutu(step: PendingStep, row: SourceRow, columns: Columns, take: (col: number | undefined) => SourceCell | undefined): void {
  const kel = take(columns.kelengkapan);
  if (kel?.text) step.kelengkapan = joinValue(step.kelengkapan, listItems(kel.paras));
  const waktu = take(columns.waktu);
  if (waktu?.text) step.waktu = step.waktu ? `${step.waktu} ${waktu.text.replace(/\n/g, ' ')}` : waktu.text.replace(/\n/g, ' ');
  const out = take(columns.output);
  if (out?.text) step.output = joinValue(step.output, listItems(out.paras));
  const ket = take(columns.keterangan);
  if (ket?.text) {
    step.keterangan = typeof step.keterangan === 'string' ? `${step.keterangan} ${ket.text.replace(/\n/g, ' ')}` : ket.text.replace(/\n/g, ' ');
    if (ket.rowSpan > 1) step.keteranganCell = ket;
  }
}

function joinValue(before: string | string[] | undefined, items: string[]): string | string[] {
  const all = [...(before === undefined ? [] : Array.isArray(before) ? before : [before]), ...items];
  return all.length === 1 ? all[0]! : all;
}

/**
 * A reference to another step in words: "kembali ke langkah 3", "lanjut ke no. 5", "ke kegiatan
 * 2". A bare "ke 4" counts only with a verb of going back or on ("triwulan ke 4" is no jump).
 */
const BRANCH_REF = /\b(?:(?:kembali|dikembalikan|lanjut|dilanjutkan|menuju|beralih|balik)\s+ke\s*(?:langkah|kegiatan|no\.?|nomor|nomer|proses|tahap|tahapan|step|butir|poin)?|ke\s*(?:langkah|kegiatan|no\.|nomor|nomer|proses|step|butir|poin))\s*(?:ke\s*|no\.?\s*)?(\d{1,3})\b(?!\s*(?:hari|jam|menit|orang|kali|%))/i;

/** Actors, symbols and flow of the read steps; every inference recorded. */
/**
 * Where each step's glued arrows lead (0-based step indexes), through the shapes in between that
 * are no steps (an off-page connector, a text box): Excel records both ends of a connector.
 */
function flowTargets(pending: PendingStep[], doc: SourceDoc): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (!doc.links?.length) return out;
  const stepOf = new Map<string, number>();
  pending.forEach((s, i) => {
    if (s.shape?.id) stepOf.set(s.shape.id, i);
  });
  const next = new Map<string, string[]>();
  for (const link of doc.links) next.set(link.from, [...(next.get(link.from) ?? []), link.to]);
  pending.forEach((s, i) => {
    if (!s.shape?.id) return;
    const found: number[] = [];
    const seen = new Set<string>([s.shape.id]);
    let frontier = next.get(s.shape.id) ?? [];
    for (let depth = 0; depth < 6 && frontier.length; depth++) {
      const after: string[] = [];
      for (const id of frontier) {
        if (seen.has(id)) continue;
        seen.add(id);
        const step = stepOf.get(id);
        if (step !== undefined) {
          if (!found.includes(step)) found.push(step);
        } else after.push(...(next.get(id) ?? []));
      }
      frontier = after;
    }
    if (found.length) out.set(i, found);
  });
  return out;
}

function finishSteps(pending: PendingStep[], headerActors: string[], guesses: Guess[], arrows: Map<number, number[]> = new Map()): { actors: string[]; steps: ImportedStep[] } {
  const actors = headerActors.filter(Boolean).map((a) => a.replace(/\s+/g, ' '));
  const byNumber = new Map<number, number>();
  pending.forEach((s, i) => {
    if (s.sourceNumber !== undefined && !byNumber.has(s.sourceNumber)) byNumber.set(s.sourceNumber, i + 1);
  });
  // Columns of the header actors (re-read: the first header decides).
  const steps: ImportedStep[] = [];
  let previousActor = actors[0] ?? '';
  // A diamond's "Ya"/"Tidak" boxes are often drawn just below it, in the next step's row.
  pending.forEach((s, i) => {
    const next = pending[i + 1];
    if (s.shape?.kind === 'decision' && !s.labels.length && next && next.shape?.kind !== 'decision' && next.labels.length) s.labels.push(...next.labels.splice(0));
  });
  pending.forEach((s, i) => {
    const path = `kegiatan.${i}`;
    let actor: string | undefined;
    if (s.actorName) {
      actor = s.actorName;
      if (!actors.some((a) => a.toLowerCase() === actor!.toLowerCase())) actors.push(actor);
    }
    if (!actor && s.columnActor) actor = s.columnActor.replace(/\s+/g, ' ');
    if (!actor && actors.length === 1) actor = actors[0];
    if (!actor) {
      actor = previousActor;
      s.actorGuessed = 'tidak ada simbol atau tanda pada kolom pelaksana; diambil dari langkah sebelumnya';
      guesses.push({ path: `${path}.pelaksana`, note: s.actorGuessed });
    }
    previousActor = actor;
    const step: ImportedStep = { uraian: s.uraian, pelaksana: actor };
    if (!s.uraian) guesses.push({ path: `${path}.uraian`, note: 'uraian kegiatan kosong pada dokumen' });
    const kind = s.shape?.kind;
    const labelTexts = [...s.labels, ...s.texts];
    const isDecision = kind === 'decision' || (!kind && (/\?\s*$/.test(s.uraian) || labelTexts.some((t) => /^(ya|tidak)$/i.test(t))));
    if (!kind && isDecision) guesses.push({ path: `${path}.tidak`, note: 'tanpa simbol: dianggap keputusan dari uraian/label' });
    const last = i === pending.length - 1;
    if (kind === 'terminator' && i > 0 && !last) {
      step.simbol = 'selesai';
      guesses.push({ path: `${path}.simbol`, note: 'simbol terminator di tengah alur: akhir sebuah cabang' });
    } else if (kind === 'process' && (i === 0 || last)) {
      step.simbol = 'proses';
    } else if (kind === 'terminator' && pending.length === 1) {
      // one step: derived as mulai.
    }
    // Flow from the step's texts: "kembali ke langkah 3".
    const refText = [typeof s.keterangan === 'string' ? s.keterangan : '', ...labelTexts, s.uraian].find((t) => BRANCH_REF.test(t));
    const refNumber = refText ? Number(BRANCH_REF.exec(refText)![1]) : undefined;
    const stepNumber = (n: number) => byNumber.get(n) ?? (n >= 1 && n <= pending.length ? n : undefined);
    const target = refNumber !== undefined ? stepNumber(refNumber) : undefined;
    if (isDecision) {
      const [yaLabel, tidakLabel] = branchLabels(labelTexts);
      if (yaLabel) step.label_ya = yaLabel;
      if (tidakLabel) step.label_tidak = tidakLabel;
      const yesRef = labelTexts.find((t) => BRANCH_REF.test(t) && !NEGATIVE.test(t));
      const yesTarget = yesRef ? stepNumber(Number(BRANCH_REF.exec(yesRef)![1])) : undefined;
      if (yesTarget !== undefined && yesTarget !== i + 2) {
        step.ya = yesTarget;
        guesses.push({ path: `${path}.ya`, note: `dibaca dari teks "${clip(yesRef!)}"` });
      }
      const noRef = [typeof s.keterangan === 'string' ? s.keterangan : '', ...labelTexts.filter((t) => NEGATIVE.test(t)), s.uraian].find((t) => BRANCH_REF.test(t));
      const noTarget = noRef ? stepNumber(Number(BRANCH_REF.exec(noRef)![1])) : undefined;
      if (noTarget !== undefined && noTarget !== i + 2) {
        step.tidak = noTarget;
        guesses.push({ path: `${path}.tidak`, note: `dibaca dari teks "${clip(noRef!)}"` });
      } else if ((arrows.get(i) ?? []).filter((t) => t !== i + 1).length === 1 && target === undefined) {
        // Read from the drawing: the one arrow that does not go to the next step.
        step.tidak = arrows.get(i)!.find((t) => t !== i + 1)! + 1;
      } else if (target !== undefined && target !== i + 2 && target !== step.ya) {
        step.tidak = target;
        guesses.push({ path: `${path}.tidak`, note: `dibaca dari teks "${clip(refText!)}"` });
      } else if (last) {
        step.tidak = 'selesai';
        guesses.push({ path: `${path}.tidak`, note: 'keputusan pada langkah terakhir: cabang tidak dianggap selesai' });
      } else {
        step.tidak = i > 0 ? i : 'selesai';
        guesses.push({ path: `${path}.tidak`, note: i > 0 ? 'tujuan cabang tidak tertulis; diarahkan ke langkah sebelumnya' : 'tujuan cabang tidak tertulis' });
      }
    } else if (target === undefined && !last && arrows.has(i) && !arrows.get(i)!.includes(i + 1) && step.simbol !== 'selesai') {
      // A glued arrow that goes elsewhere than the next step.
      step.lanjut = arrows.get(i)![0]! + 1;
    } else if (target !== undefined && target !== i + 2 && !last) {
      step.lanjut = target;
      guesses.push({ path: `${path}.lanjut`, note: `dibaca dari teks "${clip(refText!)}"` });
    }
    if (s.kelengkapan !== undefined) step.kelengkapan = s.kelengkapan;
    if (s.waktu !== undefined) step.waktu = s.waktu;
    if (s.output !== undefined) step.output = s.output;
    if (s.keterangan !== undefined) step.keterangan = s.keterangan;
    steps.push(step);
  });
  // Keterangan cells merged over several steps: one cell spanning them.
  pending.forEach((s, i) => {
    const cell = s.keteranganCell;
    if (!cell || typeof steps[i]!.keterangan !== 'string') return;
    const lastRow = cell.where.row + cell.rowSpan - 1;
    let until = i;
    for (let j = i + 1; j < pending.length; j++) {
      if (pending[j]!.rows.some((r) => r.table === cell.where.table && r.row <= lastRow)) until = j;
    }
    if (until > i && pending.slice(i + 1, until + 1).every((p) => p.keterangan === undefined)) steps[i]!.keterangan = { teks: steps[i]!.keterangan as string, sampai: until + 1 };
  });
  // Source numbering that skips or repeats is a defect of the original: worth a look.
  pending.forEach((s, i) => {
    if (s.sourceNumber !== undefined && s.sourceNumber !== i + 1 && (i === 0 || pending[i - 1]!.sourceNumber === i)) {
      guesses.push({ path: `kegiatan.${i}`, note: `nomor ${s.sourceNumber} pada dokumen; di sini langkah ${i + 1}` });
    }
  });
  // Every actor named in the header stays, used or not (lint reports an unused one).
  return { actors, steps };
}

/** The actor column a symbol is over; one beside the actor columns snaps to the nearest. */
function actorOfColumn(columns: Columns, col: number): string | undefined {
  const named = columns.actors.filter((a) => a.name);
  const inside = named.find((a) => col >= a.col && col < a.col + a.span);
  if (inside) return inside.name;
  let best: { name: string; d: number } | undefined;
  for (const a of named) {
    const d = col < a.col ? a.col - col : col - (a.col + a.span - 1);
    if (!best || d < best.d) best = { name: a.name, d };
  }
  return best && best.d <= 1 ? best.name : undefined;
}

function branchLabels(texts: string[]): [string | undefined, string | undefined] {
  const own: string[] = [];
  for (const raw of texts) {
    const t = raw.replace(/\n/g, ' ').trim();
    if (!t || t.length > 40 || (BRANCH_REF.test(t) && t.length > 12)) continue;
    if (/^(ya|y|yes|tidak|t|no)$/i.test(t)) continue; // the default labels
    own.push(t);
  }
  // A negative word names the "tidak" branch; otherwise the order drawn: first "ya", then "tidak".
  const negative = own.find((t) => NEGATIVE.test(t));
  if (negative) return [own.find((t) => t !== negative), negative];
  return [own[0], own[1]];
}

function clip(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

// ---------------------------------------------------------------------------------------------
// Identity values

function readDate(key: string, value: string | undefined, guesses: Guess[], required: boolean): string | null {
  const path = `tanggal.${key}`;
  if (value === undefined) {
    if (required) guesses.push({ path, note: 'tanggal tidak ditemukan pada dokumen' });
    return required ? '' : null;
  }
  const text = value.replace(/\s+/g, ' ').trim();
  if (/^[-–—]*$/.test(text)) return null;
  const loose = readLooseDate(text);
  if (loose && loose.day !== null) return looseIso(loose);
  if (loose) return text; // month or year only: as written (identitas/tanggal reports it)
  guesses.push({ path, note: `"${clip(text)}" tidak terbaca sebagai tanggal` });
  return text;
}

/** "Kepala Dinas …\n\nDrs. A, M.Si\nPembina (IV/a)\nNIP. 1966…" → jabatan, nama, pangkat, NIP. */
export function splitPerson(text: string): ImportedPerson {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && !/^[-_.:]+$/.test(l) && !/^(ttd|t\.t\.d|cap|stempel|\(ttd\))\.?$/i.test(l));
  const out: ImportedPerson = {};
  const rest: string[] = [];
  for (const line of lines) {
    const nip = /^nip\.?\s*:?\s*([\d\s]{8,})$/i.exec(line);
    if (nip) {
      out.nip = formatNip(nip[1]!);
      continue;
    }
    if (/\((?:I{1,3}|IV)\s*\/\s*[a-e]\)/i.test(line) || /^(pembina|penata|pengatur|juru)\b/i.test(line)) {
      out.pangkat = line;
      continue;
    }
    rest.push(line);
  }
  if (!rest.length) return out;
  // The name is the last line that is not a jabatan; a degree or a comma marks it best.
  const isName = (l: string) => /,\s*(S|M|Dr|Ir|Drs|Dra|Hj?|Prof)\.?/.test(l) || /^(Dr|Drs|Dra|Ir|H|Hj|Prof)\.\s/.test(l) || /\b(S\.[A-Za-z]+|M\.[A-Za-z]+|SE|SH|MM)\.?$/.test(l);
  let nameAt = -1;
  for (let i = rest.length - 1; i >= 0; i--) if (isName(rest[i]!)) { nameAt = i; break; }
  if (nameAt < 0 && rest.length > 1 && !JABATAN.test(rest[rest.length - 1]!)) nameAt = rest.length - 1;
  if (nameAt >= 0) {
    out.nama = rest[nameAt];
    const jabatan = rest.filter((_, i) => i !== nameAt).join(' ');
    if (jabatan) out.jabatan = jabatan.replace(/,\s*$/, '');
  } else out.jabatan = rest.join(' ');
  return out;
}

/** A "NIP. …" cell not yet read, and the name in the cell above it (same column) or the line before. */
function signatureBlock(items: readonly SourceItem[], consumed: Set<SourceCell | SourcePara>): { nama: string; nip?: string; where: string } | null {
  const rows = items.filter((i): i is { kind: 'row'; row: SourceRow } => i.kind === 'row').map((i) => i.row);
  for (let r = 0; r < rows.length; r++) {
    for (const cell of rows[r]!.cells) {
      if (consumed.has(cell)) continue;
      const lines = cell.text.split('\n');
      const at = lines.findIndex((l) => /^nip\.?\s*:?\s*[\d\s]{8,}$/i.test(l.trim()));
      if (at < 0) continue;
      const nip = splitPerson(lines[at]!).nip;
      let nama = at > 0 ? lines[at - 1]!.trim() : '';
      let from: SourceCell | undefined;
      if (!nama && r > 0) {
        from = rows[r - 1]!.cells.find((c) => !consumed.has(c) && c.col <= cell.col && c.col + c.span > cell.col && c.text);
        nama = from?.text.split('\n').pop()?.trim() ?? '';
      }
      if (!nama) continue;
      consumed.add(cell);
      if (from) consumed.add(from);
      return { nama, ...(nip ? { nip } : {}), where: `baris ${(from ?? cell).where.row}, kolom ${cell.where.col}` };
    }
  }
  return null;
}

const JABATAN = /^(kepala|sekretaris|camat|lurah|bupati|wali ?kota|gubernur|direktur|inspektur|plt|plh|kabid|kasubbag|kasi|ketua|asisten|wakil|a\.n\.|an\.)/i;

function formatNip(digits: string): string {
  const d = digits.replace(/\D/g, '');
  return d.length === 18 ? `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}` : digits.replace(/\s+/g, ' ').trim();
}

/** The form's own title ("STANDAR OPERASIONAL PROSEDUR (SOP)"): no data, nothing to keep. */
function isFormTitle(text: string): boolean {
  return /^(standar operasional prosedur|sop)( sop)?( ap)?( administrasi pemerintahan)?$/.test(norm(text));
}

function looksLikeAgency(text: string): boolean {
  return /^(pemerintah|dinas|badan|sekretariat|inspektorat|kecamatan|kelurahan|kantor|satuan|rumah sakit|bagian|bidang|desa|uptd|puskesmas|kementerian|lembaga|direktorat|deputi|biro|pusat|balai|jl\.?|jalan)\b/i.test(text.trim());
}

function readAgency(lines: Array<{ text: string; from: SourceCell | SourcePara }>, consumed: Set<SourceCell | SourcePara>): ImportedSop['instansi'] {
  const out: ImportedSop['instansi'] = {};
  const used = new Set<SourceCell | SourcePara>();
  const units: string[] = [];
  for (const { text: raw, from } of lines) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text) continue;
    let hit = true;
    const kodePos = /kode\s*pos\s*:?\s*(\d{5})/i.exec(text);
    const telp = /(?:telp|telepon|tlp|phone)\.?\s*:?\s*([+()\d][\d\s()\-–.]{4,}\d)/i.exec(text);
    const email = /[\w.+-]+@[\w-]+(\.[\w-]+)+/.exec(text);
    const web = /\b((?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.go\.id\S*)/i.exec(text);
    if (/^pemerintah\b/i.test(text)) out.pemerintah ??= text;
    else if (/^(jl\.?|jalan)\b/i.test(text) || kodePos || telp || email) {
      const alamat = text.replace(/,?\s*kode\s*pos\s*:?\s*\d{5}/i, '').replace(/,?\s*(telp|telepon|tlp)\.?.*$/i, '').trim();
      if (/^(jl\.?|jalan)\b/i.test(alamat)) out.alamat ??= alamat.replace(/[,.]\s*$/, '');
      if (kodePos) out.kode_pos ??= kodePos[1];
      if (telp) out.telepon ??= telp[1]!.trim();
      if (email) out.email ??= email[0];
      if (web && !email?.[0].includes(web[1]!)) out.laman ??= web[1];
    } else if (/^(dinas|badan|sekretariat|inspektorat|kecamatan|kelurahan|kantor|satuan|rumah sakit|desa|uptd|puskesmas|kementerian|lembaga)\b/i.test(text)) {
      if (!out.nama) out.nama = text;
      else units.push(text);
    } else if (/^(bagian|bidang|sub ?bagian|seksi|sub ?bidang|unit|direktorat|deputi|biro|pusat|balai)\b/i.test(text)) units.push(text);
    else if (/^(kabupaten|kota|provinsi)\b/i.test(text) && out.nama && !out.pemerintah) out.pemerintah = `Pemerintah ${text}`;
    else hit = false;
    if (hit) used.add(from);
  }
  if (units.length) out.unit = units[0];
  for (const u of used) consumed.add(u);
  return out;
}

function titleName(lines: SourcePara[]): { text: string; para: SourcePara } | null {
  for (let i = 0; i < lines.length; i++) {
    const n = norm(lines[i]!.text);
    if (/^standar operasional prosedur( sop)?( ap)?$/.test(n) || /^sop$/.test(n)) {
      const next = lines[i + 1];
      if (next && !looksLikeAgency(next.text)) return { text: next.text.replace(/\s+/g, ' '), para: next };
    }
    const m = /^(?:standar operasional prosedur|sop)\s*(?:\(sop\))?\s*[:\-–]?\s*(.+)$/i.exec(lines[i]!.text.replace(/\n/g, ' '));
    if (m && m[1] && !/^\(?sop\)?$/i.test(m[1].trim())) return { text: m[1].trim(), para: lines[i]! };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Lists

const ITEM_PREFIX = /^\s*(?:\(?\d{1,2}[.)]|\(?[a-zA-Z][.)]|[-–•*▪►●○·])\s+/;

/**
 * The items of a list: Word's numbered paragraphs, or typed "1." / "a." / "-" prefixes (a
 * paragraph without one continues the item above); several "3. … 4. …" run together on one line
 * (as OCR and careless typing leave them) are split.
 */
export function listItems(paras: readonly SourcePara[]): string[] {
  const lines: Array<{ text: string; numbered: boolean }> = [];
  for (const p of paras) {
    for (const line of p.text.split('\n')) {
      // A number or letter alone is a marker typed in a cell of its own (Excel forms do this).
      if (/^\(?(\d{1,2}|[a-z])[.)]?$/i.test(line.trim())) continue;
      if (line.trim()) lines.push({ text: line.trim(), numbered: p.numbered });
    }
  }
  const marked = lines.some((l) => l.numbered || ITEM_PREFIX.test(l.text));
  const items: string[] = [];
  for (const line of lines) {
    const starts = !marked || line.numbered || ITEM_PREFIX.test(line.text);
    for (const part of splitRunTogether(line.text)) {
      const text = part.replace(ITEM_PREFIX, '').replace(/\s*;\s*(dan|atau)?\s*$/i, '').replace(/\s+/g, ' ').trim();
      if (!text) continue;
      if (starts || !items.length) items.push(text);
      else items[items.length - 1] = `${items[items.length - 1]} ${text}`;
    }
  }
  return items.map((t) => t.replace(/[.;,]\s*$/, (m) => (m.trim() === '.' ? '' : '')).trim()).filter(Boolean);
}

function splitRunTogether(text: string): string[] {
  const first = /^\s*(\d{1,2})[.)]\s/.exec(text);
  if (!first) return [text];
  const parts: string[] = [];
  let expected = Number(first[1]) + 1;
  let rest = text;
  for (;;) {
    const re = new RegExp(`\\s(${expected})[.)]\\s`);
    const m = re.exec(rest);
    if (!m) break;
    parts.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + 1);
    expected++;
  }
  parts.push(rest);
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Leftovers

function collectLeftovers(doc: SourceDoc, consumed: Set<SourceCell | SourcePara>): Leftover[] {
  const out: Leftover[] = [];
  for (const item of doc.items) {
    if (item.kind === 'para') {
      if (!consumed.has(item.para) && item.para.text) out.push({ where: 'paragraf', text: item.para.text });
      continue;
    }
    const label = doc.format === 'xlsx' ? 'lembar' : 'tabel';
    for (const cell of item.row.cells) {
      if (consumed.has(cell) || !cell.text || /^[:\s]+$/.test(cell.text)) continue;
      out.push({ where: `${label} ${cell.where.table}, baris ${cell.where.row}, kolom ${cell.where.col}`, text: cell.text });
    }
  }
  return out;
}
