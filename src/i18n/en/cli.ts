import type idCli from '../id/cli.js';

/** English messages of cli. */
export default {
  lintTooManyWarnings: '{warnings} warnings, more than --max-warnings {max}',
  writeFailed: 'cannot write {file}: {code}',
  shardFiles: 'shard {index}/{count}: {files} of {total} files',
  shardInvalid: '--shard {value}: expected k/n, whole numbers with 1 ≤ k ≤ n ≤ {max} (e.g. 2/4 for the second of four)',
} satisfies Record<keyof typeof idCli, string>;
