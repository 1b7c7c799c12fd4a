import type { Io } from './io.js';
import type { GlobalOptions } from './program.js';
import { isLang, type Lang } from '../util/lang.js';
import type { RawProblem } from '../util/diagnostic.js';
import type { ProjectConfig } from '../config/types.js';
import { loadProjectConfig, type LoadedConfig } from '../model/config.js';
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
export function prepareContext(options: GlobalOptions, io: Io, preloaded: PreloadedConfig | null = null): RunContext {
  // The config read before parsing (for the language of --help) is the one to use, read once.
  const loaded = preloaded && preloaded.explicit === options.config ? preloaded.loaded : loadProjectConfig(io.cwd, options.config);
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

/**
 * The language of a run before its options are parsed — the language of `--help` (printed while
 * parsing) and of commander's parse errors — by the same precedence as `prepareContext`: `--lang`
 * (or `--lang=`), else the `bahasa` of the config (`--config FILE`, else the nearest
 * sop.config.yaml), else SOP_LANG, else Indonesian. A config that cannot be read or is not valid
 * gives no language here; the command reports its problems.
 */
export function langBeforeParsing(argv: readonly string[], io: Io): { lang: Lang; config: PreloadedConfig | null } {
  const explicit = argValue(argv, '--config');
  let config: PreloadedConfig | null = null;
  try {
    config = { explicit, loaded: loadProjectConfig(io.cwd, explicit) };
  } catch {
    // an unreadable --config FILE: the command says so, in the language below
  }
  const flag = argValue(argv, '--lang');
  return { lang: isLang(flag) ? flag : config?.loaded.config.lang ?? envLang(io), config };
}

/** sop.config.yaml as read before the arguments were parsed, and the `--config` it was read for. */
export interface PreloadedConfig {
  explicit: string | undefined;
  loaded: LoadedConfig;
}

/** The value of `--name value` or `--name=value` in argv, if any. */
function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

/** The language the environment asks for (SOP_LANG=en), else Indonesian. */
export function envLang(io: Io): Lang {
  return io.env.SOP_LANG === 'en' ? 'en' : 'id';
}

/** Reads and loads every file named (see resolveFiles); an unreadable file becomes a diagnostic, not a crash. */
export function loadFiles(args: readonly string[], context: RunContext, io: Io): LoadedSop[] {
  return resolveFiles(args, io.cwd, context.config).map((abs) => loadSopFile(abs, io.cwd, context.config));
}
