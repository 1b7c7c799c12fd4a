import { localDate, type Io } from '../util/io.js';

export type { Io };
export { writeFileAtomic } from '../util/io.js';

/** Set when the reader of stdout went away (`sop lint | head`): the rest is dropped, quietly. */
let stdoutClosed = false;

/** The real outside world. */
export function nodeIo(): Io {
  if (!process.stdout.listeners('error').includes(onStdoutError)) process.stdout.on('error', onStdoutError);
  return {
    stdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    today: () => localDate(new Date()),
    now: () => performance.now(),
  };
}


/** A closed pipe ends the output as `head` asks; any other write error is said once, exit code 2. */
function onStdoutError(error: NodeJS.ErrnoException): void {
  if (stdoutClosed) return;
  stdoutClosed = true;
  if (error.code === 'EPIPE') return;
  process.stderr.write(`sop: ${error.message}\n`);
  process.exitCode = 2;
}
