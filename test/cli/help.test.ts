import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Command, Option } from 'commander';
import { runCli, tempProject, fakeIo } from '../helpers/cli.js';
import { createProgram } from '../../src/cli/program.js';
import type { Lang } from '../../src/util/lang.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;

/**
 * The help as lines, its layout undone: an item's description wrapped onto the next lines (deeper
 * indented) is joined back, and the padding between an item's term and its description is two
 * spaces — so an expected line does not depend on the width of the terminal or the longest term.
 */
function helpLines(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (/^ {3,}\S/.test(line) && lines.length && /^ {2}\S/.test(lines[lines.length - 1]!)) lines[lines.length - 1] += ' ' + line.trim();
    else lines.push(line);
  }
  return lines.map((l) => l.replace(/(\S) {2,}/g, '$1  '));
}

/** A paragraph wrapped by commander (the command's description), on one line. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

interface Expected {
  usage: string;
  description: string;
  /** Section titles, in order. */
  titles: string[];
  /** Exact lines: "  term  description" and the lines of the text after the help. */
  lines: string[];
}

const ID_GLOBAL = [
  '  -V, --version  tampilkan nomor versi',
  '  --lang <bahasa>  bahasa pesan dan bantuan (bawaan: `bahasa` di sop.config.yaml, lalu SOP_LANG, lalu id; pilihan: "id", "en")',
  '  --no-color  tanpa warna di keluaran (juga NO_COLOR=1)',
  '  --verbose  lebih rinci, termasuk jejak (stack trace) galat internal',
  '  --config <berkas>  pakai sop.config.yaml ini, bukan yang terdekat',
];
const EN_GLOBAL = [
  '  -V, --version  print the version number',
  '  --lang <lang>  language of messages and help (default: the config\'s `bahasa`, else SOP_LANG, else id; choices: "id", "en")',
  '  --no-color  no colours in the output (also NO_COLOR=1)',
  '  --verbose  more detail, stack traces of internal errors',
  '  --config <file>  use this sop.config.yaml instead of the nearest one',
];
const ID_TITLES = ['Argumen:', 'Opsi:', 'Opsi global:', 'Contoh:'];
const EN_TITLES = ['Arguments:', 'Options:', 'Global options:', 'Examples:'];

