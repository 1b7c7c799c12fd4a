import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx, buildXlsx, buildZip, type DocxBlock, type XlsxSheet } from './ooxml.js';

const SOFFICE = '/usr/bin/soffice';

async function entries(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) out[name] = await zip.file(name)!.async('string');
  return out;
}

function expectValidXml(name: string, xml: string): void {
  const result = XMLValidator.validate(xml);
  expect(result === true ? true : `${name}: ${JSON.stringify(result.err)}`).toBe(true);
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

const DOCX_BLOCKS: DocxBlock[] = [
  { para: { text: 'Judul <SOP> & "uji"', bold: true } },
  { para: { text: 'Langkah pertama', numbered: { numId: 1 } } },
  { para: { runs: ['Sub ', 'langkah'], numbered: { numId: 2, ilvl: 1 } } },
  { para: { text: 'Butir', numbered: { numId: 3 } } },
  {
    table: {
      grid: [1000, 3000, 2000, 2000],
      indentTwips: 108,
      rows: [
        { header: true, cells: [{ paras: ['No'] }, { paras: ['Kegiatan'] }, { paras: ['Pelaksana'], gridSpan: 2 }] },
        {
          cells: [
            { paras: ['1'], vMerge: 'restart' },
            { paras: ['Menerima berkas'] },
            { paras: [{ shapes: [{ prst: 'flowChartTerminator', text: 'Mulai', floating: { relativeFrom: 'column', offsetEmu: 100000 } }] }] },
            {},
          ],
        },
        {
          cells: [
            { vMerge: 'continue' },
            { paras: ['Memeriksa'] },
            { paras: [{ shapes: [{ prst: 'flowChartDecision', text: 'Lengkap?', vml: true }] }] },
            { paras: [{ shapes: [{ prst: 'flowChartProcess', text: 'Proses', alternateContent: true, floating: { relativeFrom: 'page', offsetEmu: 5000000 } }] }] },
          ],
        },
      ],
    },
  },
  { pageBreak: true },
  {
    para: {
      text: 'Bentuk',
      shapes: [
        { prst: 'textbox', text: 'Catatan\nbaris dua' },
        { prst: 'roundRect', text: 'VML bulat', vml: true, floating: { relativeFrom: 'margin', offsetEmu: 0 } },
        { prst: 'ellipse', vml: true },
        { prst: 'straightConnector1', alternateContent: true, floating: { relativeFrom: 'character', offsetEmu: 0 }, widthEmu: 0, heightEmu: 600000 },
        {
          prst: 'rect',
          alternateContent: true,
          floating: { relativeFrom: 'column', offsetEmu: 2000000 },
          group: [
            { prst: 'flowChartTerminator', text: 'Selesai' },
            { prst: 'line', widthEmu: 0, heightEmu: 300000 },
            { prst: 'flowChartOffpageConnector', text: 'A' },
            { prst: 'rect', group: [{ prst: 'flowChartConnector', text: '1' }, { prst: 'diamond' }] },
          ],
        },
      ],
    },
  },
  { para: { text: 'Halaman baru', pageBreakBefore: true } },
];

const XLSX_SHEETS: XlsxSheet[] = [
  {
    name: 'SOP & <1>',
    cells: { AA1: 'jauh', B1: 'Kegiatan', A1: 'No', D1: 'Pelaksana', A10: 10, A2: 1, B2: ' spasi ', C2: 'Kegiatan' },
    merges: ['D1:H1'],
    colWidths: [5, 40, 12],
    shapes: [
      { prst: 'flowChartTerminator', text: 'Mulai', from: { col: 3, row: 1, colOff: 9525 }, to: { col: 4, row: 3 } },
      { prst: 'textbox', text: 'Catatan', from: { col: 5, row: 1 } },
      { prst: 'straightConnector1', connector: true, from: { col: 3, row: 3 }, to: { col: 3, row: 5, colOff: 100 } },
      {
        prst: 'rect',
        from: { col: 6, row: 1 },
        to: { col: 8, row: 8 },
        group: [
          { prst: 'flowChartDecision', text: 'Ya?', from: { col: 6, row: 1 }, to: { col: 8, row: 4 } },
          { prst: 'flowChartProcess', text: 'Proses', from: { col: 6, row: 5 }, to: { col: 8, row: 8 } },
        ],
      },
    ],
  },
  { name: 'Inline', cells: { A1: 'teks <inline>', B1: 2.5 }, inlineStrings: true },
];

describe('buildDocx', () => {
  it('writes every part of a package Word opens', async () => {
    const files = await entries(await buildDocx(DOCX_BLOCKS));
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/numbering.xml']) {
      expect(files, name).toHaveProperty([name]);
      expectValidXml(name, files[name]!);
    }
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
    expect(files['[Content_Types].xml']).toContain('PartName="/word/numbering.xml"');
    expect(files['word/numbering.xml']).toMatch(/<w:abstractNum w:abstractNumId="0">.*?<w:numFmt w:val="decimal"\/><w:lvlText w:val="%1."\/>/);
    expect(files['word/numbering.xml']).toMatch(/<w:abstractNum w:abstractNumId="1">.*?<w:numFmt w:val="lowerLetter"\/><w:lvlText w:val="%1."\/>/);
    expect(files['word/numbering.xml']).toMatch(/<w:abstractNum w:abstractNumId="2">.*?<w:numFmt w:val="bullet"\/>/);
    expect(files['word/numbering.xml']).toContain('<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>');
  });

  it('writes tables, numbering, shapes and escaped text into document.xml', async () => {
    const doc = (await entries(await buildDocx(DOCX_BLOCKS)))['word/document.xml']!;
    expectValidXml('document.xml', doc);
    expect(doc).toContain('mc:Ignorable="w14 wp14"');
    expect(doc).toContain('Judul &lt;SOP&gt; &amp; &quot;uji&quot;');
    expect(doc).toContain('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>');
    expect(doc).toContain('<w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr>');
    expect(doc).toContain('<w:gridSpan w:val="2"/>');
    expect(doc).toContain('<w:tcW w:w="4000" w:type="dxa"/><w:gridSpan w:val="2"/>');
    expect(doc).toContain('<w:vMerge w:val="restart"/>');
    expect(doc).toContain('<w:vMerge/>');
    expect(doc).toContain('<w:trPr><w:tblHeader/></w:trPr>');
    expect(doc).toContain('<w:tblInd w:w="108" w:type="dxa"/>');
    expect(doc).toMatch(/<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"\/><\/w:tcPr><w:p\/><\/w:tc>/); // empty cell
    expect(doc).toContain('<w:pageBreakBefore/>');
    expect(doc).toContain('<w:br w:type="page"/>');
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(doc).toContain('w:left="1134"');

    for (const prst of ['flowChartTerminator', 'flowChartProcess', 'rect', 'straightConnector1', 'flowChartOffpageConnector', 'flowChartConnector', 'diamond', 'line']) {
      expect(doc, prst).toContain(`<a:prstGeom prst="${prst}">`);
    }
    // VML-only shapes have no DrawingML at all.
    expect(doc).not.toContain('prst="flowChartDecision"');
    expect(doc).not.toContain('prst="roundRect"');
    expect(doc).toContain('type="#_x0000_t110"');
    expect(doc).toContain('<v:shapetype id="_x0000_t110"');
    expect(doc).toMatch(/<v:roundrect [^>]*mso-position-horizontal-relative:margin[^>]*><v:textbox><w:txbxContent>.*?VML bulat/);
    expect(doc).toContain('<v:oval ');
    expect(doc).toContain('<wps:cNvSpPr txBox="1"/>');
    expect(doc).toMatch(/<wps:txbx><w:txbxContent><w:p><w:r><w:t xml:space="preserve">Catatan<\/w:t><\/w:r><\/w:p><w:p><w:r><w:t xml:space="preserve">baris dua/);
    expect(doc).toContain('<wp:inline ');
    expect(doc).toMatch(/<wp:anchor [^>]*><wp:simplePos x="0" y="0"\/><wp:positionH relativeFrom="column"><wp:posOffset>100000<\/wp:posOffset><\/wp:positionH><wp:positionV relativeFrom="paragraph">/);
    expect(doc).toContain('<wp:positionH relativeFrom="page"><wp:posOffset>5000000</wp:posOffset>');
    expect(doc).toContain('<wp:positionH relativeFrom="character">');
    expect(doc).toContain('<wp:wrapNone/>');
    expect(doc).toContain('<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>');
    expect(doc).toContain('<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>');
    expect(doc).toContain('<mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing>');
    expect(count(doc, '<mc:Fallback><w:pict>')).toBe(3);
    expect(doc).toContain('<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm>');
    expect(doc).toContain('<wpg:grpSp><wpg:cNvPr ');
    expect(doc).toContain('<v:group ');

    const docPrIds = [...doc.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1]);
    expect(docPrIds.length).toBe(5); // the DrawingML shapes and groups, not the VML-only ones
    const allIds = [...doc.matchAll(/<(?:wp:docPr|wps:cNvPr|wpg:cNvPr) id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('writes a landscape page with the given margin and width', async () => {
    const doc = (await entries(await buildDocx([{ para: 'x' }], { landscape: true, marginLeftTwips: 567 })))['word/document.xml']!;
    expect(doc).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(doc).toContain('w:left="567"');
    const wide = (await entries(await buildDocx([{ para: 'x' }], { pageWidthTwips: 12240 })))['word/document.xml']!;
    expect(wide).toContain('<w:pgSz w:w="12240"');
  });

  it('refuses text XML cannot hold and rows wider than the grid', async () => {
    await expect(buildDocx([{ para: 'a\u0001b' }])).rejects.toThrow(/XML cannot hold/);
    await expect(buildDocx([{ table: { grid: [100], rows: [{ cells: [{ gridSpan: 2 }] }] } }])).rejects.toThrow(/spans more columns/);
  });
});

describe('buildXlsx', () => {
  it('writes every part, cells in row then column order, merges and the drawing', async () => {
    const files = await entries(await buildXlsx(XLSX_SHEETS));
    for (const name of [
      '[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml',
      'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/_rels/sheet1.xml.rels', 'xl/drawings/drawing1.xml',
    ]) {
      expect(files, name).toHaveProperty([name]);
      expectValidXml(name, files[name]!);
    }
    expect(files).not.toHaveProperty(['xl/drawings/drawing2.xml']);
    expect(files['xl/workbook.xml']).toContain('<sheet name="SOP &amp; &lt;1&gt;" sheetId="1" r:id="rId1"/>');
    expect(files['[Content_Types].xml']).toContain('PartName="/xl/drawings/drawing1.xml"');

    const sheet = files['xl/worksheets/sheet1.xml']!;
    const refs = [...sheet.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1]);
    expect(refs).toEqual(['A1', 'B1', 'D1', 'AA1', 'A2', 'B2', 'C2', 'A10']);
    expect(sheet).toContain('<mergeCells count="1"><mergeCell ref="D1:H1"/></mergeCells>');
    expect(sheet).toContain('<drawing r:id="rId1"/>');
    expect(sheet).toContain('<col min="2" max="2" width="40" customWidth="1"/>');
    expect(sheet).toContain('<dimension ref="A1:AA10"/>');
    expect(sheet).toContain('<c r="A10"><v>10</v></c>');
    expect(files['xl/worksheets/_rels/sheet1.xml.rels']).toContain('Target="../drawings/drawing1.xml"');

    const sst = files['xl/sharedStrings.xml']!;
    expect(sst).toContain('count="6" uniqueCount="5"'); // "Kegiatan" twice
    expect(sst).toContain('<si><t xml:space="preserve"> spasi </t></si>');

    const inline = files['xl/worksheets/sheet2.xml']!;
    expect(inline).toContain('<c r="A1" t="inlineStr"><is><t>teks &lt;inline&gt;</t></is></c>');
    expect(inline).toContain('<c r="B1"><v>2.5</v></c>');
    expect(inline).not.toContain('<drawing');

    const drawing = files['xl/drawings/drawing1.xml']!;
    expect(drawing).toContain('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"');
    expect(drawing).toMatch(/<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>3<\/xdr:col><xdr:colOff>9525<\/xdr:colOff><xdr:row>1<\/xdr:row>/);
    expect(drawing).toMatch(/<xdr:oneCellAnchor><xdr:from>.*?<\/xdr:from><xdr:ext cx="914400" cy="457200"\/><xdr:sp /);
    expect(drawing).toContain('<xdr:cNvSpPr txBox="1"/>');
    expect(drawing).toContain('<a:prstGeom prst="flowChartTerminator">');
    expect(drawing).toMatch(/<xdr:txBody>.*?<a:t>Mulai<\/a:t>/);
    expect(drawing).toContain('<xdr:cxnSp macro=""><xdr:nvCxnSpPr>');
    expect(drawing).toContain('<xdr:grpSp><xdr:nvGrpSpPr>');
    expect(count(drawing, '<xdr:clientData/>')).toBe(4);
    const ids = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)" name="[^"]+"\/>/g)].map((m) => m[1]);
    expect(ids).toEqual(['2', '3', '4', '5', '6', '7']);
  });

  it('refuses bad cell references and connectors with text', async () => {
    await expect(buildXlsx([{ name: 'S', cells: { '1A': 'x' } }])).rejects.toThrow(/A1 cell reference/);
    await expect(buildXlsx([{ name: 'S', cells: {}, shapes: [{ prst: 'line', connector: true, text: 'x', from: { col: 0, row: 0 } }] }]))
      .rejects.toThrow(/connector/);
  });
});

describe('buildZip', () => {
  it('writes deflated or stored entries', async () => {
    const big = Buffer.alloc(100_000, 0x41);
    const deflated = await buildZip({ 'a.txt': 'hello', 'b.bin': big });
    const stored = await buildZip({ 'a.txt': 'hello', 'b.bin': big }, { store: true });
    expect(deflated.readUInt32LE(0)).toBe(0x04034b50);
    expect(deflated.readUInt16LE(8)).toBe(8); // first local header: deflate
    expect(stored.readUInt16LE(8)).toBe(0); // store
    expect(deflated.length).toBeLessThan(10_000);
    expect(stored.length).toBeGreaterThan(100_000);
    const zip = await JSZip.loadAsync(stored);
    expect(await zip.file('a.txt')!.async('string')).toBe('hello');
    expect((await zip.file('b.bin')!.async('nodebuffer')).equals(big)).toBe(true);
    expect((await buildZip({ x: 'y' })).equals(await buildZip({ x: 'y' }))).toBe(true);
  });
});

describe('LibreOffice', () => {
  it.skipIf(!fs.existsSync(SOFFICE))('converts a built .docx and .xlsx to PDF', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ooxml-'));
    const profile = path.join(os.tmpdir(), `lo-${crypto.randomBytes(8).toString('hex')}`);
    try {
      fs.writeFileSync(path.join(dir, 'doc.docx'), await buildDocx(DOCX_BLOCKS, { landscape: true }));
      fs.writeFileSync(path.join(dir, 'sheet.xlsx'), await buildXlsx(XLSX_SHEETS));
      await promisify(execFile)(SOFFICE, [
        `-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir,
        path.join(dir, 'doc.docx'), path.join(dir, 'sheet.xlsx'),
      ], { timeout: 150_000 });
      for (const name of ['doc.pdf', 'sheet.pdf']) {
        const file = path.join(dir, name);
        expect(fs.existsSync(file), name).toBe(true);
        expect(fs.readFileSync(file).subarray(0, 5).toString('latin1'), name).toBe('%PDF-');
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.rmSync(profile, { recursive: true, force: true });
    }
  }, 180_000);
});
