import { defineRule } from '../../rule.js';

export default defineRule({
  meta: {
    id: 'waktu/seragam',
    severity: 'info',
    fixable: false,
    description: {
      id: 'Waktu yang sama pada semua kegiatan menandakan waktu yang tidak diukur',
      en: 'The same time on every step suggests the times were never estimated',
    },
    messages: {
      uniform: {
        id: 'Semua {count} kegiatan memiliki waktu yang sama ("{value}"); perkirakan waktu setiap kegiatan tersendiri',
        en: 'All {count} steps have the same time ("{value}"); estimate each step’s time on its own',
      },
    },
    defaultOptions: { min_kegiatan: 4 },
  },
  check(ctx) {
    const { steps } = ctx.sop;
    const minSteps = typeof ctx.options.min_kegiatan === 'number' ? ctx.options.min_kegiatan : 4;
    if (steps.length < Math.max(2, minSteps)) return;
    const first = steps[0]!.duration;
    if (!first) return;
    const uniform = steps.every((s) => s.duration !== null && s.duration.min === first.min && s.duration.max === first.max);
    if (uniform) ctx.report({ messageId: 'uniform', path: [...steps[0]!.path, 'waktu'], data: { count: steps.length, value: steps[0]!.durationText } });
  },
});
