import path from 'node:path/posix';
import type { ZipArchive } from './zip.js';
import { attr, child, children, find, findAll, parseXml, textOf, type XNode } from './xml.js';
import { clean, kindOfPreset, type SourceCell, type SourceDoc, type SourceItem, type SourceLink, type SourceRow, type SourceShape } from './source.js';

export class NoWorkbookPart extends Error {}

const EMU_PER_PX = 9525;
/** Excel's default column width (8.43 characters, 64 px) and row height (15 pt, 20 px). */
const DEFAULT_COL_PX = 64;
const DEFAULT_ROW_PX = 20;

/** Reads every visible worksheet of a workbook into the neutral form, one "table" per sheet. */
export async function readXlsx(zip: ZipArchive): Promise<SourceDoc> {
  const workbookPath = 'xl/workbook.xml';
  const workbookData = await zip.read(workbookPath);
  if (!workbookData) throw new NoWorkbookPart(workbookPath);
  const workbook = parseXml(workbookData.toString('utf8'), workbookPath);
  const rels = await relationships(zip, workbookPath);
  const strings = await sharedStrings(zip, rels);
  const dateStyles = await dateStyleIndexes(zip, rels);
  const date1904 = attr(find(workbook, 'workbookPr'), 'date1904') === '1' || attr(find(workbook, 'workbookPr'), 'date1904') === 'true';
  const items: SourceItem[] = [];
  const links: SourceLink[] = [];
  let table = 0;
  for (const sheet of findAll(workbook, 'sheet')) {
    if (attr(sheet, 'state') === 'hidden' || attr(sheet, 'state') === 'veryHidden') continue;
    const target = rels.get(attr(sheet, 'r:id') ?? '');
    if (!target) continue;
    const data = await zip.read(target);
    if (!data) continue;
    table++;
    const sheetXml = parseXml(data.toString('utf8'), target);
    const sheetRels = await relationships(zip, target);
    const drawings = [];
    for (const d of findAll(sheetXml, 'drawing')) {
      const drawingPath = sheetRels.get(attr(d, 'r:id') ?? '');
      const drawingData = drawingPath ? await zip.read(drawingPath) : undefined;
      if (drawingData) drawings.push(parseXml(drawingData.toString('utf8'), drawingPath!));
    }
    items.push(...sheetRows(table, sheetXml, drawings, strings, dateStyles, date1904));
    for (const drawing of drawings) {
      for (const cxn of findAll(drawing, 'xdr:cxnSp')) {
        const from = attr(find(cxn, 'a:stCxn'), 'id');
        const to = attr(find(cxn, 'a:endCxn'), 'id');
        if (from && to) links.push({ from: `${table}:${from}`, to: `${table}:${to}` });
      }
    }
  }
  return { format: 'xlsx', items, looseShapes: 0, links };
}

async function relationships(zip: ZipArchive, part: string): Promise<Map<string, string>> {
  const relsPath = path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);
  const data = await zip.read(relsPath);
  const out = new Map<string, string>();
  if (!data) return out;
  for (const rel of findAll(parseXml(data.toString('utf8'), relsPath), 'Relationship')) {
    const target = attr(rel, 'Target') ?? '';
    if (attr(rel, 'TargetMode') === 'External') continue;
    const resolved = target.startsWith('/') ? target.slice(1) : path.normalize(path.join(path.dirname(part), target));
    out.set(attr(rel, 'Id') ?? '', resolved);
    out.set(`type:${(attr(rel, 'Type') ?? '').split('/').pop()}`, resolved);
  }
  return out;
}

async function sharedStrings(zip: ZipArchive, rels: Map<string, string>): Promise<string[]> {
  const part = rels.get('type:sharedStrings') ?? 'xl/sharedStrings.xml';
  const data = await zip.read(part);
  if (!data) return [];
  // Rich text keeps its runs (r > t); phonetic runs (rPh) are not the cell's text.
  return findAll(parseXml(data.toString('utf8'), part), 'si').map((si) => stringItem(si));
}

function stringItem(si: XNode): string {
  let out = '';
  for (const k of si.kids) {
    if (k.tag === 't') out += textOf(k);
    else if (k.tag === 'r') out += textOf(child(k, 't'));
  }
  return out;
}