const indonesian: Record<string, Expected> = {
  lint: {
    usage: 'Penggunaan: sop lint [opsi] [berkas...]',
    description: 'memeriksa berkas SOP: YAML, skema, dan aturan SOP AP',
    titles: ID_TITLES,
    lines: [
      '  berkas  berkas, folder (semua *.sop.yaml di dalamnya) atau glob; bawaan: `sumber` di sop.config.yaml, atau sops/**/*.sop.yaml',
      '  -f, --format <format>  format laporan (pilihan: "stylish", "json", "sarif", "github", "gitlab", bawaan: "stylish")',
      '  -o, --output-file <berkas>  tulis laporan ke berkas, bukan ke stdout',
      '  --max-warnings <n>  keluar dengan kode 1 bila peringatan lebih dari n',
      '  -q, --quiet  laporkan error saja',
      '  --fix  terapkan perbaikan yang aman langsung di berkas',
      '  --fix-dry-run  tampilkan perbaikan sebagai diff tanpa menulis berkas',
      '  --shard <k/n>  periksa dan laporkan hanya bagian ke-k dari n bagian berkas (matriks CI); aturan lintas berkas tetap melihat semua berkas',
      '  -h, --help  tampilkan bantuan perintah ini',
      ...ID_GLOBAL,
      '  sop lint --fix  # memperbaiki yang aman: penulisan dasar hukum, ejaan jenis, urutan',
      '  sop lint -f sarif -o sop.sarif  # laporan SARIF untuk GitHub code scanning',
      '  sop lint --max-warnings 0  # gagal juga bila ada peringatan',
      'Kode keluar: 0 bersih, 1 ada error atau peringatan melebihi --max-warnings, 2 salah pemakaian atau galat fatal.',
      'Dokumentasi: docs/cli.md (sop lint), docs/rules/',
    ],
  },
  render: {
    usage: 'Penggunaan: sop render [opsi] [berkas...]',
    description: 'mencetak berkas SOP menjadi HTML mandiri dan/atau PDF',
    titles: ID_TITLES,
    lines: [
      '  berkas  berkas, folder atau glob (seperti pada lint)',
      '  -f, --format <format>  html, pdf atau html,pdf (bawaan: "html")',
      '  --out <folder>  folder keluaran (bawaan: `keluaran` di sop.config.yaml, atau dist)',
      '  --paper <kertas>  ukuran kertas (bawaan: `kertas` di sop.config.yaml, atau a4; pilihan: "a4", "f4", "letter", "legal")',
      '  --template <folder>  folder berisi berkas yang menggantikan templat bawaan',
      '  --chrome <jalur>  program Chromium/Chrome untuk PDF',
      '  --concurrency <n>  jumlah halaman yang dicetak bersamaan, 1–64 (bawaan: jumlah CPU)',
      '  --timeout <detik>  batas waktu PDF per dokumen, 1–86400 detik (bawaan: 60 detik + 1 detik per 10 kegiatan)',
      '  --book <berkas>  juga susun semua SOP menjadi satu PDF "Buku SOP"',
      '  --shard <k/n>  render hanya bagian ke-k dari n bagian berkas (matriks CI); susun bukunya sesudahnya dengan `sop book`',
      '  --force  render semuanya, abaikan manifest masukan yang tidak berubah',
      '  --watch  render ulang setiap kali masukan berubah',
      ...ID_GLOBAL,
      '  sop render --format html,pdf --book dist/buku-sop.pdf  # HTML dan PDF, ditambah Buku SOP',
      '  sop render sops/surat-masuk.sop.yaml -f pdf --paper f4  # satu SOP sebagai PDF di kertas F4',
      'Kode keluar: 0 semua keluaran ditulis, 1 ada berkas yang gagal (yang lain tetap ditulis), 2 salah pemakaian atau galat fatal.',
      'Dokumentasi: docs/cli.md (sop render), docs/pdf.md, docs/templates.md',
    ],
  },
  book: {
    usage: 'Penggunaan: sop book [opsi] <folder>',
    description: 'menyusun PDF "Buku SOP" dari PDF SOP yang sudah dirender ke sebuah folder (mis. oleh job matriks --shard)',
    titles: ID_TITLES,
    lines: [
      '  folder  folder berisi berkas <slug>.pdf hasil render',
      '  -o, --output <berkas>  berkas buku yang ditulis (bawaan: <folder>/buku-sop.pdf)',
      '  --paper <kertas>  ukuran kertas sampul dan Daftar Isi (bawaan: `kertas` di sop.config.yaml, atau a4; pilihan: "a4", "f4", "letter", "legal")',
      '  --chrome <jalur>  program Chromium/Chrome yang mencetak sampul dan Daftar Isi',
      '  --timeout <detik>  batas waktu mencetak sampul dan Daftar Isi, 1–86400 detik (bawaan: 60 detik)',
      ...ID_GLOBAL,
      'PDF setiap SOP adalah <folder>/<slug>.pdf. SOP yang PDF-nya tidak ada atau sudah usang disebutkan dan tidak dimasukkan.',
      '  sop book dist  # dist/buku-sop.pdf dari dist/<slug>.pdf',
      'Kode keluar: 0 semua SOP masuk buku, 1 ada SOP yang tidak dimasukkan (buku SOP lainnya tetap ditulis), 2 salah pemakaian atau galat fatal.',
      'Dokumentasi: docs/cli.md (sop book), docs/pdf.md',
    ],
  },
  preview: {
    usage: 'Penggunaan: sop preview [opsi] [berkas...]',
    description: 'menampilkan formulir langsung di browser selama menyunting, dengan temuan lint',
    titles: ID_TITLES,
    lines: [
      '  berkas  berkas, folder atau glob (seperti pada lint)',
      '  --port <n>  port (yang bebas berikutnya bila sudah dipakai; 0: port bebas mana saja; bawaan: 5178)',
      '  --host <alamat>  alamat tempat server mendengarkan (bawaan: "127.0.0.1")',
      '  --open  buka daftar SOP di browser desktop',
      '  --template <folder>  folder berisi berkas yang menggantikan templat bawaan',
      '  --chrome <jalur>  program Chromium/Chrome untuk halaman /pdf/',
      ...ID_GLOBAL,
      '  sop preview --open  # membuka pratinjau di browser',
      'Ctrl-C menghentikan server (kode keluar 0).',
      'Dokumentasi: docs/cli.md (sop preview)',
    ],
  },
  new: {
    usage: 'Penggunaan: sop new [opsi] [berkas]',
    description: 'memulai berkas SOP baru dari kerangka (menanyakan nama, nomor dan pelaksana)',
    titles: ID_TITLES,
    lines: [
      '  berkas  berkas yang dibuat, mis. sops/pelayanan-surat.sop.yaml (bawaan: <slug --nama>.sop.yaml di folder `sumber`)',
      '  --nama <judul>  nama SOP',
      '  --nomor <nomor>  nomor SOP (bawaan: dari `nomor_pola` di sop.config.yaml)',
      '  --pelaksana <jabatan>  pelaksana (jabatan), dipisah koma',
      '  -y, --yes  jangan bertanya; pakai nilai bawaan untuk yang tidak diberikan',
      ...ID_GLOBAL,
      '  sop new --nama "Pelayanan Surat Masuk" --pelaksana "Pengadministrasi Perkantoran,Kepala Subbagian Umum" -y',
      'Berkas yang sudah ada tidak pernah ditimpa (kode keluar 2).',
      'Dokumentasi: docs/cli.md (sop new), docs/format.md',
    ],
  },
  import: {
    usage: 'Penggunaan: sop import [opsi] [berkas...]',
    description: 'mengimpor SOP yang sudah ada dari Word (.docx) dan Excel (.xlsx), lengkap dengan bagan alirnya',
    titles: ID_TITLES,
    lines: [
      '  berkas  berkas .docx/.xlsx, folder (semua berkas itu di dalamnya) atau glob',
      '  --out <folder>  tempat menulis <slug>.sop.yaml (bawaan: folder `sumber` di sop.config.yaml, atau sops/)',
      '  --force  timpa berkas yang sudah ada',
      '  --dry-run  cetak YAML-nya, jangan tulis berkas',
      '  -f, --format <format>  format laporan (pilihan: "stylish", "json", bawaan: "stylish")',
      ...ID_GLOBAL,
      '  sop import arsip --dry-run  # melihat YAML-nya dulu, tanpa menulis',
      'Nilai yang ditebak diberi komentar `# periksa:`; periksa dan lengkapi, lalu jalankan sop lint.',
      'Kode keluar: 0 semua berkas diimpor tanpa tebakan, 1 ada berkas yang diimpor dengan tebakan atau gagal, 2 salah pemakaian.',
      'Dokumentasi: docs/import.md',
    ],
  },
  init: {
    usage: 'Penggunaan: sop init [opsi] [folder]',
    description:
      'menyiapkan proyek, atau melengkapi yang belum ada: sop.config.yaml, sops/ dengan contoh SOP, pengaturan editor, berkas CI, hook pre-commit',
    titles: ID_TITLES,
    lines: [
      '  folder  folder proyek (bawaan: ".")',
      '  --pemerintah <nama>  pemerintah daerah, mis. "Pemerintah Kabupaten Balangan"',
      '  --instansi <nama>  instansi (perangkat daerah), mis. "Dinas Perpustakaan dan Kearsipan"',
      '  --kode <kode>  kode instansi pada nomor SOP (bawaan: huruf awal --instansi, mis. DPK)',
      '  --ci <sistem>  berkas CI yang ditulis: github, gitlab atau github,gitlab (bawaan: keduanya)',
      '  --no-ci  jangan tulis berkas CI',
      '  -y, --yes  jangan bertanya; pakai nilai bawaan untuk yang tidak diberikan',
      '  --force  tulis ulang berkas buatan sop init walaupun sudah ada',
      '  --update  hanya perbarui salinan skema proyek (.sop/schemas) ke versi ini',
      ...ID_GLOBAL,
      'Berkas yang sudah ada dibiarkan apa adanya (dilaporkan "Sudah ada") kecuali dengan --force.',
      '  sop init proyek-sop --pemerintah "Kota Batam" --instansi "Dinas Kesehatan" --kode DINKES --ci gitlab',
      '  sop init --update  # sesudah memperbarui sop: skema versi ini ke .sop/schemas',
      'Dokumentasi: docs/cli.md (sop init)',
    ],
  },
};

