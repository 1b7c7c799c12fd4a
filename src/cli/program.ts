import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Io } from './io.js';
import type { Lang } from '../util/lang.js';
import { version } from './version.js';
import { prepareContext, type PreloadedConfig, type RunContext } from './context.js';
import { UsageError } from '../util/errors.js';
import { reporterNames } from '../report/index.js';
import { parseShard } from '../util/shard.js';
import { say, type MessageData, type MessageId } from '../i18n/messages.js';
import { LocalCommand } from './help.js';

/** A command: its argument, its options (with the global ones), the outside world, the run's context. */
export type CommandRun<A, O extends GlobalOptions> = (arg: A, options: O, io: Io, context: RunContext) => Promise<number>;

export interface CommandState {
  exitCode: number;
  verbose: boolean;
  lang: Lang;
  /** sop.config.yaml as main read it before parsing, so that the command does not read it again. */
  preloadedConfig?: PreloadedConfig | null;
}

export interface GlobalOptions {
  lang?: Lang;
  color: boolean;
  verbose: boolean;
  config?: string;
}

/**
 * A new commander program per call, so in-process tests do not share state. Its help, the words in
 * its flags and commander's own texts are in `state.lang`, the language settled before parsing
 * (main.ts, `langBeforeParsing`): help is printed while the arguments are parsed.
 */
