/**
 * What an Office document holds, read into one neutral form that the interpreter works on:
 * paragraphs and table rows in document order, each cell on the table's grid (merges resolved),
 * each shape placed in the grid column it sits over. A .docx and an .xlsx read into the same form.
 */

/** A flowchart symbol as drawn, from its preset geometry or VML type. */
export type ShapeKind = 'terminator' | 'process' | 'decision' | 'connector' | 'offpage' | 'line' | 'textbox' | 'other';

export interface SourceShape {
  kind: ShapeKind;
  /** The preset or VML name it came from ("flowChartDecision", "v:roundrect", "#_x0000_t110"). */
  geometry: string;
  /** Text inside the shape (a text box's label, a symbol's own text). */
  text: string;
  /** The grid column under the shape's centre. */
  col: number;
  /** How the column was found: the cell it is in, or its offset against the grid widths. */
  placed: 'cell' | 'offset';
  /** The drawing's own id of the shape ("<sheet>:<id>"), where connectors can refer to it. */
  id?: string;
}

/** A connector glued at both ends (Excel's a:stCxn / a:endCxn): an arrow from one shape to another. */
export interface SourceLink {
  from: string;
  to: string;
}

export interface SourcePara {
  text: string;
  /** Word's automatic numbering (w:numPr, directly or through the style). */
  numbered: boolean;
  level: number;
}

export interface SourceCell {
  /** First grid column (0-based) and the number of grid columns it covers. */
  col: number;
  span: number;
  /** Rows it covers (vMerge / merged range), at least 1. */
  rowSpan: number;
  paras: SourcePara[];
  /** The paragraphs joined by newlines. */
  text: string;
  /** Where it was, for messages: "tabel 2, baris 5, kolom 3" is made of these (1-based). */
  where: { table: number; row: number; col: number };
}

export interface SourceRow {
  /** 1-based table (docx) or sheet (xlsx) number and row number within it. */
  table: number;
  row: number;
  cells: SourceCell[];
  shapes: SourceShape[];
  /** Marked as a repeated header row (w:tblHeader). */
  repeatHeader: boolean;
  /** Grid column widths (any unit, used for proportions), when known. */
  grid: number[];
}

export type SourceItem = { kind: 'para'; para: SourcePara } | { kind: 'row'; row: SourceRow };

export interface SourceDoc {
  format: 'docx' | 'xlsx';
  items: SourceItem[];
  /** Shapes found outside any table (not placed on a grid). */
  looseShapes: number;
  /** Arrows whose ends are glued to shapes, where the format records them. */
  links?: SourceLink[];
}

/** A preset geometry name (DrawingML) to a symbol kind. */
export function kindOfPreset(prst: string, isTextBox = false): ShapeKind {
  const p = prst.toLowerCase();
  if (isTextBox) return 'textbox';
  if (/^flowchart(terminator|alternateprocess)$/.test(p) || p === 'roundrect' || p === 'ellipse') return 'terminator';
  if (p === 'flowchartprocess' || p === 'rect' || p === 'flowchartpredefinedprocess' || p === 'flowchartdocument' || p === 'flowchartmanualoperation') return 'process';
  if (p === 'flowchartdecision' || p === 'diamond') return 'decision';
  if (p === 'flowchartoffpageconnector' || p === 'homeplate') return 'offpage';
  if (p === 'flowchartconnector') return 'connector';
  if (/connector|^line$|arrow/.test(p)) return 'line';
  return 'other';
}

/** VML shape type numbers (o:spt / "#_x0000_tNNN") of the flowchart set. */
const VML_TYPES: Record<number, ShapeKind> = {
  1: 'process', // rect
  2: 'terminator', // roundrect
  3: 'terminator', // ellipse
  4: 'decision', // diamond
  20: 'line',
  32: 'line', // straight connector
  33: 'line',
  34: 'line',
  38: 'line',
  109: 'process',
  110: 'decision',
  116: 'terminator',
  120: 'connector',
  176: 'terminator', // flowChartAlternateProcess
  177: 'offpage',
  202: 'textbox',
};

export function kindOfVml(tag: string, type: string | undefined, isTextBox: boolean): ShapeKind {
  const name = tag.replace(/^v:/, '');
  if (name === 'roundrect' || name === 'oval') return 'terminator';
  if (name === 'line' || name === 'polyline' || name === 'curve') return 'line';
  if (name === 'rect') return isTextBox ? 'textbox' : 'process';
  const n = type ? Number(/(\d+)\s*$/.exec(type)?.[1]) : NaN;
  if (Number.isFinite(n) && VML_TYPES[n]) return VML_TYPES[n]!;
  return isTextBox ? 'textbox' : 'other';
}

/** Text with runs of whitespace as one space, trimmed (non-breaking spaces too). */
export function clean(text: string): string {
  return text.replace(/[\u00a0\u2007\u202f\t ]+/g, ' ').replace(/ *\n */g, '\n').trim();
}
