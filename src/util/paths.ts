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
