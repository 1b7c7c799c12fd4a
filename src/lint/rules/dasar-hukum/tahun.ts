import { defineRule } from '../../rule.js';
import { parseLegalBasis, shortCitation } from '../../citation.js';

export default defineRule({
  meta: {
    id: 'dasar-hukum/tahun',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Peraturan yang menjadi dasar hukum tidak boleh lebih baru dari tahun pembuatan SOP',
      en: 'A regulation cited as legal basis cannot be younger than the SOP',
    },
    messages: {
      afterCreation: {
        id: '{citation} bertahun {year}, sesudah tanggal pembuatan SOP ({created}); periksa tahun peraturan atau tanggal.pembuatan',
        en: '{citation} dates from {year}, after the SOP was made ({created}); check the year or tanggal.pembuatan',
      },
    },
  },
  check(ctx) {
    const created = ctx.sop.dates.created;
    const createdYear = Number(created.slice(0, 4));
    for (const { path, citation } of parseLegalBasis(ctx.sop.legalBasis)) {
      if (citation.tahun === null || citation.tahun <= createdYear) continue;
      ctx.report({ messageId: 'afterCreation', path, data: { citation: shortCitation(citation), year: citation.tahun, created } });
    }
  },
});
