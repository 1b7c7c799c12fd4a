import type idHelp from '../id/help.js';

/** English texts of `--help` (with --lang en, `bahasa: en` or SOP_LANG=en). */
export default {
  helpTitleUsage: 'Usage:',
  helpTitleArguments: 'Arguments:',
  helpTitleOptions: 'Options:',
  helpTitleGlobalOptions: 'Global options:',
  helpTitleCommands: 'Commands:',
  helpUsageOptions: '[options]',
  helpUsageCommand: '[command]',
  helpChoices: 'choices: {list}',
  helpDefault: 'default: {value}',
  helpOptHelp: 'display help for command',
  helpCmdHelp: 'display help for a command',
  helpOptVersion: 'print the version number',
  helpAfterError: '(see {command} --help)',

  helpErrorUnknownOption: "unknown option '{flag}'{suggestion}",
  helpErrorUnknownCommand: "unknown command '{name}'{suggestion}",
  helpErrorDidYouMean: '; did you mean {value}?',
  helpErrorDidYouMeanOneOf: '; did you mean one of {list}?',
  helpErrorMissingArgument: "missing required argument '{name}'",
  helpErrorOptionMissingArgument: "option '{flags}' argument missing",
  helpErrorExcessArguments: "too many arguments for '{command}': expected {expected}, got {received}",
  helpErrorInvalidOption: "option '{flags}' argument '{value}' is invalid. {detail}",
  helpErrorChoices: 'Allowed choices are {list}.',
  helpErrorNotPort: '"{value}" is not a port (0–65535).',
  helpErrorNotCount: '"{value}" is not a whole number.',

  helpValueFile: 'file',
  helpValueFiles: 'files',
  helpValueDir: 'dir',
  helpValueFormat: 'format',
  helpValueFormats: 'formats',
  helpValuePaper: 'paper',
  helpValuePath: 'path',
  helpValueSeconds: 'seconds',
  helpValueHost: 'host',
  helpValueTitle: 'title',
  helpValueNumber: 'number',
  helpValueActors: 'actors',
  helpValueName: 'name',
  helpValueCode: 'code',
  helpValueSystems: 'systems',
  helpValueLang: 'lang',
  helpValueCommand: 'command',

  helpProgram:
    'Lint and render SOP AP (Standar Operasional Prosedur Administrasi Pemerintahan; PermenPAN-RB 35/2012, Permendagri 52/2011) written as YAML.',
  helpOptLang: "language of messages and help (default: the config's `bahasa`, else SOP_LANG, else id)",
  helpOptNoColor: 'no colours in the output (also NO_COLOR=1)',
  helpOptVerbose: 'more detail, stack traces of internal errors',
  helpOptConfig: 'use this sop.config.yaml instead of the nearest one',
  helpProgramAfter:
    '\nExamples:\n' +
    '  sop init                  # set up a project: sop.config.yaml, sops/ with an example SOP, CI files\n' +
    '  sop new                   # start a new SOP (at a terminal: asks for the title, number, actors)\n' +
    '  sop lint                  # check every SOP of the project\n' +
    '  sop render --format pdf   # print the SOP forms as PDF into the output folder (dist/)\n' +
    '  sop help lint             # help on one command (the same as: sop lint --help)\n' +
    '\nExit codes: 0 clean, 1 findings or failed outputs, 2 usage or fatal error.\n' +
    'Language: --lang id, `bahasa: id` in sop.config.yaml, or SOP_LANG=id (this help too).\n' +
    'Docs: docs/cli.md, docs/format.md, docs/rules/',

  helpOptFormat: 'output format',
  helpOptTemplate: 'folder whose files override the built-in templates',
  helpOptYes: 'do not ask; use defaults for what is not given',
  helpArgFilesAsLint: 'files, folders or globs (as for lint)',

  helpLint: 'check SOP files: YAML, schema and the SOP AP rules',
  helpLintFiles: "files, folders (every *.sop.yaml below) or globs; default: the config's `sumber`, else sops/**/*.sop.yaml",
  helpLintOutputFile: 'write the report to a file instead of stdout',
  helpLintMaxWarnings: 'exit 1 when there are more than n warnings',
  helpLintQuiet: 'report errors only',
  helpLintFix: 'apply the safe fixes in place',
  helpLintFixDryRun: 'show the fixes as a diff without writing',
  helpLintShard: 'check and report only the k-th of n parts of the files (a CI matrix); cross-file rules still see every file',
  helpLintAfter:
    '\nExamples:\n' +
    "  sop lint                         # every SOP (the config's `sumber`, else sops/**/*.sop.yaml)\n" +
    '  sop lint sops/keuangan           # the SOPs in one folder\n' +
    '  sop lint --fix                   # apply the safe fixes: citation format, jenis spelling, order\n' +
    '  sop lint --fix-dry-run           # see the fixes first, as a diff\n' +
    '  sop lint -f sarif -o sop.sarif   # a SARIF report for GitHub code scanning\n' +
    '  sop lint --max-warnings 0        # fail on warnings too\n' +
    '\nExit codes: 0 clean, 1 errors or more warnings than --max-warnings, 2 usage or fatal error.\n' +
    'Docs: docs/cli.md (sop lint), docs/rules/',

  helpRender: 'render SOP files to self-contained HTML and/or PDF',
  helpRenderFormat: 'html, pdf or html,pdf',
  helpRenderOut: "output folder (default: the config's `keluaran`, else dist)",
  helpRenderPaper: "paper size (default: the config's `kertas`, else a4)",
  helpRenderChrome: 'the Chromium/Chrome executable for PDF',
  helpRenderConcurrency: 'pages printed at once, {min}–{max} (default: the CPU count)',
  helpRenderTimeout: 'per-document time limit for PDF, {min}–{max} s (default: 60 s + 1 s per 10 steps)',
  helpRenderBook: 'also compile every SOP into one "Buku SOP" PDF',
  helpRenderShard: 'render only the k-th of n parts of the files (a CI matrix); assemble the book afterwards with `sop book`',
  helpRenderForce: 'render everything, ignoring the manifest of unchanged inputs',
  helpRenderWatch: 're-render when inputs change',
  helpRenderAfter:
    '\nExamples:\n' +
    '  sop render                                              # HTML of every SOP into the output folder (dist/)\n' +
    '  sop render --format html,pdf --book dist/buku-sop.pdf   # HTML and PDF, and the Buku SOP\n' +
    '  sop render sops/surat-masuk.sop.yaml -f pdf --paper f4  # one SOP as PDF on F4 paper\n' +
    '  sop render --watch                                      # re-render whenever a file is saved\n' +
    '\nExit codes: 0 every output written, 1 a file failed (the others are still written), 2 usage or fatal error.\n' +
    'Docs: docs/cli.md (sop render), docs/pdf.md, docs/templates.md',

  helpBook: 'assemble the "Buku SOP" PDF from the SOP PDFs already rendered into a folder (e.g. by the jobs of a --shard matrix)',
  helpBookDir: 'the folder holding the rendered <slug>.pdf files',
  helpBookOutput: 'the book to write (default: <dir>/buku-sop.pdf)',
  helpBookPaper: "paper size of the cover and Daftar Isi (default: the config's `kertas`, else a4)",
  helpBookChrome: 'the Chromium/Chrome executable that prints the cover and Daftar Isi',
  helpBookTimeout: 'time limit for printing the cover and the Daftar Isi, {min}–{max} s (default: 60 s)',
  helpBookAfter:
    "\nThe SOPs are the config's `sumber` (else sops/**/*.sop.yaml), in the order and with the names sop render uses;\n" +
    "each one's PDF is <dir>/<slug>.pdf. A SOP whose PDF is missing or out of date is named and left out.\n" +
    '\nExamples:\n' +
    '  sop book dist                                    # dist/buku-sop.pdf from dist/<slug>.pdf\n' +
    '  sop book dist -o dist/buku-sop-2026.pdf --paper f4\n' +
    '\nExit codes: 0 every SOP in the book, 1 a SOP left out (the book of the others is written), 2 usage or fatal error.\n' +
    'Docs: docs/cli.md (sop book), docs/pdf.md',

  helpPreview: 'show the forms live in the browser while editing, with the lint findings',
  helpPreviewPort: 'the port (the next free one when it is taken; 0: any free one)',
  helpPreviewHost: 'the address to listen on',
  helpPreviewOpen: 'open the index in the desktop browser',
  helpPreviewChrome: 'the Chromium/Chrome executable for /pdf/ pages',
  helpPreviewAfter:
    '\nExamples:\n' +
    '  sop preview --open          # open the preview in the browser\n' +
    '  sop preview sops/keuangan   # only the SOPs in one folder\n' +
    '\nCtrl-C stops the server (exit code 0).\n' +
    'Docs: docs/cli.md (sop preview)',

  helpNew: 'start a new SOP file from a skeleton (asks for the title, number and actors)',
  helpNewFile: "the file to create, e.g. sops/pelayanan-surat.sop.yaml (default: <slug of --nama>.sop.yaml in the folder of the config's `sumber`)",
  helpNewNama: 'the SOP title',
  helpNewNomor: "the SOP number (default: from the config's `nomor_pola`)",
  helpNewPelaksana: 'actors (jabatan), comma-separated',
  helpNewAfter:
    '\nExamples:\n' +
    '  sop new   # at a terminal: asks for the title, the number (suggested from nomor_pola) and the actors\n' +
    '  sop new --nama "Pelayanan Surat Masuk" --pelaksana "Pengadministrasi Perkantoran,Kepala Subbagian Umum" -y\n' +
    '  sop new sops/umum/surat-keluar.sop.yaml   # a file named by you; asks for the title, number and actors\n' +
    '\nAn existing file is never overwritten (exit code 2).\n' +
    'Docs: docs/cli.md (sop new), docs/format.md',

  helpImport: 'bring existing SOPs in from Word (.docx) and Excel (.xlsx), shapes and all',
  helpImportFiles: '.docx/.xlsx files, folders (every such file below) or globs',
  helpImportOut: "where to write <slug>.sop.yaml (default: the folder of the config's `sumber`, else sops/)",
  helpImportForce: 'overwrite existing files',
  helpImportDryRun: 'print the YAML instead of writing it',
  helpImportAfter:
    '\nExamples:\n' +
    '  sop import arsip/*.docx                          # each document becomes <slug>.sop.yaml\n' +
    '  sop import arsip --dry-run                       # see the YAML first, writing nothing\n' +
    '  sop import "SOP Surat Masuk.xlsx" --out sops/umum\n' +
    '\nGuessed values carry a `# periksa:` comment; check and complete them, then run sop lint.\n' +
    'Exit codes: 0 every file imported with nothing guessed, 1 a file imported with guesses or failed, 2 usage.\n' +
    'Docs: docs/import.md',

  helpInit: 'set up a project, or add what it lacks: sop.config.yaml, sops/ with an example SOP, editor settings, CI files, a pre-commit hook',
  helpInitDir: 'the project folder',
  helpInitPemerintah: 'the regional government, e.g. "Pemerintah Kabupaten Balangan"',
  helpInitInstansi: 'the agency (perangkat daerah), e.g. "Dinas Perpustakaan dan Kearsipan"',
  helpInitKode: 'the agency code in SOP numbers (default: the initials of --instansi, e.g. DPK)',
  helpInitCi: 'CI files to write: github, gitlab or github,gitlab (default: both)',
  helpInitNoCi: 'write no CI files',
  helpInitForce: 'rewrite the files sop init generates, even when they exist',
  helpInitUpdate: "only refresh the project's schema copy (.sop/schemas) to this version",
  helpInitAfter:
    '\nExisting files are left as they are (reported "Sudah ada") unless --force.\n' +
    '\nExamples:\n' +
    '  sop init --pemerintah "Pemerintah Kabupaten Balangan" --instansi "Dinas Perpustakaan dan Kearsipan"\n' +
    '  sop init proyek-sop --pemerintah "Kota Batam" --instansi "Dinas Kesehatan" --kode DINKES --ci gitlab\n' +
    '  sop init            # in an existing project: adds only what is missing\n' +
    "  sop init --update   # after upgrading sop: this version's schemas into .sop/schemas\n" +
    '\nDocs: docs/cli.md (sop init)',
} satisfies Record<keyof typeof idHelp, string>;
