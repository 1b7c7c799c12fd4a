import type { RegulationStatus } from '../../regulations/register.js';
import { defineRule } from '../../rule.js';
import { parseLegalBasis } from '../../regulations/citation.js';
import { registerJenis, shortCitation } from '../../regulations/citation-format.js';
import { phrase } from '../../../util/message.js';

/** The message of each reported status: as a sentence's verb ("sudah dicabut"), and bare ("dicabut"). */
const STATUS_MESSAGE: Record<RegulationStatus, { full: string; bare: string }> = {
  berlaku: { full: 'statusBerlaku', bare: 'statusBerlaku' },
  diubah: { full: 'statusDiubah', bare: 'statusDiubah' },
  dicabut: { full: 'statusDicabut', bare: 'statusDicabutBare' },
  diganti: { full: 'statusDiganti', bare: 'statusDigantiBare' },
  'tidak-berlaku': { full: 'statusTidakBerlaku', bare: 'statusTidakBerlakuBare' },
  usang: { full: 'statusUsang', bare: 'statusUsangBare' },
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
      statusBerlaku: { id: 'berlaku', en: 'in force' },
      statusDiubah: { id: 'telah diubah', en: 'amended' },
      statusDicabut: { id: 'sudah dicabut', en: 'has been revoked' },
      statusDicabutBare: { id: 'dicabut', en: 'revoked' },
      statusDiganti: { id: 'sudah diganti', en: 'has been replaced' },
      statusDigantiBare: { id: 'diganti', en: 'replaced' },
      statusTidakBerlaku: { id: 'sudah tidak berlaku', en: 'is no longer applicable' },
      statusTidakBerlakuBare: { id: 'tidak berlaku', en: 'no longer applicable' },
      statusUsang: { id: 'sudah usang', en: 'is outdated' },
      statusUsangBare: { id: 'usang', en: 'outdated' },
      seeReplacement: { id: '; lihat {replacement}', en: '; see {replacement}' },
      notRecorded: { id: 'tidak dicatat', en: 'not recorded' },
    },
  },
  check(ctx) {
    for (const { path, citation } of parseLegalBasis(ctx.sop.legalBasis)) {
      const jenis = registerJenis(citation);
      if (!jenis || !citation.nomor || citation.tahun === null) continue;
      const entry = ctx.register.find(jenis, citation.nomor, citation.tahun);
      if (!entry || !REPORTED.has(entry.status)) continue;
      const name = shortCitation(citation);
      const source = entry.sumber ?? phrase('notRecorded');
      const status = STATUS_MESSAGE[entry.status];
      // An unconfirmed status must never fail a build.
      if (!entry.terverifikasi || entry.status === 'usang') {
        const replacement = entry.diganti_oleh ? phrase('seeReplacement', { replacement: entry.diganti_oleh }) : '';
        ctx.report({
          messageId: 'unverified',
          path,
          severity: entry.terverifikasi ? 'warn' : 'info',
          data: { citation: name, status: phrase(status.bare), replacement, source },
        });
        continue;
      }
      ctx.report({
        messageId: entry.diganti_oleh ? 'revoked' : 'revokedNoReplacement',
        path,
        data: { citation: name, status: phrase(status.full), replacement: entry.diganti_oleh, source },
      });
    }
  },
});
