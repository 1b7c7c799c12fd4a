import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../model/types.js';
import { CONFIG_FILE_NAME, defaultConfig, parseConfig, type LoadedConfig } from './config.js';
import { UsageError } from '../cli/errors.js';
import { coreMessage } from '../i18n/messages.js';
import { displayPath } from '../cli/files.js';

/** The nearest sop.config.yaml in `cwd` or a parent, or null. */
export function findConfigFile(cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Finds (or takes the named) config and parses it; no config gives the defaults rooted at cwd. */
export function loadProjectConfig(cwd: string, explicit: string | undefined, lang: Lang): LoadedConfig | { config: ReturnType<typeof defaultConfig>; parsed: null; problems: [] } {
  const file = explicit ? path.resolve(cwd, explicit) : findConfigFile(cwd);
  if (!file) return { config: defaultConfig(cwd), parsed: null, problems: [] };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(coreMessage('configNotFound', lang, { file: explicit ?? file }));
  }
  return parseConfig({ path: displayPath(file, cwd), absPath: file, text }, path.dirname(file), lang);
}
