import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../util/errors.js';
import { SOP_GLOB } from '../util/paths.js';
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
