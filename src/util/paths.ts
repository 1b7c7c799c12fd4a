import fs from 'node:fs';
import path from 'node:path';

/** The suffix every SOP file carries. */
export const SOP_SUFFIX = '.sop.yaml';
/** The glob of SOP files below a folder. */
export const SOP_GLOB = `**/*${SOP_SUFFIX}`;

/** How a file is named in messages: relative to cwd with forward slashes, unless outside it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return abs.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

/** The name of a SOP file without its suffix: `sops/izin.sop.yaml` → `izin`. */
export function slugOf(file: string): string {
  const base = path.basename(file);
  return base.endsWith(SOP_SUFFIX) ? base.slice(0, -SOP_SUFFIX.length) : base.replace(/\.ya?ml$/i, '');
}

/**
 * The nearest folder, from `start` up to the file-system root, that holds `name` (a file or a
 * folder: "sop.config.yaml", ".git"): the path of that entry, or null. The one upward walk.
 */
export function findUp(start: string, name: string): string | null {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, name);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return null;
  }
}
