import { defineRule } from '../../rule.js';

export default defineRule({
  meta: {
    id: 'waktu/format',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Waktu sebuah kegiatan harus berupa angka dan satuan yang dapat dibaca',
      en: 'A step’s time must be a number and a unit that can be read',
    },
    messages: {
      unreadable: {
        id: 'Waktu "{value}" tidak dapat dibaca; tulis angka dan satuan, mis. "15 menit", "1,5 jam", "1 jam 30 menit", "2 hari kerja", "1-2 hari"',
        en: 'Time "{value}" cannot be read; write a number and a unit, e.g. "15 menit", "1,5 jam", "1 jam 30 menit", "2 hari kerja", "1-2 hari"',
      },
    },
  },
  check(ctx) {
    for (const step of ctx.sop.steps) {
      if (step.durationText !== null && step.duration === null) {
        ctx.report({ messageId: 'unreadable', path: [...step.path, 'waktu'], data: { value: step.durationText } });
      }
    }
  },
});
