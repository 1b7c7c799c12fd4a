import { defineRule } from '../../rule.js';
import { compareLoose, isCalendarDate, looseIso, readLooseDate, type LooseDate } from '../../../util/dates.js';
import { phrase } from '../../../util/message.js';

type DateField = 'pembuatan' | 'revisi' | 'efektif';

export default defineRule({
  meta: {
    id: 'identitas/tanggal',
    severity: 'error',
    fixable: true,
    description: {
      id: 'Tanggal pembuatan, revisi dan efektif harus ada di kalender, ditulis YYYY-MM-DD, dan urutannya masuk akal',
      en: 'Creation, revision and effective dates must exist, be written YYYY-MM-DD, and be in a sensible order',
    },
    messages: {
      notIso: {
        id: 'tanggal.{field} "{value}" ditulis {iso} (YYYY-MM-DD)',
        en: 'tanggal.{field} "{value}" is written {iso} (YYYY-MM-DD)',
      },
      partial: {
        id: 'tanggal.{field} "{value}" hanya menyebut {known}; dicetak seperti tertulis — lengkapi tanggalnya (YYYY-MM-DD) bila diketahui',
        en: 'tanggal.{field} "{value}" gives only {known}; it is printed as written — complete it (YYYY-MM-DD) when the day is known',
      },
      knownMonth: { id: 'bulan dan tahun', en: 'the month and year' },
      knownYear: { id: 'tahun', en: 'the year' },
      unreadable: {
        id: 'tanggal.{field} "{value}" bukan tanggal; tulis YYYY-MM-DD (mis. 2023-07-01), atau bulan dan tahun ("Juli 2023") bila tanggalnya tidak diketahui',
        en: 'tanggal.{field} "{value}" is not a date; write YYYY-MM-DD (e.g. 2023-07-01), or the month and year ("Juli 2023") when the day is not known',
      },
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
    // Each date as far as it is known: a full date, or a month or year only ("April 2015").
    const known = new Map<DateField, LooseDate>();
    for (const [field, value] of values) {
      // A blank tanggal.pembuatan ("", "-") is identitas/kosong's.
      if (value === null || value === '' || /^-+$/.test(value)) continue;
      const path = ['tanggal', field];
      if (isCalendarDate(value)) {
        known.set(field, readLooseDate(value)!);
        continue;
      }
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (iso) {
        ctx.report({ messageId: 'invalid', path, data: { field, value, month: Number(iso[2]), day: Number(iso[3]) } });
        continue;
      }
      const loose = readLooseDate(value);
      if (!loose) {
        ctx.report({ messageId: 'unreadable', path, data: { field, value } });
        continue;
      }
      known.set(field, loose);
      if (loose.day !== null) {
        // "1 April 2015", "01-04-2015", "1/4/2015": the day is known, so the ISO form is certain.
        const written = looseIso(loose);
        ctx.report({ messageId: 'notIso', path, severity: 'warn', data: { field, value, iso: written }, fix: ctx.replaceScalar(path, written) });
      } else {
        ctx.report({ messageId: 'partial', path, severity: 'warn', data: { field, value, known: phrase(loose.month === null ? 'knownYear' : 'knownMonth') } });
      }
    }
    const what = { revisi: phrase('whatRevised'), efektif: phrase('whatEffective') };
    const today = readLooseDate(ctx.today)!;
    const created = known.get('pembuatan');
    for (const [field, value] of values) {
      const date = known.get(field);
      if (!value || !date) continue;
      if ((field === 'revisi' || field === 'efektif') && created && compareLoose(date, created) < 0) {
        ctx.report({ messageId: 'beforeCreated', path: ['tanggal', field], data: { field, value, created: dates.created, what: what[field] } });
      }
      // A revision date may be a planned review, hence in the future.
      if (field !== 'revisi' && compareLoose(date, today) > 0) {
        ctx.report({ messageId: 'future', path: ['tanggal', field], data: { field, value, today: ctx.today } });
      }
    }
  },
});
