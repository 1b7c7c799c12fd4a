import { defineRule } from '../../rule.js';
import { parseLegalBasis, parseRegion, type Region } from '../../regulations/citation.js';
import { shortCitation } from '../../regulations/citation-format.js';

const sameName = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

function regionLabel(region: Region): string {
  if (!region.level) return region.name;
  const word = region.level === 'provinsi' ? 'Provinsi' : region.level === 'kabupaten' ? 'Kabupaten' : 'Kota';
  return `${word} ${region.name}`;
}

export default defineRule({
  meta: {
    id: 'dasar-hukum/wilayah',
    severity: 'warn',
    fixable: false,
    description: {
      id: 'Peraturan daerah yang disebut berasal dari daerah SOP itu sendiri',
      en: "Regional regulations cited belong to the SOP's own region",
    },
    messages: {
      otherRegion: {
        id: '{citation} adalah peraturan {region}, sedangkan SOP ini milik {government}; periksa apakah tersalin dari SOP daerah lain',
        en: "{citation} is a regulation of {region}, but this SOP belongs to {government}; check whether it was copied from another region's SOP",
      },
    },
  },
  check(ctx) {
    const government = ctx.sop.agency.government;
    if (!government) return;
    const own = parseRegion(government);
    if (!own) return;
    for (const { path, citation } of parseLegalBasis(ctx.sop.legalBasis)) {
      const region = citation.region;
      if (!region || citation.rank === null || citation.rank < 6) continue;
      // A kabupaten/kota cannot tell from here whether a province's regulation is its own province's.
      if (region.level === 'provinsi' && own.level !== 'provinsi') continue;
      const differentLevel = region.level !== null && own.level !== null && region.level !== own.level;
      if (!differentLevel && sameName(region.name, own.name)) continue;
      ctx.report({ messageId: 'otherRegion', path, data: { citation: shortCitation(citation), region: regionLabel(region), government } });
    }
  },
});
