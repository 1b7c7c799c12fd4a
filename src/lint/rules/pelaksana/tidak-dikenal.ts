import { defineRule } from '../../rule.js';
import { closest } from '../../../util/strings.js';

export default defineRule({
  meta: {
    id: 'pelaksana/tidak-dikenal',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Pelaksana sebuah kegiatan harus salah satu pelaksana yang dinyatakan di `pelaksana`',
      en: 'A step’s actor must be one of the actors declared under `pelaksana`',
    },
    messages: {
      unknownSuggest: {
        id: 'Pelaksana "{actor}" tidak ada di daftar pelaksana; maksud Anda "{suggestion}"?',
        en: 'Actor "{actor}" is not in the list of actors; did you mean "{suggestion}"?',
      },
      unknown: {
        id: 'Pelaksana "{actor}" tidak ada di daftar pelaksana ({list}); tambahkan ke `pelaksana` atau tulis id/namanya dengan benar',
        en: 'Actor "{actor}" is not in the list of actors ({list}); add it to `pelaksana` or spell its id or name correctly',
      },
    },
  },
  check(ctx) {
    const { actors, steps } = ctx.sop;
    const candidates = [...actors.map((a) => a.name), ...actors.map((a) => a.id)];
    for (const step of steps) {
      if (step.actorId !== null) continue;
      const suggestion = closest(step.actorRef.trim(), candidates);
      const path = [...step.path, 'pelaksana'];
      if (suggestion) ctx.report({ messageId: 'unknownSuggest', path, data: { actor: step.actorRef, suggestion } });
      else ctx.report({ messageId: 'unknown', path, data: { actor: step.actorRef, list: actors.map((a) => a.name).join(', ') } });
    }
  },
});
