import { defineRule } from '../../rule.js';

export default defineRule({
  meta: {
    id: 'alur/mulai-selesai',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Alur diawali satu simbol mulai pada kegiatan pertama dan berakhir pada paling sedikit satu simbol selesai',
      en: 'The flow starts with one start symbol on the first step and ends on at least one end symbol',
    },
    messages: {
      firstNotStart: {
        id: 'Kegiatan pertama harus berupa simbol mulai (kapsul), ditemukan {symbol}; pindahkan kegiatan ini atau tambahkan kegiatan awal',
        en: 'The first step must be a start symbol (terminator), found {symbol}; move this step or add a first step',
      },
      startNotFirst: {
        id: 'Simbol mulai hanya untuk kegiatan pertama; kegiatan {number} adalah kegiatan di tengah alur',
        en: 'The start symbol belongs to the first step only; step {number} is inside the flow',
      },
      noEnd: {
        id: 'Tidak ada kegiatan bersimbol selesai; kegiatan terakhir menjadi selesai kecuali diberi simbol lain — tambahkan `simbol: selesai` pada kegiatan akhir',
        en: 'No step has the end symbol; the last step becomes the end unless given another symbol — add `simbol: selesai` to the final step',
      },
    },
  },
  check(ctx) {
    const { steps } = ctx.sop;
    if (!steps.length) return;
    const first = steps[0]!;
    if (first.symbol !== 'mulai') {
      ctx.report({ messageId: 'firstNotStart', path: first.symbolExplicit ? [...first.path, 'simbol'] : first.path, data: { symbol: first.symbol } });
    }
    for (const step of steps.slice(1)) {
      if (step.symbol === 'mulai') ctx.report({ messageId: 'startNotFirst', path: [...step.path, 'simbol'], data: { number: step.number } });
    }
    if (!steps.some((s) => s.symbol === 'selesai') && !ctx.sop.edges.some((e) => e.end)) {
      const last = steps[steps.length - 1]!;
      ctx.report({ messageId: 'noEnd', path: last.symbolExplicit ? [...last.path, 'simbol'] : last.path });
    }
  },
});
