import { ContainerError, DEFAULT_ZIP_LIMITS, openZip, type ContainerProblem, type ZipLimits } from './zip.js';
import { XmlError } from './xml.js';
import { NoDocumentPart, readDocx } from './docx.js';
import { NoWorkbookPart, readXlsx } from './xlsx.js';
import { interpret, NoSopTable, type ImportedSop } from './interpret.js';
import type { SourceDoc } from './source.js';

export type { ImportedSop };
export { writeImported } from './write.js';

/** Why a document could not be imported, with what the message needs. */
export type ImportFailure =
  | ContainerProblem
  | { kind: 'unsupported'; extension: string }
  | { kind: 'badXml'; detail: string }
  | { kind: 'noSopTable' };

export type ImportResult = { ok: true; sop: ImportedSop; source: SourceDoc } | { ok: false; failure: ImportFailure };

export const IMPORT_EXTENSIONS = ['.docx', '.docm', '.dotx', '.xlsx', '.xlsm', '.xltx'] as const;

/**
 * Reads one Office document (its bytes and its name) and interprets it as an SOP. Never throws
 * for bad input: a file that is not a readable SOP document gives a failure saying why.
 */
export async function importDocument(bytes: Buffer, fileName: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ImportResult> {
  const ext = /\.[^./\\]+$/.exec(fileName.toLowerCase())?.[0] ?? '';
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  // RTF is no zip; an OLE file (.doc/.xls) and an ODF zip are named for what they are below.
  if (ext === '.rtf') return { ok: false, failure: { kind: 'unsupported', extension: ext } };
  let zip;
  try {
    zip = await openZip(bytes, limits);
  } catch (error) {
    if (error instanceof ContainerError) return { ok: false, failure: error.problem };
    throw error;
  }
  try {
    let source: SourceDoc;
    if (zip.has('word/document.xml') || (!zip.has('xl/workbook.xml') && /\.do[ct][xm]$/.test(ext))) source = await readDocx(zip);
    else if (zip.has('xl/workbook.xml')) source = await readXlsx(zip);
    else if (zip.has('content.xml') && zip.has('mimetype')) return { ok: false, failure: { kind: 'unsupported', extension: ext || '.odt' } };
    else return { ok: false, failure: { kind: 'noSopTable' } };
    return { ok: true, sop: interpret(source, stem), source };
  } catch (error) {
    if (error instanceof ContainerError) return { ok: false, failure: error.problem };
    if (error instanceof XmlError) return { ok: false, failure: { kind: 'badXml', detail: error.message } };
    if (error instanceof NoDocumentPart || error instanceof NoWorkbookPart) return { ok: false, failure: { kind: 'corrupt', detail: `${error.message} missing` } };
    if (error instanceof NoSopTable) return { ok: false, failure: { kind: 'noSopTable' } };
    throw error;
  } finally {
    zip.close();
  }
}
