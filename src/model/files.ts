import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../util/errors.js';
import { displayPath, SOP_GLOB } from '../util/paths.js';
import { loadSop, type LoadedSop } from './load.js';
import type { ProjectConfig } from '../config/types.js';

/**
 * Resolves the files to work on: paths, directories (every *.sop.yaml below) or globs;
 * none means the config's `sumber`, else sops/**\/*.sop.yaml. Returns absolute paths, sorted.
 */
export function resolveFiles(args: readonly string[], cwd: string, config: ProjectConfig): string[] {
  const found = new Set<string>();
  if (args.length === 0) {
    for (const file of globSync(config.sources, { cwd: config.dir, absolute: true, ignore: ['**/node_modules/**'] })) found.add(path.resolve(file));
    if (found.size === 0) throw new UsageError('noFilesMatched', { patterns: config.sources.join(', ') });
    return [...found].sort();
  }
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    if (isDynamicPattern(arg)) {
      const matches = globSync([arg], { cwd, absolute: true, ignore: ['**/node_modules/**'] });
      if (matches.length === 0) throw new UsageError('noFilesMatched', { patterns: arg });
      for (const m of matches) found.add(path.resolve(m));
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError('fileNotFound', { file: arg });
    }
    if (stat.isDirectory()) {
      const matches = globSync([SOP_GLOB], { cwd: abs, absolute: true, ignore: ['**/node_modules/**'] });
      if (matches.length === 0) throw new UsageError('noFilesMatched', { patterns: `${arg}/${SOP_GLOB}` });
      for (const m of matches) found.add(path.resolve(m));
    } else {
      found.add(abs);
    }
  }
  return [...found].sort();
}

/** Reads and loads one SOP file; an unreadable file becomes a problem, not a crash. */
export function loadSopFile(abs: string, cwd: string, config: ProjectConfig): LoadedSop {
  const display = displayPath(abs, cwd);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    const loaded = loadSop({ path: display, absPath: abs, text: '' }, config);
    return { ...loaded, sop: null, problems: [{ ruleId: 'yaml', messageId: 'readError', data: { detail }, range: [0, 0] }] };
  }
  return loadSop({ path: display, absPath: abs, text }, config);
}
