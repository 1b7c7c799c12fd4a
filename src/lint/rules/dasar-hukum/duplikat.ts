import { defineRule } from '../../rule.js';
import { parseLegalBasis } from '../../regulations/citation.js';
import { citationKey, refKey, shortCitation } from '../../regulations/citation-format.js';

export default defineRule({
  meta: {
    id: 'dasar-hukum/duplikat',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Satu peraturan disebut sekali; perubahannya digabung dengan "sebagaimana telah diubah dengan ..."',
      en: 'A regulation is cited once; its amendments join it with "sebagaimana telah diubah dengan ..."',
    },
    messages: {
      duplicate: {
        id: '{citation} sudah disebut di butir {position}; hapus salah satunya',
        en: '{citation} is already cited as item {position}; remove one of them',
      },
      amendment: {
        id: '{citation} mengubah {base} (butir {position}); sebut sekali: "{base} sebagaimana telah diubah dengan {citation}"',
        en: '{citation} amends {base} (item {position}); cite them once: "{base} sebagaimana telah diubah dengan {citation}"',
      },
    },
  },
  check(ctx) {
    const items = parseLegalBasis(ctx.sop.legalBasis);
    const firstByKey = new Map<string, number>();
    items.forEach((item, index) => {
      const key = citationKey(item.citation);
      if (!key) return;
      const first = firstByKey.get(key);
      if (first === undefined) {
        firstByKey.set(key, index);
        return;
      }
      ctx.report({ messageId: 'duplicate', path: item.path, data: { citation: shortCitation(item.citation), position: first + 1 } });
    });
    // A base and its amendment as two items: report on the amendment (warn).
    items.forEach((item, index) => {
      const refs = [item.citation.amends].filter((r) => r !== null);
      for (const ref of refs) {
        const baseIndex = firstByKey.get(refKey(ref));
        if (baseIndex === undefined || baseIndex === index) continue;
        ctx.report({
          messageId: 'amendment',
          path: item.path,
          severity: 'warn',
          data: { citation: shortCitation(item.citation), base: shortCitation(items[baseIndex]!.citation), position: baseIndex + 1 },
        });
      }
      // "X sebagaimana telah diubah dengan Y" plus Y as its own item.
      for (const ref of item.citation.amendedBy) {
        const amendmentIndex = firstByKey.get(refKey(ref));
        if (amendmentIndex === undefined || amendmentIndex === index) continue;
        const amendment = items[amendmentIndex]!;
        if (amendment.citation.amends) continue; // already reported above
        ctx.report({
          messageId: 'amendment',
          path: amendment.path,
          severity: 'warn',
          data: { citation: shortCitation(amendment.citation), base: shortCitation(item.citation), position: index + 1 },
        });
      }
    });
  },
});