/** Cell style indexes whose number format shows a date. */
async function dateStyleIndexes(zip: ZipArchive, rels: Map<string, string>): Promise<Set<number>> {
  const part = rels.get('type:styles') ?? 'xl/styles.xml';
  const data = await zip.read(part);
  const out = new Set<number>();
  if (!data) return out;
  const styles = parseXml(data.toString('utf8'), part);
  const custom = new Map<number, string>();
  for (const f of findAll(styles, 'numFmt')) custom.set(Number(attr(f, 'numFmtId')), attr(f, 'formatCode') ?? '');
  children(find(styles, 'cellXfs'), 'xf').forEach((xf, i) => {
    const id = Number(attr(xf, 'numFmtId') ?? 0);
    const code = custom.get(id);
    const isDate = (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58) || (code !== undefined && /[dmy]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]/g, '')));
    if (isDate) out.add(i);
  });
  return out;
}

/** "B12" → { col: 1, row: 11 }. */
export function cellRef(ref: string): { col: number; row: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) - 1 };
}

/** An Excel serial day number as YYYY-MM-DD. */
function serialToIso(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial) * 86_400_000).toISOString().slice(0, 10);
}

function sheetRows(table: number, sheet: XNode, drawings: XNode[], strings: string[], dateStyles: Set<number>, date1904: boolean): SourceItem[] {
  const values = new Map<string, string>();
  let maxCol = 0;
  const rowHeights = new Map<number, number>();
  for (const r of findAll(sheet, 'row')) {
    const ht = attr(r, 'ht');
    if (ht) rowHeights.set(Number(attr(r, 'r')) - 1, (Number(ht) * 4) / 3);
    for (const c of children(r, 'c')) {
      const at = cellRef(attr(c, 'r') ?? '');
      if (!at) continue;
      const type = attr(c, 't');
      const v = textOf(child(c, 'v'));
      let text: string;
      if (type === 's') text = strings[Number(v)] ?? '';
      else if (type === 'inlineStr') text = stringItem(child(c, 'is') ?? c);
      else if (type === 'b') text = v === '1' ? 'TRUE' : 'FALSE';
      else if ((type === undefined || type === 'n') && v && dateStyles.has(Number(attr(c, 's') ?? -1))) text = serialToIso(Number(v), date1904);
      else text = v;
      text = clean(text.replace(/\r\n?/g, '\n'));
      if (!text) continue;
      values.set(`${at.row}:${at.col}`, text);
      maxCol = Math.max(maxCol, at.col + 1);
    }
  }
  // Merged ranges: the top-left cell covers the rest.
  const cover = new Map<string, string>();
  const spans = new Map<string, { span: number; rowSpan: number }>();
  for (const m of findAll(sheet, 'mergeCell')) {
    const [a, b] = (attr(m, 'ref') ?? '').split(':');
    const from = cellRef(a ?? '');
    const to = cellRef(b ?? a ?? '');
    if (!from || !to) continue;
    const key = `${from.row}:${from.col}`;
    spans.set(key, { span: to.col - from.col + 1, rowSpan: to.row - from.row + 1 });
    for (let r = from.row; r <= to.row; r++) for (let c = from.col; c <= to.col; c++) if (r !== from.row || c !== from.col) cover.set(`${r}:${c}`, key);
    maxCol = Math.max(maxCol, to.col + 1);
  }
  const colPx: number[] = [];
  for (const c of findAll(sheet, 'col')) {
    const min = Number(attr(c, 'min')) - 1;
    const max = Math.min(Number(attr(c, 'max')) - 1, 16383);
    const width = Number(attr(c, 'width') ?? 8.43);
    for (let i = min; i <= max && i < 1024; i++) colPx[i] = attr(c, 'hidden') === '1' ? 0 : Math.round(width * 7 + 5);
  }
  const widthOf = (c: number) => colPx[c] ?? DEFAULT_COL_PX;
  const heightOf = (r: number) => rowHeights.get(r) ?? DEFAULT_ROW_PX;
  const grid = Array.from({ length: maxCol }, (_, c) => widthOf(c));

  // Shapes: centre of the anchor, moved to the top-left of a merged range it falls in.
  const shapesAt = new Map<number, SourceShape[]>();
  for (const drawing of drawings) {
    const root = drawing.kids.find((k) => k.tag.endsWith('wsDr')) ?? drawing;
    for (const anchor of root.kids.filter((k) => /(twoCellAnchor|oneCellAnchor|absoluteAnchor)$/.test(k.tag))) {
      for (const placed of anchorShapes(table, anchor, widthOf, heightOf)) {
        let key = `${placed.row}:${placed.col}`;
        key = cover.get(key) ?? key;
        const [row, col] = key.split(':').map(Number) as [number, number];
        // A shape over a merged range sits in that range's first column.
        const list = shapesAt.get(row) ?? [];
        list.push({ ...placed.shape, col });
        shapesAt.set(row, list);
        maxCol = Math.max(maxCol, col + 1);
      }
    }
  }

  const rowIndexes = new Set<number>();
  for (const key of values.keys()) rowIndexes.add(Number(key.split(':')[0]));
  for (const key of spans.keys()) rowIndexes.add(Number(key.split(':')[0]));
  for (const row of shapesAt.keys()) rowIndexes.add(row);
  const items: SourceItem[] = [];
  for (const r of [...rowIndexes].sort((a, b) => a - b)) {
    const cells: SourceCell[] = [];
    for (let c = 0; c < maxCol; c++) {
      const key = `${r}:${c}`;
      if (cover.has(key)) continue;
      const text = values.get(key);
      const span = spans.get(key);
      if (text === undefined && !span) continue;
      const paras = (text ?? '').split('\n').filter(Boolean).map((t) => ({ text: t, numbered: false, level: 0 }));
      cells.push({ col: c, span: span?.span ?? 1, rowSpan: span?.rowSpan ?? 1, paras, text: text ?? '', where: { table, row: r + 1, col: c + 1 } });
    }
    const row: SourceRow = { table, row: r + 1, cells, shapes: shapesAt.get(r) ?? [], repeatHeader: false, grid };
    if (row.cells.length || row.shapes.length) items.push({ kind: 'row', row });
  }
  return items;
}

