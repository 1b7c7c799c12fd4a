import { defineRule } from '../../rule.js';
import { parseLegalBasis, type CitationKind } from '../../regulations/citation.js';
import { phrase } from '../../../util/message.js';

/** The message naming what a non-regulation basis is. */
const KIND_MESSAGE: Partial<Record<CitationKind, string>> = {
  keputusan: 'kindKeputusan',
  'surat-edaran': 'kindSuratEdaran',
  instruksi: 'kindInstruksi',
  standar: 'kindStandar',
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
      kindKeputusan: { id: 'sebuah Keputusan', en: 'a Keputusan (decree)' },
      kindSuratEdaran: { id: 'sebuah Surat Edaran', en: 'a Surat Edaran (circular)' },
      kindInstruksi: { id: 'sebuah Instruksi', en: 'an Instruksi (instruction)' },
      kindStandar: { id: 'sebuah standar (ISO/SNI)', en: 'a standard (ISO/SNI)' },
    },
  },
  check(ctx) {
    for (const { text, path, citation } of parseLegalBasis(ctx.sop.legalBasis)) {
      const kind = KIND_MESSAGE[citation.kind];
      if (kind) {
        ctx.report({ messageId: 'notRegulation', path, severity: 'warn', data: { written: citation.jenisWritten ?? text, kind: phrase(kind) } });
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
