import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAME } from './config.js';

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
