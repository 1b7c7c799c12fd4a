import type idCli from '../id/cli.js';

/** English messages of cli. */
export default {
  lintTooManyWarnings: '{warnings} warnings, more than --max-warnings {max}',
  writeFailed: 'cannot write {file}: {code}',
} satisfies Record<keyof typeof idCli, string>;
