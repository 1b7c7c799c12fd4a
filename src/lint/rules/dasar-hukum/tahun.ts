import { defineRule } from '../../rule.js';
import { parseLegalBasis } from '../../regulations/citation.js';
import { shortCitation } from '../../regulations/citation-format.js';
import { compareLoose, readLooseDate } from '../../../util/dates.js';

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
        id: '{citation} bertahun {year}, sesudah tanggal SOP ({created}: pembuatan, efektif atau revisi terakhir); periksa tahun peraturan atau tanggal SOP',
        en: "{citation} dates from {year}, after the SOP's date ({created}: made, effective or last revised); check the year or the SOP's dates",
      },
    },
  },
  check(ctx) {
    // A revised SOP may cite newer law: the latest of pembuatan, efektif and a revisi already passed.
    const { dates } = ctx.sop;
    // Dates as far as they are known ("April 2015" counts by its year); an unreadable one is identitas/tanggal's.
    const today = readLooseDate(ctx.today)!;
    const candidates = [dates.created, dates.effective, dates.revised]
      .flatMap((text) => {
        const date = text === null ? null : readLooseDate(text);
        return date ? [{ text: text!, date }] : [];
      })
      .filter((c) => c.text !== dates.revised || compareLoose(c.date, today) <= 0);
    if (!candidates.length) return;
    const latest = candidates.reduce((a, b) => (b.date.year > a.date.year ? b : a));
    const created = latest.text;
    const createdYear = latest.date.year;
    for (const { path, citation } of parseLegalBasis(ctx.sop.legalBasis)) {
      if (citation.tahun === null || citation.tahun <= createdYear) continue;
      ctx.report({ messageId: 'afterCreation', path, data: { citation: shortCitation(citation), year: citation.tahun, created } });
    }
  },
});
