import { defineRule } from '../../rule.js';
import type { Sop } from '../../../model/types.js';
import { closest } from '../../../util/strings.js';

/** An entry names an SOP when it starts with the word "SOP". */
const NAMES_SOP = /^\s*sop\b/i;

/** Comparable form of an SOP title: no leading "SOP", case, spacing and edge punctuation ignored. */
export function titleKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^\s*sop\b[\s:.-]*/, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”.,;:]+|[\s"'“”.,;:]+$/g, '');
}

const agencyKey = (sop: Sop) => `${titleKey(sop.agency.government ?? '')}|${titleKey(sop.agency.name ?? '')}`;

export default defineRule({
  meta: {
    id: 'keterkaitan/tidak-ditemukan',
    severity: 'warn',
    fixable: false,
    description: {
      id: 'SOP yang disebut di `keterkaitan` ada di antara SOP yang diperiksa (bila SOP instansi yang sama diperiksa bersama)',
      en: 'An SOP named under `keterkaitan` is among the linted SOPs (when SOPs of the same agency are linted together)',
    },
    messages: {
      notFoundSuggest: {
        id: '"{entry}" tidak ditemukan di antara SOP yang diperiksa; maksud Anda "{suggestion}"?',
        en: '"{entry}" is not among the linted SOPs; did you mean "{suggestion}"?',
      },
      notFound: {
        id: '"{entry}" tidak ditemukan di antara SOP yang diperiksa ({count} SOP dari instansi ini); periksa namanya atau tambahkan SOP itu',
        en: '"{entry}" is not among the linted SOPs ({count} from this agency); check its name or add that SOP',
      },
    },
    defaultOptions: { min_sop: 2 },
  },
  checkProject(ctx) {
    const titles = new Map(ctx.sops.map((s) => [titleKey(s.title), s.title]));
    const groups = new Map<string, Sop[]>();
    for (const sop of ctx.sops) groups.set(agencyKey(sop), [...(groups.get(agencyKey(sop)) ?? []), sop]);
    for (const sop of ctx.sops) {
      const options = ctx.options(sop);
      if (!options) continue;
      // A lone SOP of its agency says nothing about which related SOPs exist: stay quiet.
      const group = groups.get(agencyKey(sop))!;
      const minSops = typeof options.min_sop === 'number' ? options.min_sop : 2;
      if (group.length < minSops) continue;
      for (const item of sop.related) {
        if (!NAMES_SOP.test(item.text) || titles.has(titleKey(item.text))) continue;
        const wanted = titleKey(item.text);
        const near = closest(wanted, [...titles.keys()]);
        if (near) ctx.report({ sop, messageId: 'notFoundSuggest', path: item.path, data: { entry: item.text, suggestion: `SOP ${titles.get(near)}` } });
        else ctx.report({ sop, messageId: 'notFound', path: item.path, data: { entry: item.text, count: group.length } });
      }
    }
  },
});
