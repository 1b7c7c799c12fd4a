import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../io.js';
import type { GlobalOptions } from '../program.js';
import type { RunContext } from '../context.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../../util/errors.js';
import { displayPath, SOP_SUFFIX } from '../../util/paths.js';
import { slugify } from '../../util/strings.js';
import { say } from '../../i18n/messages.js';
import { importDocument, IMPORT_EXTENSIONS, writeImported, type ImportFailure } from '../../import/index.js';
import type { ImportedSop } from '../../import/interpret.js';
import { schemaHome, schemaRef, type SchemaHome } from '../../scaffold/schema-ref.js';
import { syncSchemaCopy } from '../schema-copy.js';
import { sourceFolder } from './new.js';
import { lintLoaded, wordResults } from '../../lint/run.js';
import { rules } from '../../lint/registry.js';
import { loadRegister } from '../../lint/regulations/load.js';
import { lintOptionsFor, reportContextFor } from '../lint-setup.js';
import { loadSop } from '../../model/load.js';
import { loadReporter } from '../../report/index.js';
import type { Lang } from '../../util/lang.js';
import type { WordedFile } from '../../util/diagnostic.js';

export interface ImportOptions extends GlobalOptions {
  out?: string;
  force?: boolean;
  dryRun?: boolean;
  format: 'stylish' | 'json';
}

/** The largest document read at all (a real SOP is well under 10 MB; its images are the bulk). */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

interface FileOutcome {
  source: string;
  output?: string;
  written: boolean;
  sop?: ImportedSop;
  failure?: { kind: string; message: string };
  diagnostics?: WordedFile['diagnostics'];
  /** The YAML written (or shown with --dry-run), linted after the batch. */
  text?: string;
}

/** `sop import FILE...`: Word and Excel SOPs to YAML, with what was guessed and the lint findings. */
export async function runImport(args: string[], options: ImportOptions, io: Io, context: RunContext): Promise<number> {
  const { lang, config } = context;
  if (!args.length) throw new UsageError('importNeedFiles');
  const files = expandInputs(args, io.cwd);
  if (!files.length) throw new UsageError('importNoDocuments', { args: args.join(' ') });
  const outDir = options.out ? path.resolve(io.cwd, options.out) : sourceFolder(config);
  // Where the modelines point; the project's schema copy is written once something is.
  const home = schemaHome(config.dir, fs.existsSync);
  const taken = new Set<string>();
  const outcomes: FileOutcome[] = [];
  const progress = createProgress(io, files.length, options.format === 'json' || !!options.dryRun);
  for (const [index, file] of files.entries()) {
    const shown = displayPath(file.abs, io.cwd);
    progress.step(index, shown);
    if (!file.exists) {
      outcomes.push({ source: shown, written: false, failure: { kind: 'missing', message: say(lang, 'importMissing', { file: shown }) } });
      continue;
    }
    let outcome: FileOutcome;
    try {
      outcome = await importOne(file.abs, shown, outDir, home, taken, options, io, context);
    } catch (error) {
      // One bad file never stops the batch; an internal error is still named for what it is.
      if (options.verbose) io.stderr(`${(error as Error).stack ?? error}\n`);
      outcome = { source: shown, written: false, failure: { kind: 'internal', message: say(lang, 'importInternal', { file: shown, detail: (error as Error).message }) } };
    }
    outcomes.push(outcome);
  }
  progress.done();
  const schemaCopies = outcomes.some((o) => o.written) ? syncSchemaCopy(home, 'missing').filter((c) => c.status === 'created') : [];

  // Lint what was written (or would be): the original's revoked regulations and blank fields.
  await lintOutcomes(outcomes, context, io);

  if (options.format === 'json') io.stdout(`${JSON.stringify(outcomes.map((o) => jsonOutcome(o)), null, 2)}\n`);
  else {
    const reporter = await loadReporter('stylish');
    for (const o of outcomes) io.stdout(describeOutcome(o, lang, options));
    const linted = outcomes.filter((o) => o.diagnostics?.length).map((o) => ({ file: o.output!, diagnostics: o.diagnostics! }));
    if (linted.length) {
      io.stdout(`\n${say(lang, 'importLintHeading')}\n`);
      io.stdout(reporter(linted, reportContextFor(context, io, context.color)));
    }
    for (const copy of schemaCopies) io.stdout(`${say(lang, 'scaffoldCreated', { file: displayPath(copy.file, io.cwd) })}\n`);
    const ok = outcomes.filter((o) => o.sop).length;
    const guessed = outcomes.filter((o) => o.sop?.guesses.length).length;
    const failed = outcomes.filter((o) => o.failure).length;
    io.stdout(`${say(lang, options.dryRun ? 'importSummaryDry' : 'importSummary', { ok, guessed, failed, total: outcomes.length })}\n`);
  }
  const clean = outcomes.every((o) => !o.failure && o.sop && !o.sop.guesses.length);
  return clean ? EXIT_OK : EXIT_FINDINGS;
}

