/** Indonesian messages of cli. */
export default {
  lintTooManyWarnings: '{warnings} peringatan, melebihi --max-warnings {max}',
  writeFailed: 'tidak dapat menulis {file}: {code}',
} as const;
