import fs from 'node:fs';
import path from 'node:path';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../io.js';
import type { CommandState, GlobalOptions } from '../program.js';
import { UsageError, EXIT_OK } from '../../util/errors.js';
import { displayPath } from '../files.js';
import { CONFIG_FILE_NAME } from '../../config/config.js';
import type { Lang } from '../../util/lang.js';
import { schemaRef } from '../../scaffold/schema-ref.js';
import {
  agencyCode,
  EXAMPLE_SOP_FILE,
  OUT_DIR,
  renderConfig,
  renderExampleSop,
  SOURCES_FOLDER,
  updateGitignore,
  type ProjectInput,
} from '../../scaffold/project.js';
import { askText, isInteractive } from './new.js';

export interface InitOptions extends GlobalOptions {
  pemerintah?: string;
  instansi?: string;
  kode?: string;
  force?: boolean;
}

const text = (lang: Lang, id: string, en: string) => (lang === 'en' ? en : id);

/** `sop init [dir]`: sop.config.yaml, sops/ with an example SOP, dist/ in .gitignore. */
export async function runInit(dirArg: string | undefined, options: InitOptions, io: Io, state: CommandState): Promise<number> {
  const lang: Lang = options.lang ?? state.lang;
  const dir = path.resolve(io.cwd, dirArg ?? '.');
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    throw new UsageError(text(lang, `${displayPath(dir, io.cwd)} bukan folder`, `${displayPath(dir, io.cwd)} is not a folder`));
  }
  const configFile = path.join(dir, CONFIG_FILE_NAME);
  const sopDir = path.join(dir, SOURCES_FOLDER);
  const exampleFile = path.join(sopDir, EXAMPLE_SOP_FILE);

  // Refuse before asking anything.
  if (!options.force) {
    const taken = [configFile, exampleFile].find((f) => fs.existsSync(f));
    if (taken) {
      throw new UsageError(
        text(lang, `${displayPath(taken, io.cwd)} sudah ada; gunakan --force untuk menimpanya`, `${displayPath(taken, io.cwd)} already exists; use --force to overwrite it`),
      );
    }
  }

  const input = await gatherInput(options, io, lang);

  fs.mkdirSync(sopDir, { recursive: true });
  writeFileAtomic(configFile, renderConfig(input, schemaRef('sop.config.schema.json', dir, dir, fs.existsSync)));
  writeFileAtomic(exampleFile, renderExampleSop(input, schemaRef('sop.schema.json', sopDir, dir, fs.existsSync)));
  const written = [configFile, exampleFile];

  const gitignore = path.join(dir, '.gitignore');
  const existing = fs.existsSync(gitignore) ? fs.readFileSync(gitignore, 'utf8') : null;
  const updated = updateGitignore(existing);
  if (updated !== null) writeFileAtomic(gitignore, updated);

  const show = (f: string) => displayPath(f, io.cwd);
  const lines = written.map((f) => `${text(lang, 'Dibuat', 'Created')}: ${show(f)}`);
  if (updated !== null) {
    lines.push(existing === null ? `${text(lang, 'Dibuat', 'Created')}: ${show(gitignore)}` : `${text(lang, 'Diperbarui', 'Updated')}: ${show(gitignore)} (${OUT_DIR}/)`);
  }
  const inDir = path.relative(io.cwd, dir) ? `cd ${show(dir)} && ` : '';
  lines.push(
    '',
    text(lang, 'Langkah berikutnya:', 'Next steps:'),
    text(lang, `  - lengkapi disahkan_oleh (nama, NIP) di ${CONFIG_FILE_NAME}`, `  - fill in disahkan_oleh (name, NIP) in ${CONFIG_FILE_NAME}`),
    `  ${inDir}sop lint      ${text(lang, '# memeriksa semua SOP', '# check every SOP')}`,
    `  ${inDir}sop new       ${text(lang, '# membuat SOP baru', '# start a new SOP')}`,
    `  ${inDir}sop render    ${text(lang, `# mencetak HTML ke ${OUT_DIR}/`, `# render HTML into ${OUT_DIR}/`)}`,
  );
  io.stdout(lines.join('\n') + '\n');
  return EXIT_OK;
}

async function gatherInput(options: InitOptions, io: Io, lang: Lang): Promise<ProjectInput> {
  let pemerintah = options.pemerintah?.trim() || undefined;
  let instansi = options.instansi?.trim() || undefined;
  let kode = options.kode?.trim() || undefined;
  if (isInteractive(io) && (!pemerintah || !instansi)) {
    pemerintah = await askText(text(lang, 'Pemerintah daerah (mis. Pemerintah Kabupaten Balangan)', 'Regional government (e.g. Pemerintah Kabupaten Balangan)'), pemerintah, lang);
    instansi = await askText(text(lang, 'Nama instansi (perangkat daerah)', 'Agency (perangkat daerah)'), instansi, lang);
    kode = await askText(text(lang, 'Kode instansi pada nomor SOP', 'Agency code in SOP numbers'), kode ?? agencyCode(instansi), lang);
  }
  if (!pemerintah) throw new UsageError(text(lang, 'sebutkan pemerintah daerah dengan --pemerintah "Pemerintah Kabupaten ..."', 'give the regional government with --pemerintah "Pemerintah Kabupaten ..."'));
  if (!instansi) throw new UsageError(text(lang, 'sebutkan instansi dengan --instansi "Dinas ..."', 'give the agency with --instansi "Dinas ..."'));
  kode ??= agencyCode(instansi);
  if (/[{}\s/]/.test(kode)) {
    throw new UsageError(text(lang, `--kode "${kode}" tidak boleh memuat spasi, "/", "{" atau "}"`, `--kode "${kode}" must not contain spaces, "/", "{" or "}"`));
  }
  // The printed form reads "PEMERINTAH KABUPATEN ...": accept "Kabupaten Balangan" as well.
  if (!/^pemerintah\b/i.test(pemerintah)) pemerintah = `Pemerintah ${pemerintah}`;
  return { pemerintah, instansi, kode, today: io.today() };
}
