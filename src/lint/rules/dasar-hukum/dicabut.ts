import type { RegulationStatus } from '../../regulations/register.js';
import { defineRule } from '../../rule.js';
import { parseLegalBasis, registerJenis, shortCitation } from '../../regulations/citation.js';

const STATUS_TEXT: Record<RegulationStatus, { id: string; en: string }> = {
  berlaku: { id: 'berlaku', en: 'in force' },
  diubah: { id: 'telah diubah', en: 'amended' },
  dicabut: { id: 'sudah dicabut', en: 'has been revoked' },
  diganti: { id: 'sudah diganti', en: 'has been replaced' },
  'tidak-berlaku': { id: 'sudah tidak berlaku', en: 'is no longer applicable' },
  usang: { id: 'sudah usang', en: 'is outdated' },
};

const REPORTED: ReadonlySet<RegulationStatus> = new Set(['dicabut', 'diganti', 'tidak-berlaku', 'usang']);

export default defineRule({
  meta: {
    id: 'dasar-hukum/dicabut',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Dasar hukum tidak menyebut peraturan yang sudah dicabut, diganti atau tidak berlaku (menurut register regulasi)',
      en: 'A legal basis cites no regulation that the register knows as revoked, replaced or no longer applicable',
    },
    messages: {
      revoked: {
        id: '{citation} {status}; penggantinya: {replacement} (sumber: {source}). Sebut peraturan yang berlaku',
        en: '{citation} {status}; replaced by {replacement} (source: {source}). Cite the regulation in force',
      },
      revokedNoReplacement: {
        id: '{citation} {status} (sumber: {source}); hapus atau ganti dengan peraturan yang berlaku',
        en: '{citation} {status} (source: {source}); remove it or cite the regulation in force',
      },
      unverified: {
        id: '{citation} mungkin {status}{replacement}; status ini belum terverifikasi (sumber: {source}), periksa di JDIH atau peraturan.go.id',
        en: '{citation} may be {status}{replacement}; this status is unconfirmed (source: {source}), check it on JDIH or peraturan.go.id',
      },
    },
  },
  check(ctx) {
    const none = ctx.lang === 'en' ? 'not recorded' : 'tidak dicatat';
    for (const { path, citation } of parseLegalBasis(ctx.sop.legalBasis)) {
      const jenis = registerJenis(citation);
      if (!jenis || !citation.nomor || citation.tahun === null) continue;
      const entry = ctx.register.find(jenis, citation.nomor, citation.tahun);
      if (!entry || !REPORTED.has(entry.status)) continue;
      const name = shortCitation(citation);
      const source = entry.sumber ?? none;
      const status = STATUS_TEXT[entry.status][ctx.lang];
      // An unconfirmed status must never fail a build.
      if (!entry.terverifikasi || entry.status === 'usang') {
        const replacement = entry.diganti_oleh ? (ctx.lang === 'en' ? `; see ${entry.diganti_oleh}` : `; lihat ${entry.diganti_oleh}`) : '';
        ctx.report({
          messageId: 'unverified',
          path,
          severity: entry.terverifikasi ? 'warn' : 'info',
          data: { citation: name, status: status.replace(/^(sudah|has been|is) /, ''), replacement, source },
        });
        continue;
      }
      ctx.report({
        messageId: entry.diganti_oleh ? 'revoked' : 'revokedNoReplacement',
        path,
        data: { citation: name, status, replacement: entry.diganti_oleh, source },
      });
    }
  },
});
