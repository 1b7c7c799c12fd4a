import fs from 'node:fs';
import path from 'node:path';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../io.js';
import type { GlobalOptions } from '../program.js';
import type { RunContext } from '../context.js';
import { UsageError, EXIT_OK } from '../../util/errors.js';
import { displayPath } from '../../util/paths.js';
import { CONFIG_FILE_NAME } from '../../config/config.js';
import type { Lang } from '../../util/lang.js';
import { say } from '../../i18n/messages.js';
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
import { askText, isInteractive } from '../prompt.js';

export interface InitOptions extends GlobalOptions {
  pemerintah?: string;
  instansi?: string;
  kode?: string;
  force?: boolean;
}

/** `sop init [dir]`: sop.config.yaml, sops/ with an example SOP, dist/ in .gitignore. */
export async function runInit(dirArg: string | undefined, options: InitOptions, io: Io, context: RunContext): Promise<number> {
  const lang = context.lang;
  const dir = path.resolve(io.cwd, dirArg ?? '.');
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new UsageError('initNotFolder', { dir: displayPath(dir, io.cwd) });
  const configFile = path.join(dir, CONFIG_FILE_NAME);
  const sopDir = path.join(dir, SOURCES_FOLDER);
  const exampleFile = path.join(sopDir, EXAMPLE_SOP_FILE);

  // Refuse before asking anything.
  if (!options.force) {
    const taken = [configFile, exampleFile].find((f) => fs.existsSync(f));
    if (taken) throw new UsageError('initExists', { file: displayPath(taken, io.cwd) });
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
  const lines = written.map((f) => say(lang, 'scaffoldCreated', { file: show(f) }));
  if (updated !== null) {
    lines.push(existing === null ? say(lang, 'scaffoldCreated', { file: show(gitignore) }) : say(lang, 'scaffoldUpdated', { file: show(gitignore), what: `${OUT_DIR}/` }));
  }
  const inDir = path.relative(io.cwd, dir) ? `cd ${show(dir)} && ` : '';
  lines.push(
    '',
    say(lang, 'initNextSteps'),
    say(lang, 'initFillApprover', { file: CONFIG_FILE_NAME }),
    `  ${inDir}sop lint      ${say(lang, 'initLintHint')}`,
    `  ${inDir}sop new       ${say(lang, 'initNewHint')}`,
    `  ${inDir}sop render    ${say(lang, 'initRenderHint', { dir: `${OUT_DIR}/` })}`,
  );
  io.stdout(lines.join('\n') + '\n');
  return EXIT_OK;
}

async function gatherInput(options: InitOptions, io: Io, lang: Lang): Promise<ProjectInput> {
  let pemerintah = options.pemerintah?.trim() || undefined;
  let instansi = options.instansi?.trim() || undefined;
  let kode = options.kode?.trim() || undefined;
  if (isInteractive(io) && (!pemerintah || !instansi)) {
    pemerintah = await askText(say(lang, 'initAskGovernment'), pemerintah);
    instansi = await askText(say(lang, 'initAskAgency'), instansi);
    kode = await askText(say(lang, 'initAskCode'), kode ?? agencyCode(instansi));
  }
  if (!pemerintah) throw new UsageError('initNeedGovernment');
  if (!instansi) throw new UsageError('initNeedAgency');
  kode ??= agencyCode(instansi);
  if (/[{}\s/]/.test(kode)) throw new UsageError('initBadCode', { code: kode });
  // The printed form reads "PEMERINTAH KABUPATEN ...": accept "Kabupaten Balangan" as well.
  if (!/^pemerintah\b/i.test(pemerintah)) pemerintah = `Pemerintah ${pemerintah}`;
  return { pemerintah, instansi, kode, today: io.today() };
}
