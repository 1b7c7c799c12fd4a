/**
 * The one place that listens for the signals that stop a run: Ctrl-C (SIGINT), SIGTERM (what CI
 * runners, `timeout`, `docker stop` and supervisors send) and SIGHUP (the terminal went away).
 * Each of them stops a render batch, a --watch and a preview the same way: no new work, the
 * browser closed, the listeners removed; only the exit code differs.
 */
export type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

export const STOP_SIGNALS: readonly StopSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * The exit code after a stop: 128 + the signal's number for SIGTERM (143) and SIGHUP (129), what a
 * shell reports for a process the signal ended. Ctrl-C keeps the code the command has always
 * returned for it (`interrupt`: 2 for a batch, 0 for --watch and preview).
 */
export function stopExitCode(signal: StopSignal, interrupt: number): number {
  return signal === 'SIGTERM' ? 143 : signal === 'SIGHUP' ? 129 : interrupt;
}

/**
 * Calls `onStop` whenever one of the stop signals arrives (while it listens, the signal no longer
 * ends the process by itself: the caller must stop). Returns the function that removes the
 * listeners; call it in a `finally`.
 */
export function onStopSignal(onStop: (signal: StopSignal) => void): () => void {
  const listeners = STOP_SIGNALS.map((signal) => [signal, () => onStop(signal)] as const);
  for (const [signal, listener] of listeners) process.on(signal, listener);
  return () => {
    for (const [signal, listener] of listeners) process.removeListener(signal, listener);
  };
}

/** Resolves with the first stop signal; the listeners are removed then. */
export function nextStopSignal(): Promise<StopSignal> {
  return new Promise((resolve) => {
    const remove = onStopSignal((signal) => {
      remove();
      resolve(signal);
    });
  });
}
