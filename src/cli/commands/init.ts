import fs from 'node:fs';
import path from 'node:path';
import { globSync } from 'tinyglobby';
import type { Io } from '../io.js';
import { writeFileAtomic } from '../io.js';
import type { GlobalOptions } from '../program.js';
import type { RunContext } from '../context.js';
import { UsageError, EXIT_OK } from '../../util/errors.js';
import { displayPath, SOP_GLOB } from '../../util/paths.js';
import { makeFolder } from '../../util/io.js';
import { packageName, version } from '../../util/version.js';
import { CONFIG_FILE_NAME } from '../../config/config.js';
import type { ProjectConfig } from '../../config/types.js';
import { loadProjectConfig } from '../../model/config.js';
import type { Lang } from '../../util/lang.js';
import { say } from '../../i18n/messages.js';
import { schemaHome, schemaRef, SCHEMA_COPY_DIR, workspaceSchemaRef, type SchemaHome } from '../../scaffold/schema-ref.js';
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
import { CI_SYSTEMS, GITHUB_WORKFLOW_FILE, GITLAB_CI_FILE, renderGithubWorkflow, renderGitlabCi, type CiSystem } from '../../scaffold/ci.js';
import {
  CONFIG_FILES_GLOB,
  mergeVscodeExtensions,
  mergeVscodeSettings,
  SOP_FILES_GLOB,
  VSCODE_EXTENSIONS_FILE,
  VSCODE_SETTINGS_FILE,
  YAML_EXTENSION,
  type JsonMerge,
} from '../../scaffold/editor.js';
import { HOOKS_FOLDER, PRE_COMMIT_FILE, renderPreCommitHook } from '../../scaffold/hook.js';
import { askChoices, askText, isInteractive } from '../prompt.js';
import { syncSchemaCopy, type CopyOutcome } from '../schema-copy.js';

export interface InitOptions extends GlobalOptions {
  pemerintah?: string;
  instansi?: string;
  kode?: string;
  force?: boolean;
  yes?: boolean;
  update?: boolean;
  /** `--ci github,gitlab`; false for `--no-ci`; undefined: ask at a terminal, else both. */
  ci?: string | false;
}

/** What happened to one file of the project. */
type Outcome =
  | { file: string; status: 'created' | 'overwritten' | 'exists' | 'stale' }
  | { file: string; status: 'updated'; what: string }
  | { file: string; status: 'unreadable'; what: string }
  | { file: string; status: 'exampleSkipped' };

const CI_FILES: Record<CiSystem, string> = { github: GITHUB_WORKFLOW_FILE, gitlab: GITLAB_CI_FILE };

/**
 * `sop init [dir]`: sop.config.yaml, sops/ with an example SOP, dist/ in .gitignore, the schema
 * copy (without a local install), the VS Code settings, the CI files and a pre-commit hook. In an
 * existing project it adds what is missing and leaves the rest as it is; `--force` rewrites what
 * it generates; `--update` only refreshes the schema copy.
 */
