import type { ZipArchive } from './zip.js';
import { attr, child, children, find, findAll, parseXml, type XNode } from './xml.js';
import { clean, kindOfPreset, kindOfVml, type SourceCell, type SourceDoc, type SourceItem, type SourcePara, type SourceRow, type SourceShape } from './source.js';

const EMU_PER_TWIP = 635;
const EMU_PER_PT = 12700;
/** Word's default left/right cell margin (0.19 cm), in twips. */
const CELL_MARGIN_TWIPS = 108;

export class NoDocumentPart extends Error {}

/** Reads word/document.xml (and the styles' numbering) into the neutral form. */
export async function readDocx(zip: ZipArchive): Promise<SourceDoc> {
  const main = await mainPart(zip);
  const data = await zip.read(main);
  if (!data) throw new NoDocumentPart(main);
  const doc = parseXml(data.toString('utf8'), main);
  const stylesData = await zip.read(main.replace(/[^/]+$/, 'styles.xml'));
  const numberedStyles = stylesData ? numberedStyleIds(parseXml(stylesData.toString('utf8'), 'styles.xml')) : new Set<string>();
  const body = find(doc, 'w:body');
  if (!body) throw new NoDocumentPart(main);
  const sect = findAll(body, 'w:sectPr')[0];
  const marginLeft = Number(attr(child(sect, 'w:pgMar'), 'w:left') ?? 1440);
  const reader = new DocxReader(numberedStyles, marginLeft);
  reader.blocks(body);
  return { format: 'docx', items: reader.items, looseShapes: reader.looseShapes };
}

/** The main document part, from the package relationships (usually word/document.xml). */
async function mainPart(zip: ZipArchive): Promise<string> {
  const rels = await zip.read('_rels/.rels');
  if (rels) {
    const root = parseXml(rels.toString('utf8'), '_rels/.rels');
    for (const rel of findAll(root, 'Relationship')) {
      if (/officeDocument$/.test(attr(rel, 'Type') ?? '')) {
        const target = (attr(rel, 'Target') ?? '').replace(/^\//, '');
        if (target && zip.has(target)) return target;
      }
    }
  }
  if (zip.has('word/document.xml')) return 'word/document.xml';
  throw new NoDocumentPart('word/document.xml');
}

/** Paragraph styles that carry numbering themselves (List Number and the like). */
function numberedStyleIds(styles: XNode): Set<string> {
  const out = new Set<string>();
  for (const style of findAll(styles, 'w:style')) {
    const numId = attr(find(child(style, 'w:pPr'), 'w:numId'), 'w:val');
    if (numId && numId !== '0') out.add(attr(style, 'w:styleId') ?? '');
  }
  return out;
}

class DocxReader {
  items: SourceItem[] = [];
  looseShapes = 0;
  private tableCount = 0;

  constructor(
    private readonly numberedStyles: Set<string>,
    private readonly marginLeftTwips: number,
  ) {}

  /** Body-level content: paragraphs, tables, content controls. */
  blocks(node: XNode): void {
    for (const k of node.kids) {
      if (k.tag === 'w:p') {
        const para = this.paragraph(k);
        this.looseShapes += shapesIn(k).length;
        if (para.text) this.items.push({ kind: 'para', para });
      } else if (k.tag === 'w:tbl') this.table(k);
      else if (k.tag === 'w:sdt') this.blocks(child(k, 'w:sdtContent') ?? k);
      else if (k.tag === 'w:customXml' || k.tag === 'w:ins' || k.tag === 'w:smartTag') this.blocks(k);
    }
  }

  paragraph(p: XNode): SourcePara {
    const pPr = child(p, 'w:pPr');
    const numId = attr(find(pPr, 'w:numId'), 'w:val');
    const style = attr(child(pPr, 'w:pStyle'), 'w:val');
    const numbered = (numId !== undefined && numId !== '0') || (numId === undefined && style !== undefined && this.numberedStyles.has(style));
    const level = Number(attr(find(pPr, 'w:ilvl'), 'w:val') ?? 0);
    return { text: clean(runText(p)), numbered, level };
  }

  table(tbl: XNode): void {
    const table = ++this.tableCount;
    const grid = children(child(tbl, 'w:tblGrid'), 'w:gridCol').map((g) => Number(attr(g, 'w:w') ?? 0));
    const indent = Number(attr(child(child(tbl, 'w:tblPr'), 'w:tblInd'), 'w:w') ?? 0);
    const rows: SourceRow[] = [];
    const nested: XNode[][] = [];
    /** The cell that a vMerge continuation in each grid column extends. */
    const open = new Map<number, SourceCell>();
    let rowNo = 0;
    for (const tr of rowsOf(tbl)) {
      rowNo++;
      const trPr = child(tr, 'w:trPr');
      let col = Number(attr(child(trPr, 'w:gridBefore'), 'w:val') ?? 0);
      const row: SourceRow = { table, row: rowNo, cells: [], shapes: [], repeatHeader: !!child(trPr, 'w:tblHeader') && attr(child(trPr, 'w:tblHeader'), 'w:val') !== '0', grid };
      const inner: XNode[] = [];
      for (const tc of cellsOf(tr)) {
        const tcPr = child(tc, 'w:tcPr');
        const span = Math.max(1, Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1));
        const vMerge = child(tcPr, 'w:vMerge');
        const hMerge = attr(child(tcPr, 'w:hMerge'), 'w:val');
        const paras: SourcePara[] = [];
        const shapes: SourceShape[] = [];
        for (const k of cellContent(tc)) {
          if (k.tag === 'w:p') {
            const para = this.paragraph(k);
            if (para.text) paras.push(para);
            shapes.push(...shapesIn(k).map((s) => placeShape(s, col, span, grid, indent, this.marginLeftTwips)));
          } else if (k.tag === 'w:tbl') inner.push(k);
        }
        const continues = vMerge !== undefined && attr(vMerge, 'w:val') !== 'restart';
        const target = continues ? open.get(col) : hMerge === 'continue' ? row.cells[row.cells.length - 1] : undefined;
        if (target) {
          if (continues) target.rowSpan++;
          else target.span += span;
          target.paras.push(...paras);
          target.text = target.paras.map((p) => p.text).join('\n');
        } else {
          const cell: SourceCell = { col, span, rowSpan: 1, paras, text: paras.map((p) => p.text).join('\n'), where: { table, row: rowNo, col: col + 1 } };
          row.cells.push(cell);
          for (let c = col; c < col + span; c++) open.delete(c);
          if (vMerge) open.set(col, cell);
        }
        if (!vMerge) for (let c = col; c < col + span; c++) open.delete(c);
        // A shape belongs to the row it is drawn in, even inside a merged cell.
        row.shapes.push(...shapes);
        col += span;
      }
      rows.push(row);
      nested.push(inner);
    }
    rows.forEach((row, i) => {
      this.items.push({ kind: 'row', row });
      for (const inner of nested[i]!) this.table(inner);
    });
  }
}

