import { defineRule } from '../../rule.js';
import { remarksSpans } from '../../../model/build.js';

export default defineRule({
  meta: {
    id: 'kegiatan/keterangan',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Sel Keterangan yang mencakup beberapa baris (`sampai`) berakhir pada kegiatan sesudahnya dan tidak menimpa keterangan lain',
      en: 'A Keterangan cell spanning rows (`sampai`) ends at a later step and covers no other note',
    },
    messages: {
      unknown: {
        id: 'keterangan.sampai: kegiatan "{ref}" tidak ada; rujuk id atau nomor kegiatan terakhir yang dicakup (1–{count})',
        en: 'keterangan.sampai: there is no step "{ref}"; refer to the id or number of the last step covered (1–{count})',
      },
      notLater: {
        id: 'keterangan.sampai menunjuk kegiatan {until}, bukan kegiatan sesudah kegiatan {number}; sel Keterangan mencakup kegiatan ini sampai kegiatan yang lebih bawah',
        en: 'keterangan.sampai points at step {until}, not a step after step {number}; the cell covers this step down to a later one',
      },
      covers: {
        id: 'Keterangan kegiatan {number} mencakup kegiatan {from}–{to}, tetapi kegiatan {other} punya keterangan sendiri; perpendek cakupannya atau gabungkan teksnya',
        en: 'The note of step {number} spans steps {from}–{to}, but step {other} has a note of its own; shorten the span or merge the texts',
      },
    },
  },
  check(ctx) {
    const { steps } = ctx.sop;
    const drawn = new Set(remarksSpans(steps).map((s) => s.from));
    for (const step of steps) {
      const span = step.remarksSpan;
      if (!span || drawn.has(step.number)) continue;
      const path = [...step.path, 'keterangan', 'sampai'];
      if (span.until === null) {
        ctx.report({ messageId: 'unknown', path, data: { ref: String(span.ref), count: steps.length } });
        continue;
      }
      if (span.until <= step.number) {
        ctx.report({ messageId: 'notLater', path, data: { until: span.until, number: step.number } });
        continue;
      }
      const other = steps.slice(step.number, span.until).find((s) => s.remarks !== null) ?? steps.find((s) => s.number < step.number && (s.remarksSpan?.until ?? 0) >= step.number);
      if (other) ctx.report({ messageId: 'covers', path, data: { number: step.number, from: step.number, to: span.until, other: other.number } });
    }
  },
});
