import { defineRule } from '../../rule.js';

export default defineRule({
  meta: {
    id: 'pelaksana/tidak-dipakai',
    severity: 'warn',
    fixable: false,
    description: {
      id: 'Setiap pelaksana yang dinyatakan harus melaksanakan paling sedikit satu kegiatan',
      en: 'Every declared actor must carry out at least one step',
    },
    messages: {
      unused: {
        id: 'Pelaksana "{actor}" tidak melaksanakan kegiatan apa pun; kolomnya akan kosong — hapus atau beri kegiatan',
        en: 'Actor "{actor}" carries out no step; its column would be empty — remove it or give it a step',
      },
    },
  },
  check(ctx) {
    const used = new Set(ctx.sop.steps.map((s) => s.actorId));
    for (const actor of ctx.sop.actors) {
      if (!used.has(actor.id)) ctx.report({ messageId: 'unused', path: actor.path, data: { actor: actor.name } });
    }
  },
});