export function createProgram(io: Io, state: CommandState): Command {
  const lang = state.lang;
  const t = (id: MessageId, data?: MessageData) => say(lang, id, data);
  /** A flag's value in the help's language: `<folder>`, `<berkas>`. */
  const v = (id: MessageId) => `<${t(id)}>`;
  const output = { writeOut: (s: string) => io.stdout(s), writeErr: (s: string) => io.stderr(s) };

  const program = new LocalCommand('sop', lang);
  program
    .description(t('helpProgram'))
    .version(version, '-V, --version', t('helpOptVersion'))
    .helpOption('-h, --help', t('helpOptHelp'))
    .helpCommand(`help [${t('helpValueCommand')}]`, t('helpCmdHelp'))
    .addOption(new Option(`--lang ${v('helpValueLang')}`, t('helpOptLang')).choices(['id', 'en']))
    .option('--no-color', t('helpOptNoColor'))
    .option('--verbose', t('helpOptVerbose'), false)
    .option(`--config ${v('helpValueFile')}`, t('helpOptConfig'))
    .showHelpAfterError(t('helpAfterError', { command: 'sop' }))
    .exitOverride()
    .configureOutput(output)
    .addHelpText('after', t('helpProgramAfter'));

  // A subcommand inherits the help option, exitOverride and the output; the pointer after an error names it.
  const sub = (name: string) => program.command(name).showHelpAfterError(t('helpAfterError', { command: `sop ${name}` }));
  /**
   * The one action wrapper: settles the run's context (config, language, colour) before the
   * command is loaded — its language is the one `main` words an error in — then runs it.
   */
  const action = <A, O extends GlobalOptions>(load: () => Promise<CommandRun<A, O>>) =>
    async (arg: A, options: Record<string, unknown>, command: Command): Promise<void> => {
      // commander has checked the options against their declarations above.
      const all = { ...command.optsWithGlobals(), ...options } as unknown as O;
      const context = prepareContext(all, io, state.preloadedConfig ?? null);
      state.lang = context.lang;
      const run = await load();
      state.exitCode = await run(arg, all, io, context);
    };
  const files = `[${t('helpValueFiles')}...]`;
  const paper = (description: string) => new Option(`--paper ${v('helpValuePaper')}`, description).choices(PAPERS);
  const parsePort = (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(t('helpErrorNotPort', { value }));
    return n;
  };
  const parseCount = (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(t('helpErrorNotCount', { value }));
    return n;
  };

  sub('lint')
    .description(t('helpLint'))
    .argument(files, t('helpLintFiles'))
    .addOption(new Option(`-f, --format ${v('helpValueFormat')}`, t('helpOptFormat')).choices([...reporterNames]).default('stylish'))
    .option(`-o, --output-file ${v('helpValueFile')}`, t('helpLintOutputFile'))
    .option('--max-warnings <n>', t('helpLintMaxWarnings'), parseCount)
    .option('-q, --quiet', t('helpLintQuiet'))
    .option('--fix', t('helpLintFix'))
    .option('--fix-dry-run', t('helpLintFixDryRun'))
    .option('--shard <k/n>', t('helpLintShard'), parseShard)
    .addHelpText('after', t('helpLintAfter'))
    .action(action(async () => (await import('./commands/lint.js')).runLint));

  sub('render')
    .description(t('helpRender'))
    .argument(files, t('helpArgFilesAsLint'))
    .addOption(new Option(`-f, --format ${v('helpValueFormats')}`, t('helpRenderFormat')).default('html'))
    .option(`--out ${v('helpValueDir')}`, t('helpRenderOut'))
    .addOption(paper(t('helpRenderPaper')))
    .option(`--template ${v('helpValueDir')}`, t('helpOptTemplate'))
    .option(`--chrome ${v('helpValuePath')}`, t('helpRenderChrome'))
    .option('--concurrency <n>', t('helpRenderConcurrency', CONCURRENCY), parseConcurrency)
    .option(`--timeout ${v('helpValueSeconds')}`, t('helpRenderTimeout', TIMEOUT), parseTimeout)
    .option(`--book ${v('helpValueFile')}`, t('helpRenderBook'))
    .option('--shard <k/n>', t('helpRenderShard'), parseShard)
    .option('--force', t('helpRenderForce'))
    .option('--watch', t('helpRenderWatch'))
    .addHelpText('after', t('helpRenderAfter'))
    .action(action(async () => (await import('./commands/render.js')).runRender));

  sub('book')
    .description(t('helpBook'))
    .argument(v('helpValueDir'), t('helpBookDir'))
    .option(`-o, --output ${v('helpValueFile')}`, t('helpBookOutput'))
    .addOption(paper(t('helpBookPaper')))
    .option(`--chrome ${v('helpValuePath')}`, t('helpBookChrome'))
    .option(`--timeout ${v('helpValueSeconds')}`, t('helpBookTimeout', TIMEOUT), parseTimeout)
    .addHelpText('after', t('helpBookAfter'))
    .action(action(async () => (await import('./commands/book.js')).runBook));

  sub('preview')
    .description(t('helpPreview'))
    .argument(files, t('helpArgFilesAsLint'))
    .option('--port <n>', t('helpPreviewPort'), parsePort, 5178)
    .option(`--host ${v('helpValueHost')}`, t('helpPreviewHost'), '127.0.0.1')
    .option('--open', t('helpPreviewOpen'))
    .option(`--template ${v('helpValueDir')}`, t('helpOptTemplate'))
    .option(`--chrome ${v('helpValuePath')}`, t('helpPreviewChrome'))
    .addHelpText('after', t('helpPreviewAfter'))
    .action(action(async () => (await import('./commands/preview.js')).runPreview));

  sub('new')
    .description(t('helpNew'))
    .argument(`[${t('helpValueFile')}]`, t('helpNewFile'))
    .option(`--nama ${v('helpValueTitle')}`, t('helpNewNama'))
    .option(`--nomor ${v('helpValueNumber')}`, t('helpNewNomor'))
    .option(`--pelaksana ${v('helpValueActors')}`, t('helpNewPelaksana'))
    .option('-y, --yes', t('helpOptYes'))
    .addHelpText('after', t('helpNewAfter'))
    .action(action(async () => (await import('./commands/new.js')).runNew));

  sub('import')
    .description(t('helpImport'))
    .argument(files, t('helpImportFiles'))
    .option(`--out ${v('helpValueDir')}`, t('helpImportOut'))
    .option('--force', t('helpImportForce'))
    .option('--dry-run', t('helpImportDryRun'))
    .addOption(new Option(`-f, --format ${v('helpValueFormat')}`, t('helpOptFormat')).choices(['stylish', 'json']).default('stylish'))
    .addHelpText('after', t('helpImportAfter'))
    .action(action(async () => (await import('./commands/import.js')).runImport));

  sub('init')
    .description(t('helpInit'))
    .argument(`[${t('helpValueDir')}]`, t('helpInitDir'), '.')
    .option(`--pemerintah ${v('helpValueName')}`, t('helpInitPemerintah'))
    .option(`--instansi ${v('helpValueName')}`, t('helpInitInstansi'))
    .option(`--kode ${v('helpValueCode')}`, t('helpInitKode'))
    .option(`--ci ${v('helpValueSystems')}`, t('helpInitCi'))
    .option('--no-ci', t('helpInitNoCi'))
    .option('-y, --yes', t('helpOptYes'))
    .option('--force', t('helpInitForce'))
    .option('--update', t('helpInitUpdate'))
    .addHelpText('after', t('helpInitAfter'))
    .action(action(async () => (await import('./commands/init.js')).runInit));

  return program;
}

const PAPERS = ['a4', 'f4', 'letter', 'legal'];

/** --timeout in seconds: at most a day (setTimeout overflows past 2^31 - 1 ms, about 24.8 days). */
export const TIMEOUT = { min: 1, max: 86_400 } as const;
/** --concurrency: pages printed at once in one browser. */
export const CONCURRENCY = { min: 1, max: 64 } as const;

/** A whole number within a range, else a UsageError (worded by `main` in the run's language, exit 2). */
function parseInRange(messageId: string, range: { min: number; max: number }) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < range.min || n > range.max) throw new UsageError(messageId, { value, ...range });
    return n;
  };
}

const parseTimeout = parseInRange('renderTimeoutRange', TIMEOUT);
const parseConcurrency = parseInRange('renderConcurrencyRange', CONCURRENCY);

