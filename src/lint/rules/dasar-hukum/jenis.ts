import { defineRule } from '../../rule.js';
import { parseLegalBasis, type CitationKind } from '../../regulations/citation.js';

const KIND_NAMES: Partial<Record<CitationKind, { id: string; en: string }>> = {
  keputusan: { id: 'sebuah Keputusan', en: 'a Keputusan (decree)' },
  'surat-edaran': { id: 'sebuah Surat Edaran', en: 'a Surat Edaran (circular)' },
  instruksi: { id: 'sebuah Instruksi', en: 'an Instruksi (instruction)' },
  standar: { id: 'sebuah standar (ISO/SNI)', en: 'a standard (ISO/SNI)' },
};

export default defineRule({
  meta: {
    id: 'dasar-hukum/jenis',
    severity: 'error',
    fixable: true,
    description: {
      id: 'Dasar hukum menyebut jenis peraturan perundang-undangan yang dikenal dan ditulis benar',
      en: 'A legal basis names a known type of regulation, spelt correctly',
    },
    messages: {
      misspelt: {
        id: 'Jenis peraturan "{written}" salah tulis; yang benar "{expected}"',
        en: 'Regulation type "{written}" is misspelt; write "{expected}"',
      },
      unknown: {
        id: 'Jenis peraturan "{written}" tidak dikenal; maksud Anda "{suggestion}"?',
        en: 'Unknown regulation type "{written}"; did you mean "{suggestion}"?',
      },
      unknownNoSuggestion: {
        id: 'Jenis peraturan "{written}" tidak dikenal; dasar hukum memuat peraturan perundang-undangan (Undang-Undang, Peraturan Pemerintah, Peraturan Presiden, Peraturan Menteri, Peraturan Daerah, Peraturan Bupati/Wali Kota, ...)',
        en: 'Unknown regulation type "{written}"; a legal basis cites regulations (Undang-Undang, Peraturan Pemerintah, Peraturan Presiden, Peraturan Menteri, Peraturan Daerah, Peraturan Bupati/Wali Kota, ...)',
      },
      missing: {
        id: 'Dasar hukum "{text}" tidak menyebut jenis peraturannya (mis. "Peraturan Pemerintah Nomor ...")',
        en: 'Legal basis "{text}" does not name the type of regulation (e.g. "Peraturan Pemerintah Nomor ...")',
      },
      notRegulation: {
        id: '"{written}" adalah {kind}, bukan peraturan perundang-undangan; pindahkan ke keterkaitan atau hapus dari dasar hukum',
        en: '"{written}" is {kind}, not a regulation; move it to keterkaitan or drop it from the legal basis',
      },
    },
  },
  check(ctx) {
    for (const { text, path, citation } of parseLegalBasis(ctx.sop.legalBasis)) {
      const kindName = KIND_NAMES[citation.kind];
      if (kindName) {
        ctx.report({ messageId: 'notRegulation', path, severity: 'warn', data: { written: citation.jenisWritten ?? text, kind: kindName[ctx.lang] } });
        continue;
      }
      for (const problem of citation.problems) {
        if (problem.code === 'jenis-salah-tulis') {
          const fixed = text.replace(problem.written, problem.expected);
          ctx.report({
            messageId: 'misspelt',
            path,
            data: { written: problem.written, expected: problem.expected },
            fix: fixed !== text ? ctx.replaceScalar(path, fixed) : undefined,
          });
        } else if (problem.code === 'jenis-tidak-dikenal') {
          ctx.report({
            messageId: problem.suggestion ? 'unknown' : 'unknownNoSuggestion',
            path,
            data: { written: problem.written, suggestion: problem.suggestion },
          });
        } else if (problem.code === 'tanpa-jenis') {
          ctx.report({ messageId: 'missing', path, data: { text: text.length > 60 ? `${text.slice(0, 57)}...` : text } });
        }
      }
    }
  },
});
