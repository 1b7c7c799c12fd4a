/**
 * Builders of real Office Open XML files for the tests of the .docx/.xlsx importer: small, valid
 * packages that Word, Excel and LibreOffice open, written the way those programs write them
 * (DrawingML shapes with a VML fallback, wpg groups, shared strings, drawing parts), plus a raw zip
 * builder for the corrupt and zip-bomb cases.
 */
import JSZip from 'jszip';

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

export interface ShapeSpec {
  /**
   * DrawingML preset geometry ('flowChartTerminator', 'flowChartProcess', 'flowChartDecision',
   * 'flowChartOffpageConnector', 'flowChartConnector', 'roundRect', 'rect', 'ellipse', 'diamond',
   * 'straightConnector1', 'line'), or 'textbox': a text box (prst "rect" with txBox="1").
   */
  prst: string;
  /** Text inside the shape; '\n' starts a new paragraph. */
  text?: string;
  /** Default 914400 x 457200 (1 in x 0.5 in). */
  widthEmu?: number;
  heightEmu?: number;
}

export interface DocxShape extends ShapeSpec {
  /** wp:anchor with wp:positionH; absent = wp:inline. */
  floating?: { relativeFrom: 'column' | 'page' | 'margin' | 'character'; offsetEmu: number };
  /** Only legacy VML (w:pict), no DrawingML. Wins over alternateContent. */
  vml?: boolean;
  /** DrawingML in mc:AlternateContent (Requires="wps", "wpg" for a group) with a VML mc:Fallback. */
  alternateContent?: boolean;
  /**
   * A group (wpg:wgp; v:group in VML) of these shapes, stacked top to bottom and centred; the
   * outer prst and text are ignored. The members' own floating/vml/alternateContent are ignored.
   */
  group?: DocxShape[];
}

export interface DocxPara {
  text?: string;
  runs?: string[];
  numbered?: { numId: 1 | 2 | 3; ilvl?: number };
  shapes?: DocxShape[];
  bold?: boolean;
  pageBreakBefore?: boolean;
}
export interface DocxCell { paras?: Array<DocxPara | string>; gridSpan?: number; vMerge?: 'restart' | 'continue'; widthTwips?: number }
export interface DocxRow { cells: DocxCell[]; header?: boolean /* w:tblHeader */ }
export interface DocxTable { grid: number[] /* w:gridCol widths in twips */; rows: DocxRow[]; indentTwips?: number; nested?: never }
export type DocxBlock = { para: DocxPara | string } | { table: DocxTable } | { pageBreak: true };
export interface DocxOptions { marginLeftTwips?: number /* default 1134 */; landscape?: boolean; pageWidthTwips?: number /* default 16838 landscape A4 / 11906 portrait */ }

export interface XlsxShape extends ShapeSpec {
  /** 0-based; offsets in EMU. */
  from: { col: number; row: number; colOff?: number; rowOff?: number };
  /** twoCellAnchor when given, else oneCellAnchor with xdr:ext. */
  to?: { col: number; row: number; colOff?: number; rowOff?: number };
  /** xdr:cxnSp instead of xdr:sp (a connector has no text). */
  connector?: boolean;
  /** xdr:grpSp of these (the anchor is the outer's; the members' from/to place them inside). */
  group?: XlsxShape[];
}
export interface XlsxSheet {
  name: string;
  /** A1 refs -> value; strings go to sharedStrings unless inlineStrings. */
  cells: Record<string, string | number>;
  /** 'D1:H1' */
  merges?: string[];
  /** Written to xl/drawings/drawingN.xml (N = the sheet's N) linked from the sheet. */
  shapes?: XlsxShape[];
  /** <cols> widths in characters, for columns A.. in order. */
  colWidths?: number[];
  /** t="inlineStr" instead of shared strings. */
  inlineStrings?: boolean;
}

/** A .docx of the given blocks. */
export async function buildDocx(blocks: DocxBlock[], options: DocxOptions = {}): Promise<Buffer> {
  const ctx: DocxCtx = { nextId: 1, anchors: 0 };
  const body = blocks.map((b) => blockXml(b, ctx));
  // Word always keeps a paragraph after a table that ends the body.
  const last = blocks[blocks.length - 1];
  if (last && 'table' in last) body.push('<w:p/>');

  const landscape = options.landscape ?? false;
  const width = options.pageWidthTwips ?? (landscape ? 16838 : 11906);
  const height = landscape ? 11906 : 16838;
  const left = options.marginLeftTwips ?? 1134;
  const sectPr =
    `<w:sectPr><w:pgSz w:w="${int(width)}" w:h="${height}"${landscape ? ' w:orient="landscape"' : ''}/>` +
    `<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="${int(left)}" w:header="709" w:footer="709" w:gutter="0"/>` +
    '<w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>';

  const document = `${XML_DECL}<w:document ${DOC_NS} mc:Ignorable="w14 wp14"><w:body>${body.join('')}${sectPr}</w:body></w:document>`;

  return buildZip({
    '[Content_Types].xml': contentTypes([], [
      ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
      ['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'],
      ['/word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml'],
    ]),
    '_rels/.rels': relationships([['rId1', `${REL}/officeDocument`, 'word/document.xml']]),
    'word/document.xml': document,
    'word/_rels/document.xml.rels': relationships([
      ['rId1', `${REL}/styles`, 'styles.xml'],
      ['rId2', `${REL}/numbering`, 'numbering.xml'],
    ]),
    'word/styles.xml': DOCX_STYLES,
    'word/numbering.xml': DOCX_NUMBERING,
  });
}

