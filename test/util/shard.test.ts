import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardKey, shardOf, SHARD_MAX, type Shard } from '../../src/util/shard.js';
import { UsageError } from '../../src/util/errors.js';

/**
 * `--shard k/n` (src/util/shard.ts). A failing property prints fast-check's seed and path; run it
 * again with `fc.assert(..., { seed, path })`.
 */

const name = fc.stringMatching(/^[a-z0-9][a-z0-9_/-]{0,24}$/).map((s) => `sops/${s}.sop.yaml`);
const fileSet = fc.uniqueArray(name, { minLength: 0, maxLength: 60 });
const count = fc.integer({ min: 1, max: 16 });
const id = (s: string) => s;

function partition(files: readonly string[], n: number): string[][] {
  return Array.from({ length: n }, (_, i) => inShard(files, id, { index: i + 1, count: n }));
}

describe('parseShard', () => {
  it('reads k/n', () => {
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
    expect(parseShard('3/4')).toEqual({ index: 3, count: 4 });
    expect(parseShard(' 2 / 16 ')).toEqual({ index: 2, count: 16 });
    expect(parseShard(`${SHARD_MAX}/${SHARD_MAX}`)).toEqual({ index: SHARD_MAX, count: SHARD_MAX });
  });

  it.each(['0/4', '5/4', '1/0', '0/0', `1/${SHARD_MAX + 1}`, '1.5/4', '-1/4', '1/-4', 'a/b', '2', '2/', '/4', '2/4/8', '', '1e1/20', '99999999999999999999/1'])(
    'refuses %j with a usage error',
    (value) => {
      const error = (() => {
        try {
          parseShard(value);
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).messageId).toBe('shardInvalid');
      expect((error as UsageError).data).toEqual({ value, max: SHARD_MAX });
    },
  );
});

describe('shardKey', () => {
  it('is the project-relative path with forward slashes, in NFC', () => {
    const root = path.resolve('/proyek');
    expect(shardKey(path.join(root, 'sops', 'a.sop.yaml'), root)).toBe('sops/a.sop.yaml');
    // "é" decomposed (as macOS may list it) and composed give one key.
    expect(shardKey(path.join(root, 'sops', 'e\u0301.sop.yaml'), root)).toBe('sops/\u00e9.sop.yaml');
  });
});

describe('shardOf', () => {
  it('is pinned: the same assignment on every machine and in every version (a change would reshuffle every CI cache)', () => {
    const files = ['sops/a.sop.yaml', 'sops/b.sop.yaml', 'sops/keuangan/pencairan-dana.sop.yaml', 'sops/kepegawaian/cuti.sop.yaml', 'x.sop.yaml'];
    expect(files.map((f) => shardOf(f, 4))).toEqual([1, 2, 4, 1, 4]);
    expect(files.map((f) => shardOf(f, 16))).toEqual([1, 6, 4, 16, 4]);
    expect(files.map((f) => shardOf(f, 1))).toEqual([1, 1, 1, 1, 1]);
  });

  it('splits any file set into n disjoint shards whose union is the set', () => {
    fc.assert(
      fc.property(fileSet, count, (files, n) => {
        const shards = partition(files, n);
        const all = shards.flat();
        expect(all.length).toBe(files.length);
        expect(new Set(all).size).toBe(files.length);
        expect([...all].sort()).toEqual([...files].sort());
      }),
    );
  });

  it('does not depend on the order the files are listed or found in', () => {
    fc.assert(
      fc.property(
        fileSet.chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length, maxLength: files.length }))),
        count,
        ([files, shuffled], n) => {
          const a = partition(files, n).map((s) => [...s].sort());
          const b = partition(shuffled, n).map((s) => [...s].sort());
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('moves no other file when one file is added or removed', () => {
    fc.assert(
      fc.property(fileSet.filter((f) => f.length > 0), fc.nat(), name, count, (files, pick, extra, n) => {
        const before = new Map(files.map((f) => [f, shardOf(f, n)]));
        const removed = files[pick % files.length]!;
        const without = files.filter((f) => f !== removed);
        partition(without, n).forEach((shard, i) => shard.forEach((f) => expect(before.get(f), f).toBe(i + 1)));
        if (!before.has(extra)) partition([...files, extra], n).forEach((shard, i) => shard.filter((f) => f !== extra).forEach((f) => expect(before.get(f), f).toBe(i + 1)));
      }),
    );
  });

  it('going from n to n + 1 shards moves only the files the new shard takes (rendezvous hashing)', () => {
    fc.assert(
      fc.property(fileSet, count, (files, n) => {
        for (const f of files) {
          const now = shardOf(f, n);
          const next = shardOf(f, n + 1);
          expect(next === now || next === n + 1, `${f}: ${now} of ${n} → ${next} of ${n + 1}`).toBe(true);
        }
      }),
    );
  });

  it('is balanced: every shard holds n⁻¹ of the files, within six standard deviations of a fair split', () => {
    // A fair random split gives each shard Binomial(m, 1/n) files: mean m/n, sd √(m·(1/n)·(1 − 1/n)).
    const many = fc.uniqueArray(name, { minLength: 400, maxLength: 1200 });
    fc.assert(
      fc.property(many, count, (files, n) => {
        const sizes = partition(files, n).map((s) => s.length);
        const mean = files.length / n;
        const sd = Math.sqrt(files.length * (1 / n) * (1 - 1 / n));
        for (const size of sizes) expect(Math.abs(size - mean), `sizes ${sizes.join(',')}`).toBeLessThanOrEqual(6 * sd + 1);
      }),
      { numRuns: 40 },
    );
  });

  it('splits a realistic project evenly (1,000 SOPs under 20 folders into 1…16 shards)', () => {
    const files = Array.from({ length: 1000 }, (_, i) => `sops/bidang-${String(i % 20).padStart(2, '0')}/sop-${String(i).padStart(4, '0')}.sop.yaml`);
    for (let n = 1; n <= 16; n++) {
      const sizes = partition(files, n).map((s) => s.length);
      const mean = 1000 / n;
      const sd = Math.sqrt(1000 * (1 / n) * (1 - 1 / n));
      expect(Math.max(...sizes) - mean, `n=${n}: ${sizes.join(',')}`).toBeLessThanOrEqual(4 * sd + 1);
      expect(mean - Math.min(...sizes), `n=${n}: ${sizes.join(',')}`).toBeLessThanOrEqual(4 * sd + 1);
    }
  });

  it('one shard is the whole set', () => {
    const shard: Shard = { index: 1, count: 1 };
    expect(inShard(['b', 'a'], id, shard)).toEqual(['b', 'a']);
  });
});
