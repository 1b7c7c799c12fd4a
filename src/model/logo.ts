import path from 'node:path';
import type { Agency, Sop } from './types.js';

/*
 * The logo a SOP names and the view of the file system a lint rule gets: pure (no fs), so lint
 * rules may import it; the real view is `nodeFileView` in project.ts.
 */

/** The absolute path the SOP's logo names (relative to the file that names it), or null for none. */
export function logoTarget(agency: Agency, projectRoot: string): string | null {
  if (!agency.logo) return null;
  return path.resolve(agency.logoBase ?? projectRoot, agency.logo);
}

/** Whether `file` lies strictly below `root` (both already resolved: real paths). */
export function isInside(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** What is at a path, symlinks resolved. */
export interface FileStat {
  /** `missing`: nothing there (or a broken link); `other`: a folder, a device, a socket. */
  kind: 'file' | 'missing' | 'other';
  /** The path with every symlink resolved; the path as given (made absolute) when it is missing. */
  realPath: string;
  /** In bytes; 0 when missing. */
  size: number;
  /** The first bytes of a file (at most 4 KiB, for `sniffImage`); empty otherwise or when unreadable. */
  head: Uint8Array;
}

/**
 * The view of the file system a lint rule gets (rules are pure: the edge injects it, the real
 * one is `nodeFileView`, tests pass a fake).
 */
export interface FileView {
  stat(absPath: string): FileStat;
  /** The project root of a SOP (`projectRootOf`), as the edge knows it. */
  projectRoot(sop: Sop): string;
}
