import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ProjectConfig } from '../config/types.js';
import type { Lang } from '../model/types.js';
import type { ReportFile } from '../report/types.js';
import { createRegister, type Register, type RegisterEntry } from './register.js';

const builtinFile = fileURLToPath(new URL('../../data/regulasi.yaml', import.meta.url));

/** The built-in register merged with the project's `lint.regulasi` file. (Replaced by the full loader.) */
export function loadRegister(config: ProjectConfig, _lang: Lang): { register: Register; problems: ReportFile[] } {
  const entries: RegisterEntry[] = [];
  for (const file of [builtinFile, config.lint.register ? path.resolve(config.dir, config.lint.register) : null]) {
    if (!file || !fs.existsSync(file)) continue;
    const data = parse(fs.readFileSync(file, 'utf8')) as { regulasi?: RegisterEntry[] } | null;
    entries.push(...(data?.regulasi ?? []));
  }
  return { register: createRegister(entries), problems: [] };
}
