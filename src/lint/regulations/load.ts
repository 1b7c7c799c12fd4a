import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic, RawProblem } from '../../util/diagnostic.js';
import { isCalendarDate } from '../../util/dates.js';
import { describeValue } from '../../util/describe.js';
import { phrase } from '../../util/message.js';
import { displayPath } from '../../util/paths.js';
import type { ProjectConfig } from '../../config/types.js';
import { parseSource, type SourceFile } from '../../model/parse.js';
import { locatePath, locateProblems } from '../../model/locate.js';
import { validateData } from '../../schema/validate.js';
import { parseCitation } from './citation.js';
import { registerJenis } from './citation-format.js';
import { createRegister, type Register, type RegisterEntry, type RegulationStatus } from './register.js';

const builtinFile = fileURLToPath(new URL('../../../data/regulasi.yaml', import.meta.url));

export const REGISTER_RULE_ID = 'regulasi';

/** The findings of one register file (or of the config that names a missing one). */
export interface RegisterProblems {
  file: string;
  diagnostics: Diagnostic[];
}

interface RawEntry {
  jenis: string;
  nomor: string | number;
  tahun: number;
  judul?: string | null;
  status: RegulationStatus;
  terverifikasi?: boolean;
  diganti_oleh?: string | null;
  sumber?: string | null;
  diperiksa?: string | null;
}

/**
 * Validates register text (pure): the schema gate (schemas/regulasi.schema.json) for its shape,
 * then what a schema cannot say: a calendar date, a jenis the citation parser knows. An entry with
 * a problem is left out; the others are used.
 */
export function parseRegisterSource(source: SourceFile): { entries: RegisterEntry[]; diagnostics: Diagnostic[] } {
  const parsed = parseSource(source);
  const located = (problems: RawProblem[]) => locateProblems(parsed, problems).map((d) => ({ ...d, ruleId: REGISTER_RULE_ID }));
  if (parsed.problems.length) return { entries: [], diagnostics: located(parsed.problems) };

  const schemaProblems = validateData('regulasi', parsed.data);
  const list = (parsed.data as { regulasi?: unknown }).regulasi;
  if (!Array.isArray(list)) return { entries: [], diagnostics: located(schemaProblems) };

  // Problems by entry, in the schema's order, then the entry's own checks.
  const byEntry = new Map<number, RawProblem[]>();
  const add = (i: number, p: RawProblem) => byEntry.set(i, [...(byEntry.get(i) ?? []), p]);
  const general: RawProblem[] = [];
  for (const p of schemaProblems) {
    const i = p.path?.[1];
    if (typeof i === 'number') add(i, p);
    else general.push(p);
  }
  const entries: RegisterEntry[] = [];
  list.forEach((raw: unknown, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return;
    // What a schema cannot say, checked wherever the values have the right type.
    const entry = raw as RawEntry;
    const here = ['regulasi', i] as const;
    if (typeof entry.diperiksa === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(entry.diperiksa) && !isCalendarDate(entry.diperiksa)) {
      add(i, { ruleId: 'skema', path: [...here, 'diperiksa'], messageId: 'registerBadDate', data: { found: describeValue(entry.diperiksa) } });
    }
    const typed = typeof entry.jenis === 'string' && ['string', 'number'].includes(typeof entry.nomor) && Number.isInteger(entry.tahun);
    const citation = typed ? parseCitation(`${entry.jenis} Nomor ${String(entry.nomor).trim()} Tahun ${entry.tahun}`) : null;
    const jenis = citation && registerJenis(citation);
    if (citation && !jenis) {
      const problem = citation.problems.find((p) => p.code === 'jenis-tidak-dikenal');
      const suggestion = problem?.code === 'jenis-tidak-dikenal' && problem.suggestion ? phrase('didYouMean', { value: problem.suggestion }) : '';
      add(i, { ruleId: 'skema', path: [...here, 'jenis'], messageId: 'registerUnknownJenis', data: { jenis: entry.jenis, suggestion } });
    }
    if (byEntry.has(i) || !jenis) return;
    entries.push({
      jenis,
      nomor: String(entry.nomor).trim(),
      tahun: entry.tahun,
      judul: typeof entry.judul === 'string' ? entry.judul.trim() : '',
      status: entry.status,
      terverifikasi: entry.terverifikasi === true,
      diganti_oleh: typeof entry.diganti_oleh === 'string' ? entry.diganti_oleh.trim() : null,
      sumber: typeof entry.sumber === 'string' ? entry.sumber.trim() : null,
      diperiksa: typeof entry.diperiksa === 'string' ? entry.diperiksa : null,
    });
  });
  const ordered = [...general, ...[...byEntry.keys()].sort((a, b) => a - b).flatMap((i) => byEntry.get(i)!)];
  return { entries, diagnostics: located(ordered) };
}

function readSource(abs: string, cwd: string): SourceFile {
  return { path: displayPath(abs, cwd), absPath: abs, text: fs.readFileSync(abs, 'utf8') };
}

/** Where the config names the register file (for "file not found"), or the file's start. */
function missingFileProblems(config: ProjectConfig, abs: string, cwd: string): RegisterProblems {
  let file = displayPath(abs, cwd);
  let span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (config.file && fs.existsSync(config.file)) {
    const parsed = parseSource(readSource(config.file, cwd));
    file = parsed.source.path;
    span = locatePath(parsed, ['lint', 'regulasi']);
  }
  const diagnostic: Diagnostic = {
    file,
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    severity: 'error',
    ruleId: REGISTER_RULE_ID,
    messageId: 'registerFileNotFound',
    data: { file: displayPath(abs, cwd) },
  };
  return { file, diagnostics: [diagnostic] };
}

/**
 * The built-in register (data/regulasi.yaml) merged with the project's `lint.regulasi` file, whose
 * entries add to or replace built-in ones by jenis + nomor + tahun. Bad entries come back as
 * diagnostics with file:line:col; the valid entries are still used.
 */
export function loadRegister(config: ProjectConfig, cwd: string = process.cwd()): { register: Register; problems: RegisterProblems[] } {
  const entries: RegisterEntry[] = [];
  const problems: RegisterProblems[] = [];
  const files = [builtinFile];
  if (config.lint.register) {
    const user = path.resolve(config.dir, config.lint.register);
    if (fs.existsSync(user)) files.push(user);
    else problems.push(missingFileProblems(config, user, cwd));
  }
  for (const file of files) {
    const result = parseRegisterSource(readSource(file, cwd));
    entries.push(...result.entries);
    if (result.diagnostics.length) problems.push({ file: result.diagnostics[0]!.file, diagnostics: result.diagnostics });
  }
  return { register: createRegister(entries), problems };
}

/** The built-in register alone (for tests and tools). */
export function loadBuiltinRegister(): Register {
  const result = parseRegisterSource(readSource(builtinFile, path.dirname(builtinFile)));
  return createRegister(result.entries);
}
