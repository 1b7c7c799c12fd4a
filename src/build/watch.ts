import path from 'node:path';
import { watch as watchFiles, type FSWatcher } from 'chokidar';

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
