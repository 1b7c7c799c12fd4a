import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from './errors.js';
import { coreMessage } from '../i18n/messages.js';
import type { Lang } from '../model/types.js';
import type { ProjectConfig } from '../config/types.js';

const SOP_SUFFIX = '.sop.yaml';

/**
 * Resolves the files to work on: paths, directories (every *.sop.yaml below) or globs;
 * none means the config's `sumber`, else sops/**\/*.sop.yaml. Returns absolute paths, sorted.
 */
export function resolveFiles(args: readonly string[], cwd: string, config: ProjectConfig, lang: Lang): string[] {
  const found = new Set<string>();
  if (args.length === 0) {
    for (const file of globSync(config.sources, { cwd: config.dir, absolute: true, ignore: ['**/node_modules/**'] })) found.add(path.resolve(file));
    if (found.size === 0) throw new UsageError(coreMessage('noFilesMatched', lang, { patterns: config.sources.join(', ') }));
    return [...found].sort();
  }
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    if (isDynamicPattern(arg)) {
      const matches = globSync([arg], { cwd, absolute: true, ignore: ['**/node_modules/**'] });
      if (matches.length === 0) throw new UsageError(coreMessage('noFilesMatched', lang, { patterns: arg }));
      for (const m of matches) found.add(path.resolve(m));
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError(coreMessage('fileNotFound', lang, { file: arg }));
    }
    if (stat.isDirectory()) {
      const matches = globSync([`**/*${SOP_SUFFIX}`], { cwd: abs, absolute: true, ignore: ['**/node_modules/**'] });
      if (matches.length === 0) throw new UsageError(coreMessage('noFilesMatched', lang, { patterns: `${arg}/**/*${SOP_SUFFIX}` }));
      for (const m of matches) found.add(path.resolve(m));
    } else {
      found.add(abs);
    }
  }
  return [...found].sort();
}

/** How a file is named in messages: relative to cwd with forward slashes, unless outside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return abs.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}
