import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../io.js';
import type { GlobalOptions } from '../program.js';
import { UsageError, EXIT_OK } from '../../util/errors.js';
import { displayPath, SOP_SUFFIX } from '../../util/paths.js';
import type { RunContext } from '../context.js';
import type { ProjectConfig } from '../../config/types.js';
import { say } from '../../i18n/messages.js';
import { askText, isInteractive } from '../prompt.js';
import { slugify } from '../../util/strings.js';
import { formatSopNumber, nextSequence } from '../../scaffold/number.js';
import { renderNewSop } from '../../scaffold/new-sop.js';
import { schemaHome, schemaRef } from '../../scaffold/schema-ref.js';
import { syncSchemaCopy } from '../schema-copy.js';

export interface NewOptions extends GlobalOptions {
  nama?: string;
  nomor?: string;
  pelaksana?: string;
  yes?: boolean;
}

/** `sop new [file]`: a new, schema-valid SOP skeleton with hints, numbered from `nomor_pola`. */
export async function runNew(fileArg: string | undefined, options: NewOptions, io: Io, context: RunContext): Promise<number> {
  const { lang, config } = context;
  if (context.configProblems) throw new UsageError('newConfigInvalid', { file: context.configProblems.parsed.source.path });

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
    nama = await askText(say(lang, 'newAskTitle'), nama);
    nomor = await askText(say(lang, 'newAskNumber'), nomor);
    actors = splitActors(await askText(say(lang, 'newAskActors'), actors.length ? actors.join(', ') : undefined));
  }
  if (!nama) throw new UsageError('newNeedTitle');
  if (!nomor) throw new UsageError('newNeedNumber');
  if (!actors.length) throw new UsageError('newNeedActors');

  const file = targetFile(fileArg, nama, config, io.cwd);
  const shown = displayPath(file, io.cwd);
  if (fs.existsSync(file)) throw new UsageError('newExists', { file: shown });
  const folder = path.dirname(file);
  const rawAgency = config.agency ?? {};
  const home = schemaHome(config.dir, fs.existsSync);
  const sopText = renderNewSop({
    schemaRef: schemaRef('sop.schema.json', folder, home),
    nomor,
    nama,
    today: io.today(),
    actors,
    missing: { pemerintah: !rawAgency.pemerintah, instansi: !rawAgency.nama, disahkanOleh: !config.approver },
  });
  fs.mkdirSync(folder, { recursive: true });
  writeFileAtomic(file, sopText);
  // The modeline points at the project's schema copy when sop is not installed in it: make it exist.
  const created = [file, ...syncSchemaCopy(home, 'missing').filter((c) => c.status === 'created').map((c) => c.file)];
  const lines = created.map((f) => say(lang, 'scaffoldCreated', { file: displayPath(f, io.cwd) }));
  io.stdout(`${lines.join('\n')}\n${say(lang, 'newNext', { command: `sop lint ${quoteArg(shown)}` })}\n`);
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
function targetFile(fileArg: string | undefined, nama: string, config: ProjectConfig, cwd: string): string {
  const fileName = () => {
    const slug = slugify(nama);
    if (!slug) throw new UsageError('newNoFileName', { title: nama });
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
