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
import { createRegister, isRevoked, refKeyOf, type Register, type RegisterEntry, type RegulationRef, type RegulationStatus } from './register.js';
import { RANK_NAMES } from './citation-tables.js';

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
  bidang?: string;
  status: RegulationStatus;
  oleh?: string | string[];
  pasal?: string;
  berlaku_sejak?: string;
  sumber?: string;
  catatan?: string;
  diperiksa?: string;
}

/** Hosts of official records: the national JDIH network, peraturan.go.id, BPK's database, an agency's JDIH. */
export function isOfficialSource(url: string): { ok: true } | { ok: false; host: string } {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return { ok: false, host: url };
  }
  const staging = /(^|[.-])(dev|staging|stage|test|demo|beta)([.-]|$)/.test(host);
  const official = ['peraturan.go.id', 'peraturan.bpk.go.id', 'jdihn.go.id'].includes(host) || /^jdih\.[a-z0-9.-]+\.go\.id$/.test(host);
  return official && !staging ? { ok: true } : { ok: false, host };
}

/** The regulation a peraturan.go.id-style address names ("…/pp-no-30-tahun-2019"), or null. */
function numberYearInUrl(url: string): { nomor: string; tahun: number } | null {
  const m = /no-([a-z0-9.-]+?)-tahun-(\d{4})(?:[^0-9]|$)/i.exec(url);
  return m ? { nomor: m[1]!.toLowerCase(), tahun: Number(m[2]) } : null;
}

const slugNomor = (nomor: string) => nomor.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

interface ParsedEntry {
  entry: RegisterEntry;
  index: number;
  /** The `oleh` texts as written, by position. */
  olehWritten: string[];
}

/** A citation of the register ("Peraturan Pemerintah Nomor 30 Tahun 2019") as a reference, or null. */
function refOfText(text: string): RegulationRef | null {
  const c = parseCitation(text);
  const jenis = registerJenis(c);
  return jenis && c.nomor && c.tahun !== null ? { jenis, nomor: c.nomor, tahun: c.tahun } : null;
}

const refName = (ref: RegulationRef) => `${ref.jenis} Nomor ${ref.nomor} Tahun ${ref.tahun}`;

/**
 * Validates register text (pure): the schema gate (schemas/regulasi.schema.json) for its shape and
 * the evidence each status needs, then what a schema cannot say: a calendar date, a jenis and
 * `oleh` citations the citation parser reads, an official source that names the revoking text.
 * An entry with a problem is left out; the others are used. Whether every `oleh` is an entry is
 * checked over all register files together (loadRegister).
 */
export function parseRegisterSource(source: SourceFile): { entries: RegisterEntry[]; diagnostics: Diagnostic[] } {
  const { parsed, entries, problems } = readRegister(source);
  return { entries: entries.map((e) => e.entry), diagnostics: locateRegister(parsed, problems) };
}

function locateRegister(parsed: ParsedSource, problems: RawProblem[]): Diagnostic[] {
  return locateProblems(parsed, problems).map((d) => ({ ...d, ruleId: REGISTER_RULE_ID }));
}

type ParsedSource = ReturnType<typeof parseSource>;

