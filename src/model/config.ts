import fs from 'node:fs';
import path from 'node:path';
import type { RawProblem } from '../util/diagnostic.js';
import { UsageError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import type { ProjectConfig } from '../config/types.js';
import { configFromData, defaultConfig, type RawConfig } from '../config/config.js';
import { findConfigFile } from '../config/discover.js';
import { validateData } from '../schema/validate.js';
import { parseSource, type ParsedSource, type SourceFile } from './parse.js';

export interface LoadedConfig {
  config: ProjectConfig;
  /** The parsed sop.config.yaml (to locate problems and findings in it), or null when there is none. */
  parsed: ParsedSource | null;
  problems: RawProblem[];
}

/** Parses and validates sop.config.yaml (read → parse → schema gate); on problems the defaults come back with them. */
export function parseConfig(source: SourceFile, dir: string): LoadedConfig {
  const parsed = parseSource(source);
  const fallback = { ...defaultConfig(dir), file: source.absPath };
  if (parsed.problems.length) return { config: fallback, parsed, problems: parsed.problems };
  const problems = validateData('config', parsed.data);
  if (problems.length) return { config: fallback, parsed, problems };
  return { config: configFromData(parsed.data as RawConfig, dir, source.absPath), parsed, problems: [] };
}

/** Finds (or takes the named) config and parses it; no config gives the defaults rooted at cwd. */
export function loadProjectConfig(cwd: string, explicit: string | undefined): LoadedConfig {
  const file = explicit ? path.resolve(cwd, explicit) : findConfigFile(cwd);
  if (!file) return { config: defaultConfig(cwd), parsed: null, problems: [] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError('configNotFound', { file: explicit ?? file });
  }
  return parseConfig({ path: displayPath(file, cwd), absPath: file, text }, path.dirname(file));
}
