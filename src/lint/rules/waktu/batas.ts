import { defineRule, type RuleContext } from '../../rule.js';
import { durationPhrase, parseDuration } from '../../../model/duration.js';
import type { Duration } from '../../../model/types.js';

const OPTIONS = ['maks', 'maks_langkah', 'min_langkah'] as const;
type OptionName = (typeof OPTIONS)[number];

/** Reads the duration options; reports an option that is set but unreadable and ignores it. */
function readLimits(ctx: RuleContext): Partial<Record<OptionName, { text: string; minutes: number }>> {
  const limits: Partial<Record<OptionName, { text: string; minutes: number }>> = {};
  for (const name of OPTIONS) {
    const value = ctx.options[name];
    if (value === undefined || value === null || value === false) continue;
    const parsed: Duration | null = typeof value === 'string' ? parseDuration(value, ctx.sop.workTime) : null;
    if (!parsed || parsed.min !== parsed.max) {
      ctx.report({ messageId: 'badOption', path: [], data: { option: name, value: String(value) } });
      continue;
    }
    limits[name] = { text: value as string, minutes: parsed.min };
  }
  return limits;
}

export default defineRule({
  meta: {
    id: 'waktu/batas',
    severity: 'warn',
    fixable: false,
    description: {
      id: 'Waktu sebuah kegiatan dan jumlah waktu SOP berada dalam batas yang wajar',
      en: 'The time of each step and the SOP’s total stay within plausible limits',
    },
    messages: {
      totalTooLong: {
        id: 'Jumlah waktu sepanjang alur utama ({total}) melebihi batas {max}',
        en: 'The total time along the main path ({total}) exceeds the limit of {max}',
      },
      stepTooLong: {
        id: 'Waktu kegiatan {number} "{value}" melebihi {max} untuk satu kegiatan; periksa angkanya atau pecah kegiatannya',
        en: 'Step {number} takes "{value}", more than {max} for one step; check the figure or split the step',
      },
      stepTooShort: {
        id: 'Waktu kegiatan {number} "{value}" kurang dari {min}; periksa apakah waktu itu wajar untuk kegiatannya',
        en: 'Step {number} takes "{value}", less than {min}; check that the time is plausible for the activity',
      },
      badOption: {
        id: 'Opsi {option} aturan waktu/batas "{value}" tidak dapat dibaca; tulis satu waktu, mis. "5 hari"',
        en: 'Option {option} of rule waktu/batas, "{value}", cannot be read; write one duration, e.g. "5 hari"',
      },
    },
    defaultOptions: { maks_langkah: '20 hari' },
  },
  check(ctx) {
    const { steps, totalDuration, declaredTotal, workTime } = ctx.sop;
    const limits = readLimits(ctx);
    for (const step of steps) {
      const d = step.duration;
      if (!d) continue;
      const path = [...step.path, 'waktu'];
      if (limits.maks_langkah && d.max > limits.maks_langkah.minutes) {
        ctx.report({ messageId: 'stepTooLong', path, data: { number: step.number, value: step.durationText, max: limits.maks_langkah.text } });
      } else if (limits.min_langkah && d.max < limits.min_langkah.minutes) {
        ctx.report({ messageId: 'stepTooShort', path, data: { number: step.number, value: step.durationText, min: limits.min_langkah.text } });
      }
    }
    if (limits.maks && totalDuration && totalDuration.max > limits.maks.minutes) {
      ctx.report({
        messageId: 'totalTooLong',
        path: declaredTotal ? ['waktu_total'] : ['kegiatan'],
        atKey: !declaredTotal,
        data: { total: durationPhrase(totalDuration, workTime), max: limits.maks.text },
      });
    }
  },
});
