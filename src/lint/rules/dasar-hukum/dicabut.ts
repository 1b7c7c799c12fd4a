import { defineRule } from '../../rule.js';
import { parseLegalBasis } from '../../regulations/citation.js';
import { compareNomor, refKey, registerJenis, shortCitation } from '../../regulations/citation-format.js';
import { isRevoked, type RegisterEntry, type RegulationRef } from '../../regulations/register.js';
import { compareToLoose, datePhrase, readLooseDate } from '../../../util/dates.js';
import { phrase, type MessageValue } from '../../../util/message.js';

const refName = (ref: RegulationRef) => `${ref.jenis} Nomor ${ref.nomor} Tahun ${ref.tahun}`;
const withTitle = (e: RegisterEntry) => (e.judul ? `${refName(e)} tentang ${e.judul}` : refName(e));

/** A list of names for a message: "A", "A dan B", "A, B dan C". */
function listOf(names: string[]): MessageValue {
  const out: MessageValue[] = [];
  names.forEach((name, i) => {
    if (i > 0) out.push(phrase(i === names.length - 1 ? 'listAnd' : 'listComma'));
    out.push(name);
  });
  return out;
}

export default defineRule({
  meta: {
    id: 'dasar-hukum/dicabut',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Dasar hukum tidak menyebut peraturan yang sudah dicabut atau diganti, menyebut perubahan peraturan yang diubah, dan menandai status yang perlu diperiksa (menurut register regulasi)',
      en: 'A legal basis cites no revoked or replaced regulation, names the amendments of an amended one, and flags statuses that need a check (from the register)',
    },
    messages: {
      revoked: {
        id: '{citation} {status} oleh {by} ({article}, berlaku {since}){when}; sebut {inForce} (status per {checked}; sumber: {source})',
        en: '{citation} {status} by {by} ({article}, in force {since}){when}; cite {inForce} (status as of {checked}; source: {source})',
      },
      amended: {
        id: '{citation} telah diubah dengan {amendments}; sebut perubahannya juga: "... sebagaimana telah diubah dengan {missing}" (status per {checked}; sumber: {source})',
        en: '{citation} has been amended by {amendments}; cite the amendment too: "... sebagaimana telah diubah dengan {missing}" (status as of {checked}; source: {source})',
      },
      check: {
        id: '{citation} perlu diperiksa: {note}{successor} (status per {checked}); periksa di JDIH atau peraturan.go.id',
        en: '{citation} needs a check: {note}{successor} (status as of {checked}); check it on JDIH or peraturan.go.id',
      },
      statusDicabut: { id: 'sudah dicabut', en: 'has been revoked' },
      statusDiganti: { id: 'sudah dicabut dan diganti', en: 'has been revoked and replaced' },
      beforeSigned: {
        id: ', sebelum SOP ini disahkan ({signed}): dasar hukum ini keliru sejak awal',
        en: ', before this SOP was signed ({signed}): this legal basis was wrong from the start',
      },
      afterSigned: {
        id: ', setelah SOP ini disahkan ({signed}): SOP perlu direvisi',
        en: ', after this SOP was signed ({signed}): the SOP is due for revision',
      },
      successor: { id: '; penggantinya mungkin {successor}', en: '; its successor may be {successor}' },
      notChecked: { id: 'tanggal tidak dicatat', en: 'date not recorded' },
      notRecorded: { id: 'tidak dicatat', en: 'not recorded' },
    },
  },
  check(ctx) {
    const items = parseLegalBasis(ctx.sop.legalBasis);
    // Everything the legal basis names: each item, and the amendments written inside items.
    const cited = new Set<string>();
    for (const { citation } of items) {
      const jenis = registerJenis(citation);
      if (jenis && citation.nomor && citation.tahun !== null) cited.add(refKey({ jenis, nomor: citation.nomor, tahun: citation.tahun }));
      for (const ref of citation.amendedBy) cited.add(refKey(ref));
      if (citation.amends) cited.add(refKey(citation.amends));
    }
    const signedText = ctx.sop.dates.effective ?? ctx.sop.dates.created;
    const signed = signedText ? readLooseDate(signedText) : null;

    for (const { path, citation } of items) {
      const jenis = registerJenis(citation);
      if (!jenis || !citation.nomor || citation.tahun === null) continue;
      const entry = ctx.register.find(jenis, citation.nomor, citation.tahun);
      if (!entry || entry.status === 'berlaku') continue;
      const name = shortCitation(citation);
      const checked = entry.diperiksa ? datePhrase(entry.diperiksa) : phrase('notChecked');
      const source = entry.sumber ?? phrase('notRecorded');

      if (isRevoked(entry.status)) {
        let when: MessageValue = '';
        if (signed && signedText && entry.berlakuSejak) {
          const order = compareToLoose(entry.berlakuSejak, signed);
          if (order !== 0) when = phrase(order < 0 ? 'beforeSigned' : 'afterSigned', { signed: datePhrase(signedText) });
        }
        const ends = ctx.register.inForceEnds(entry);
        ctx.report({
          messageId: 'revoked',
          path,
          data: {
            citation: name,
            status: phrase(entry.status === 'diganti' ? 'statusDiganti' : 'statusDicabut'),
            by: listOf(entry.oleh.map(refName)),
            article: entry.pasal,
            since: entry.berlakuSejak ? datePhrase(entry.berlakuSejak) : phrase('notRecorded'),
            when,
            inForce: ends.length ? listOf(ends.map(withTitle)) : listOf(entry.oleh.map(refName)),
            checked,
            source,
          },
        });
      } else if (entry.status === 'diubah') {
        // "… diubah beberapa kali, terakhir dengan <the latest>" names the earlier ones too.
        const latest = [...entry.oleh].sort((a, b) => b.tahun - a.tahun || compareNomor(b.nomor, a.nomor))[0];
        const lastNamed = latest && /beberapa\s+kali/i.test(citation.text) && cited.has(refKey(latest));
        const missing = lastNamed ? [] : entry.oleh.filter((ref) => !cited.has(refKey(ref)));
        if (!missing.length) continue;
        ctx.report({
          messageId: 'amended',
          path,
          severity: 'warn',
          data: { citation: name, amendments: listOf(entry.oleh.map(refName)), missing: listOf(missing.map(refName)), checked, source },
        });
      } else {
        const successor = entry.oleh.length ? phrase('successor', { successor: listOf(entry.oleh.map(refName)) }) : '';
        ctx.report({ messageId: 'check', path, severity: 'info', data: { citation: name, note: (entry.catatan ?? '').replace(/[\s.;]+$/, ''), successor, checked } });
      }
    }
  },
});
