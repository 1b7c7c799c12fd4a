import type { TextEdit } from '../../../util/diagnostic.js';
import { defineRule } from '../../rule.js';
import { parseLegalBasis, type Citation } from '../../regulations/citation.js';
import { compareNomor, formatTarget, shortCitation } from '../../regulations/citation-format.js';
import { RANK_NAMES } from '../../regulations/citation-tables.js';

/** Hierarchy, then year, then number (UU 12/2011 Lampiran II). */
export function compareCitations(a: Citation, b: Citation): number {
  return (a.rank ?? 99) - (b.rank ?? 99) || (a.tahun ?? 0) - (b.tahun ?? 0) || compareNomor(a.nomor ?? '', b.nomor ?? '');
}

export default defineRule({
  meta: {
    id: 'dasar-hukum/urutan',
    severity: 'warn',
    fixable: true,
    description: {
      id: 'Dasar hukum diurutkan menurut hierarki, lalu tahun, lalu nomor',
      en: 'Legal bases are ordered by rank, then year, then number',
    },
    messages: {
      order: {
        id: '{item} seharusnya disebut sebelum {other} (butir {position}); urutkan menurut hierarki ({rank} sebelum {otherRank}), lalu tahun, lalu nomor',
        en: '{item} should come before {other} (item {position}); order by rank ({rank} before {otherRank}), then year, then number',
      },
      orderSameRank: {
        id: '{item} seharusnya disebut sebelum {other} (butir {position}); peraturan setingkat diurutkan menurut tahun, lalu nomor',
        en: '{item} should come before {other} (item {position}); regulations of the same rank are ordered by year, then number',
      },
    },
  },
  check(ctx) {
    // Items with no known rank (unknown types, non-regulations) keep their place.
    const ranked = parseLegalBasis(ctx.sop.legalBasis)
      .map((item, index) => ({ ...item, index }))
      .filter((item) => item.citation.rank !== null);
    let culprit: { item: (typeof ranked)[number]; other: (typeof ranked)[number] } | null = null;
    for (let j = 1; j < ranked.length && !culprit; j++) {
      for (let i = 0; i < j; i++) {
        if (compareCitations(ranked[i]!.citation, ranked[j]!.citation) > 0) {
          culprit = { item: ranked[j]!, other: ranked[i]! };
          break;
        }
      }
    }
    if (!culprit) return;
    // Moving items while dasar-hukum/format or /jenis rewrites them in the same pass could lose
    // one: the fix waits until the items' own fixes are applied (--fix runs passes until stable).
    const pending = ranked.some(
      ({ text, citation }) => (formatTarget(citation) ?? text) !== text || citation.problems.some((p) => p.code === 'jenis-salah-tulis'),
    );
    const sorted = [...ranked].sort((a, b) => compareCitations(a.citation, b.citation) || a.index - b.index);
    const edits: TextEdit[] = [];
    // Comments and sop-disable lines belong to their items; rewriting texts slot by slot would
    // leave them beside the wrong regulation, so such a list is reported without a fix.
    let fixable = !pending && !ctx.hasComment(['dasar_hukum']);
    ranked.forEach((slot, k) => {
      const wanted = sorted[k]!;
      if (wanted === slot) return;
      const edit = ctx.replaceScalar(slot.path, wanted.text);
      if (edit) edits.push(...edit);
      else fixable = false;
    });
    const { item, other } = culprit;
    const sameRank = item.citation.rank === other.citation.rank;
    const rankName = (rank: number | null) => (rank === null ? '' : RANK_NAMES[rank] ?? '');
    ctx.report({
      messageId: sameRank ? 'orderSameRank' : 'order',
      path: item.path,
      data: {
        item: shortCitation(item.citation),
        other: shortCitation(other.citation),
        position: other.index + 1,
        rank: rankName(item.citation.rank),
        otherRank: rankName(other.citation.rank),
      },
      fix: fixable && edits.length ? edits : undefined,
    });
  },
});
