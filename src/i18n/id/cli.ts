/** Indonesian messages of cli. */
export default {
  lintTooManyWarnings: '{warnings} peringatan, melebihi --max-warnings {max}',
  writeFailed: 'tidak dapat menulis {file}: {code}',
  shardFiles: 'bagian {index}/{count}: {files} dari {total} berkas',
  shardInvalid: '--shard {value}: yang diharapkan k/n, bilangan bulat dengan 1 ≤ k ≤ n ≤ {max} (mis. 2/4 untuk bagian kedua dari empat)',
} as const;
