import type { Lang } from '../../../util/lang.js';
import { defineRule } from '../../rule.js';
import { formatTarget, parseLegalBasis, type CitationProblem } from '../../regulations/citation.js';

/** Issues are listed in the order they appear in a citation. */
const ISSUE_ORDER: CitationProblem['code'][] = ['jenis-bentuk', 'republik-indonesia', 'kata-nomor', 'kata-tahun', 'kata-tentang', 'tanda-baca', 'spasi'];

/** One short phrase per form problem, for the message. */
function describe(problem: CitationProblem, lang: Lang): string | null {
  const en = lang === 'en';
  switch (problem.code) {
    case 'spasi':
      return en ? 'extra spaces' : 'spasi berlebih';
    case 'tanda-baca':
      return en ? `trailing "${problem.written}"` : `"${problem.written}" di akhir`;
    case 'republik-indonesia':
      return en ? '"Republik Indonesia" after the type' : '"Republik Indonesia" sesudah jenis';
    case 'jenis-bentuk':
      return `"${problem.written}" → "${problem.expected}"`;
    case 'kata-nomor':
      return problem.written ? `"${problem.written}" → "Nomor"` : en ? 'no "Nomor" before the number' : 'tanpa kata "Nomor"';
    case 'kata-tahun':
      return `"${problem.written}" → "Tahun"`;
    case 'kata-tentang':
      return problem.written ? `"${problem.written}" → "tentang"` : en ? 'no "tentang" before the title' : 'tanpa kata "tentang"';
    default:
      return null;
  }
}

export default defineRule({
  meta: {
    id: 'dasar-hukum/format',
    severity: 'warn',
    fixable: true,
    description: {
      id: 'Dasar hukum ditulis baku: <Jenis> Nomor <n> Tahun <yyyy> tentang <Judul>',
      en: 'Legal bases are cited in canonical form: <Jenis> Nomor <n> Tahun <yyyy> tentang <Judul>',
    },
    messages: {
      notCanonical: {
        id: 'Penulisan dasar hukum belum baku ({issues}); tulis: "{canonical}"',
        en: 'Legal basis not in canonical form ({issues}); write: "{canonical}"',
      },
      missing: {
        id: 'Dasar hukum "{text}" tidak menyebut {missing}; tulis lengkap: <Jenis> Nomor <n> Tahun <yyyy> tentang <Judul>',
        en: 'Legal basis "{text}" gives no {missing}; cite it in full: <Jenis> Nomor <n> Tahun <yyyy> tentang <Judul>',
      },
    },
  },
  check(ctx) {
    const en = ctx.lang === 'en';
    for (const { text, path, citation } of parseLegalBasis(ctx.sop.legalBasis)) {
      // Non-regulations and unknown types are dasar-hukum/jenis's business.
      if (citation.kind !== 'peraturan' || !citation.jenisWritten) continue;
      const codes = new Set(citation.problems.map((p) => p.code));
      const missing: string[] = [];
      if (codes.has('tanpa-nomor')) missing.push(en ? 'number (Nomor)' : 'nomor');
      if (codes.has('tanpa-tahun')) missing.push(en ? 'year (Tahun)' : 'tahun');
      if (codes.has('tanpa-judul') && citation.rank !== 1) missing.push(en ? 'title ("tentang …")' : 'judul ("tentang …")');
      if (missing.length) {
        const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
        ctx.report({ messageId: 'missing', path, data: { text: short, missing: missing.join(en ? ' and ' : ' dan ') } });
        continue;
      }
      const target = formatTarget(citation);
      if (!target || target === text) continue;
      const ordered = [...citation.problems].sort((a, b) => ISSUE_ORDER.indexOf(a.code) - ISSUE_ORDER.indexOf(b.code));
      const issues = [...new Set(ordered.map((p) => describe(p, ctx.lang)).filter((s): s is string => s !== null))];
      ctx.report({
        messageId: 'notCanonical',
        path,
        data: { issues: issues.join(', ') || (en ? 'form' : 'bentuk'), canonical: target },
        fix: ctx.replaceScalar(path, target),
      });
    }
  },
});