function readRegister(source: SourceFile): { parsed: ParsedSource; entries: ParsedEntry[]; problems: RawProblem[] } {
  const parsed = parseSource(source);
  if (parsed.problems.length) return { parsed, entries: [], problems: parsed.problems };

  const schemaProblems = validateData('regulasi', parsed.data);
  const list = (parsed.data as { regulasi?: unknown }).regulasi;
  if (!Array.isArray(list)) return { parsed, entries: [], problems: schemaProblems };

  // Problems by entry, in the schema's order, then the entry's own checks.
  const byEntry = new Map<number, RawProblem[]>();
  const add = (i: number, p: RawProblem) => byEntry.set(i, [...(byEntry.get(i) ?? []), p]);
  const general: RawProblem[] = [];
  for (const p of schemaProblems) {
    const i = p.path?.[1];
    if (typeof i === 'number') add(i, p);
    else general.push(p);
  }
  const entries: ParsedEntry[] = [];
  list.forEach((raw: unknown, i) => {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return;
    // What a schema cannot say, checked wherever the values have the right type.
    const entry = raw as RawEntry;
    const here = ['regulasi', i] as const;
    for (const key of ['diperiksa', 'berlaku_sejak'] as const) {
      const value = entry[key];
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isCalendarDate(value)) {
        add(i, { ruleId: 'skema', path: [...here, key], messageId: 'registerBadDate', data: { key, found: describeValue(value) } });
      }
    }
    const typed = typeof entry.jenis === 'string' && ['string', 'number'].includes(typeof entry.nomor) && Number.isInteger(entry.tahun);
    const citation = typed ? parseCitation(`${entry.jenis} Nomor ${String(entry.nomor).trim()} Tahun ${entry.tahun}`) : null;
    const jenis = citation && registerJenis(citation);
    if (citation && !jenis) {
      const problem = citation.problems.find((p) => p.code === 'jenis-tidak-dikenal');
      const suggestion = problem?.code === 'jenis-tidak-dikenal' && problem.suggestion ? phrase('didYouMean', { value: problem.suggestion }) : '';
      add(i, { ruleId: 'skema', path: [...here, 'jenis'], messageId: 'registerUnknownJenis', data: { jenis: entry.jenis, suggestion } });
    }
    const olehWritten = typeof entry.oleh === 'string' ? [entry.oleh] : Array.isArray(entry.oleh) ? entry.oleh.filter((x) => typeof x === 'string') : [];
    const olehPath = (k: number) => (typeof entry.oleh === 'string' ? [...here, 'oleh'] : [...here, 'oleh', k]);
    const oleh: RegulationRef[] = [];
    olehWritten.forEach((text, k) => {
      const ref = refOfText(text);
      if (!ref) add(i, { ruleId: 'skema', path: olehPath(k), messageId: 'registerRefUnreadable', data: { ref: text.trim() } });
      else if (jenis && refKeyOf(ref) === refKeyOf({ jenis, nomor: String(entry.nomor).trim(), tahun: entry.tahun })) {
        add(i, { ruleId: 'skema', path: olehPath(k), messageId: 'registerRefSelf' });
      } else oleh.push(ref);
    });
    if (typeof entry.sumber === 'string' && /^https?:\/\//.test(entry.sumber)) {
      const official = isOfficialSource(entry.sumber);
      if (!official.ok) add(i, { ruleId: 'skema', path: [...here, 'sumber'], messageId: 'registerUnofficialSource', data: { host: official.host } });
      else if (jenis) {
        // The record must be the revoking text's (for berlaku: the regulation's own).
        const named = numberYearInUrl(entry.sumber);
        const targets: RegulationRef[] = entry.status === 'berlaku' || entry.status === 'perlu-diperiksa' ? [{ jenis, nomor: String(entry.nomor).trim(), tahun: entry.tahun }, ...oleh] : oleh;
        if (named && targets.length && !targets.some((t) => slugNomor(t.nomor) === named.nomor && t.tahun === named.tahun)) {
          add(i, {
            ruleId: 'skema',
            path: [...here, 'sumber'],
            messageId: 'registerSourceNamesOther',
            data: { found: `${named.nomor}/${named.tahun}`, expected: targets.map(refName).join(' / ') },
          });
        }
      }
    }
    if (typeof entry.berlaku_sejak === 'string' && Number.isInteger(entry.tahun) && Number(entry.berlaku_sejak.slice(0, 4)) < entry.tahun) {
      add(i, { ruleId: 'skema', path: [...here, 'berlaku_sejak'], messageId: 'registerDateBeforeEntry', data: { date: entry.berlaku_sejak, year: entry.tahun } });
    }
    if (byEntry.has(i) || !jenis) return;
    const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    entries.push({
      index: i,
      olehWritten,
      entry: {
        jenis,
        nomor: String(entry.nomor).trim(),
        tahun: entry.tahun,
        judul: text(entry.judul) ?? '',
        bidang: text(entry.bidang),
        status: entry.status,
        oleh,
        pasal: text(entry.pasal),
        berlakuSejak: text(entry.berlaku_sejak),
        sumber: text(entry.sumber),
        catatan: text(entry.catatan),
        diperiksa: text(entry.diperiksa),
      },
    });
  });
  const ordered = [...general, ...[...byEntry.keys()].sort((a, b) => a - b).flatMap((i) => byEntry.get(i)!)];
  return { parsed, entries, problems: ordered };
}

/** Rank of a register jenis in the hierarchy (1 = UUD … 9 = Perbup/Perwal), or null. */
function rankOf(ref: RegulationRef): number | null {
  return parseCitation(`${ref.jenis} Nomor ${ref.nomor} Tahun ${ref.tahun}`).rank;
}

