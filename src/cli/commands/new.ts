import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../io.js';
import type { CommandState, GlobalOptions } from '../program.js';
import { UsageError, EXIT_OK } from '../../util/errors.js';
import { displayPath } from '../files.js';
import { prepareContext } from '../context.js';
import type { ProjectConfig } from '../../config/types.js';
import type { Lang } from '../../util/lang.js';
import { slugify } from '../../util/strings.js';
import { formatSopNumber, nextSequence } from '../../scaffold/number.js';
import { renderNewSop } from '../../scaffold/new-sop.js';
import { schemaRef } from '../../scaffold/schema-ref.js';

export interface NewOptions extends GlobalOptions {
  nama?: string;
  nomor?: string;
  pelaksana?: string;
  yes?: boolean;
}

const SOP_SUFFIX = '.sop.yaml';
const text = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id);

/** `sop new [file]`: a new, schema-valid SOP skeleton with hints, numbered from `nomor_pola`. */
export async function runNew(fileArg: string | undefined, options: NewOptions, io: Io, state: CommandState): Promise<number> {
  const context = prepareContext(options, io, state);
  const { lang, config } = context;
  if (context.configProblems) {
    throw new UsageError(
      text(lang, `${context.configProblems.parsed.source.path} tidak valid; lihat masalahnya dengan \`sop lint\``, `${context.configProblems.parsed.source.path} is not valid; see its problems with \`sop lint\``),
    );
  }

  const computedNumber = config.numberPattern
    ? (() => {
        const next = nextSequence(config.numberPattern, existingNumbers(config));
        return formatSopNumber(config.numberPattern, next.sequence, io.today(), next.width);
      })()
    : undefined;

  let nama = options.nama?.trim() || undefined;
  let nomor = options.nomor?.trim() || computedNumber;
  let actors = options.pelaksana === undefined ? [] : splitActors(options.pelaksana);

  if (isInteractive(io) && !options.yes) {
    nama = await askText(text(lang, 'Nama SOP', 'SOP title'), nama, lang);
    nomor = await askText(text(lang, 'Nomor SOP', 'SOP number'), nomor, lang);
    actors = splitActors(
      await askText(text(lang, 'Pelaksana (jabatan, dipisah koma)', 'Actors (jabatan, comma-separated)'), actors.length ? actors.join(', ') : undefined, lang),
    );
  }
  if (!nama) throw new UsageError(text(lang, 'sebutkan nama SOP dengan --nama "..."', 'give the SOP title with --nama "..."'));
  if (!nomor) {
    throw new UsageError(
      text(lang, 'sebutkan nomor SOP dengan --nomor "...", atau isi nomor_pola di sop.config.yaml', 'give the SOP number with --nomor "...", or set nomor_pola in sop.config.yaml'),
    );
  }
  if (!actors.length) {
    throw new UsageError(text(lang, 'sebutkan pelaksana (jabatan) dengan --pelaksana "Jabatan A,Jabatan B"', 'give the actors (jabatan) with --pelaksana "Position A,Position B"'));
  }

  const file = targetFile(fileArg, nama, config, io.cwd, lang);
  const shown = displayPath(file, io.cwd);
  if (fs.existsSync(file)) {
    throw new UsageError(text(lang, `${shown} sudah ada; sop new tidak menimpa berkas`, `${shown} already exists; sop new does not overwrite files`));
  }
  const folder = path.dirname(file);
  const rawAgency = config.agency ?? {};
  const sopText = renderNewSop({
    schemaRef: schemaRef('sop.schema.json', folder, config.dir, fs.existsSync),
    nomor,
    nama,
    today: io.today(),
    actors,
    missing: { pemerintah: !rawAgency.pemerintah, instansi: !rawAgency.nama, disahkanOleh: !config.approver },
  });
  fs.mkdirSync(folder, { recursive: true });
  writeFileAtomic(file, sopText);
  io.stdout(`${text(lang, 'Dibuat', 'Created')}: ${shown}\n${text(lang, 'Lengkapi isinya, lalu periksa dengan', 'Fill it in, then check it with')}: sop lint ${quoteArg(shown)}\n`);
  return EXIT_OK;
}

/** Actor names from "a,b,c" (or "a;b;c" when a jabatan itself contains a comma), deduplicated. */
export function splitActors(value: string): string[] {
  const separator = value.includes(';') ? ';' : ',';
  const seen = new Set<string>();
  for (const part of value.split(separator)) {
    const name = part.trim().replace(/\s+/g, ' ');
    if (name && ![...seen].some((s) => s.toLowerCase() === name.toLowerCase())) seen.add(name);
  }
  return [...seen];
}

/** The file to write: as given (a folder gets <slug>.sop.yaml), else in the first `sumber` folder. */
function targetFile(fileArg: string | undefined, nama: string, config: ProjectConfig, cwd: string, lang: Lang): string {
  const fileName = () => {
    const slug = slugify(nama);
    if (!slug) throw new UsageError(text(lang, `tidak dapat membuat nama berkas dari "${nama}"; sebutkan berkasnya`, `cannot make a file name from "${nama}"; give the file`));
    return slug + SOP_SUFFIX;
  };
  if (fileArg === undefined) return path.join(sourceFolder(config), fileName());
  const abs = path.resolve(cwd, fileArg);
  if (/[\\/]$/.test(fileArg) || (fs.existsSync(abs) && fs.statSync(abs).isDirectory())) return path.join(abs, fileName());
  return /\.ya?ml$/i.test(abs) ? abs : abs + SOP_SUFFIX;
}

/** The static folder part of the first `sumber` pattern ("sops/**\/*.sop.yaml" → <config dir>/sops). */
export function sourceFolder(config: ProjectConfig): string {
  const first = config.sources[0] ?? '.';
  const segments = first.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (/[*?[\]{}!()]/.test(segment)) break;
    fixed.push(segment);
  }
  return path.resolve(config.dir, ...fixed);
}

/** The `nomor` of every SOP in the project's sources (unreadable files are skipped). */
function existingNumbers(config: ProjectConfig): string[] {
  const files = globSync(config.sources, { cwd: config.dir, absolute: true, ignore: ['**/node_modules/**'] });
  const numbers: string[] = [];
  for (const file of files) {
    try {
      const data = parseYaml(fs.readFileSync(file, 'utf8')) as { nomor?: unknown } | null;
      if (data && typeof data.nomor === 'string') numbers.push(data.nomor);
    } catch {
      // A broken file is `sop lint`'s business, not a reason to stop here.
    }
  }
  return numbers;
}

function quoteArg(arg: string): string {
  return /^[\w./@:+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * Whether to ask questions: only at a terminal (stdin and stdout), never in CI or tests
 * (their Io is not a TTY).
 */
export function isInteractive(io: Io): boolean {
  return io.isTTY && Boolean(process.stdin.isTTY);
}

/**
 * One question on the terminal. @inquirer/prompts is imported here, lazily, so `sop lint` and
 * `sop render` never load it; Ctrl+C becomes a one-line usage error.
 */
export async function askText(message: string, defaultValue: string | undefined, lang: Lang): Promise<string> {
  const { input } = await import('@inquirer/prompts');
  try {
    return (await input({ message, default: defaultValue, required: true })).trim();
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError') throw new UsageError(text(lang, 'dibatalkan', 'cancelled'));
    throw error;
  }
}
