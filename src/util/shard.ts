import { createHash } from 'node:crypto';
import path from 'node:path';
import { UsageError } from './errors.js';

/**
 * `--shard k/n`: which files one of n CI jobs works on. Pure (no I/O, no clock, no machine state).
 *
 * Rendezvous (highest-random-weight) hashing: a file goes to the shard with the highest weight
 * w(file, shard), and the weights of a file come from a hash of its project-relative path. So the
 * shard of a file depends on nothing but that path and n — not on the order files are listed or
 * found, not on the other files, not on the machine. Adding or removing a file moves no other
 * file (any per-file function has that property, hash mod n too). What rendezvous hashing adds is
 * the other direction: going from n to n + 1 jobs moves only the files the new shard wins (about
 * 1/(n + 1) of them, and each of them to the new shard), where `hash mod n` would move about
 * n/(n + 1) of all files; per-shard CI caches keep most of their hits when the matrix grows.
 */

/** The most shards `--shard` accepts (GitHub Actions allows 256 jobs per matrix, GitLab's `parallel` 200). */
export const SHARD_MAX = 256;

/** One shard of n: `index` is 1-based (`--shard 1/4` is the first). */
export interface Shard {
  index: number;
  count: number;
}

/** `"k/n"` → the shard; anything else (not integers, k < 1, k > n, n > SHARD_MAX) is a UsageError (exit 2). */
export function parseShard(value: string): Shard {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || count > SHARD_MAX || index < 1 || index > count) throw new UsageError('shardInvalid', { value, max: SHARD_MAX });
  return { index, count };
}

/**
 * A file's key: its path relative to the project folder (the folder of sop.config.yaml, else the
 * current one), with forward slashes and in Unicode NFC (macOS may hand out decomposed names).
 */
export function shardKey(absPath: string, root: string): string {
  return path.relative(root, absPath).split(path.sep).join('/').normalize('NFC');
}

/** The shard (1…count) a key belongs to. */
export function shardOf(key: string, count: number): number {
  const digest = createHash('sha256').update(key, 'utf8').digest();
  const next = sfc32(digest.readUInt32LE(0), digest.readUInt32LE(4), digest.readUInt32LE(8), digest.readUInt32LE(12));
  let best = 0;
  let bestWeight = -1;
  for (let shard = 0; shard < count; shard++) {
    // The weight of shard j is the j-th draw, whatever n is: a larger n only adds draws.
    const weight = (next() >>> 5) * 2 ** 21 + (next() >>> 11);
    if (weight > bestWeight) {
      best = shard;
      bestWeight = weight;
    }
  }
  return best + 1;
}

/** The items of one shard, in their given order. */
export function inShard<T>(items: readonly T[], keyOf: (item: T) => string, shard: Shard): T[] {
  return items.filter((item) => shardOf(keyOf(item), shard.count) === shard.index);
}

/** The shard as it is named in file names and messages: `2-of-4`. */
export function shardLabel(shard: Shard): string {
  return `${shard.index}-of-${shard.count}`;
}

/** Chris Doty-Humphrey's sfc32 (PractRand), seeded from the digest: 32-bit draws, the same on every platform. */
function sfc32(a: number, b: number, c: number, d: number): () => number {
  const draw = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The seed is already a hash; a few rounds still mix the four words into each other.
  for (let i = 0; i < 12; i++) draw();
  return draw;
}