interface Placed {
  row: number;
  col: number;
  shape: Omit<SourceShape, 'col'>;
}

function anchorShapes(table: number, anchor: XNode, widthOf: (c: number) => number, heightOf: (r: number) => number): Placed[] {
  const from = position(child(anchor, 'xdr:from'));
  const to = position(child(anchor, 'xdr:to'));
  const ext = child(anchor, 'xdr:ext');
  const out: Placed[] = [];
  const centre = (): { col: number; row: number } | null => {
    if (!from) return null;
    const fx = from.col + from.colOff / EMU_PER_PX / widthOf(from.col);
    const fy = from.row + from.rowOff / EMU_PER_PX / heightOf(from.row);
    if (to) {
      const tx = to.col + to.colOff / EMU_PER_PX / widthOf(to.col);
      const ty = to.row + to.rowOff / EMU_PER_PX / heightOf(to.row);
      return { col: Math.floor((fx + tx) / 2), row: rowOf(fy, ty) };
    }
    const cx = Number(attr(ext, 'cx') ?? 0) / EMU_PER_PX / widthOf(from.col);
    const cy = Number(attr(ext, 'cy') ?? 0) / EMU_PER_PX / heightOf(from.row);
    return { col: Math.floor(fx + cx / 2), row: rowOf(fy, fy + cy) };
  };
  const at = centre();
  if (!at) return out;
  const visit = (node: XNode): void => {
    for (const k of node.kids) {
      if (k.tag === 'xdr:sp') {
        const prst = attr(find(child(k, 'xdr:spPr'), 'a:prstGeom'), 'prst') ?? 'rect';
        const isTextBox = attr(find(k, 'xdr:cNvSpPr'), 'txBox') === '1';
        const body = child(k, 'xdr:txBody');
        const text = body ? children(body, 'a:p').map((p) => clean(findAll(p, 'a:t').map(textOf).join(''))).filter(Boolean).join('\n') : '';
        const id = attr(find(k, 'xdr:cNvPr'), 'id');
        out.push({ ...at, shape: { kind: kindOfPreset(prst, isTextBox), geometry: prst, text, placed: 'offset', ...(id ? { id: `${table}:${id}` } : {}) } });
      } else if (k.tag === 'xdr:cxnSp') {
        out.push({ ...at, shape: { kind: 'line', geometry: attr(find(k, 'a:prstGeom'), 'prst') ?? 'line', text: '', placed: 'offset' } });
      } else if (k.tag === 'xdr:grpSp') visit(k);
    }
  };
  visit(anchor);
  return out;
}

/**
 * The row a shape belongs to: the one its upper part is in. A symbol is drawn from the top of its
 * step's row and often taller than the row, so its centre can fall into the next one.
 */
function rowOf(top: number, bottom: number): number {
  return Math.floor(top + Math.min(0.5, (bottom - top) / 2));
}

function position(node: XNode | undefined): { col: number; row: number; colOff: number; rowOff: number } | null {
  if (!node) return null;
  const n = (tag: string) => Number(textOf(child(node, tag)) || 0);
  return { col: n('xdr:col'), row: n('xdr:row'), colOff: n('xdr:colOff'), rowOff: n('xdr:rowOff') };
}
