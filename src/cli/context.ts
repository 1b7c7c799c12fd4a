import type { Io } from './io.js';
import type { GlobalOptions } from './program.js';
import type { Lang } from '../util/lang.js';
import type { RawProblem } from '../util/diagnostic.js';
import type { ProjectConfig } from '../config/types.js';
import { loadProjectConfig } from '../model/config.js';
import { loadSopFile, resolveFiles } from '../model/files.js';
import type { LoadedSop } from '../model/load.js';
import type { ParsedSource } from '../model/parse.js';

/** What every command runs with: the project config, the language and colour settled once. */
export interface RunContext {
  config: ProjectConfig;
  lang: Lang;
  color: boolean;
  verbose: boolean;
  /** Problems in sop.config.yaml, with the parsed config to locate them. */
  configProblems: { parsed: ParsedSource; problems: RawProblem[] } | null;
  /** The parsed sop.config.yaml (to locate later findings about it), or null when there is none. */
  configParsed: ParsedSource | null;
  /** The context again, from the config as it is on disk now (a watch round). */
  reload(): RunContext;
}

/**
 * Loads the config and settles language and colour: `--lang`, else the config's `bahasa`, else
 * SOP_LANG, else Indonesian. `fallbackLang` words an error raised before the config is read.
 */
export function prepareContext(options: GlobalOptions, io: Io): RunContext {
  const loaded = loadProjectConfig(io.cwd, options.config);
  const lang: Lang = options.lang ?? loaded.config.lang ?? envLang(io);
  const color = options.color !== false && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && (io.isTTY || io.env.FORCE_COLOR === '1');
  return {
    config: loaded.config,
    lang,
    color,
    verbose: Boolean(options.verbose),
    configProblems: loaded.parsed && loaded.problems.length ? { parsed: loaded.parsed, problems: loaded.problems } : null,
    configParsed: loaded.parsed,
    reload: () => prepareContext(options, io),
  };
}

/** The language the environment asks for (SOP_LANG=en), else Indonesian. */
export function envLang(io: Io): Lang {
  return io.env.SOP_LANG === 'en' ? 'en' : 'id';
}

/** Reads and loads every file named (see resolveFiles); an unreadable file becomes a diagnostic, not a crash. */
export function loadFiles(args: readonly string[], context: RunContext, io: Io): LoadedSop[] {
  return resolveFiles(args, io.cwd, context.config).map((abs) => loadSopFile(abs, io.cwd, context.config));
}