/** A .xlsx of the given sheets. */
export async function buildXlsx(sheets: XlsxSheet[]): Promise<Buffer> {
  if (!sheets.length) throw new Error('buildXlsx: a workbook needs at least one sheet');
  const strings = new SharedStrings();
  const entries: Record<string, string> = {};
  const overrides: Array<[string, string]> = [
    ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    ['/xl/styles.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml'],
    ['/xl/sharedStrings.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml'],
  ];
  const sheetParts: Record<string, string> = {};
  sheets.forEach((sheet, i) => {
    const n = i + 1;
    const hasDrawing = !!sheet.shapes?.length;
    overrides.push([`/xl/worksheets/sheet${n}.xml`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml']);
    sheetParts[`xl/worksheets/sheet${n}.xml`] = sheetXml(sheet, strings, hasDrawing);
    if (hasDrawing) {
      overrides.push([`/xl/drawings/drawing${n}.xml`, 'application/vnd.openxmlformats-officedocument.drawing+xml']);
      sheetParts[`xl/worksheets/_rels/sheet${n}.xml.rels`] = relationships([['rId1', `${REL}/drawing`, `../drawings/drawing${n}.xml`]]);
      sheetParts[`xl/drawings/drawing${n}.xml`] = drawingXml(sheet);
    }
  });

  entries['[Content_Types].xml'] = contentTypes([], overrides);
  entries['_rels/.rels'] = relationships([['rId1', `${REL}/officeDocument`, 'xl/workbook.xml']]);
  entries['xl/workbook.xml'] =
    `${XML_DECL}<workbook xmlns="${SSML}" xmlns:r="${R_NS}">` +
    '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192"/></bookViews><sheets>' +
    sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>';
  entries['xl/_rels/workbook.xml.rels'] = relationships([
    ...sheets.map((_, i): Rel => [`rId${i + 1}`, `${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]),
    [`rId${sheets.length + 1}`, `${REL}/styles`, 'styles.xml'],
    [`rId${sheets.length + 2}`, `${REL}/sharedStrings`, 'sharedStrings.xml'],
  ]);
  entries['xl/styles.xml'] = XLSX_STYLES;
  entries['xl/sharedStrings.xml'] = strings.xml();
  Object.assign(entries, sheetParts);
  return buildZip(entries);
}

/** A raw zip of the given entries (for corrupt/zip-bomb cases). compression: 'DEFLATE' default. */
export async function buildZip(entries: Record<string, string | Buffer>, options: { store?: boolean } = {}): Promise<Buffer> {
  const zip = new JSZip();
  const date = new Date(2024, 0, 1, 0, 0, 0); // fixed, so that the same entries give the same bytes
  for (const [name, data] of Object.entries(entries)) zip.file(name, data, { date, createFolders: false });
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: options.store ? 'STORE' : 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}

// ---------------------------------------------------------------------------------------------
// Shared
// ---------------------------------------------------------------------------------------------

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const R_NS = REL;
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const SSML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WPS_URI = 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape';
const WPG_URI = 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup';
const DOC_NS = [
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  `xmlns:r="${R_NS}"`,
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:w10="urn:schemas-microsoft-com:office:word"',
  `xmlns:w="${W_NS}"`,
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  `xmlns:wpg="${WPG_URI}"`,
  `xmlns:wps="${WPS_URI}"`,
  `xmlns:a="${A_NS}"`,
].join(' ');

const DEFAULT_W = 914400;
const DEFAULT_H = 457200;
/** The vertical gap between the members of a group. */
const GROUP_GAP = 228600;

// Characters XML 1.0 does not allow (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE/F).
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text escaped for XML content and double-quoted attributes. */
function esc(text: string): string {
  if (INVALID_XML.test(text)) throw new Error(`ooxml: text has a character XML cannot hold: ${JSON.stringify(text)}`);
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function int(n: number): number {
  if (!Number.isFinite(n)) throw new Error(`ooxml: not a finite number: ${n}`);
  return Math.round(n);
}

type Rel = [id: string, type: string, target: string];

function relationships(rels: Rel[]): string {
  return `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${esc(target)}"/>`).join('') +
    '</Relationships>';
}

function contentTypes(defaults: Array<[string, string]>, overrides: Array<[string, string]>): string {
  const all: Array<[string, string]> = [
    ['rels', 'application/vnd.openxmlformats-package.relationships+xml'],
    ['xml', 'application/xml'],
    ...defaults,
  ];
  return `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    all.map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join('') +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>';
}

const CONNECTORS = new Set(['straightConnector1', 'line', 'bentConnector2', 'bentConnector3', 'curvedConnector3']);
const isLine = (prst: string) => CONNECTORS.has(prst);
const geometryOf = (prst: string) => (prst === 'textbox' ? 'rect' : prst);

/** DrawingML a:xfrm, a:prstGeom, fill and outline (the inside of wps:spPr / xdr:spPr). */
function spPrInner(prst: string, box: Box): string {
  const line = isLine(prst);
  const fill = line ? '' : '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>';
  const arrow = prst === 'straightConnector1' ? '<a:tailEnd type="triangle"/>' : '';
  return `<a:xfrm><a:off x="${int(box.x)}" y="${int(box.y)}"/><a:ext cx="${int(box.cx)}" cy="${int(box.cy)}"/></a:xfrm>` +
    `<a:prstGeom prst="${esc(geometryOf(prst))}"><a:avLst/></a:prstGeom>${fill}` +
    `<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill>${arrow}</a:ln>`;
}

interface Box { x: number; y: number; cx: number; cy: number }

/** The lines of a shape's text, or null when the shape has none. A text box always has some. */
function textLines(s: ShapeSpec): string[] | null {
  if (s.text === undefined) return s.prst === 'textbox' ? [''] : null;
  return s.text.split('\n');
}

// ---------------------------------------------------------------------------------------------
// docx
// ---------------------------------------------------------------------------------------------

interface DocxCtx { nextId: number; anchors: number }

function blockXml(block: DocxBlock, ctx: DocxCtx): string {
  if ('pageBreak' in block) return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  if ('table' in block) return tableXml(block.table, ctx);
  return paraXml(block.para, ctx);
}

function paraXml(input: DocxPara | string, ctx: DocxCtx, jc?: 'center'): string {
  const p: DocxPara = typeof input === 'string' ? { text: input } : input;
  let pPr = '';
  if (p.numbered) pPr += '<w:pStyle w:val="ListParagraph"/>';
  if (p.pageBreakBefore) pPr += '<w:pageBreakBefore/>';
  if (p.numbered) pPr += `<w:numPr><w:ilvl w:val="${int(p.numbered.ilvl ?? 0)}"/><w:numId w:val="${p.numbered.numId}"/></w:numPr>`;
  if (jc) pPr += `<w:jc w:val="${jc}"/>`;
  if (p.bold) pPr += '<w:rPr><w:b/></w:rPr>';
  const runs: string[] = [];
  if (p.text !== undefined) runs.push(runXml(p.text, !!p.bold));
  for (const r of p.runs ?? []) runs.push(runXml(r, !!p.bold));
  for (const s of p.shapes ?? []) runs.push(shapeRunXml(s, ctx));
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs.join('')}</w:p>`;
}

/** One w:r; '\n' becomes w:br and '\t' w:tab. */
function runXml(text: string, bold: boolean): string {
  const parts = text.split(/(\n|\t)/).filter((t) => t !== '').map((t) =>
    t === '\n' ? '<w:br/>' : t === '\t' ? '<w:tab/>' : `<w:t xml:space="preserve">${esc(t)}</w:t>`);
  return `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}${parts.join('')}</w:r>`;
}

function tableXml(t: DocxTable, ctx: DocxCtx): string {
  if (!t.grid.length) throw new Error('buildDocx: a table needs at least one w:gridCol');
  const total = t.grid.reduce((a, b) => a + b, 0);
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
  const tblPr =
    `<w:tblPr><w:tblW w:w="${int(total)}" w:type="dxa"/>` +
    (t.indentTwips !== undefined ? `<w:tblInd w:w="${int(t.indentTwips)}" w:type="dxa"/>` : '') +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>';
  const grid = `<w:tblGrid>${t.grid.map((w) => `<w:gridCol w:w="${int(w)}"/>`).join('')}</w:tblGrid>`;
  const rows = t.rows.map((row, r) => {
    let col = 0;
    const cells = row.cells.map((cell) => {
      const span = cell.gridSpan ?? 1;
      if (span < 1 || col + span > t.grid.length) {
        throw new Error(`buildDocx: row ${r + 1} spans more columns than the grid's ${t.grid.length}`);
      }
      const width = cell.widthTwips ?? t.grid.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const tcPr =
        `<w:tcPr><w:tcW w:w="${int(width)}" w:type="dxa"/>` +
        (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '') +
        (cell.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : cell.vMerge === 'continue' ? '<w:vMerge/>' : '') +
        '</w:tcPr>';
      // Word requires a paragraph in every cell, even a merged-away one.
      const paras = cell.paras?.length ? cell.paras.map((p) => paraXml(p, ctx)).join('') : '<w:p/>';
      return `<w:tc>${tcPr}${paras}</w:tc>`;
    });
    const trPr = row.header ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
    return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
  });
  return `<w:tbl>${tblPr}${grid}${rows.join('')}</w:tbl>`;
}

/** A laid-out shape: a box inside its parent group (or at 0,0 on its own). */
interface Placed { shape: DocxShape; box: Box; members?: Placed[]; chExt?: { cx: number; cy: number } }

/** Lays a shape (and a group's members, stacked top to bottom, centred) out at x, y. */
function place(shape: DocxShape, x: number, y: number): Placed {
  if (!shape.group) return { shape, box: { x, y, cx: shape.widthEmu ?? DEFAULT_W, cy: shape.heightEmu ?? DEFAULT_H } };
  const sized = shape.group.map((m) => place(m, 0, 0));
  const width = sized.length ? Math.max(...sized.map((m) => m.box.cx)) : DEFAULT_W;
  let top = 0;
  const members = sized.map((m) => {
    const placed = place(m.shape, (width - m.box.cx) / 2, top);
    top += m.box.cy + GROUP_GAP;
    return placed;
  });
  const height = members.length ? top - GROUP_GAP : DEFAULT_H;
  return {
    shape,
    box: { x, y, cx: shape.widthEmu ?? width, cy: shape.heightEmu ?? height },
    members,
    chExt: { cx: width, cy: height },
  };
}

function shapeRunXml(shape: DocxShape, ctx: DocxCtx): string {
  const placed = place(shape, 0, 0);
  if (shape.vml) return `<w:r>${pictXml(placed, ctx)}</w:r>`;
  const drawing = drawingXml2(placed, ctx);
  if (!shape.alternateContent) return `<w:r>${drawing}</w:r>`;
  const fallback = pictXml(placed, ctx);
  return `<w:r><mc:AlternateContent><mc:Choice Requires="${shape.group ? 'wpg' : 'wps'}">${drawing}</mc:Choice>` +
    `<mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent></w:r>`;
}

const hex8 = (n: number) => (0x10000000 + n * 0x1357).toString(16).toUpperCase().padStart(8, '0');

/** The w:drawing of a top-level DrawingML shape or group. */
function drawingXml2(placed: Placed, ctx: DocxCtx): string {
  const { shape, box } = placed;
  const docId = ctx.nextId++;
  const name = shape.group ? `Group ${docId}` : `${shapeName(shape.prst)} ${docId}`;
  const graphic = shape.group
    ? `<a:graphicData uri="${WPG_URI}">${wgpXml(placed, ctx)}</a:graphicData>`
    : `<a:graphicData uri="${WPS_URI}">${wspXml(placed, ctx, false)}</a:graphicData>`;
  const tail =
    `<wp:docPr id="${docId}" name="${esc(name)}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="${A_NS}">${graphic}</a:graphic>`;
  const extent = `<wp:extent cx="${int(box.cx)}" cy="${int(box.cy)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>`;
  const ids = `wp14:anchorId="${hex8(docId)}" wp14:editId="${hex8(docId + 7)}"`;
  if (!shape.floating) {
    return `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" ${ids}>${extent}${tail}</wp:inline></w:drawing>`;
  }
  const z = 251659264 + 1024 * ctx.anchors++;
  return '<w:drawing>' +
    `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${z}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" ${ids}>` +
    '<wp:simplePos x="0" y="0"/>' +
    `<wp:positionH relativeFrom="${shape.floating.relativeFrom}"><wp:posOffset>${int(shape.floating.offsetEmu)}</wp:posOffset></wp:positionH>` +
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
    `${extent}<wp:wrapNone/>${tail}` +
    '<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>' +
    '<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>' +
    '</wp:anchor></w:drawing>';
}

function shapeName(prst: string): string {
  if (prst === 'textbox') return 'Text Box';
  if (isLine(prst)) return 'Straight Connector';
  return prst.replace(/^flowChart/, 'Flowchart: ').replace(/^./, (c) => c.toUpperCase());
}

/** wps:wsp; inside a group it carries its own wps:cNvPr. */
function wspXml(placed: Placed, ctx: DocxCtx, inGroup: boolean): string {
  const { shape, box } = placed;
  const id = inGroup ? ctx.nextId++ : 0;
  const cNvPr = inGroup ? `<wps:cNvPr id="${id}" name="${esc(`${shapeName(shape.prst)} ${id}`)}"/>` : '';
  const nv = isLine(shape.prst) ? '<wps:cNvCnPr/>' : shape.prst === 'textbox' ? '<wps:cNvSpPr txBox="1"/>' : '<wps:cNvSpPr/>';
  const lines = textLines(shape);
  const txbx = lines ? `<wps:txbx>${txbxContent(lines, shape.prst !== 'textbox', ctx)}</wps:txbx>` : '';
  const anchor = shape.prst === 'textbox' ? 't' : 'ctr';
  return `<wps:wsp>${cNvPr}${nv}<wps:spPr>${spPrInner(shape.prst, box)}</wps:spPr>${txbx}` +
    `<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="${anchor}" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>`;
}

function txbxContent(lines: string[], centre: boolean, ctx: DocxCtx): string {
  return `<w:txbxContent>${lines.map((l) => paraXml(l, ctx, centre ? 'center' : undefined)).join('')}</w:txbxContent>`;
}

function groupXfrm(placed: Placed): string {
  const { box } = placed;
  const ch = placed.chExt!;
  return `<a:xfrm><a:off x="${int(box.x)}" y="${int(box.y)}"/><a:ext cx="${int(box.cx)}" cy="${int(box.cy)}"/>` +
    `<a:chOff x="${int(box.x)}" y="${int(box.y)}"/><a:chExt cx="${int(ch.cx)}" cy="${int(ch.cy)}"/></a:xfrm>`;
}

/** The group's members' coordinates are relative to chOff = the group's own offset. */
function offsetMembers(placed: Placed): Placed[] {
  return (placed.members ?? []).map((m) => shift(m, placed.box.x, placed.box.y));
}

function shift(p: Placed, dx: number, dy: number): Placed {
  return { ...p, box: { ...p.box, x: p.box.x + dx, y: p.box.y + dy }, members: p.members?.map((m) => shift(m, dx, dy)) };
}

function wgpXml(placed: Placed, ctx: DocxCtx): string {
  return `<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr>${groupXfrm(placed)}</wpg:grpSpPr>${membersXml(placed, ctx)}</wpg:wgp>`;
}

function membersXml(placed: Placed, ctx: DocxCtx): string {
  return offsetMembers(placed).map((m) => {
    if (!m.shape.group) return wspXml(m, ctx, true);
    const id = ctx.nextId++;
    return `<wpg:grpSp><wpg:cNvPr id="${id}" name="Group ${id}"/><wpg:cNvGrpSpPr/><wpg:grpSpPr>${groupXfrm(m)}</wpg:grpSpPr>${membersXml(m, ctx)}</wpg:grpSp>`;
  }).join('');
}

// --- VML -------------------------------------------------------------------------------------

interface ShapeType { spt: number; path: string; extra?: string; inner: string }

const RECT_PATH = 'm,l,21600r21600,l21600,xe';
const STD_INNER = (textboxrect = '') =>
  `<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"${textboxrect ? ` textboxrect="${textboxrect}"` : ''}/>`;

/** The legacy VML shape types Word writes for the presets that have no VML element of their own. */
const SHAPE_TYPES: Record<string, ShapeType> = {
  textbox: { spt: 202, path: RECT_PATH, inner: STD_INNER() },
  flowChartProcess: { spt: 109, path: RECT_PATH, inner: STD_INNER() },
  flowChartDecision: { spt: 110, path: 'm10800,l,10800,10800,21600,21600,10800xe', inner: STD_INNER('5400,5400,16200,16200') },
  flowChartTerminator: { spt: 116, path: 'm3475,qx,10800,3475,21600l18125,21600qx21600,10800,18125,xe', inner: STD_INNER('1018,3163,20582,18437') },
  flowChartConnector: { spt: 120, path: 'm10800,qx,10800,10800,21600,21600,10800,10800,xe', inner: '<v:path gradientshapeok="t" o:connecttype="custom" o:connectlocs="10800,0;3163,3163;0,10800;3163,18437;10800,21600;18437,18437;21600,10800;18437,3163" textboxrect="3163,3163,18437,18437"/>' },
  flowChartOffpageConnector: { spt: 177, path: 'm,l21600,r,17255l10800,21600,,17255xe', inner: '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="custom" o:connectlocs="10800,0;0,10800;10800,21600;21600,10800" textboxrect="0,0,21600,17255"/>' },
  diamond: { spt: 4, path: 'm10800,l,10800,10800,21600,21600,10800xe', inner: STD_INNER('5400,5400,16200,16200') },
  straightConnector1: { spt: 32, path: 'm,l21600,21600e', extra: ' o:oned="t" filled="f"', inner: '<v:path arrowok="t" fillok="f" o:connecttype="none"/><o:lock v:ext="edit" shapetype="t"/>' },
};

function shapeTypeXml(prst: string): string {
  const t = SHAPE_TYPES[prst]!;
  return `<v:shapetype id="_x0000_t${t.spt}" coordsize="21600,21600" o:spt="${t.spt}"${t.extra ?? ''} path="${t.path}">${t.inner}</v:shapetype>`;
}

function collectPrsts(placed: Placed, into: Set<string>): Set<string> {
  if (placed.members) placed.members.forEach((m) => collectPrsts(m, into));
  else if (SHAPE_TYPES[placed.shape.prst]) into.add(placed.shape.prst);
  return into;
}

const pt = (emu: number) => `${Math.round((emu / 12700) * 100) / 100}pt`;
/** Group coordinates in twips (EMU / 635), integers as VML wants. */
const tw = (emu: number) => Math.round(emu / 635);

const VML_RELATIVE = { column: 'text', page: 'page', margin: 'margin', character: 'char' } as const;

/** The w:pict of a top-level shape or group: shape types first, then the shape. */
function pictXml(placed: Placed, ctx: DocxCtx): string {
  const { shape, box } = placed;
  const f = shape.floating;
  const style = f
    ? `position:absolute;margin-left:${pt(f.offsetEmu)};margin-top:0;width:${pt(box.cx)};height:${pt(box.cy)};z-index:${ctx.anchors + 1};` +
      `mso-position-horizontal-relative:${VML_RELATIVE[f.relativeFrom]};mso-position-vertical-relative:text`
    : `width:${pt(box.cx)};height:${pt(box.cy)}`;
  const types = [...collectPrsts(placed, new Set())].map(shapeTypeXml).join('');
  const lineEnds = { from: '0,0', to: `${pt(box.cx)},${pt(box.cy)}` };
  const body = shape.group ? vmlGroup(placed, style, ctx) : vmlShape(placed, style, lineEnds, ctx);
  return `<w:pict>${types}${body}</w:pict>`;
}

function vmlGroup(placed: Placed, style: string, ctx: DocxCtx): string {
  const n = ctx.nextId++;
  const ch = placed.chExt!;
  const members = (placed.members ?? []).map((m) => {
    const s = `position:absolute;left:${tw(m.box.x)};top:${tw(m.box.y)};width:${tw(m.box.cx)};height:${tw(m.box.cy)}`;
    if (m.shape.group) return vmlGroup(m, s, ctx);
    const ends = { from: `${tw(m.box.x)},${tw(m.box.y)}`, to: `${tw(m.box.x + m.box.cx)},${tw(m.box.y + m.box.cy)}` };
    return vmlShape(m, s, ends, ctx);
  }).join('');
  return `<v:group id="Group ${n}" o:spid="_x0000_s${1025 + n}" style="${style}" coordorigin="0,0" coordsize="${tw(ch.cx)},${tw(ch.cy)}">${members}</v:group>`;
}

function vmlShape(placed: Placed, style: string, ends: { from: string; to: string }, ctx: DocxCtx): string {
  const { shape } = placed;
  const n = ctx.nextId++;
  const ids = `id="${esc(`${shapeName(shape.prst)} ${n}`)}" o:spid="_x0000_s${1025 + n}"`;
  const lines = textLines(shape);
  const textbox = lines ? `<v:textbox>${txbxContent(lines, shape.prst !== 'textbox', ctx)}</v:textbox>` : '';
  const closed = 'fillcolor="white" strokecolor="black" strokeweight=".75pt"';
  if (shape.prst === 'line') {
    return `<v:line ${ids} style="${style.replace(/;?width:[^;]*;height:[^;]*/, '')}" from="${ends.from}" to="${ends.to}" strokecolor="black" strokeweight=".75pt">${textbox}</v:line>`;
  }
  if (shape.prst === 'straightConnector1') {
    return `<v:shape ${ids} type="#_x0000_t32" style="${style}" o:connectortype="straight" filled="f" strokecolor="black" strokeweight=".75pt"><v:stroke endarrow="block"/>${textbox}</v:shape>`;
  }
  if (SHAPE_TYPES[shape.prst]) {
    const t = SHAPE_TYPES[shape.prst]!;
    return `<v:shape ${ids} type="#_x0000_t${t.spt}" style="${style}" ${closed}>${textbox}</v:shape>`;
  }
  if (shape.prst === 'roundRect') return `<v:roundrect ${ids} style="${style}" arcsize="10923f" ${closed}>${textbox}</v:roundrect>`;
  if (shape.prst === 'ellipse') return `<v:oval ${ids} style="${style}" ${closed}>${textbox}</v:oval>`;
  return `<v:rect ${ids} style="${style}" ${closed}>${textbox}</v:rect>`; // 'rect' and presets VML has no form of
}

const DOCX_STYLES = `${XML_DECL}<w:styles xmlns:w="${W_NS}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>' +
  '<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="id-ID" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>' +
  '<w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>' +
  '<w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>' +
  '<w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
  '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/>' +
  '<w:semiHidden/><w:unhideWhenUsed/></w:style>' +
  '</w:styles>';

/** numId 1: decimal "%1." (every level "%n." decimal); 2: lowerLetter; 3: bullet. */
const DOCX_NUMBERING = (() => {
  const levels = (fmt: 'decimal' | 'lowerLetter' | 'bullet') => Array.from({ length: 9 }, (_, i) => {
    const text = fmt === 'bullet' ? '\u2022' : `%${i + 1}.`;
    return `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
      `<w:pPr><w:ind w:left="${720 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
  }).join('');
  const formats = ['decimal', 'lowerLetter', 'bullet'] as const;
  return `${XML_DECL}<w:numbering xmlns:w="${W_NS}">` +
    formats.map((fmt, i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/>${levels(fmt)}</w:abstractNum>`).join('') +
    formats.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`).join('') +
    '</w:numbering>';
})();

// ---------------------------------------------------------------------------------------------
// xlsx
// ---------------------------------------------------------------------------------------------

class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;
  add(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.index.size));
    return i;
  }
  xml(): string {
    return `${XML_DECL}<sst xmlns="${SSML}" count="${this.count}" uniqueCount="${this.index.size}">` +
      [...this.index.keys()].map((t) => `<si>${tXml(t)}</si>`).join('') + '</sst>';
  }
}

function tXml(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
  return `<t${preserve}>${esc(text)}</t>`;
}

function colLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseRef(ref: string): { col: number; row: number } {
  const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(ref.toUpperCase());
  if (!m) throw new Error(`buildXlsx: not an A1 cell reference: ${JSON.stringify(ref)}`);
  let col = 0;
  for (const c of m[1]!) col = col * 26 + (c.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(m[2]) };
}

function sheetXml(sheet: XlsxSheet, strings: SharedStrings, hasDrawing: boolean): string {
  const cells = Object.entries(sheet.cells).map(([ref, value]) => ({ ...parseRef(ref), value }));
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  const rows = new Map<number, typeof cells>();
  for (const c of cells) {
    const list = rows.get(c.row) ?? [];
    if (list.some((d) => d.col === c.col)) throw new Error(`buildXlsx: cell ${colLetters(c.col)}${c.row} given twice`);
    list.push(c);
    rows.set(c.row, list);
  }
  const sheetData = [...rows].map(([r, list]) => `<row r="${r}">` + list.map((c) => {
    const ref = `${colLetters(c.col)}${c.row}`;
    if (typeof c.value === 'number') {
      if (!Number.isFinite(c.value)) throw new Error(`buildXlsx: ${ref} is not a finite number`);
      return `<c r="${ref}"><v>${c.value}</v></c>`;
    }
    if (sheet.inlineStrings) return `<c r="${ref}" t="inlineStr"><is>${tXml(c.value)}</is></c>`;
    return `<c r="${ref}" t="s"><v>${strings.add(c.value)}</v></c>`;
  }).join('') + '</row>').join('');

  const dimension = cells.length
    ? `${colLetters(Math.min(...cells.map((c) => c.col)))}${cells[0]!.row}:${colLetters(Math.max(...cells.map((c) => c.col)))}${cells[cells.length - 1]!.row}`
    : 'A1';
  const cols = sheet.colWidths?.length
    ? `<cols>${sheet.colWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => {
      const [a, b] = m.split(':');
      if (!a || !b) throw new Error(`buildXlsx: not a merge range: ${JSON.stringify(m)}`);
      parseRef(a);
      parseRef(b);
      return `<mergeCell ref="${m.toUpperCase()}"/>`;
    }).join('')}</mergeCells>`
    : '';
  return `${XML_DECL}<worksheet xmlns="${SSML}" xmlns:r="${R_NS}">` +
    `<dimension ref="${dimension}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${sheetData}</sheetData>${merges}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (hasDrawing ? '<drawing r:id="rId1"/>' : '') +
    '</worksheet>';
}

/** EMU of a column's left edge, from the <cols> widths (Excel's pixel rule, Calibri 11's 7 px digit). */
function colX(sheet: XlsxSheet, col: number): number {
  let x = 0;
  for (let i = 0; i < col; i++) {
    const w = sheet.colWidths?.[i];
    const px = w === undefined ? 64 : Math.trunc(((256 * w + Math.trunc(128 / 7)) / 256) * 7);
    x += px * 9525;
  }
  return x;
}

const ROW_EMU = 190500; // 15 pt = 20 px

type CellPoint = { col: number; row: number; colOff?: number; rowOff?: number };
const pointX = (sheet: XlsxSheet, p: CellPoint) => colX(sheet, p.col) + (p.colOff ?? 0);
const pointY = (p: CellPoint) => p.row * ROW_EMU + (p.rowOff ?? 0);

/** The shape's box in sheet EMU: from its anchor, sized by `to` or widthEmu/heightEmu (a group by its members). */
function xlsxBox(sheet: XlsxSheet, s: XlsxShape): Box {
  const x = pointX(sheet, s.from);
  const y = pointY(s.from);
  if (s.to) return { x, y, cx: Math.max(0, pointX(sheet, s.to) - x), cy: Math.max(0, pointY(s.to) - y) };
  if (s.group?.length && s.widthEmu === undefined && s.heightEmu === undefined) {
    const b = bounds(s.group.map((m) => xlsxBox(sheet, m)));
    return { x, y, cx: b.cx, cy: b.cy };
  }
  return { x, y, cx: s.widthEmu ?? DEFAULT_W, cy: s.heightEmu ?? DEFAULT_H };
}

function bounds(boxes: Box[]): Box {
  if (!boxes.length) return { x: 0, y: 0, cx: DEFAULT_W, cy: DEFAULT_H };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, cx: Math.max(...boxes.map((b) => b.x + b.cx)) - x, cy: Math.max(...boxes.map((b) => b.y + b.cy)) - y };
}

function drawingXml(sheet: XlsxSheet): string {
  const ids = { next: 2 };
  const anchors = (sheet.shapes ?? []).map((s) => {
    const from = anchorPoint('from', s.from);
    const content = xdrShape(sheet, s, ids, xlsxBox(sheet, s));
    if (s.to) return `<xdr:twoCellAnchor editAs="oneCell">${from}${anchorPoint('to', s.to)}${content}<xdr:clientData/></xdr:twoCellAnchor>`;
    const box = xlsxBox(sheet, s);
    return `<xdr:oneCellAnchor>${from}<xdr:ext cx="${int(box.cx)}" cy="${int(box.cy)}"/>${content}<xdr:clientData/></xdr:oneCellAnchor>`;
  });
  return `${XML_DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A_NS}">` +
    `${anchors.join('')}</xdr:wsDr>`;
}

function anchorPoint(tag: 'from' | 'to', p: CellPoint): string {
  return `<xdr:${tag}><xdr:col>${int(p.col)}</xdr:col><xdr:colOff>${int(p.colOff ?? 0)}</xdr:colOff>` +
    `<xdr:row>${int(p.row)}</xdr:row><xdr:rowOff>${int(p.rowOff ?? 0)}</xdr:rowOff></xdr:${tag}>`;
}

/** xdr:sp, xdr:cxnSp or xdr:grpSp, at `box` (sheet EMU; a group's members at their own anchors). */
function xdrShape(sheet: XlsxSheet, s: XlsxShape, ids: { next: number }, box: Box): string {
  const id = ids.next++;
  if (s.group) {
    const memberBoxes = s.group.map((m) => xlsxBox(sheet, m));
    const ch = bounds(memberBoxes);
    const members = s.group.map((m, i) => xdrShape(sheet, m, ids, memberBoxes[i]!)).join('');
    return `<xdr:grpSp><xdr:nvGrpSpPr><xdr:cNvPr id="${id}" name="Group ${id - 1}"/><xdr:cNvGrpSpPr/></xdr:nvGrpSpPr>` +
      `<xdr:grpSpPr><a:xfrm><a:off x="${int(box.x)}" y="${int(box.y)}"/><a:ext cx="${int(box.cx)}" cy="${int(box.cy)}"/>` +
      `<a:chOff x="${int(ch.x)}" y="${int(ch.y)}"/><a:chExt cx="${int(ch.cx)}" cy="${int(ch.cy)}"/></a:xfrm></xdr:grpSpPr>` +
      `${members}</xdr:grpSp>`;
  }
  const name = esc(`${shapeName(s.prst)} ${id - 1}`);
  if (s.connector) {
    if (s.text !== undefined) throw new Error('buildXlsx: a connector (xdr:cxnSp) cannot hold text');
    return `<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="${id}" name="${name}"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr>` +
      `<xdr:spPr>${spPrInner(s.prst, box)}</xdr:spPr></xdr:cxnSp>`;
  }
  const lines = textLines(s);
  const txBody = lines
    ? `<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="${s.prst === 'textbox' ? 't' : 'ctr'}"/><a:lstStyle/>` +
      lines.map((l) => `<a:p>${s.prst === 'textbox' ? '' : '<a:pPr algn="ctr"/>'}` +
        (l ? `<a:r><a:rPr lang="id-ID" sz="1100"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:rPr><a:t>${esc(l)}</a:t></a:r>` : '') +
        '<a:endParaRPr lang="id-ID" sz="1100"/></a:p>').join('') +
      '</xdr:txBody>'
    : '';
  const cNvSpPr = s.prst === 'textbox' ? '<xdr:cNvSpPr txBox="1"/>' : '<xdr:cNvSpPr/>';
  return `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="${name}"/>${cNvSpPr}</xdr:nvSpPr>` +
    `<xdr:spPr>${spPrInner(s.prst, box)}</xdr:spPr>${txBody}</xdr:sp>`;
}

const XLSX_STYLES = `${XML_DECL}<styleSheet xmlns="${SSML}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '</styleSheet>';