export async function runInit(dirArg: string | undefined, options: InitOptions, io: Io, context: RunContext): Promise<number> {
  const lang = context.lang;
  const dir = path.resolve(io.cwd, dirArg ?? '.');
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) throw new UsageError('initNotFolder', { dir: displayPath(dir, io.cwd) });
  const show = (f: string) => displayPath(f, io.cwd);
  const home = schemaHome(dir, fs.existsSync);
  if (options.update) return runUpdate(dir, home, io, lang);

  const force = !!options.force;
  const configFile = path.join(dir, CONFIG_FILE_NAME);
  const existing = fs.existsSync(configFile) ? loadProjectConfig(dir, configFile).config : null;
  const exampleFile = path.join(dir, SOURCES_FOLDER, EXAMPLE_SOP_FILE);
  const exampleExists = fs.existsSync(exampleFile);
  const writeConfig = !existing || force;
  // The example belongs to a new project: never re-created beside the project's own SOPs.
  const writeExample = exampleExists ? force : !hasSops(dir, existing?.sources ?? [`${SOURCES_FOLDER}/${SOP_GLOB}`]);

  // Everything asked before anything is written.
  const input = writeConfig || writeExample ? await gatherInput(options, existing, io, lang) : null;
  const ci = await chooseCi(options, dir, io, lang);

  const outcomes: Outcome[] = [];
  const generate = (rel: string, text: string, mode?: number) => outcomes.push(writeGenerated(path.join(dir, rel), text, force, mode));

  if (writeConfig) generate(CONFIG_FILE_NAME, renderConfig(input!, schemaRef('sop.config.schema.json', dir, home)));
  else outcomes.push({ file: configFile, status: 'exists' });
  if (writeExample) generate(`${SOURCES_FOLDER}/${EXAMPLE_SOP_FILE}`, renderExampleSop(input!, schemaRef('sop.schema.json', path.dirname(exampleFile), home)));
  else outcomes.push({ file: exampleFile, status: exampleExists ? 'exists' : 'exampleSkipped' });
  outcomes.push(...syncSchemaCopy(home, force ? 'refresh' : 'missing').map(copyOutcome));
  outcomes.push(writeGitignore(dir, outDirOf(existing)));

  const refs = { sop: workspaceSchemaRef('sop.schema.json', dir, home), config: workspaceSchemaRef('sop.config.schema.json', dir, home) };
  outcomes.push(writeMerged(path.join(dir, VSCODE_SETTINGS_FILE), (text) => mergeVscodeSettings(text, refs, force), settingsSnippet(refs)));
  outcomes.push(writeMerged(path.join(dir, VSCODE_EXTENSIONS_FILE), mergeVscodeExtensions, `"recommendations": ["${YAML_EXTENSION}"]`));

  const ciInput = { packageName, outDir: outDirOf(existing) };
  if (ci.includes('github')) generate(GITHUB_WORKFLOW_FILE, renderGithubWorkflow(ciInput));
  if (ci.includes('gitlab')) generate(GITLAB_CI_FILE, renderGitlabCi(ciInput));
  generate(PRE_COMMIT_FILE, renderPreCommitHook({ packageName }), 0o755);

  const lines = outcomes.map((o) => describe(o, lang, show));
  const inDir = path.relative(io.cwd, dir) ? `cd ${show(dir)} && ` : '';
  const sop = home.kind === 'installed' ? 'npx sop' : 'sop';
  const configWritten = outcomes.some((o) => o.file === configFile && (o.status === 'created' || o.status === 'overwritten'));
  lines.push('', say(lang, 'initNextSteps'));
  if (configWritten) lines.push(say(lang, 'initFillApprover', { file: CONFIG_FILE_NAME }));
  lines.push(say(lang, 'initHookHint', { command: `${inDir}git config core.hooksPath ${hooksPath(dir)}` }));
  if (home.kind === 'copy') lines.push(say(lang, 'initInstallHint', { command: `${inDir}npm i -D ${packageName}` }));
  lines.push(
    `  ${inDir}${sop} lint      ${say(lang, 'initLintHint')}`,
    `  ${inDir}${sop} new       ${say(lang, 'initNewHint')}`,
    `  ${inDir}${sop} render    ${say(lang, 'initRenderHint', { dir: `${outDirOf(existing)}/` })}`,
  );
  io.stdout(lines.join('\n') + '\n');
  return EXIT_OK;
}

/** `sop init --update`: this version's schemas into the project's copy; nothing else is touched. */
function runUpdate(dir: string, home: SchemaHome, io: Io, lang: Lang): number {
  const copyDir = path.join(dir, ...SCHEMA_COPY_DIR.split('/'));
  // A copy is kept up to date even when a local install now serves the modelines.
  const copy: SchemaHome | null = home.kind === 'copy' ? home : fs.existsSync(copyDir) ? { kind: 'copy', dir: copyDir } : null;
  if (!copy) {
    io.stdout(`${say(lang, 'initUpdateNoCopy', { dir: displayPath(home.dir, io.cwd) })}\n`);
    return EXIT_OK;
  }
  const lines = syncSchemaCopy(copy, 'refresh').map((o) => {
    const file = displayPath(o.file, io.cwd);
    if (o.status === 'created') return say(lang, 'scaffoldCreated', { file });
    if (o.status === 'updated') return say(lang, 'scaffoldUpdated', { file, what: `${packageName} ${version}` });
    return say(lang, 'initSchemaCurrent', { file, version: `${packageName} ${version}` });
  });
  io.stdout(lines.join('\n') + '\n');
  return EXIT_OK;
}

/** A generated file: written when missing, rewritten with --force when it differs, else left alone. */
function writeGenerated(file: string, text: string, force: boolean, mode?: number): Outcome {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current !== null && (!force || current === text)) return { file, status: 'exists' };
  makeFolder(path.dirname(file));
  writeFileAtomic(file, text);
  if (mode !== undefined) fs.chmodSync(file, mode);
  return { file, status: current === null ? 'created' : 'overwritten' };
}

/** A JSON file merged into: created, keys added, left alone, or not plain JSON (left alone, said so). */
function writeMerged(file: string, merge: (existing: string | null) => JsonMerge, snippet: string): Outcome {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  const result = merge(current);
  switch (result.kind) {
    case 'unchanged':
      return { file, status: 'exists' };
    case 'unreadable':
      return { file, status: 'unreadable', what: snippet };
    case 'created':
    case 'updated':
      makeFolder(path.dirname(file));
      writeFileAtomic(file, result.text);
      return result.kind === 'created' ? { file, status: 'created' } : { file, status: 'updated', what: result.keys.join(', ') };
  }
}

