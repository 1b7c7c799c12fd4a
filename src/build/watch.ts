import path from 'node:path';
import { watch as watchFiles, type FSWatcher } from 'chokidar';
import { UsageError } from '../util/errors.js';
import type { Plan } from './plan.js';
import type { BatchResult } from './run.js';
import { onStopSignal, type StopSignal } from './signals.js';

/** What to watch and what to ignore: the inputs of a round, never the outputs. */
export interface WatchTargets {
  /** Files and folders whose change starts a new round. */
  paths: readonly string[];
  /** The output folder (and temporary files) are never inputs. */
  outDir: string;
}

/**
 * Resolves when any of the targets changes (added, changed, removed), debounced so that an editor's
 * save-by-rename or a batch of files is one change; or when `stopped` resolves first.
 */
export async function nextChange(targets: WatchTargets, stopped: Promise<void>, debounceMs = 150): Promise<'changed' | 'stopped'> {
  const outDir = path.resolve(targets.outDir);
  const watcher: FSWatcher = watchFiles([...new Set(targets.paths)], {
    ignoreInitial: true,
    ignored: (file: string) => {
      const abs = path.resolve(file);
      return abs === outDir || abs.startsWith(outDir + path.sep) || abs.endsWith('.tmp') || /[\\/](node_modules|\.git)([\\/]|$)/.test(abs);
    },
    depth: 2,
  });
  try {
    await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
    let timer: NodeJS.Timeout | undefined;
    const changed = new Promise<'changed'>((resolve) => {
      watcher.on('all', () => {
        clearTimeout(timer);
        timer = setTimeout(() => resolve('changed'), debounceMs);
      });
    });
    const result = await Promise.race([changed, stopped.then(() => 'stopped' as const)]);
    clearTimeout(timer);
    return result;
  } finally {
    await watcher.close();
  }
}

export interface WatchInput {
  /** The files, folders or globs as given (none: the config's `sumber`). */
  args: readonly string[];
  cwd: string;
  /** The first round's plan. */
  plan: Plan;
  /**
   * The plan of a later round, from the config as it is on disk now (a changed `kertas` or
   * `keluaran` applies at once); null when the config is broken (the caller has reported it).
   */
  replan(): Plan | null;
  /** Runs one round: a batch with whatever the caller shows of it. */
  round(plan: Plan): Promise<BatchResult>;
  /** A round ended; the inputs are watched now. */
  watching(): void;
  /** A bad setting in a later round (e.g. `--template` gone): reported, and the watch goes on. */
  usageError(error: UsageError): void;
}

export interface WatchResult {
  /** 'fatal' when the last round could not run at all (a broken config, the browser would not start, a stop during the round). */
  outcome: 'ok' | 'fatal';
  /** The signal that ended the watch (Ctrl-C, SIGTERM, SIGHUP: src/build/signals.ts). */
  stoppedBy: StopSignal | null;
}

/**
 * `--watch`: a round, then another whenever an input changes, until Ctrl-C, SIGTERM or SIGHUP
 * (a round under way stops as a batch does: its own listener closes the browser).
 */
export async function watchRounds(input: WatchInput): Promise<WatchResult> {
  const { args, cwd } = input;
  let stop: () => void = () => {};
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  let stoppedBy: StopSignal | null = null;
  let last: 'ok' | 'fatal' = 'ok';
  let plan: Plan | null = input.plan;
  const removeStopListener = onStopSignal((signal) => {
    stoppedBy ??= signal;
    stop();
  });
  const ending = () => stoppedBy !== null;
  try {
    for (let round = 0; ; round++) {
      let watched: readonly string[] = [];
      try {
        if (round > 0) plan = input.replan();
        if (plan) {
          const result = await input.round(plan);
          last = result.outcome === 'fatal' ? 'fatal' : 'ok';
          watched = result.watched;
        } else {
          last = 'fatal';
        }
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        input.usageError(error);
        last = 'fatal';
      }
      if (ending()) break;
      input.watching();
      // The inputs and their folders (new files, editors that replace on save), and the config.
      const config = (plan ?? input.plan).config;
      const paths = new Set<string>();
      for (const file of watched) paths.add(file).add(path.dirname(file));
      for (const arg of args) paths.add(path.resolve(cwd, arg));
      if (config.file) paths.add(config.file);
      if (!args.length) paths.add(config.dir);
      const next = await nextChange({ paths: [...paths], outDir: (plan ?? input.plan).outDir }, stopped);
      if (next === 'stopped' || ending()) break;
    }
  } finally {
    removeStopListener();
  }
  return { outcome: last, stoppedBy };
}
