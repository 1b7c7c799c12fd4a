import fs from 'node:fs';
import path from 'node:path';

/** Everything a run touches in the outside world (output, cwd, env, clock), injected so tests run in-process. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is an interactive terminal (colours, progress bars). */
  isTTY: boolean;
  /** Today's date, YYYY-MM-DD. */
  today(): string;
  /** Monotonic milliseconds, for the summary timings. */
  now(): number;
}

export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Writes a file atomically: a temporary file in the same folder, then a rename (a device or pipe is written in place). */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  // A device or a pipe (/dev/stdout, /dev/full, a FIFO) is written to, never replaced by a rename.
  let special = false;
  try {
    special = !fs.statSync(file).isFile();
  } catch {
    // not there yet: a new regular file
  }
  if (special) {
    if (fs.statSync(file).isDirectory()) throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR' });
    fs.writeFileSync(file, data);
    return;
  }
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    // The error names the file asked for, not the temporary one.
    const errno = error as NodeJS.ErrnoException;
    if (errno.path === tmp) errno.path = file;
    throw error;
  }
}

/**
 * `mkdir -p` that reports the real reason: Node's recursive mkdir says ENOENT on a read-only file
 * system; the first missing folder is then made alone to learn the true code (EROFS, EACCES, ENOTDIR).
 */
export function makeFolder(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'EEXIST') throw error;
    let missing = path.resolve(dir);
    while (!fs.existsSync(path.dirname(missing)) && path.dirname(missing) !== missing) missing = path.dirname(missing);
    const parent = path.dirname(missing);
    if (fs.existsSync(parent) && !fs.statSync(parent).isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, ${parent}`), { code: 'ENOTDIR', path: parent });
    if (fs.existsSync(missing) && !fs.statSync(missing).isDirectory()) throw Object.assign(new Error(`ENOTDIR: not a directory, ${missing}`), { code: 'ENOTDIR', path: missing });
    fs.mkdirSync(missing);
    fs.mkdirSync(dir, { recursive: true });
  }
}