/** .gitignore with the output folder listed (appended to, never rewritten). */
function writeGitignore(dir: string, outDir: string): Outcome {
  const file = path.join(dir, '.gitignore');
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  const updated = updateGitignore(current, outDir);
  if (updated === null) return { file, status: 'exists' };
  makeFolder(dir);
  writeFileAtomic(file, updated);
  return current === null ? { file, status: 'created' } : { file, status: 'updated', what: `${outDir}/` };
}

function copyOutcome(o: CopyOutcome): Outcome {
  const status = { created: 'created', updated: 'overwritten', same: 'exists', stale: 'stale' } as const;
  return { file: o.file, status: status[o.status] };
}

function describe(o: Outcome, lang: Lang, show: (f: string) => string): string {
  const file = show(o.file);
  switch (o.status) {
    case 'created':
      return say(lang, 'scaffoldCreated', { file });
    case 'overwritten':
      return say(lang, 'scaffoldOverwritten', { file });
    case 'updated':
      return say(lang, 'scaffoldUpdated', { file, what: o.what });
    case 'exists':
      return say(lang, 'scaffoldExists', { file });
    case 'stale':
      return say(lang, 'initSchemaStale', { file });
    case 'unreadable':
      return say(lang, 'initJsonUnreadable', { file, what: o.what });
    case 'exampleSkipped':
      return say(lang, 'initExampleSkipped', { file });
  }
}

/** The `yaml.schemas` entries to add by hand to a settings file that is not plain JSON. */
function settingsSnippet(refs: { sop: string; config: string }): string {
  return `"yaml.schemas": { ${JSON.stringify(refs.sop)}: ${JSON.stringify(SOP_FILES_GLOB)}, ${JSON.stringify(refs.config)}: ${JSON.stringify(CONFIG_FILES_GLOB)} }`;
}

/** Whether the project already holds SOPs (under its sources, node_modules aside). */
function hasSops(dir: string, sources: string[]): boolean {
  if (!fs.existsSync(dir)) return false;
  return globSync(sources, { cwd: dir, ignore: ['**/node_modules/**'] }).length > 0;
}

/** The render output folder, relative to the project: the config's `keluaran` when it is one, else dist. */
function outDirOf(config: ProjectConfig | null): string {
  const out = config?.outDir.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  return out && !path.isAbsolute(out) && !out.split('/').includes('..') ? out : OUT_DIR;
}

/** core.hooksPath for the hook folder: relative to the repository root (the nearest folder with .git), else to the project. */
function hooksPath(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, '.git'))) return path.relative(d, path.join(dir, HOOKS_FOLDER)).split(path.sep).join('/');
    if (path.dirname(d) === d) return HOOKS_FOLDER;
  }
}

async function chooseCi(options: InitOptions, dir: string, io: Io, lang: Lang): Promise<CiSystem[]> {
  if (options.ci === false) return [];
  if (typeof options.ci === 'string') return parseCi(options.ci);
  const missing = CI_SYSTEMS.some((s) => !fs.existsSync(path.join(dir, CI_FILES[s])));
  if (isInteractive(io) && !options.yes && (missing || options.force)) {
    const label: Record<CiSystem, string> = { github: `GitHub Actions (${GITHUB_WORKFLOW_FILE})`, gitlab: `GitLab CI (${GITLAB_CI_FILE})` };
    return askChoices(say(lang, 'initAskCi'), CI_SYSTEMS.map((value) => ({ value, name: label[value], checked: true })));
  }
  return [...CI_SYSTEMS];
}

/** "github,gitlab" (commas or spaces; "none" for none) into CI systems, else a usage error naming the value. */
export function parseCi(value: string): CiSystem[] {
  const chosen = new Set<CiSystem>();
  for (const part of value.toLowerCase().split(/[\s,]+/).filter(Boolean)) {
    if (part === 'none') continue;
    if (!(CI_SYSTEMS as readonly string[]).includes(part)) throw new UsageError('initBadCi', { value: part, choices: CI_SYSTEMS.join(', ') });
    chosen.add(part as CiSystem);
  }
  return CI_SYSTEMS.filter((s) => chosen.has(s));
}

async function gatherInput(options: InitOptions, existing: ProjectConfig | null, io: Io, lang: Lang): Promise<ProjectInput> {
  // An existing config (re-run, --force) supplies what the options do not.
  let pemerintah = options.pemerintah?.trim() || existing?.agency?.pemerintah?.trim() || undefined;
  let instansi = options.instansi?.trim() || existing?.agency?.nama?.trim() || undefined;
  let kode = options.kode?.trim() || undefined;
  if (isInteractive(io) && !options.yes && (!pemerintah || !instansi)) {
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
  const numberPattern = options.kode ? undefined : (existing?.numberPattern ?? undefined);
  return { pemerintah, instansi, kode, today: io.today(), ...(numberPattern ? { numberPattern } : {}) };
}
