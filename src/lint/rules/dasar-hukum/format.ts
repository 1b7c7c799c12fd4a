import { defineRule } from '../../rule.js';
import { phrase, type MessageValue, type Phrase } from '../../../util/message.js';
import { parseLegalBasis, type CitationProblem } from '../../regulations/citation.js';
import { formatTarget } from '../../regulations/citation-format.js';

/** Issues are listed in the order they appear in a citation. */
const ISSUE_ORDER: CitationProblem['code'][] = ['jenis-bentuk', 'republik-indonesia', 'kata-nomor', 'kata-tahun', 'kata-tentang', 'tanda-baca', 'spasi'];

/** One short phrase per form problem, for the message. */
function describe(problem: CitationProblem): Phrase | string | null {
  switch (problem.code) {
    case 'spasi':
      return phrase('issueSpaces');
    case 'tanda-baca':
      return phrase('issueTrailing', { written: problem.written });
    case 'republik-indonesia':
      return phrase('issueRepublik');
    case 'jenis-bentuk':
      return `"${problem.written}" → "${problem.expected}"`;
    case 'kata-nomor':
      return problem.written ? `"${problem.written}" → "Nomor"` : phrase('issueNoNomor');
    case 'kata-tahun':
      return `"${problem.written}" → "Tahun"`;
    case 'kata-tentang':
      return problem.written ? `"${problem.written}" → "tentang"` : phrase('issueNoTentang');
    default:
      return null;
  }
}

/** Values joined with a separator (a phrase where Indonesian and English words differ). */
function joined(values: readonly MessageValue[], separator: MessageValue): MessageValue[] {
  return values.flatMap((v, i) => (i === 0 ? [v] : [separator, v]));
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
      issueSpaces: { id: 'spasi berlebih', en: 'extra spaces' },
      issueTrailing: { id: '"{written}" di akhir', en: 'trailing "{written}"' },
      issueRepublik: { id: '"Republik Indonesia" sesudah jenis', en: '"Republik Indonesia" after the type' },
      issueNoNomor: { id: 'tanpa kata "Nomor"', en: 'no "Nomor" before the number' },
      issueNoTentang: { id: 'tanpa kata "tentang"', en: 'no "tentang" before the title' },
      issueForm: { id: 'bentuk', en: 'form' },
      missingNomor: { id: 'nomor', en: 'number (Nomor)' },
      missingTahun: { id: 'tahun', en: 'year (Tahun)' },
      missingJudul: { id: 'judul ("tentang …")', en: 'title ("tentang …")' },
      and: { id: ' dan ', en: ' and ' },
    },
  },
  check(ctx) {
    for (const { text, path, citation } of parseLegalBasis(ctx.sop.legalBasis)) {
      // Non-regulations and unknown types are dasar-hukum/jenis's business.
      if (citation.kind !== 'peraturan' || !citation.jenisWritten) continue;
      const codes = new Set(citation.problems.map((p) => p.code));
      const missing: Phrase[] = [];
      if (codes.has('tanpa-nomor')) missing.push(phrase('missingNomor'));
      if (codes.has('tanpa-tahun')) missing.push(phrase('missingTahun'));
      if (codes.has('tanpa-judul') && citation.rank !== 1) missing.push(phrase('missingJudul'));
      if (missing.length) {
        const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
        ctx.report({ messageId: 'missing', path, data: { text: short, missing: joined(missing, phrase('and')) } });
        continue;
      }
      const target = formatTarget(citation);
      if (!target || target === text) continue;
      const ordered = [...citation.problems].sort((a, b) => ISSUE_ORDER.indexOf(a.code) - ISSUE_ORDER.indexOf(b.code));
      const described = ordered.map(describe).filter((d): d is Phrase | string => d !== null);
      const issues = [...new Map(described.map((d) => [JSON.stringify(d), d])).values()];
      ctx.report({
        messageId: 'notCanonical',
        path,
        data: { issues: issues.length ? joined(issues, ', ') : phrase('issueForm'), canonical: target },
        fix: ctx.replaceScalar(path, target),
      });
    }
  },
});
