import { defineRule } from '../../rule.js';
import { phrase, type MessageValue, type Phrase } from '../../../util/message.js';

/** "a", "a and b", "a, b and c" (the last separator a phrase: "dan" / "and"). */
function joinList(items: readonly Phrase[]): MessageValue[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : i === items.length - 1 ? [phrase('and'), item] : [', ', item]));
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
      kelengkapan: { id: 'kelengkapan', en: 'requirements (kelengkapan)' },
      waktu: { id: 'waktu', en: 'time (waktu)' },
      output: { id: 'output', en: 'output' },
      and: { id: ' dan ', en: ' and ' },
    },
  },
  check(ctx) {
    for (const step of ctx.sop.steps) {
      const missing: Phrase[] = [];
      if (!step.requirements.some((r) => r !== '')) missing.push(phrase('kelengkapan'));
      if (!step.durationText) missing.push(phrase('waktu'));
      if (!step.output.some((o) => o !== '')) missing.push(phrase('output'));
      if (missing.length) ctx.report({ messageId: 'missing', path: step.path, data: { number: step.number, missing: joinList(missing) } });
    }
  },
});
