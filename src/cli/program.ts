import { Command, InvalidArgumentError, Option } from 'commander';
import type { Io } from './io.js';
import type { Lang } from '../model/types.js';
import { version } from './version.js';

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

  sub('lint')
    .description('check SOP files: YAML, schema and the SOP AP rules')
    .argument('[files...]', 'files, folders (every *.sop.yaml below) or globs; default: the config\'s `sumber`, else sops/**/*.sop.yaml')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('-q, --quiet', 'report errors only')
    .option('--fix', 'apply the safe fixes in place')
    .option('--fix-dry-run', 'show the fixes as a diff without writing')
    .action(async (files: string[], options: Record<string, unknown>, command: Command) => {
      const { runLint } = await import('./commands/lint.js');
      state.exitCode = await runLint(files, { ...(command.optsWithGlobals() as object), ...options } as never, io, state);
    });

  sub('render')
    .description('render SOP files to self-contained HTML and/or PDF')
    .argument('[files...]', 'files, folders or globs (as for lint)')
    .addOption(new Option('--format <formats>', 'html, pdf or html,pdf').default('html'))
    .option('--out <dir>', 'output folder (default: the config\'s `keluaran`, else dist)')
    .addOption(new Option('--paper <paper>', 'paper size').choices(['a4', 'f4', 'letter', 'legal']))
    .option('--template <dir>', 'folder whose files override the built-in templates')
    .option('--chrome <path>', 'the Chromium/Chrome executable for PDF')
    .option('--concurrency <n>', 'pages printed at once (default: the CPU count)', parseCount)
    .option('--timeout <seconds>', 'per-document time limit for PDF', parseCount)
    .option('--book <file>', 'also compile every SOP into one "Buku SOP" PDF')
    .option('--force', 'render everything, ignoring the manifest of unchanged inputs')
    .option('--watch', 're-render when inputs change')
    .action(async (files: string[], options: Record<string, unknown>, command: Command) => {
      const { runRender } = await import('./commands/render.js');
      state.exitCode = await runRender(files, { ...(command.optsWithGlobals() as object), ...options } as never, io, state);
    });

  sub('new')
    .description('start a new SOP file from a template (asks for the title, number and actors)')
    .argument('[file]', 'the file to create, e.g. sops/pelayanan-surat.sop.yaml')
    .option('--nama <title>', 'the SOP title')
    .option('--nomor <number>', 'the SOP number (default from the config\'s nomor_pola)')
    .option('--pelaksana <actors>', 'actors, comma-separated')
    .option('-y, --yes', 'do not ask; use defaults for what is not given')
    .action(async (file: string | undefined, options: Record<string, unknown>, command: Command) => {
      const { runNew } = await import('./commands/new.js');
      state.exitCode = await runNew(file, { ...(command.optsWithGlobals() as object), ...options } as never, io, state);
    });

  sub('init')
    .description('set up a project: sop.config.yaml, sops/, and an example SOP')
    .argument('[dir]', 'the project folder', '.')
    .option('--pemerintah <name>', 'e.g. "Pemerintah Kabupaten Balangan"')
    .option('--instansi <name>', 'e.g. "Dinas Perpustakaan dan Kearsipan"')
    .option('--kode <code>', 'the agency code in SOP numbers (default: the initials of --instansi, e.g. DPK)')
    .option('--force', 'overwrite existing files')
    .action(async (dir: string, options: Record<string, unknown>, command: Command) => {
      const { runInit } = await import('./commands/init.js');
      state.exitCode = await runInit(dir, { ...(command.optsWithGlobals() as object), ...options } as never, io, state);
    });

  return program;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(`"${value}" is not a whole number.`);
  return n;
}
