import fs from 'node:fs';
import path from 'node:path';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../io.js';
import type { GlobalOptions } from '../program.js';
import { loadFiles, type RunContext } from '../context.js';
import { lintOptionsFor, reportContextFor } from '../lint-setup.js';
import { lintLoaded, wordResults, type FileResult } from '../../lint/run.js';
import { rules } from '../../lint/registry.js';
import { loadRegister } from '../../lint/regulations/load.js';
import { applyEdits, encodingFix, selectFixes } from '../../lint/fix.js';
import { loadSop } from '../../model/load.js';
import { locateProblems } from '../../model/locate.js';
import { loadReporter, type ReporterName } from '../../report/index.js';
import type { ParsedSource } from '../../model/parse.js';
import type { RawProblem } from '../../util/diagnostic.js';
import { phrase } from '../../util/message.js';
import { unifiedDiff } from '../diff.js';
import { say, wordFiles } from '../../i18n/messages.js';
import { closest } from '../../util/strings.js';
import { EXIT_FATAL, EXIT_FINDINGS, EXIT_OK, UsageError } from '../../util/errors.js';
import { inShard, shardKey, type Shard } from '../../util/shard.js';
import type { LoadedSop } from '../../model/load.js';

export interface LintOptions extends GlobalOptions {
  format: ReporterName;
  outputFile?: string;
  maxWarnings?: number;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  shard?: Shard;
}

export async function runLint(args: string[], options: LintOptions, io: Io, context: RunContext): Promise<number> {
  const lang = context.lang;
  const reporter = await loadReporter(options.format);
  const reportContext = reportContextFor(context, io, context.color && !options.outputFile && options.format === 'stylish');
  const configProblems = context.configProblems ?? unknownRulesInConfig(context);
  if (configProblems) {
    const { parsed, problems } = configProblems;
    const files = wordFiles([{ file: parsed.source.path, diagnostics: locateProblems(parsed, problems) }], lang);
    io.stderr(reporter(files, reportContext));
    return EXIT_FATAL;
  }
  const register = loadRegister(context.config, io.cwd);
  if (register.problems.length) {
    io.stderr(reporter(wordFiles(register.problems, lang), reportContext));
    return EXIT_FATAL;
  }
  // Every file is loaded, also with --shard: the cross-file rules see the whole project; the
  // shard's files are the ones checked and reported.
  const loaded = loadFiles(args, context, io);
  const own = options.shard ? new Set(inShard(loaded, (l) => shardKey(l.parsed.source.absPath, context.config.dir), options.shard)) : null;
  if (options.shard && context.verbose) io.stderr(`sop: ${say(lang, 'shardFiles', { index: options.shard.index, count: options.shard.count, files: own!.size, total: loaded.length })}\n`);
  const lintOptions = { ...lintOptionsFor(context, io, register.register), only: own };

  let results = lintLoaded(loaded, lintOptions).map(withEncodingFix);

  if (options.fix || options.fixDryRun) {
    const diffs: string[] = [];
    const isConfig = (r: FileResult) => r.loaded.parsed === context.configParsed;
    const configResults = results.filter(isConfig);
    results = results.filter((r) => !isConfig(r)).map((result) => {
      const fixed = fixUntilStable(result, context, lintOptions);
      if (fixed.text === result.loaded.parsed.source.text) return result;
      if (options.fixDryRun) {
        diffs.push(unifiedDiff(result.file, result.loaded.parsed.source.text, fixed.text));
        return result;
      }
      writeOrExplain(result.loaded.parsed.source.absPath, fixed.text, result.file);
      return fixed.result;
    });
    if (options.fixDryRun) {
      io.stdout(diffs.join(''));
      results.push(...configResults);
    } else {
      // Cross-file rules need the whole set again, with the fixed files as they are now.
      const byPath = new Map<string, LoadedSop>(results.map((r) => [r.loaded.parsed.source.absPath, r.loaded]));
      const set = own ? loaded.map((l) => byPath.get(l.parsed.source.absPath) ?? l) : [...byPath.values()];
      results = lintLoaded(set, { ...lintOptions, only: own ? new Set(byPath.values()) : null });
    }
  }

  const shown = results.map((r) => ({ ...r, diagnostics: options.quiet ? r.diagnostics.filter((d) => d.severity === 'error') : r.diagnostics }));
  const reportFiles = wordResults(shown, rules, lang);
  // The texts the findings point at: a GitLab report's fingerprints are made of them.
  const sources = new Map(results.map((r) => [r.file, r.loaded.parsed.text]));
  const output = reporter(reportFiles, { ...reportContext, sources });
  if (options.outputFile) {
    const target = path.resolve(io.cwd, options.outputFile);
    writeOrExplain(target, output, options.outputFile);
  } else {
    io.stdout(output);
  }

  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warn').length;
  // A named file that cannot be read was not checked: the same exit as a missing one (the others are still reported).
  if (all.some((d) => d.messageId === 'readError')) return EXIT_FATAL;
  if (errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`sop: ${say(lang, 'lintTooManyWarnings', { warnings, max: options.maxWarnings })}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** Rule ids in lint.aturan / lint.khusus that name no rule (a typo would silently do nothing). */
function unknownRulesInConfig(context: RunContext): { parsed: ParsedSource; problems: RawProblem[] } | null {
  if (!context.configParsed) return null;
  const known = rules.map((r) => r.meta.id);
  const problems: RawProblem[] = [];
  const check = (entries: Record<string, unknown>, base: (string | number)[]) => {
    for (const id of Object.keys(entries)) {
      if (known.includes(id)) continue;
      const guess = closest(id, known);
      problems.push({
        ruleId: 'skema',
        path: [...base, id],
        atKey: true,
        messageId: 'unknownRule',
        data: { rule: id, suggestion: guess ? phrase('didYouMean', { value: guess }) : '' },
      });
    }
  };
  check(context.config.lint.rules, ['lint', 'aturan']);
  context.config.lint.overrides.forEach((o, i) => check(o.rules, ['lint', 'khusus', i, 'aturan']));
  return problems.length ? { parsed: context.configParsed, problems } : null;
}

/** Writes atomically; a file-system error becomes a one-line usage error, not a crash. */
function writeOrExplain(target: string, data: string, shown: string): void {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError('writeFailed', { file: shown, code });
  }
}

/** The finding of a file that is certainly not UTF-8 carries the file's conversion from Windows-1252 as its fix. */
function withEncodingFix(result: FileResult): FileResult {
  const fix = encodingFix(result.loaded);
  if (!fix) return result;
  const diagnostics = result.diagnostics.map((d) => (d.ruleId === 'yaml' && d.messageId === 'encodingNotUtf8' ? { ...d, fix } : d));
  return { ...result, diagnostics };
}

/** Applies fixes and re-lints until nothing fixable remains (at most 10 passes). */
function fixUntilStable(result: FileResult, context: RunContext, lintOptions: Parameters<typeof lintLoaded>[1]): { text: string; result: FileResult } {
  let current = result;
  let text = result.loaded.parsed.source.text;
  for (let pass = 0; pass < 10; pass++) {
    const edits = selectFixes(current.diagnostics.flatMap((d) => (d.fix ? [d.fix] : [])));
    if (!edits.length) break;
    const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const applied = applyEdits(current.loaded.parsed.text, edits);
    if (!applied.applied) break;
    text = bom + applied.text;
    const source = { ...current.loaded.parsed.source, text };
    // The file alone (its own rules; the cross-file ones run again over the set afterwards).
    current = lintLoaded([loadSop(source, context.config)], { ...lintOptions, only: null })[0]!;
  }
  return { text, result: current };
}