function rowsOf(tbl: XNode): XNode[] {
  const out: XNode[] = [];
  for (const k of tbl.kids) {
    if (k.tag === 'w:tr') out.push(k);
    else if (k.tag === 'w:sdt' || k.tag === 'w:customXml') out.push(...rowsOf(child(k, 'w:sdtContent') ?? k));
  }
  return out;
}

function cellsOf(tr: XNode): XNode[] {
  const out: XNode[] = [];
  for (const k of tr.kids) {
    if (k.tag === 'w:tc') out.push(k);
    else if (k.tag === 'w:sdt' || k.tag === 'w:customXml') out.push(...cellsOf(child(k, 'w:sdtContent') ?? k));
  }
  return out;
}

function cellContent(tc: XNode): XNode[] {
  const out: XNode[] = [];
  for (const k of tc.kids) {
    if (k.tag === 'w:p' || k.tag === 'w:tbl') out.push(k);
    else if (k.tag === 'w:sdt' || k.tag === 'w:customXml') out.push(...cellContent(child(k, 'w:sdtContent') ?? k));
  }
  return out;
}

/** Skipped when reading a paragraph's own text: shapes (their text is theirs), deletions, field codes. */
const NOT_TEXT = new Set(['w:drawing', 'w:pict', 'mc:AlternateContent', 'w:object', 'w:del', 'w:delText', 'w:instrText', 'w:txbxContent', 'w:fldData', 'w:rPr', 'w:pPr']);

function runText(node: XNode): string {
  let out = '';
  for (const k of node.kids) {
    if (NOT_TEXT.has(k.tag)) continue;
    if (k.tag === 'w:t') out += k.kids.map((t) => t.text ?? '').join('');
    else if (k.tag === 'w:tab' || k.tag === 'w:ptab') out += '\t';
    else if (k.tag === 'w:br' || k.tag === 'w:cr') out += attr(k, 'w:type') === 'page' ? ' ' : '\n';
    else if (k.tag === 'w:noBreakHyphen') out += '-';
    else if (k.tag === 'w:sym') out += String.fromCharCode(parseInt(attr(k, 'w:char') ?? '20', 16) & 0xffff);
    else if (k.kids.length) out += runText(k);
  }
  return out;
}

