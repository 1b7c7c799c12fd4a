import fs from 'node:fs';
import path from 'node:path';
import type { ProjectConfig } from '../config/types.js';
import type { Sop } from './types.js';
import type { FileStat, FileView } from './logo.js';
import { findUp } from '../util/paths.js';
import { SNIFF_BYTES } from '../util/image.js';

/**
 * The folder a SOP's files (the logo) must stay inside: the config's folder; without a config,
 * the git work tree the SOP is in, else the current folder (so `../assets/logo.png` from
 * sops/ works in a project that has no sop.config.yaml yet). One rule for render and lint.
 */
export function projectRootOf(config: ProjectConfig, sop: Sop): string {
  if (config.file) return config.dir;
  const git = findUp(path.dirname(path.resolve(config.dir, sop.file)), '.git');
  return git ? path.dirname(git) : config.dir;
}

const EMPTY = new Uint8Array(0);

function statNow(absPath: string): FileStat {
  const wanted = path.resolve(absPath);
  let realPath: string;
  let stats: fs.Stats;
  try {
    realPath = fs.realpathSync(wanted);
    stats = fs.statSync(realPath);
  } catch {
    return { kind: 'missing', realPath: wanted, size: 0, head: EMPTY };
  }
  if (!stats.isFile()) return { kind: 'other', realPath, size: stats.size, head: EMPTY };
  let head: Uint8Array = EMPTY;
  let fd: number | null = null;
  try {
    fd = fs.openSync(realPath, 'r');
    const buffer = Buffer.alloc(Math.min(SNIFF_BYTES, stats.size));
    const read = fs.readSync(fd, buffer, 0, buffer.length, 0);
    head = new Uint8Array(buffer.buffer, buffer.byteOffset, read);
  } catch {
    head = EMPTY;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
  return { kind: 'file', realPath, size: stats.size, head };
}

/** The real file view for one run (each path is looked at once: a config's logo serves every SOP). */
export function nodeFileView(config: ProjectConfig): FileView {
  const seen = new Map<string, FileStat>();
  return {
    stat(absPath) {
      const key = path.resolve(absPath);
      let found = seen.get(key);
      if (!found) seen.set(key, (found = statNow(key)));
      return found;
    },
    projectRoot: (sop) => projectRootOf(config, sop),
  };
}
