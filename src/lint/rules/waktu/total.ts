import { defineRule } from '../../rule.js';
import { durationPhrase, formatDuration } from '../../../model/duration.js';
import { phrase } from '../../../util/message.js';
import type { Duration } from '../../../model/types.js';

// Sums of decimal parts ("1,5 jam") may differ in the last place; a second is far below what an SOP states.
const TOLERANCE_MINUTES = 1 / 60;
const same = (a: Duration, b: Duration) => Math.abs(a.min - b.min) < TOLERANCE_MINUTES && Math.abs(a.max - b.max) < TOLERANCE_MINUTES;

export default defineRule({
  meta: {
    id: 'waktu/total',
    severity: 'error',
    fixable: true,
    description: {
      id: '`waktu_total` harus sama dengan jumlah waktu kegiatan sepanjang alur utama',
      en: '`waktu_total` must equal the sum of the step times along the main path',
    },
    messages: {
      notComputable: { id: 'tidak dapat dihitung', en: 'cannot be computed' },
      mismatch: {
        id: 'waktu_total "{declared}" ({declaredValue}) berbeda dengan jumlah waktu kegiatan sepanjang alur utama: {computed}',
        en: 'waktu_total "{declared}" ({declaredValue}) differs from the sum of the step times along the main path: {computed}',
      },
      unreadable: {
        id: 'waktu_total "{declared}" tidak dapat dibaca; tulis angka dan satuan, mis. "5 jam 15 menit" (jumlah alur utama: {computed})',
        en: 'waktu_total "{declared}" cannot be read; write a number and a unit, e.g. "5 jam 15 menit" (main-path sum: {computed})',
      },
    },
  },
  check(ctx) {
    const { declaredTotal, totalDuration, workTime } = ctx.sop;
    if (!declaredTotal) return;
    const days = ctx.sop.totalInDays;
    const path = ['waktu_total'];
    const computed = totalDuration ? durationPhrase(totalDuration, workTime, days) : phrase('notComputable');
    if (!declaredTotal.duration) {
      ctx.report({ messageId: 'unreadable', path, data: { declared: declaredTotal.text, computed } });
      return;
    }
    // Without a computed total (a step on the main path lacks a readable waktu) other rules report the cause.
    if (!totalDuration || same(declaredTotal.duration, totalDuration)) return;
    ctx.report({
      messageId: 'mismatch',
      path,
      data: { declared: declaredTotal.text, declaredValue: durationPhrase(declaredTotal.duration, workTime, days), computed },
      // A range prints as "a – b", which is not an input form; only a single value is a safe fix.
      fix: totalDuration.min === totalDuration.max ? ctx.replaceScalar(path, formatDuration(totalDuration, workTime, 'id', days)) : undefined,
    });
  },
});
