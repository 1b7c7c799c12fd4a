import { Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import type { Lang } from '../util/lang.js';
import { version } from './version.js';
import { prepareContext, type RunContext } from './context.js';
import { UsageError } from '../util/errors.js';
import { reporterNames } from '../report/index.js';
import { parseShard } from '../util/shard.js';

/** A command: its argument, its options (with the global ones), the outside world, the run's context. */
export type CommandRun<A, O extends GlobalOptions> = (arg: A, options: O, io: Io, context: RunContext) => Promise<number>;

export interface CommandState {
  exitCode: number;
  verbose: boolean;
  lang: Lang;
}

export interface GlobalOptions {
  lang?: Lang;
  color: boolean;
  verbose: boolean;
  config?: string;
}

/** A new commander program per call, so in-process tests do not share state. */
export function createProgram(io: Io, state: CommandState): Command {
  const program = new Command('sop');
  program
    .description(
      'Lint and render SOP AP (Standar Operasional Prosedur Administrasi Pemerintahan) written as YAML.\n' +
        'Validasi dan cetak SOP AP (PermenPAN-RB 35/2012, Permendagri 52/2011) dari berkas YAML.',
    )
    .version(version, '-V, --version', 'print the version')
    .addOption(new Option('--lang <lang>', 'language of messages: id (default) or en').choices(['id', 'en']))
    .option('--no-color', 'no colours in the output (also NO_COLOR=1)')
    .option('--verbose', 'more detail, stack traces of internal errors', false)
    .option('--config <file>', 'use this sop.config.yaml instead of the nearest one')
    .showHelpAfterError('(sop --help)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .addHelpText(
      'after',
      '\nExit codes: 0 clean, 1 findings or failed outputs, 2 usage or fatal error.\nDocs: docs/cli.md, docs/format.md, docs/rules/',
    );

  const sub = (name: string) => program.command(name).exitOverride().configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) });
  /**
   * The one action wrapper: settles the run's context (config, language, colour) before the
   * command is loaded — its language is the one `main` words an error in — then runs it.
   */
  const action = <A, O extends GlobalOptions>(load: () => Promise<CommandRun<A, O>>) =>
    async (arg: A, options: Record<string, unknown>, command: Command): Promise<void> => {
      // commander has checked the options against their declarations above.
      const all = { ...command.optsWithGlobals(), ...options } as unknown as O;
      const context = prepareContext(all, io);
      state.lang = context.lang;
      const run = await load();
      state.exitCode = await run(arg, all, io, context);
    };

  sub('lint')
    .description('check SOP files: YAML, schema and the SOP AP rules')
    .argument('[files...]', 'files, folders (every *.sop.yaml below) or globs; default: the config\'s `sumber`, else sops/**/*.sop.yaml')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...reporterNames]).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report errors only')
    .option('--fix', 'apply the safe fixes in place')
    .option('--fix-dry-run', 'show the fixes as a diff without writing')
    .option('--shard <k/n>', 'check and report only the k-th of n parts of the files (a CI matrix); cross-file rules still see every file', parseShard)
    .action(action(async () => (await import('./commands/lint.js')).runLint));

  sub('render')
    .description('render SOP files to self-contained HTML and/or PDF')
    .argument('[files...]', 'files, folders or globs (as for lint)')
    .addOption(new Option('--format <formats>', 'html, pdf or html,pdf').default('html'))
    .option('--out <dir>', 'output folder (default: the config\'s `keluaran`, else dist)')
    .addOption(new Option('--paper <paper>', 'paper size').choices(['a4', 'f4', 'letter', 'legal']))
    .option('--template <dir>', 'folder whose files override the built-in templates')
    .option('--chrome <path>', 'the Chromium/Chrome executable for PDF')
    .option('--concurrency <n>', `pages printed at once, ${CONCURRENCY.min}–${CONCURRENCY.max} (default: the CPU count)`, parseConcurrency)
    .option('--timeout <seconds>', `per-document time limit for PDF, ${TIMEOUT.min}–${TIMEOUT.max} s (default: 60 s + 1 s per 10 steps)`, parseTimeout)
    .option('--book <file>', 'also compile every SOP into one "Buku SOP" PDF')
    .option('--shard <k/n>', 'render only the k-th of n parts of the files (a CI matrix); assemble the book afterwards with `sop book`', parseShard)
    .option('--force', 'render everything, ignoring the manifest of unchanged inputs')
    .option('--watch', 're-render when inputs change')
    .action(action(async () => (await import('./commands/render.js')).runRender));

  sub('book')
    .description('assemble the "Buku SOP" PDF from the SOP PDFs already rendered into a folder (e.g. by the jobs of a --shard matrix)')
    .argument('<dir>', 'the folder holding the rendered <slug>.pdf files')
    .option('-o, --output <file>', 'the book to write (default: <dir>/buku-sop.pdf)')
    .addOption(new Option('--paper <paper>', "paper size of the cover and Daftar Isi (default: the config's `kertas`, else a4)").choices(['a4', 'f4', 'letter', 'legal']))
    .option('--chrome <path>', 'the Chromium/Chrome executable that prints the cover and Daftar Isi')
    .option('--timeout <seconds>', `time limit for printing the cover and the Daftar Isi, ${TIMEOUT.min}–${TIMEOUT.max} s (default: 60 s)`, parseTimeout)
    .addHelpText(
      'after',
      "\nThe SOPs are the config's `sumber` (else sops/**/*.sop.yaml), in the order and with the names sop render uses;\n" +
        "each one's PDF is <dir>/<slug>.pdf. A SOP whose PDF is missing or out of date is named and left out.\n" +
        'Exit codes: 0 every SOP in the book, 1 a SOP left out (the book of the others is written), 2 usage or fatal error.\nDocs: docs/cli.md',
    )
    .action(action(async () => (await import('./commands/book.js')).runBook));

  sub('preview')
    .description('show the forms live in the browser while editing, with the lint findings')
    .argument('[files...]', 'files, folders or globs (as for lint)')
    .option('--port <n>', 'the port (the next free one when it is taken)', parsePort, 5178)
    .option('--host <host>', 'the address to listen on', '127.0.0.1')
    .option('--open', 'open the index in the desktop browser')
    .option('--template <dir>', 'folder whose files override the built-in templates')
    .option('--chrome <path>', 'the Chromium/Chrome executable for /pdf/ pages')
    .action(action(async () => (await import('./commands/preview.js')).runPreview));

  sub('new')
    .description('start a new SOP file from a template (asks for the title, number and actors)')
    .argument('[file]', 'the file to create, e.g. sops/pelayanan-surat.sop.yaml')
    .option('--nama <title>', 'the SOP title')
    .option('--nomor <number>', 'the SOP number (default from the config\'s nomor_pola)')
    .option('--pelaksana <actors>', 'actors, comma-separated')
    .option('-y, --yes', 'do not ask; use defaults for what is not given')
    .action(action(async () => (await import('./commands/new.js')).runNew));

  sub('import')
    .description('bring existing SOPs in from Word (.docx) and Excel (.xlsx), shapes and all')
    .argument('[files...]', '.docx/.xlsx files, folders (every such file below) or globs')
    .option('--out <dir>', "where to write <slug>.sop.yaml (default: the folder of the config's `sumber`, else sops/)")
    .option('--force', 'overwrite existing files')
    .option('--dry-run', 'print the YAML instead of writing it')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .addHelpText('after', '\nExit codes: 0 every file imported with nothing guessed, 1 a file imported with guesses or failed, 2 usage.\nDocs: docs/import.md')
    .action(action(async () => (await import('./commands/import.js')).runImport));

  sub('init')
    .description('set up a project, or add what it lacks: sop.config.yaml, sops/ with an example SOP, editor settings, CI files, a pre-commit hook')
    .argument('[dir]', 'the project folder', '.')
    .option('--pemerintah <name>', 'e.g. "Pemerintah Kabupaten Balangan"')
    .option('--instansi <name>', 'e.g. "Dinas Perpustakaan dan Kearsipan"')
    .option('--kode <code>', 'the agency code in SOP numbers (default: the initials of --instansi, e.g. DPK)')
    .option('--ci <systems>', 'CI files to write: github, gitlab or github,gitlab (default: both)')
    .option('--no-ci', 'write no CI files')
    .option('-y, --yes', 'do not ask; use defaults for what is not given')
    .option('--force', 'rewrite the files sop init generates, even when they exist')
    .option('--update', "only refresh the project's schema copy (.sop/schemas) to this version")
    .addHelpText('after', '\nExisting files are left as they are (reported "sudah ada") unless --force.\nDocs: docs/cli.md (sop init)')
    .action(action(async () => (await import('./commands/init.js')).runInit));

  return program;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port (0–65535).`);
  return n;
}

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

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return n;
}