const english: Record<string, Expected> = {
  lint: {
    usage: 'Usage: sop lint [options] [files...]',
    description: 'check SOP files: YAML, schema and the SOP AP rules',
    titles: EN_TITLES,
    lines: [
      "  files  files, folders (every *.sop.yaml below) or globs; default: the config's `sumber`, else sops/**/*.sop.yaml",
      '  -f, --format <format>  output format (choices: "stylish", "json", "sarif", "github", "gitlab", default: "stylish")',
      '  -o, --output-file <file>  write the report to a file instead of stdout',
      '  --max-warnings <n>  exit 1 when there are more than n warnings',
      '  -q, --quiet  report errors only',
      '  --fix  apply the safe fixes in place',
      '  --fix-dry-run  show the fixes as a diff without writing',
      '  --shard <k/n>  check and report only the k-th of n parts of the files (a CI matrix); cross-file rules still see every file',
      '  -h, --help  display help for command',
      ...EN_GLOBAL,
      '  sop lint --fix  # apply the safe fixes: citation format, jenis spelling, order',
      'Exit codes: 0 clean, 1 errors or more warnings than --max-warnings, 2 usage or fatal error.',
      'Docs: docs/cli.md (sop lint), docs/rules/',
    ],
  },
  render: {
    usage: 'Usage: sop render [options] [files...]',
    description: 'render SOP files to self-contained HTML and/or PDF',
    titles: EN_TITLES,
    lines: [
      '  files  files, folders or globs (as for lint)',
      '  -f, --format <formats>  html, pdf or html,pdf (default: "html")',
      "  --out <dir>  output folder (default: the config's `keluaran`, else dist)",
      '  --paper <paper>  paper size (default: the config\'s `kertas`, else a4; choices: "a4", "f4", "letter", "legal")',
      '  --template <dir>  folder whose files override the built-in templates',
      '  --chrome <path>  the Chromium/Chrome executable for PDF',
      '  --concurrency <n>  pages printed at once, 1–64 (default: the CPU count)',
      '  --timeout <seconds>  per-document time limit for PDF, 1–86400 s (default: 60 s + 1 s per 10 steps)',
      '  --book <file>  also compile every SOP into one "Buku SOP" PDF',
      '  --shard <k/n>  render only the k-th of n parts of the files (a CI matrix); assemble the book afterwards with `sop book`',
      '  --force  render everything, ignoring the manifest of unchanged inputs',
      '  --watch  re-render when inputs change',
      ...EN_GLOBAL,
      '  sop render --format html,pdf --book dist/buku-sop.pdf  # HTML and PDF, and the Buku SOP',
      'Exit codes: 0 every output written, 1 a file failed (the others are still written), 2 usage or fatal error.',
    ],
  },
  book: {
    usage: 'Usage: sop book [options] <dir>',
    description: 'assemble the "Buku SOP" PDF from the SOP PDFs already rendered into a folder (e.g. by the jobs of a --shard matrix)',
    titles: EN_TITLES,
    lines: [
      '  dir  the folder holding the rendered <slug>.pdf files',
      '  -o, --output <file>  the book to write (default: <dir>/buku-sop.pdf)',
      '  --paper <paper>  paper size of the cover and Daftar Isi (default: the config\'s `kertas`, else a4; choices: "a4", "f4", "letter", "legal")',
      '  --chrome <path>  the Chromium/Chrome executable that prints the cover and Daftar Isi',
      '  --timeout <seconds>  time limit for printing the cover and the Daftar Isi, 1–86400 s (default: 60 s)',
      ...EN_GLOBAL,
      'Exit codes: 0 every SOP in the book, 1 a SOP left out (the book of the others is written), 2 usage or fatal error.',
    ],
  },
  preview: {
    usage: 'Usage: sop preview [options] [files...]',
    description: 'show the forms live in the browser while editing, with the lint findings',
    titles: EN_TITLES,
    lines: [
      '  files  files, folders or globs (as for lint)',
      '  --port <n>  the port (the next free one when it is taken; 0: any free one; default: 5178)',
      '  --host <host>  the address to listen on (default: "127.0.0.1")',
      '  --open  open the index in the desktop browser',
      '  --template <dir>  folder whose files override the built-in templates',
      '  --chrome <path>  the Chromium/Chrome executable for /pdf/ pages',
      ...EN_GLOBAL,
      'Ctrl-C stops the server (exit code 0).',
    ],
  },
  new: {
    usage: 'Usage: sop new [options] [file]',
    description: 'start a new SOP file from a skeleton (asks for the title, number and actors)',
    titles: EN_TITLES,
    lines: [
      "  file  the file to create, e.g. sops/pelayanan-surat.sop.yaml (default: <slug of --nama>.sop.yaml in the folder of the config's `sumber`)",
      '  --nama <title>  the SOP title',
      "  --nomor <number>  the SOP number (default: from the config's `nomor_pola`)",
      '  --pelaksana <actors>  actors (jabatan), comma-separated',
      '  -y, --yes  do not ask; use defaults for what is not given',
      ...EN_GLOBAL,
      'An existing file is never overwritten (exit code 2).',
    ],
  },
  import: {
    usage: 'Usage: sop import [options] [files...]',
    description: 'bring existing SOPs in from Word (.docx) and Excel (.xlsx), shapes and all',
    titles: EN_TITLES,
    lines: [
      '  files  .docx/.xlsx files, folders (every such file below) or globs',
      "  --out <dir>  where to write <slug>.sop.yaml (default: the folder of the config's `sumber`, else sops/)",
      '  --force  overwrite existing files',
      '  --dry-run  print the YAML instead of writing it',
      '  -f, --format <format>  output format (choices: "stylish", "json", default: "stylish")',
      ...EN_GLOBAL,
      'Exit codes: 0 every file imported with nothing guessed, 1 a file imported with guesses or failed, 2 usage.',
    ],
  },
  init: {
    usage: 'Usage: sop init [options] [dir]',
    description: 'set up a project, or add what it lacks: sop.config.yaml, sops/ with an example SOP, editor settings, CI files, a pre-commit hook',
    titles: EN_TITLES,
    lines: [
      '  dir  the project folder (default: ".")',
      '  --pemerintah <name>  the regional government, e.g. "Pemerintah Kabupaten Balangan"',
      '  --instansi <name>  the agency (perangkat daerah), e.g. "Dinas Perpustakaan dan Kearsipan"',
      '  --kode <code>  the agency code in SOP numbers (default: the initials of --instansi, e.g. DPK)',
      '  --ci <systems>  CI files to write: github, gitlab or github,gitlab (default: both)',
      '  --no-ci  write no CI files',
      '  --force  rewrite the files sop init generates, even when they exist',
      "  --update  only refresh the project's schema copy (.sop/schemas) to this version",
      ...EN_GLOBAL,
      'Existing files are left as they are (reported "Sudah ada") unless --force.',
    ],
  },
};

