import fs from 'node:fs';
import type { Io } from './io.js';
import type { CommandState, GlobalOptions } from './program.js';
import type { Lang } from '../model/types.js';
import type { ProjectConfig } from '../config/types.js';
import { loadProjectConfig } from '../config/discover.js';
import { resolveFiles, displayPath } from './files.js';
import { loadSop, type LoadedSop } from '../model/load.js';
import type { RawProblem } from '../model/parse.js';
import type { ParsedSource } from '../model/parse.js';
import { coreMessage } from '../i18n/messages.js';

export interface RunContext {
  config: ProjectConfig;
  lang: Lang;
  color: boolean;
  /** Problems in sop.config.yaml, with the parsed config to locate them. */
  configProblems: { parsed: ParsedSource; problems: RawProblem[] } | null;
  /** The parsed sop.config.yaml (to locate later findings about it), or null when there is none. */
  configParsed: ParsedSource | null;
}

/** Loads the config and settles language and colour for a command. */
export function prepareContext(options: GlobalOptions, io: Io, state: CommandState): RunContext {
  const loaded = loadProjectConfig(io.cwd, options.config, options.lang ?? state.lang);
  const lang: Lang = options.lang ?? loaded.config.lang ?? (io.env.SOP_LANG === 'en' ? 'en' : 'id');
  state.lang = lang;
  const color = options.color !== false && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') && (io.isTTY || io.env.FORCE_COLOR === '1');
  return {
    config: loaded.config,
    lang,
    color,
    configProblems: loaded.parsed && loaded.problems.length ? { parsed: loaded.parsed, problems: loaded.problems } : null,
    configParsed: loaded.parsed,
  };
}

/** Reads and loads every file; an unreadable file becomes a diagnostic, not a crash. */
export function loadFiles(args: readonly string[], context: RunContext, io: Io): LoadedSop[] {
  const files = resolveFiles(args, io.cwd, context.config, context.lang);
  return files.map((abs) => {
    const display = displayPath(abs, io.cwd);
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? String(error);
      const loaded = loadSop({ path: display, absPath: abs, text: '' }, context.config, context.lang);
      return { ...loaded, sop: null, problems: [{ ruleId: 'yaml', message: coreMessage('readError', context.lang, { detail }), range: [0, 0] as [number, number] }] };
    }
    return loadSop({ path: display, absPath: abs, text }, context.config, context.lang);
  });
}
