import { defineRule } from '../../rule.js';
import { closest } from '../../../util/strings.js';

export default defineRule({
  meta: {
    id: 'alur/tujuan',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Tujuan `ya`, `tidak` dan `lanjut` harus id atau nomor kegiatan lain yang ada',
      en: 'The targets of `ya`, `tidak` and `lanjut` must be the id or number of another existing step',
    },
    messages: {
      unknownSuggest: {
        id: '{key}: kegiatan "{ref}" tidak ada; maksud Anda "{suggestion}"?',
        en: '{key}: there is no step "{ref}"; did you mean "{suggestion}"?',
      },
      unknownId: {
        id: '{key}: kegiatan "{ref}" tidak ada; rujuk id kegiatan ({ids}) atau nomornya (1–{count})',
        en: '{key}: there is no step "{ref}"; refer to a step id ({ids}) or number (1–{count})',
      },
      unknownNumber: {
        id: '{key}: kegiatan nomor {ref} tidak ada; nomor kegiatan 1–{count}',
        en: '{key}: there is no step number {ref}; steps are numbered 1–{count}',
      },
      self: {
        id: '{key}: kegiatan {number} menunjuk ke dirinya sendiri',
        en: '{key}: step {number} points at itself',
      },
    },
  },
  check(ctx) {
    const { steps, edges } = ctx.sop;
    const ids = steps.flatMap((s) => (s.id === null ? [] : [s.id]));
    for (const edge of edges) {
      if (edge.ref === null || edge.end) continue;
      const key = edge.kind;
      if (edge.to === edge.from) {
        ctx.report({ messageId: 'self', path: edge.path, data: { key, number: edge.from } });
        continue;
      }
      if (edge.to !== null) continue;
      const ref = String(edge.ref).trim();
      const count = steps.length;
      if (/^\d+$/.test(ref)) {
        ctx.report({ messageId: 'unknownNumber', path: edge.path, data: { key, ref, count } });
        continue;
      }
      const suggestion = closest(ref, ids);
      if (suggestion) ctx.report({ messageId: 'unknownSuggest', path: edge.path, data: { key, ref, suggestion } });
      else ctx.report({ messageId: 'unknownId', path: edge.path, data: { key, ref, ids: ids.length ? ids.join(', ') : '—', count } });
    }
  },
});
