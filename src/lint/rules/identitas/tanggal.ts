import { defineRule } from '../../rule.js';
import { isCalendarDate } from '../../../util/dates.js';
import { phrase } from '../../../util/message.js';

type DateField = 'pembuatan' | 'revisi' | 'efektif';

export default defineRule({
  meta: {
    id: 'identitas/tanggal',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Tanggal pembuatan, revisi dan efektif harus ada di kalender dan urutannya masuk akal',
      en: 'Creation, revision and effective dates must exist and be in a sensible order',
    },
    messages: {
      invalid: {
        id: 'tanggal.{field} "{value}" tidak ada di kalender (bulan {month} tidak punya tanggal {day})',
        en: 'tanggal.{field} "{value}" is not a calendar date (month {month} has no day {day})',
      },
      beforeCreated: {
        id: 'tanggal.{field} ({value}) lebih awal dari tanggal.pembuatan ({created}); SOP tidak dapat {what} sebelum selesai dibuat',
        en: 'tanggal.{field} ({value}) is before tanggal.pembuatan ({created}); an SOP cannot be {what} before it is made',
      },
      whatRevised: { id: 'direvisi', en: 'revised' },
      whatEffective: { id: 'berlaku', en: 'in effect' },
      future: {
        id: 'tanggal.{field} ({value}) sesudah hari ini ({today}); isi tanggal yang sudah terjadi',
        en: 'tanggal.{field} ({value}) is after today ({today}); give a date that has passed',
      },
    },
  },
  check(ctx) {
    const { dates } = ctx.sop;
    const values: [DateField, string | null][] = [
      ['pembuatan', dates.created],
      ['revisi', dates.revised],
      ['efektif', dates.effective],
    ];
    const valid = new Set<DateField>();
    for (const [field, value] of values) {
      if (value === null) continue;
      if (isCalendarDate(value)) {
        valid.add(field);
        continue;
      }
      const [, month, day] = value.split('-');
      ctx.report({ messageId: 'invalid', path: ['tanggal', field], data: { field, value, month: Number(month), day: Number(day) } });
    }
    const what = { revisi: phrase('whatRevised'), efektif: phrase('whatEffective') };
    for (const [field, value] of values) {
      if (!value || !valid.has(field)) continue;
      if ((field === 'revisi' || field === 'efektif') && valid.has('pembuatan') && value < dates.created) {
        ctx.report({ messageId: 'beforeCreated', path: ['tanggal', field], data: { field, value, created: dates.created, what: what[field] } });
      }
      // A revision date may be a planned review, hence in the future.
      if (field !== 'revisi' && value > ctx.today) {
        ctx.report({ messageId: 'future', path: ['tanggal', field], data: { field, value, today: ctx.today } });
      }
    }
  },
});
