import { localDate, type Io } from '../util/io.js';

export type { Io };
export { writeFileAtomic } from '../util/io.js';

/** The real outside world. */
export function nodeIo(): Io {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    today: () => localDate(new Date()),
    now: () => performance.now(),
  };
}

