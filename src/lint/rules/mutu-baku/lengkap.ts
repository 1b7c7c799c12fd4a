import { defineRule } from '../../rule.js';
import type { Lang } from '../../../util/lang.js';

const names: Record<Lang, { kelengkapan: string; waktu: string; output: string; and: string }> = {
  id: { kelengkapan: 'kelengkapan', waktu: 'waktu', output: 'output', and: 'dan' },
  en: { kelengkapan: 'requirements (kelengkapan)', waktu: 'time (waktu)', output: 'output', and: 'and' },
};

function joinList(items: string[], and: string): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export default defineRule({
  meta: {
    id: 'mutu-baku/lengkap',
    severity: 'warn',
    fixable: false,
    description: {
      id: 'Setiap kegiatan memiliki Mutu Baku lengkap: kelengkapan, waktu, dan output',
      en: 'Every step has its full quality standard (Mutu Baku): requirements, time and output',
    },
    messages: {
      missing: {
        id: 'Kegiatan {number} tidak memiliki {missing} pada Mutu Baku',
        en: 'Step {number} has no {missing} in its quality standard (Mutu Baku)',
      },
    },
  },
  check(ctx) {
    const words = names[ctx.lang];
    for (const step of ctx.sop.steps) {
      const missing: string[] = [];
      if (!step.requirements.some((r) => r !== '')) missing.push(words.kelengkapan);
      if (!step.durationText) missing.push(words.waktu);
      if (!step.output.some((o) => o !== '')) missing.push(words.output);
      if (missing.length) ctx.report({ messageId: 'missing', path: step.path, data: { number: step.number, missing: joinList(missing, words.and) } });
    }
  },
});