/** A shape as found in a paragraph, before it is placed on the grid. */
interface RawShape {
  kind: SourceShape['kind'];
  geometry: string;
  text: string;
  /** Horizontal position of its centre, in EMU, and what it is measured from; null for inline. */
  x: { from: string; emu: number } | null;
}

/** Shapes in a paragraph: DrawingML (the mc:Choice when Word wrote both), else VML. */
function shapesIn(p: XNode): RawShape[] {
  const out: RawShape[] = [];
  const visit = (node: XNode): void => {
    for (const k of node.kids) {
      if (k.tag === 'mc:AlternateContent') {
        const choice = child(k, 'mc:Choice');
        const before = out.length;
        if (choice) visit(choice);
        if (out.length === before) {
          const fallback = child(k, 'mc:Fallback');
          if (fallback) visit(fallback);
        }
      } else if (k.tag === 'w:drawing') out.push(...drawingShapes(k));
      else if (k.tag === 'w:pict' || k.tag === 'w:object') out.push(...vmlShapes(k));
      else if (k.tag !== 'w:txbxContent' && k.kids.length) visit(k);
    }
  };
  visit(p);
  return out;
}

function drawingShapes(drawing: XNode): RawShape[] {
  const out: RawShape[] = [];
  for (const holder of drawing.kids) {
    if (holder.tag !== 'wp:inline' && holder.tag !== 'wp:anchor') continue;
    const extent = Number(attr(child(holder, 'wp:extent'), 'cx') ?? 0);
    let x: RawShape['x'] = null;
    if (holder.tag === 'wp:anchor') {
      const posH = child(holder, 'wp:positionH');
      const offset = Number(find(posH, 'wp:posOffset')?.kids[0]?.text ?? 0);
      x = { from: attr(posH, 'relativeFrom') ?? 'column', emu: offset + extent / 2 };
    }
    const data = find(holder, 'a:graphicData');
    if (!data) continue;
    for (const k of data.kids) {
      if (k.tag === 'wps:wsp') {
        const shape = wspShape(k);
        if (shape) out.push({ ...shape, x });
      } else if (k.tag === 'wpg:wgp' || k.tag === 'wpc:wpc') {
        for (const member of groupMembers(k, x, extent)) out.push(member);
      }
    }
  }
  return out;
}

function wspShape(wsp: XNode): Omit<RawShape, 'x'> | null {
  const spPr = child(wsp, 'wps:spPr');
  const prst = attr(find(spPr, 'a:prstGeom'), 'prst') ?? (find(spPr, 'a:custGeom') ? 'custGeom' : 'rect');
  const isTextBox = attr(child(wsp, 'wps:cNvSpPr'), 'txBox') === '1';
  const txbx = find(wsp, 'w:txbxContent');
  const text = txbx ? children(txbx, 'w:p').map((p) => clean(runText(p))).filter(Boolean).join('\n') : '';
  return { kind: kindOfPreset(prst, isTextBox), geometry: prst, text };
}

/** Members of a group: each placed by its offset within the group's child coordinates. */
function groupMembers(group: XNode, x: RawShape['x'], extent: number): RawShape[] {
  const xfrm = find(child(group, 'wpg:grpSpPr') ?? group, 'a:xfrm');
  const chOff = Number(attr(child(xfrm, 'a:chOff'), 'x') ?? 0);
  const chExt = Number(attr(child(xfrm, 'a:chExt'), 'cx') ?? 0) || extent || 1;
  const scale = extent && chExt ? extent / chExt : 1;
  const left = x ? x.emu - extent / 2 : null;
  const out: RawShape[] = [];
  for (const k of group.kids) {
    if (k.tag === 'wps:wsp') {
      const shape = wspShape(k);
      if (!shape) continue;
      const own = find(child(k, 'wps:spPr'), 'a:xfrm');
      const offX = Number(attr(child(own, 'a:off'), 'x') ?? chOff);
      const cx = Number(attr(child(own, 'a:ext'), 'cx') ?? 0);
      const centre = (offX - chOff + cx / 2) * scale;
      out.push({ ...shape, x: x && left !== null ? { from: x.from, emu: left + centre } : { from: 'inline-group', emu: centre } });
    } else if (k.tag === 'wpg:grpSp') out.push(...groupMembers(k, x, extent));
  }
  return out;
}