async function importOne(abs: string, shown: string, outDir: string, home: SchemaHome, taken: Set<string>, options: ImportOptions, io: Io, context: RunContext): Promise<FileOutcome> {
  const { lang, config } = context;
  const fail = (kind: string, message: string): FileOutcome => ({ source: shown, written: false, failure: { kind, message } });
  const size = fs.statSync(abs).size;
  if (size > MAX_DOCUMENT_BYTES) return fail('tooLarge', say(lang, 'importTooLarge', { file: shown, limit: MAX_DOCUMENT_BYTES / 1024 / 1024 }));
  const result = await importDocument(fs.readFileSync(abs), abs);
  if (!result.ok) return fail(result.failure.kind, failureMessage(result.failure, shown, lang));
  const sop = result.sop;
  const stem = path.basename(abs).replace(/\.[^.]+$/, '');
  const base = slugify(sop.nama).slice(0, 80).replace(/-+$/, '') || slugify(stem) || 'sop';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  const target = path.join(outDir, slug + SOP_SUFFIX);
  const output = displayPath(target, io.cwd);
  const agency = config.agency ?? {};
  const text = writeImported(sop, {
    schemaRef: schemaRef('sop.schema.json', outDir, home),
    source: path.basename(abs),
    today: io.today(),
    configHas: { pemerintah: !!agency.pemerintah, instansi: !!agency.nama, approver: !!config.approver },
  });
  if (options.dryRun) {
    io.stdout(`# --- ${output}\n${text}`);
    return { source: shown, output, written: false, sop, text };
  }
  if (fs.existsSync(target) && !options.force) return fail('exists', say(lang, 'importExists', { file: output }));
  fs.mkdirSync(outDir, { recursive: true });
  writeFileAtomic(target, text);
  return { source: shown, output, written: true, sop, text };
}

async function lintOutcomes(outcomes: FileOutcome[], context: RunContext, io: Io): Promise<void> {
  const withText = outcomes.filter((o): o is FileOutcome & { text: string; output: string } => !!o.text && !!o.output);
  if (!withText.length || context.configProblems) return;
  const register = loadRegister(context.config, io.cwd);
  if (register.problems.length) return;
  const loaded = withText.map((o) => loadSop({ path: o.output, absPath: path.resolve(io.cwd, o.output), text: o.text }, context.config));
  const results = lintLoaded(loaded, lintOptionsFor(context, io, register.register));
  const worded = wordResults(results, rules, context.lang);
  worded.forEach((w, i) => {
    withText[i]!.diagnostics = w.diagnostics;
  });
}

function failureMessage(failure: ImportFailure, file: string, lang: Lang): string {
  switch (failure.kind) {
    case 'legacy':
      return say(lang, 'importLegacy', { file });
    case 'encrypted':
      return say(lang, 'importEncrypted', { file });
    case 'notZip':
      return say(lang, 'importNotOffice', { file });
    case 'corrupt':
      return say(lang, 'importCorrupt', { file, detail: failure.detail });
    case 'tooLarge':
      return say(lang, 'importBomb', { file, entry: failure.entry, limit: Math.round(failure.limit / 1024 / 1024) || failure.limit });
    case 'unsupported':
      return say(lang, 'importUnsupported', { file, extension: failure.extension });
    case 'badXml':
      return say(lang, 'importBadXml', { file, detail: failure.detail });
    case 'noSopTable':
      return say(lang, 'importNoTable', { file });
  }
}

function describeOutcome(o: FileOutcome, lang: Lang, options: ImportOptions): string {
  if (o.failure) return `${say(lang, 'importFailedLine', { message: o.failure.message })}\n`;
  const sop = o.sop!;
  const lines = [
    say(lang, options.dryRun ? 'importFoundDry' : 'importFound', {
      source: o.source,
      output: o.output ?? '',
      steps: sop.found.steps,
      actors: sop.found.actors,
      decisions: sop.found.decisions,
      guesses: sop.guesses.length,
    }),
  ];
  for (const g of sop.guesses) lines.push(`  ${say(lang, 'importGuess', { path: g.path, note: g.note })}`);
  if (sop.leftovers.length) lines.push(`  ${say(lang, 'importLeftovers', { count: sop.leftovers.length })}`);
  return `${lines.join('\n')}\n`;
}

function jsonOutcome(o: FileOutcome): unknown {
  return {
    source: o.source,
    output: o.output ?? null,
    written: o.written,
    ...(o.failure ? { failure: o.failure } : {}),
    ...(o.sop ? { found: o.sop.found, guesses: o.sop.guesses, leftovers: o.sop.leftovers } : {}),
    diagnostics: o.diagnostics ?? [],
  };
}

/** Files, folders (every Office document below) and globs, in a stable order, duplicates once. */
export function expandInputs(args: readonly string[], cwd: string): Array<{ abs: string; exists: boolean }> {
  const seen = new Set<string>();
  const out: Array<{ abs: string; exists: boolean }> = [];
  const add = (abs: string, exists = true) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    out.push({ abs, exists });
  };
  // Old binary files too, so the user is told to save them in the new format.
  const pattern = `**/*{${[...IMPORT_EXTENSIONS, '.doc', '.xls'].join(',')}}`;
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    if (fs.existsSync(abs)) {
      if (fs.statSync(abs).isDirectory()) {
        const found = globSync(pattern, { cwd: abs, absolute: true, caseSensitiveMatch: false, ignore: ['**/node_modules/**', '**/~$*'] }).sort();
        for (const f of found) add(path.resolve(f));
      } else add(abs);
    } else if (isDynamicPattern(arg)) {
      for (const f of globSync(arg, { cwd, absolute: true, caseSensitiveMatch: false, ignore: ['**/node_modules/**'] }).sort()) add(path.resolve(f));
    } else add(abs, false);
  }
  return out;
}

/** A bar on a terminal when there are several files; nothing otherwise (CI logs stay clean). */
function createProgress(io: Io, total: number, quiet: boolean) {
  const active = io.isTTY && total > 1 && !quiet;
  const width = 24;
  return {
    step(index: number, file: string) {
      if (!active) return;
      const filled = Math.round((index / total) * width);
      io.stderr(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${index + 1}/${total} ${file.slice(-40).padEnd(40)}`);
    },
    done() {
      if (active) io.stderr(`\r${' '.repeat(width + 52)}\r`);
    },
  };
}
