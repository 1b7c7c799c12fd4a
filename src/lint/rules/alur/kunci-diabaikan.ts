import { defineRule } from '../../rule.js';
import { phrase } from '../../../util/message.js';

const symbolMessage = { mulai: 'symbolMulai', proses: 'symbolProses', keputusan: 'symbolKeputusan', selesai: 'symbolSelesai' } as const;

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
      symbolMulai: { id: 'kegiatan awal (mulai)', en: 'the start step' },
      symbolProses: { id: 'proses', en: 'a process' },
      symbolKeputusan: { id: 'keputusan', en: 'a decision' },
      symbolSelesai: { id: 'kegiatan akhir (selesai)', en: 'an end step' },
      hintBranch: { id: 'kegiatan bercabang hanya bila memiliki `tidak`', en: 'a step branches only when it has `tidak`' },
      hintLanjut: { id: 'keputusan berlanjut lewat `ya`/`tidak`; kegiatan akhir tidak berlanjut', en: 'a decision goes on with `ya`/`tidak`; an end step goes nowhere' },
      hintRemove: { id: 'hapus kunci ini', en: 'remove it' },
    },
  },
  check(ctx) {
    for (const step of ctx.sop.steps) {
      for (const key of step.ignoredKeys) {
        const decisionKey = key === 'ya' || key === 'label_ya' || key === 'label_tidak';
        const hint = phrase(decisionKey ? 'hintBranch' : key === 'lanjut' ? 'hintLanjut' : 'hintRemove');
        ctx.report({ messageId: 'ignored', path: [...step.path, key], atKey: true, data: { key, symbol: phrase(symbolMessage[step.symbol]), hint } });
      }
    }
  },
});