/**
 * The checks across entries, once all register files are merged: each `oleh` is an entry, ranks
 * equal or higher than what it revokes or amends, and no chain loops. Returns the problems by file.
 */
function crossCheck(files: { parsed: ParsedSource; entries: ParsedEntry[] }[], register: Register): Map<ParsedSource, RawProblem[]> {
  const out = new Map<ParsedSource, RawProblem[]>();
  const add = (parsed: ParsedSource, p: RawProblem) => out.set(parsed, [...(out.get(parsed) ?? []), p]);
  for (const { parsed, entries } of files) {
    for (const { entry, index } of entries) {
      if (register.find(entry.jenis, entry.nomor, entry.tahun) !== entry) continue; // replaced by a project entry
      const written = typeof (parsed.data as { regulasi: { oleh?: unknown }[] }).regulasi[index]?.oleh === 'string';
      entry.oleh.forEach((ref, k) => {
        const path = written ? ['regulasi', index, 'oleh'] : ['regulasi', index, 'oleh', k];
        const [refRank, entryRank] = [rankOf(ref), rankOf(entry)];
        if (entry.status !== 'perlu-diperiksa' && refRank !== null && entryRank !== null && refRank > entryRank) {
          add(parsed, {
            ruleId: 'skema',
            path,
            messageId: 'registerRefLowerRank',
            data: {
              ref: refName(ref),
              refRank: RANK_NAMES[refRank],
              verb: phrase(entry.status === 'diubah' ? 'registerVerbAmend' : 'registerVerbRevoke'),
              entry: refName(entry),
              entryRank: RANK_NAMES[entryRank],
            },
          });
        }
        const target = register.find(ref.jenis, ref.nomor, ref.tahun);
        if (!target) {
          add(parsed, { ruleId: 'skema', path, messageId: 'registerRefMissing', data: { ref: refName(ref) } });
        }
      });
      const loop = loopFrom(entry, register);
      if (loop) add(parsed, { ruleId: 'skema', path: ['regulasi', index, 'oleh'], messageId: 'registerChainLoop', data: { chain: loop.map(refName).join(' → ') } });
    }
  }
  return out;
}

/** A revocation chain from `start` that comes back to it, or null. */
function loopFrom(start: RegisterEntry, register: Register): RegisterEntry[] | null {
  const walk = (entry: RegisterEntry, trail: RegisterEntry[]): RegisterEntry[] | null => {
    if (!isRevoked(entry.status)) return null;
    for (const ref of entry.oleh) {
      const next = register.find(ref.jenis, ref.nomor, ref.tahun);
      if (!next) continue;
      if (next === start) return [...trail, next];
      if (trail.includes(next)) continue;
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
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
  const problems: RegisterProblems[] = [];
  const files = [builtinFile];
  if (config.lint.register) {
    const user = path.resolve(config.dir, config.lint.register);
    if (fs.existsSync(user)) files.push(user);
    else problems.push(missingFileProblems(config, user, cwd));
  }
  return mergeRegisters(files.map((file) => readSource(file, cwd)), problems);
}

function mergeRegisters(sources: SourceFile[], problems: RegisterProblems[] = []): { register: Register; problems: RegisterProblems[] } {
  const read = sources.map((source) => readRegister(source));
  const register = createRegister(read.flatMap((r) => r.entries.map((e) => e.entry)));
  const cross = crossCheck(read, register);
  for (const r of read) {
    const diagnostics = locateRegister(r.parsed, [...r.problems, ...(cross.get(r.parsed) ?? [])]);
    if (diagnostics.length) problems.push({ file: diagnostics[0]!.file, diagnostics });
  }
  return { register, problems };
}

/** The built-in register alone (for tests and tools), with its problems (none, in a release). */
export function loadBuiltinRegisterChecked(): { register: Register; problems: RegisterProblems[] } {
  return mergeRegisters([readSource(builtinFile, path.dirname(builtinFile))]);
}

/** The built-in register alone (for tests and tools). */
export function loadBuiltinRegister(): Register {
  return loadBuiltinRegisterChecked().register;
}

/** Register texts merged as `loadRegister` does (pure; for tests and tools). */
export function parseRegisterSources(sources: SourceFile[]): { register: Register; problems: RegisterProblems[] } {
  return mergeRegisters(sources);
}
