import { phrase } from '../../../util/message.js';
import { defineRule } from '../../rule.js';

/** Words that look like me-/ber- verbs but are not (nouns, prepositions). */
const NOT_VERBS = new Set([
  'media', 'meja', 'mesin', 'menteri', 'menu', 'metode', 'meter', 'memo', 'merek', 'merk', 'merah',
  'melalui', 'menurut', 'mengenai', 'meskipun', 'menjelang', 'mekanisme', 'materi',
  'berkas', 'berita', 'beras', 'berdasarkan', 'beserta', 'bersama', 'berikut', 'beberapa',
]);

/**
 * Nouns and nominalisations often written where a verb belongs, with the active verb an author
 * would use. Only listed words get a suggestion: Indonesian affixation (peN-…-an → meN-…(-kan/-i))
 * is lexical, so no rule derives it reliably.
 */
const VERB_FOR: Record<string, string> = {
  pembuatan: 'Membuat', pemberian: 'Memberikan', pemeriksaan: 'Memeriksa', penandatanganan: 'Menandatangani',
  pencatatan: 'Mencatat', pencetakan: 'Mencetak', pendistribusian: 'Mendistribusikan', penerimaan: 'Menerima',
  pengajuan: 'Mengajukan', pengarsipan: 'Mengarsipkan', pengecekan: 'Mengecek', pengentrian: 'Mengentri',
  pengesahan: 'Mengesahkan', pengetikan: 'Mengetik', penggandaan: 'Menggandakan', penginputan: 'Menginput',
  pengiriman: 'Mengirimkan', pengolahan: 'Mengolah', pengumpulan: 'Mengumpulkan', penilaian: 'Menilai',
  penyampaian: 'Menyampaikan', penyerahan: 'Menyerahkan', penyimpanan: 'Menyimpan', penyusunan: 'Menyusun',
  pelaksanaan: 'Melaksanakan', pelaporan: 'Melaporkan', pemindaian: 'Memindai', penelaahan: 'Menelaah',
  persetujuan: 'Menyetujui', perbaikan: 'Memperbaiki', verifikasi: 'Memverifikasi', validasi: 'Memvalidasi',
  entri: 'Mengentri', input: 'Menginput', rekap: 'Merekap', rekapitulasi: 'Merekapitulasi',
  koreksi: 'Mengoreksi', evaluasi: 'Mengevaluasi', disposisi: 'Mendisposisikan', arsip: 'Mengarsipkan',
};

export type VerbFinding =
  | { kind: 'ok' }
  | { kind: 'nominal' | 'passive' | 'other'; word: string; suggestion: string | null };

/** Classifies the first word of an uraian. */
export function classifyFirstWord(description: string): VerbFinding {
  const word = description.trim().split(/[\s/,.;:()"']+/).find(Boolean) ?? '';
  const lower = word.toLowerCase();
  if (!lower) return { kind: 'other', word, suggestion: null };
  const suggestion = VERB_FOR[lower] ?? null;
  if (suggestion) return { kind: /^pe.+an$/.test(lower) ? 'nominal' : 'other', word, suggestion };
  if (NOT_VERBS.has(lower)) return { kind: 'other', word, suggestion: null };
  // me-, mem-, men-, meng-, meny-, memper-, ber-, and the reduced be- (bekerja, belajar).
  if (/^me[a-z]{2,}/.test(lower) || /^ber[a-z]{2,}/.test(lower) || /^be(?:kerja|lajar)/.test(lower)) return { kind: 'ok' };
  if (/^pe[mnr]?.{2,}an$/.test(lower)) return { kind: 'nominal', word, suggestion: null };
  if (/^di[a-z]{3,}/.test(lower)) return { kind: 'passive', word, suggestion: null };
  return { kind: 'other', word, suggestion: null };
}

export default defineRule({
  meta: {
    id: 'kegiatan/kata-kerja',
    severity: 'info',
    fixable: false,
    description: {
      id: 'Uraian kegiatan ditulis aktif, diawali kata kerja (me-, ber-), tanpa subjek',
      en: 'A step’s description is written actively, starting with a verb (me-, ber-), without a subject',
    },
    messages: {
      nominal: {
        id: 'Uraian diawali kata benda "{word}"; awali dengan kata kerja aktif{hint}',
        en: 'The description starts with the noun "{word}"; start it with an active verb{hint}',
      },
      passive: {
        id: 'Uraian diawali kata kerja pasif "{word}"; tulis dalam bentuk aktif (me-, ber-)',
        en: 'The description starts with the passive verb "{word}"; write it in the active form (me-, ber-)',
      },
      other: {
        id: 'Uraian diawali "{word}", bukan kata kerja aktif (me-, ber-){hint}',
        en: 'The description starts with "{word}", not an active verb (me-, ber-){hint}',
      },
      hint: { id: ', mis. "{suggestion}"', en: ', e.g. "{suggestion}"' },
    },
  },
  check(ctx) {
    for (const step of ctx.sop.steps) {
      const finding = classifyFirstWord(step.description);
      if (finding.kind === 'ok') continue;
      const suffix = finding.suggestion ? phrase('hint', { suggestion: finding.suggestion }) : '';
      ctx.report({ messageId: finding.kind, path: [...step.path, 'uraian'], data: { word: finding.word, hint: suffix } });
    }
  },
});
