import { defineRule } from '../../rule.js';

const symbolNames = {
  id: { mulai: 'kegiatan awal (mulai)', proses: 'proses', keputusan: 'keputusan', selesai: 'kegiatan akhir (selesai)' },
  en: { mulai: 'the start step', proses: 'a process', keputusan: 'a decision', selesai: 'an end step' },
} as const;

export default defineRule({
  meta: {
    id: 'alur/kunci-diabaikan',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Kunci alur (ya, tidak, lanjut, label_ya, label_tidak) yang tidak berlaku untuk simbol kegiatannya',
      en: 'A flow key (ya, tidak, lanjut, label_ya, label_tidak) that the step\'s symbol ignores',
    },
    messages: {
      ignored: {
        id: '"{key}" tidak berlaku pada {symbol} dan diabaikan; {hint}',
        en: '"{key}" has no effect on {symbol} and is ignored; {hint}',
      },
    },
  },
  check(ctx) {
    for (const step of ctx.sop.steps) {
      for (const key of step.ignoredKeys) {
        const decisionKey = key === 'ya' || key === 'label_ya' || key === 'label_tidak';
        const hint = ctx.lang === 'en'
          ? decisionKey ? 'a step branches only when it has `tidak`' : key === 'lanjut' ? 'a decision goes on with `ya`/`tidak`; an end step goes nowhere' : 'remove it'
          : decisionKey ? 'kegiatan bercabang hanya bila memiliki `tidak`' : key === 'lanjut' ? 'keputusan berlanjut lewat `ya`/`tidak`; kegiatan akhir tidak berlanjut' : 'hapus kunci ini';
        ctx.report({ messageId: 'ignored', path: [...step.path, key], atKey: true, data: { key, symbol: symbolNames[ctx.lang][step.symbol], hint } });
      }
    }
  },
});