const VML_SHAPES = new Set(['v:shape', 'v:rect', 'v:roundrect', 'v:oval', 'v:line', 'v:polyline', 'v:curve']);

function vmlShapes(pict: XNode): RawShape[] {
  const out: RawShape[] = [];
  const visit = (node: XNode, groupLeft: number | null): void => {
    for (const k of node.kids) {
      if (k.tag === 'v:group') {
        const style = parseStyle(attr(k, 'style'));
        visit(k, (groupLeft ?? 0) + (style.left ?? 0));
      } else if (VML_SHAPES.has(k.tag)) {
        const style = parseStyle(attr(k, 'style'));
        const txbx = find(k, 'w:txbxContent');
        const text = txbx ? children(txbx, 'w:p').map((p) => clean(runText(p))).filter(Boolean).join('\n') : '';
        const isTextBox = !!find(k, 'v:textbox') && (k.tag === 'v:rect' || /t202$/.test(attr(k, 'type') ?? ''));
        const kind = kindOfVml(k.tag, attr(k, 'type') ?? attr(k, 'o:spt'), isTextBox);
        const positioned = style.position === 'absolute';
        const centre = (style.left ?? 0) + (style.width ?? 0) / 2 + (groupLeft ?? 0);
        out.push({ kind, geometry: k.tag === 'v:shape' ? (attr(k, 'type') ?? 'v:shape') : k.tag, text, x: positioned ? { from: style.relative ?? 'column', emu: centre } : null });
      }
    }
  };
  visit(pict, null);
  return out;
}

/** The bits of a VML style attribute that place a shape horizontally, in EMU. */
function parseStyle(style: string | undefined): { left?: number; width?: number; position?: string; relative?: string } {
  const out: { left?: number; width?: number; position?: string; relative?: string } = {};
  for (const part of (style ?? '').split(';')) {
    const [key, value] = part.split(':').map((s) => s.trim());
    if (!key || value === undefined) continue;
    if (key === 'margin-left' || key === 'left') out.left = (out.left ?? 0) + toEmu(value);
    else if (key === 'width') out.width = toEmu(value);
    else if (key === 'position') out.position = value;
    else if (key === 'mso-position-horizontal-relative') out.relative = value === 'text' ? 'column' : value;
  }
  return out;
}

function toEmu(value: string): number {
  const m = /^(-?[\d.]+)\s*(pt|in|cm|mm|px|emu)?$/.exec(value);
  if (!m) return 0;
  const n = Number(m[1]);
  switch (m[2]) {
    case 'in':
      return n * 914400;
    case 'cm':
      return n * 360000;
    case 'mm':
      return n * 36000;
    case 'px':
      return n * 9525;
    case 'emu':
      return n;
    case 'pt':
      return n * EMU_PER_PT;
    default:
      return n * 9525; // unitless VML lengths are pixels
  }
}

/**
 * The grid column a shape sits over. Inline: the cell's own column (its middle one, when the
 * cell spans several). Floating: its centre measured from what its offset is relative to,
 * against the table's grid widths — a shape anchored in one cell is often dragged over the next.
 */
function placeShape(shape: RawShape, col: number, span: number, grid: number[], tableIndent: number, marginLeft: number): SourceShape {
  const base = { kind: shape.kind, geometry: shape.geometry, text: shape.text };
  if (!shape.x || shape.x.from === 'inline-group' || !grid.length || grid.every((w) => !w)) return { ...base, col: col + Math.floor((span - 1) / 2), placed: 'cell' };
  const lefts: number[] = [];
  let sum = 0;
  for (const w of grid) {
    lefts.push(sum);
    sum += w;
  }
  let xTwips = shape.x.emu / EMU_PER_TWIP;
  switch (shape.x.from) {
    case 'page':
      xTwips -= marginLeft + tableIndent;
      break;
    case 'margin':
    case 'leftMargin':
      xTwips -= tableIndent;
      break;
    default: // column, character, text: measured from the cell's text area
      xTwips += (lefts[col] ?? 0) + CELL_MARGIN_TWIPS;
  }
  let placed = grid.length - 1;
  for (let c = 0; c < grid.length; c++) {
    if (xTwips < lefts[c]! + grid[c]!) {
      placed = c;
      break;
    }
  }
  if (xTwips < 0) placed = 0;
  return { ...base, col: placed, placed: placed === col ? 'cell' : 'offset' };
}

