import fs from 'node:fs';
import path from 'node:path';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../io.js';
import type { CommandState, GlobalOptions } from '../program.js';
import { prepareContext, loadFiles, type RunContext } from '../context.js';
import { lintLoaded, type FileResult } from '../../lint/run.js';
import { rules } from '../../lint/registry.js';
import { loadRegister } from '../../lint/register-load.js';
import { applyEdits, selectFixes } from '../../lint/fix.js';
import { loadSop } from '../../model/load.js';
import { locateProblems } from '../../model/locate.js';
import { loadReporter, type ReporterName } from '../../report/index.js';
import { compareDiagnostics, DOCS_BASE_URL, type ReportFile } from '../../report/types.js';
import type { RawProblem, ParsedSource } from '../../model/parse.js';
import { unifiedDiff } from '../diff.js';
import { coreMessage } from '../../i18n/messages.js';
import { closest } from '../../util/strings.js';
import { version } from '../version.js';
import { EXIT_FATAL, EXIT_FINDINGS, EXIT_OK, UsageError } from '../errors.js';

export interface LintOptions extends GlobalOptions {
  format: ReporterName;
  outputFile?: string;
  maxWarnings?: number;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
}

export async function runLint(args: string[], options: LintOptions, io: Io, state: CommandState): Promise<number> {
  const context = prepareContext(options, io, state);
  const reporter = await loadReporter(options.format);
  const reportContext = {
    lang: context.lang,
    color: context.color && !options.outputFile && options.format === 'stylish',
    rules: new Map(rules.map((r) => [r.meta.id, r.meta])),
    toolVersion: version,
    docsBaseUrl: DOCS_BASE_URL,
    cwd: io.cwd,
  };
  const configProblems = context.configProblems ?? unknownRulesInConfig(context);
  if (configProblems) {
    const { parsed, problems } = configProblems;
    const files = [{ file: parsed.source.path, diagnostics: locateProblems(parsed, problems).sort(compareDiagnostics) }];
    io.stderr(reporter(files, reportContext));
    return EXIT_FATAL;
  }
  const register = loadRegister(context.config, context.lang, io.cwd);
  if (register.problems.length) {
    io.stderr(reporter(register.problems, reportContext));
    return EXIT_FATAL;
  }
  const lintOptions = { config: context.config, rules, register: register.register, today: io.today(), lang: context.lang, configParsed: context.configParsed };

  let results = lintLoaded(loadFiles(args, context, io), lintOptions);

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
      writeOrExplain(result.loaded.parsed.source.absPath, fixed.text, result.file, context.lang);
      return fixed.result;
    });
    if (options.fixDryRun) {
      io.stdout(diffs.join(''));
      results.push(...configResults);
    } else {
      // Cross-file rules need the whole set again, with the fixed files as they are now.
      results = lintLoaded(results.map((r) => r.loaded), lintOptions);
    }
  }

  const reportFiles: ReportFile[] = results.map((r) => ({
    file: r.file,
    diagnostics: options.quiet ? r.diagnostics.filter((d) => d.severity === 'error') : r.diagnostics,
  }));
  const output = reporter(reportFiles, reportContext);
  if (options.outputFile) {
    const target = path.resolve(io.cwd, options.outputFile);
    writeOrExplain(target, output, options.outputFile, context.lang);
  } else {
    io.stdout(output);
  }

  const all = results.flatMap((r) => r.diagnostics);
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warn').length;
  if (errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(
      context.lang === 'en'
        ? `sop: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`
        : `sop: ${warnings} peringatan, melebihi --max-warnings ${options.maxWarnings}\n`,
    );
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
        message: coreMessage('unknownRule', context.lang, { rule: id, suggestion: guess ? coreMessage('didYouMean', context.lang, { value: guess }) : '' }),
      });
    }
  };
  check(context.config.lint.rules, ['lint', 'aturan']);
  context.config.lint.overrides.forEach((o, i) => check(o.rules, ['lint', 'khusus', i, 'aturan']));
  return problems.length ? { parsed: context.configParsed, problems } : null;
}

/** Writes atomically; a file-system error becomes a one-line usage error, not a crash. */
function writeOrExplain(target: string, data: string, shown: string, lang: 'id' | 'en'): void {
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    writeFileAtomic(target, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(lang === 'en' ? `cannot write ${shown}: ${code}` : `tidak dapat menulis ${shown}: ${code}`);
  }
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
    current = lintLoaded([loadSop(source, context.config, context.lang)], lintOptions)[0]!;
  }
  return { text, result: current };
}
