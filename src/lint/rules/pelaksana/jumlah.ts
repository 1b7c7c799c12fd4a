import { defineRule } from '../../rule.js';

export default defineRule({
  meta: {
    id: 'pelaksana/jumlah',
    severity: 'warn',
    fixable: false,
    description: {
      id: 'Jumlah kolom pelaksana harus muat dan terbaca pada kertas mendatar; satu pelaksana saja menandakan SOP teknis',
      en: 'The actor columns must fit legibly on a landscape page; a single actor marks a technical SOP',
    },
    messages: {
      tooMany: {
        id: 'SOP ini memiliki {count} kolom pelaksana, lebih dari {max}; kolom akan terlalu sempit — gabungkan jabatan atau pecah SOP',
        en: 'This SOP has {count} actor columns, more than {max}; the columns would be too narrow — merge positions or split the SOP',
      },
      single: {
        id: 'SOP ini hanya memiliki satu pelaksana ("{actor}"): itu SOP teknis, bukan SOP administrasi pemerintahan',
        en: 'This SOP has a single actor ("{actor}"): that is a technical SOP, not an administrative one',
      },
    },
    defaultOptions: { maks: 8 },
  },
  check(ctx) {
    const { actors } = ctx.sop;
    const max = typeof ctx.options.maks === 'number' ? ctx.options.maks : 8;
    if (actors.length > max) {
      ctx.report({ messageId: 'tooMany', path: ['pelaksana'], atKey: true, data: { count: actors.length, max } });
    } else if (actors.length === 1) {
      ctx.report({ messageId: 'single', path: ['pelaksana'], atKey: true, severity: 'info', data: { actor: actors[0]!.name } });
    }
  },
});
