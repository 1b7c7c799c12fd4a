import type { Sop } from '../../../model/types.js';
import { defineRule } from '../../rule.js';
import { isUnfilled } from '../../blank.js';

/** "800 / 0195 /2024" and "800/0195/2024" are the same number. */
const numberKey = (nomor: string) => nomor.replace(/\s+/g, '').toUpperCase();

export default defineRule({
  meta: {
    id: 'identitas/nomor-unik',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Dua SOP dalam satu kumpulan tidak boleh memakai nomor yang sama',
      en: 'Two SOPs in the linted set must not share a number',
    },
    messages: {
      duplicate: {
        id: 'Nomor SOP "{nomor}" juga dipakai oleh {others}; setiap SOP perlu nomor sendiri',
        en: 'SOP number "{nomor}" is also used by {others}; every SOP needs its own number',
      },
    },
  },
  checkProject(ctx) {
    const groups = new Map<string, Sop[]>();
    for (const sop of ctx.sops) {
      if (!ctx.options(sop)) continue;
      // Blank and unfilled numbers ("-", "…/SOP/2023") are identitas/kosong's, not duplicates of each other.
      if (isUnfilled(sop.number, true)) continue;
      const key = numberKey(sop.number);
      groups.set(key, [...(groups.get(key) ?? []), sop]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const sop of group) {
        const others = group
          .filter((other) => other !== sop)
          .map((other) => other.file)
          .sort()
          .join(', ');
        ctx.report({ sop, messageId: 'duplicate', path: ['nomor'], data: { nomor: sop.number, others } });
      }
    }
  },
});