const COMMANDS = ['lint', 'render', 'book', 'preview', 'new', 'import', 'init'];

/** commander's English words, which must not show in an Indonesian help. */
const ENGLISH_WORDS = [
  'Usage:',
  'Options:',
  'Arguments:',
  'Commands:',
  'Global Options:',
  'Global options:',
  'display help',
  'output the version',
  'print the version',
  '[options]',
  '[command]',
  'choices:',
  'default:',
  'Examples:',
  'Exit codes',
  'Docs:',
];

function expectHelp(stdout: string, expected: Expected): void {
  const lines = helpLines(stdout);
  expect(lines[0]).toBe(expected.usage);
  expect(flat(stdout)).toContain(expected.description);
  const titles = lines.filter((l) => expected.titles.includes(l));
  expect(titles).toEqual(expected.titles);
  for (const line of expected.lines) expect(lines).toContain(line);
}

describe('--help of every command, in Indonesian by default', () => {
  const dir = tempProject({});

  it.each(COMMANDS)('sop %s --help', async (command) => {
    const run = await runCli([command, '--help'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expectHelp(run.stdout, indonesian[command]!);
    for (const word of ENGLISH_WORDS) expect(run.stdout).not.toContain(word);
  });

  it('sop --help: the commands, the global options, examples, exit codes and the language', async () => {
    const run = await runCli(['--help'], dir);
    expect(run.code).toBe(0);
    const lines = helpLines(run.stdout);
    expect(lines[0]).toBe('Penggunaan: sop [opsi] [perintah]');
    expect(flat(run.stdout)).toContain(
      'Periksa dan cetak SOP AP (Standar Operasional Prosedur Administrasi Pemerintahan; PermenPAN-RB 35/2012, Permendagri 52/2011) yang ditulis sebagai berkas YAML.',
    );
    expect(lines.filter((l) => /^\S.*:$/.test(l))).toEqual(['Opsi:', 'Perintah:', 'Contoh:']);
    for (const line of [
      ...ID_GLOBAL,
      '  -h, --help  tampilkan bantuan perintah ini',
      '  lint [opsi] [berkas...]  memeriksa berkas SOP: YAML, skema, dan aturan SOP AP',
      '  render [opsi] [berkas...]  mencetak berkas SOP menjadi HTML mandiri dan/atau PDF',
      '  book [opsi] <folder>  menyusun PDF "Buku SOP" dari PDF SOP yang sudah dirender ke sebuah folder (mis. oleh job matriks --shard)',
      '  preview [opsi] [berkas...]  menampilkan formulir langsung di browser selama menyunting, dengan temuan lint',
      '  new [opsi] [berkas]  memulai berkas SOP baru dari kerangka (menanyakan nama, nomor dan pelaksana)',
      '  import [opsi] [berkas...]  mengimpor SOP yang sudah ada dari Word (.docx) dan Excel (.xlsx), lengkap dengan bagan alirnya',
      '  init [opsi] [folder]  menyiapkan proyek, atau melengkapi yang belum ada: sop.config.yaml, sops/ dengan contoh SOP, pengaturan editor, berkas CI, hook pre-commit',
      '  help [perintah]  tampilkan bantuan sebuah perintah',
      '  sop lint  # memeriksa semua SOP proyek',
      '  sop render --format pdf  # mencetak formulir SOP sebagai PDF ke folder keluaran (dist/)',
      'Kode keluar: 0 bersih, 1 ada temuan atau keluaran yang gagal, 2 salah pemakaian atau galat fatal.',
      'Bahasa: --lang en, `bahasa: en` di sop.config.yaml, atau SOP_LANG=en (juga untuk bantuan ini).',
      'Dokumentasi: docs/cli.md, docs/format.md, docs/rules/',
    ]) {
      expect(lines).toContain(line);
    }
    for (const word of ENGLISH_WORDS) expect(run.stdout).not.toContain(word);
  });

  it('sop help <command> is the command\'s help', async () => {
    const viaHelp = await runCli(['help', 'lint'], dir);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe((await runCli(['lint', '--help'], dir)).stdout);
    expect(helpLines(viaHelp.stdout)[0]).toBe('Penggunaan: sop lint [opsi] [berkas...]');
  });
});

describe('--help with --lang en', () => {
  const dir = tempProject({});

  it.each(COMMANDS)('sop --lang en %s --help', async (command) => {
    const run = await runCli(['--lang', 'en', command, '--help'], dir);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expectHelp(run.stdout, english[command]!);
    for (const word of ['Penggunaan', 'Opsi:', 'Opsi global:', 'Argumen:', 'Contoh:', 'bawaan', 'pilihan', 'tampilkan', 'Kode keluar', 'Dokumentasi']) expect(run.stdout).not.toContain(word);
  });

  it('sop --help --lang en (the flag after the command words, and as --lang=en)', async () => {
    for (const argv of [['--help', '--lang', 'en'], ['--lang=en', '--help'], ['lint', '--lang', 'en', '--help']]) {
      const lines = helpLines((await runCli(argv, dir)).stdout);
      expect(lines[0]).toMatch(/^Usage: sop (lint )?\[options\]/);
    }
    const lines = helpLines((await runCli(['--help', '--lang', 'en'], dir)).stdout);
    for (const line of [
      '  lint [options] [files...]  check SOP files: YAML, schema and the SOP AP rules',
      '  book [options] <dir>  assemble the "Buku SOP" PDF from the SOP PDFs already rendered into a folder (e.g. by the jobs of a --shard matrix)',
      '  help [command]  display help for a command',
      '  -h, --help  display help for command',
      'Exit codes: 0 clean, 1 findings or failed outputs, 2 usage or fatal error.',
      'Language: --lang id, `bahasa: id` in sop.config.yaml, or SOP_LANG=id (this help too).',
      'Docs: docs/cli.md, docs/format.md, docs/rules/',
    ]) {
      expect(lines).toContain(line);
    }
    expect(lines.filter((l) => /^\S.*:$/.test(l))).toEqual(['Options:', 'Commands:', 'Examples:']);
  });
});

describe('the language of the help is the language of the run', () => {
  it("takes the config's bahasa (the nearest sop.config.yaml, or --config FILE), as the run's messages do", async () => {
    const project = tempProject({ 'sop.config.yaml': 'bahasa: en\n', 'sops/.keep': '', 'lain/id.yaml': 'bahasa: id\n' });
    expect(helpLines((await runCli(['lint', '--help'], project)).stdout)[0]).toBe('Usage: sop lint [options] [files...]');
    expect(helpLines((await runCli(['--help'], path.join(project, 'sops'))).stdout)[0]).toBe('Usage: sop [options] [command]');
    // --lang beats the config; the config beats SOP_LANG.
    expect(helpLines((await runCli(['--lang', 'id', 'lint', '--help'], project)).stdout)[0]).toBe('Penggunaan: sop lint [opsi] [berkas...]');
    expect(helpLines((await runCli(['--config', 'lain/id.yaml', '--help'], project, { SOP_LANG: 'en' })).stdout)[0]).toBe('Penggunaan: sop [opsi] [perintah]');
    expect(helpLines((await runCli(['--config=lain/id.yaml', '--help'], project)).stdout)[0]).toBe('Penggunaan: sop [opsi] [perintah]');
  });

  it('takes SOP_LANG without a config; a broken or missing config gives no language', async () => {
    const empty = tempProject({});
    expect(helpLines((await runCli(['init', '--help'], empty, { SOP_LANG: 'en' })).stdout)[0]).toBe('Usage: sop init [options] [dir]');
    const broken = tempProject({ 'sop.config.yaml': 'bahasa: jawa\n' });
    expect(helpLines((await runCli(['--help'], broken)).stdout)[0]).toBe('Penggunaan: sop [opsi] [perintah]');
    expect(helpLines((await runCli(['--help'], broken, { SOP_LANG: 'en' })).stdout)[0]).toBe('Usage: sop [options] [command]');
    expect(helpLines((await runCli(['--config', 'tidak-ada.yaml', '--help'], empty)).stdout)[0]).toBe('Penggunaan: sop [opsi] [perintah]');
  });
});

describe('sop --version', () => {
  it('prints the version, in either language', async () => {
    const dir = tempProject({});
    for (const argv of [['--version'], ['-V'], ['--lang', 'en', '--version']]) {
      const run = await runCli(argv, dir);
      expect([run.code, run.stdout, run.stderr]).toEqual([0, `${VERSION}\n`, '']);
    }
  });
});

describe("commander's errors, worded as sop's own in the run's language", () => {
  const dir = tempProject({});
  const cases: [string[], string, string][] = [
    [['lint', '--bogus'], "sop: opsi '--bogus' tidak dikenal\n(lihat sop lint --help)\n", "sop: unknown option '--bogus'\n(see sop lint --help)\n"],
    [['lint', '--fixx'], "sop: opsi '--fixx' tidak dikenal; maksud Anda --fix?\n(lihat sop lint --help)\n", "sop: unknown option '--fixx'; did you mean --fix?\n(see sop lint --help)\n"],
    [['lintt'], "sop: perintah 'lintt' tidak dikenal; maksud Anda lint?\n(lihat sop --help)\n", "sop: unknown command 'lintt'; did you mean lint?\n(see sop --help)\n"],
    [['book'], "sop: argumen wajib 'folder' tidak diberikan\n(lihat sop book --help)\n", "sop: missing required argument 'dir'\n(see sop book --help)\n"],
    [
      ['lint', '-o'],
      "sop: opsi '-o, --output-file <berkas>' memerlukan nilai\n(lihat sop lint --help)\n",
      "sop: option '-o, --output-file <file>' argument missing\n(see sop lint --help)\n",
    ],
    [
      ['new', 'a', 'b'],
      "sop: terlalu banyak argumen untuk 'sop new': diharapkan 1, diberikan 2\n(lihat sop new --help)\n",
      "sop: too many arguments for 'sop new': expected 1, got 2\n(see sop new --help)\n",
    ],
    [
      ['lint', '-f', 'xml'],
      "sop: opsi '-f, --format <format>': nilai 'xml' tidak valid. Pilihannya: stylish, json, sarif, github, gitlab.\n(lihat sop lint --help)\n",
      "sop: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, github, gitlab.\n(see sop lint --help)\n",
    ],
    [
      ['preview', '--port', 'x'],
      "sop: opsi '--port <n>': nilai 'x' tidak valid. \"x\" bukan nomor port (0–65535).\n(lihat sop preview --help)\n",
      "sop: option '--port <n>' argument 'x' is invalid. \"x\" is not a port (0–65535).\n(see sop preview --help)\n",
    ],
    [
      ['lint', '--max-warnings', 'z'],
      "sop: opsi '--max-warnings <n>': nilai 'z' tidak valid. \"z\" bukan bilangan bulat.\n(lihat sop lint --help)\n",
      "sop: option '--max-warnings <n>' argument 'z' is invalid. \"z\" is not a whole number.\n(see sop lint --help)\n",
    ],
  ];

  it.each(cases)('sop %j', async (argv, id, en) => {
    const inId = await runCli(argv, dir);
    expect([inId.code, inId.stdout, inId.stderr]).toEqual([2, '', id]);
    const inEn = await runCli(['--lang', 'en', ...argv], dir);
    expect([inEn.code, inEn.stdout, inEn.stderr]).toEqual([2, '', en]);
  });

  it("an unknown option in the config's language and SOP_LANG's", async () => {
    const project = tempProject({ 'sop.config.yaml': 'bahasa: en\n' });
    expect((await runCli(['render', '--bogus'], project)).stderr).toBe("sop: unknown option '--bogus'\n(see sop render --help)\n");
    expect((await runCli(['render', '--bogus'], dir, { SOP_LANG: 'en' })).stderr).toBe("sop: unknown option '--bogus'\n(see sop render --help)\n");
  });

  it('a bad --lang is worded in the language the run would otherwise have', async () => {
    expect((await runCli(['--lang', 'jv', 'lint'], dir)).stderr).toBe("sop: opsi '--lang <bahasa>': nilai 'jv' tidak valid. Pilihannya: id, en.\n(lihat sop --help)\n");
  });
});

describe('every option of every command', () => {
  const programIn = (lang: Lang) => createProgram(fakeIo(process.cwd()), { exitCode: 0, verbose: false, lang });
  /** The program and each command, with what the help lists: options (with -h), arguments, subcommands. */
  const walk = (program: Command) =>
    [program, ...program.commands].map((cmd) => {
      const help = cmd.createHelp();
      return {
        name: cmd.name(),
        description: cmd.description(),
        options: help.visibleOptions(cmd) as Option[],
        args: help.visibleArguments(cmd).map((a) => ({ name: a.name(), description: a.description })),
        commands: help.visibleCommands(cmd).map((c) => ({ name: c.name(), description: c.description() })),
      };
    });
  const id = walk(programIn('id'));
  const en = walk(programIn('en'));

  it('are the same commands and flags in both languages (only the words of values differ)', () => {
    expect(id.map((c) => c.name)).toEqual(['sop', ...COMMANDS]);
    expect(en.map((c) => c.name)).toEqual(id.map((c) => c.name));
    const flagsOf = (c: (typeof id)[number]) => c.options.map((o) => [o.short, o.long]);
    for (const [i, c] of id.entries()) expect(flagsOf(en[i]!)).toEqual(flagsOf(c));
  });

  it('has a description in both languages, and the two differ', () => {
    let checked = 0;
    for (const [i, idCommand] of id.entries()) {
      const enCommand = en[i]!;
      expect(idCommand.description.trim(), idCommand.name).not.toBe('');
      expect(enCommand.description).not.toBe(idCommand.description);
      const pairs = [
        ...idCommand.options.map((o, j) => [`${idCommand.name} ${o.long ?? o.short}`, o.description, enCommand.options[j]!.description]),
        ...idCommand.args.map((a, j) => [`${idCommand.name} <${a.name}>`, a.description, enCommand.args[j]!.description]),
        ...idCommand.commands.map((c, j) => [`${idCommand.name} ${c.name}`, c.description, enCommand.commands[j]!.description]),
      ];
      for (const [what, idText, enText] of pairs) {
        expect(idText!.trim(), `${what} (id)`).not.toBe('');
        expect(enText!.trim(), `${what} (en)`).not.toBe('');
        expect(idText, what).not.toBe(enText);
        checked++;
      }
    }
    // 7 commands, their options and arguments, the program's options and commands: none left out.
    expect(checked).toBeGreaterThan(60);
  });
});
