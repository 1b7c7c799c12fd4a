import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq } from 'yaml';
import type { ProjectConfig } from '../config/types.js';
import type { Diagnostic, Lang, NodePath } from '../model/types.js';
import { parseSource, describeValue, type ParsedSource, type SourceFile } from '../model/parse.js';
import { locatePath, locateRange } from '../model/locate.js';
import { translate, type Message, type MessageData } from '../i18n/messages.js';
import type { ReportFile } from '../report/types.js';
import { closest } from '../util/strings.js';
import { parseCitation, registerJenis } from './citation.js';
import { createRegister, type Register, type RegisterEntry, type RegulationStatus } from './register.js';

const builtinFile = fileURLToPath(new URL('../../data/regulasi.yaml', import.meta.url));

export const REGISTER_RULE_ID = 'regulasi';

const STATUSES: readonly RegulationStatus[] = ['berlaku', 'diubah', 'dicabut', 'diganti', 'tidak-berlaku', 'usang'];
const KEYS = ['jenis', 'nomor', 'tahun', 'judul', 'status', 'terverifikasi', 'diganti_oleh', 'sumber', 'diperiksa'];

const messages = {
  notList: {
    id: 'Berkas register harus berisi daftar "regulasi:" (lihat data/regulasi.yaml untuk contohnya)',
    en: 'A register file must hold a "regulasi:" list (see data/regulasi.yaml for an example)',
  },
  notMapping: {
    id: 'Entri register ke-{n} harus berupa pemetaan (jenis, nomor, tahun, status, ...), ditemukan {found}',
    en: 'Register entry {n} must be a mapping (jenis, nomor, tahun, status, ...), found {found}',
  },
  unknownKey: { id: 'Kunci "{key}" tidak dikenal di entri register{suggestion}', en: 'Unknown key "{key}" in a register entry{suggestion}' },
  missingKey: { id: 'Entri register ke-{n} tidak punya kunci wajib "{key}"', en: 'Register entry {n} lacks the required key "{key}"' },
  wrongType: { id: '"{key}" harus berupa {expected}, ditemukan {found}', en: '"{key}" must be {expected}, found {found}' },
  unknownJenis: {
    id: 'Jenis peraturan "{jenis}" tidak dikenal{suggestion}; tulis jenis lengkap, mis. "Peraturan Pemerintah" atau "Peraturan Bupati Kebumen"',
    en: 'Unknown regulation type "{jenis}"{suggestion}; write the full type, e.g. "Peraturan Pemerintah" or "Peraturan Bupati Kebumen"',
  },
  badStatus: { id: 'status harus salah satu dari {list}, ditemukan {found}{suggestion}', en: 'status must be one of {list}, found {found}{suggestion}' },
  badDate: { id: 'diperiksa harus tanggal YYYY-MM-DD yang ada di kalender, ditemukan {found}', en: 'diperiksa must be a calendar date YYYY-MM-DD, found {found}' },
  fileNotFound: { id: 'Berkas register regulasi tidak ditemukan: {file}', en: 'Regulation register file not found: {file}' },
  didYouMean: { id: '; maksud Anda "{value}"?', en: '; did you mean "{value}"?' },
} satisfies Record<string, Message>;

const expected = {
  text: { id: 'teks', en: 'text' },
  textOrNull: { id: 'teks atau null', en: 'text or null' },
  nomor: { id: 'teks atau angka (tulis di antara tanda kutip, mis. "46")', en: 'text or a number (quote it, e.g. "46")' },
  year: { id: 'tahun empat angka, mis. 2011', en: 'a four-digit year, e.g. 2011' },
  bool: { id: 'true atau false', en: 'true or false' },
} satisfies Record<string, Message>;

function isCalendarDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Validates register text (pure): its entries, and diagnostics for every bad entry with line:column. */
export function parseRegisterSource(source: SourceFile, lang: Lang): { entries: RegisterEntry[]; diagnostics: Diagnostic[] } {
  const parsed = parseSource(source, lang);
  const diagnostics: Diagnostic[] = [];
  const at = (span: ReturnType<typeof locateRange>, message: string) =>
    diagnostics.push({
      file: source.path,
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
      severity: 'error',
      ruleId: REGISTER_RULE_ID,
      message,
    });
  for (const problem of parsed.problems) {
    at(problem.range ? locateRange(parsed, problem.range) : locatePath(parsed, problem.path ?? []), problem.message);
  }
  if (parsed.problems.length) return { entries: [], diagnostics };

  const report = (p: NodePath, message: Message, data?: MessageData, atKey = false) => at(locatePath(parsed, p, { atKey }), translate(message, lang, data));
  const suggestion = (value: string, candidates: readonly string[]) => {
    const best = closest(value, candidates);
    return best ? translate(messages.didYouMean, lang, { value: best }) : '';
  };

  const list = (parsed.data as { regulasi?: unknown } | undefined)?.regulasi;
  if (!Array.isArray(list) || !isMap(parsed.doc.contents) || !isSeq(parsed.doc.contents.get('regulasi', true))) {
    report(list === undefined ? [] : ['regulasi'], messages.notList);
    return { entries: [], diagnostics };
  }

  const entries: RegisterEntry[] = [];
  list.forEach((raw: unknown, i) => {
    const here: NodePath = ['regulasi', i];
    const n = i + 1;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      report(here, messages.notMapping, { n, found: describeValue(raw, lang) });
      return;
    }
    const entry = raw as Record<string, unknown>;
    const before = diagnostics.length;
    for (const key of Object.keys(entry)) {
      if (!KEYS.includes(key)) report([...here, key], messages.unknownKey, { key, suggestion: suggestion(key, KEYS) }, true);
    }
    for (const key of ['jenis', 'nomor', 'tahun', 'status']) {
      if (entry[key] === undefined || entry[key] === null) report(here, messages.missingKey, { n, key });
    }
    const wrong = (key: string, exp: Message) =>
      report([...here, key], messages.wrongType, { key, expected: exp[lang], found: describeValue(entry[key], lang) });
    const { jenis, nomor, tahun, judul, status, terverifikasi, diganti_oleh, sumber, diperiksa } = entry;
    if (jenis !== undefined && jenis !== null && typeof jenis !== 'string') wrong('jenis', expected.text);
    if (nomor !== undefined && nomor !== null && typeof nomor !== 'string' && typeof nomor !== 'number') wrong('nomor', expected.nomor);
    if (tahun !== undefined && tahun !== null && !(typeof tahun === 'number' && Number.isInteger(tahun) && tahun >= 1800 && tahun <= 2200)) wrong('tahun', expected.year);
    if (judul !== undefined && judul !== null && typeof judul !== 'string') wrong('judul', expected.text);
    if (terverifikasi !== undefined && typeof terverifikasi !== 'boolean') wrong('terverifikasi', expected.bool);
    for (const key of ['diganti_oleh', 'sumber'] as const) {
      const v = entry[key];
      if (v !== undefined && v !== null && typeof v !== 'string') wrong(key, expected.textOrNull);
    }
    if (status !== undefined && status !== null && !STATUSES.includes(status as RegulationStatus)) {
      report([...here, 'status'], messages.badStatus, {
        list: STATUSES.join(', '),
        found: describeValue(status, lang),
        suggestion: typeof status === 'string' ? suggestion(status, STATUSES) : '',
      });
    }
    if (diperiksa !== undefined && diperiksa !== null && !(typeof diperiksa === 'string' && isCalendarDate(diperiksa))) {
      report([...here, 'diperiksa'], messages.badDate, { found: describeValue(diperiksa, lang) });
    }
    let canonicalJenis: string | null = null;
    if (typeof jenis === 'string' && (typeof nomor === 'string' || typeof nomor === 'number') && typeof tahun === 'number') {
      const citation = parseCitation(`${jenis} Nomor ${String(nomor).trim()} Tahun ${tahun}`);
      canonicalJenis = registerJenis(citation);
      if (!canonicalJenis) {
        const problem = citation.problems.find((p) => p.code === 'jenis-tidak-dikenal');
        const hint = problem && problem.code === 'jenis-tidak-dikenal' && problem.suggestion ? translate(messages.didYouMean, lang, { value: problem.suggestion }) : '';
        report([...here, 'jenis'], messages.unknownJenis, { jenis, suggestion: hint });
      }
    }
    if (diagnostics.length !== before || !canonicalJenis) return;
    entries.push({
      jenis: canonicalJenis,
      nomor: String(nomor).trim(),
      tahun: tahun as number,
      judul: typeof judul === 'string' ? judul.trim() : '',
      status: status as RegulationStatus,
      terverifikasi: terverifikasi === true,
      diganti_oleh: typeof diganti_oleh === 'string' ? diganti_oleh.trim() : null,
      sumber: typeof sumber === 'string' ? sumber.trim() : null,
      diperiksa: typeof diperiksa === 'string' ? diperiksa : null,
    });
  });
  return { entries, diagnostics };
}

function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : abs;
}

function readSource(abs: string, cwd: string): SourceFile {
  return { path: displayPath(abs, cwd), absPath: abs, text: fs.readFileSync(abs, 'utf8') };
}

/** Where the config names the register file (for "file not found"), or the file's start. */
function missingFileDiagnostic(config: ProjectConfig, abs: string, lang: Lang, cwd: string): ReportFile {
  const message = translate(messages.fileNotFound, lang, { file: displayPath(abs, cwd) });
  let file = displayPath(abs, cwd);
  let span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (config.file && fs.existsSync(config.file)) {
    const parsed: ParsedSource = parseSource(readSource(config.file, cwd), lang);
    file = parsed.source.path;
    span = locatePath(parsed, ['lint', 'regulasi']);
  }
  return {
    file,
    diagnostics: [{ file, line: span.start.line, column: span.start.column, endLine: span.end.line, endColumn: span.end.column, severity: 'error', ruleId: REGISTER_RULE_ID, message }],
  };
}

/**
 * The built-in register (data/regulasi.yaml) merged with the project's `lint.regulasi` file, whose
 * entries add to or replace built-in ones by jenis + nomor + tahun. Bad entries come back as
 * diagnostics with file:line:col; the valid entries are still used.
 */
export function loadRegister(config: ProjectConfig, lang: Lang, cwd: string = process.cwd()): { register: Register; problems: ReportFile[] } {
  const entries: RegisterEntry[] = [];
  const problems: ReportFile[] = [];
  const files = [builtinFile];
  if (config.lint.register) {
    const user = path.resolve(config.dir, config.lint.register);
    if (fs.existsSync(user)) files.push(user);
    else problems.push(missingFileDiagnostic(config, user, lang, cwd));
  }
  for (const file of files) {
    const result = parseRegisterSource(readSource(file, cwd), lang);
    entries.push(...result.entries);
    if (result.diagnostics.length) problems.push({ file: result.diagnostics[0]!.file, diagnostics: result.diagnostics });
  }
  return { register: createRegister(entries), problems };
}

/** The built-in register alone (for tests and tools). */
export function loadBuiltinRegister(lang: Lang = 'id'): Register {
  const result = parseRegisterSource(readSource(builtinFile, path.dirname(builtinFile)), lang);
  return createRegister(result.entries);
}
