import { defineRule } from '../../rule.js';

/** Names that say who does the work without naming a position (jabatan). */
const GENERIC = new Set(['pelaksana', 'petugas', 'pegawai', 'karyawan', 'personel', 'personil', 'asn', 'pns', 'pegawai asn', 'staf pegawai', 'staff pegawai']);
const QUANTIFIER = /^(?:para|seluruh|semua|setiap|tiap)\s+/;

/** True when the name, or one of its alternatives ("Staff/Pegawai"), is a generic word. */
export function isGenericActor(name: string): boolean {
  return name
    .toLowerCase()
    .split(/\s*(?:\/|,|&|\bdan\b|\batau\b)\s*/)
    .map((part) => part.trim().replace(/\s+/g, ' ').replace(QUANTIFIER, ''))
    .some((part) => GENERIC.has(part));
}

export default defineRule({
  meta: {
    id: 'pelaksana/generik',
    severity: 'info',
    fixable: false,
    description: {
      id: 'Pelaksana adalah jabatan dalam struktur organisasi, bukan sebutan umum seperti "Pelaksana" atau "Pegawai"',
      en: 'An actor is a position in the organisation chart, not a generic label such as "Pelaksana" or "Pegawai"',
    },
    messages: {
      generic: {
        id: 'Pelaksana "{actor}" adalah sebutan umum; tulis jabatannya (mis. "Pengadministrasi Kepegawaian", "Staf Subbagian Umum")',
        en: 'Actor "{actor}" is a generic label; name the position (e.g. "Pengadministrasi Kepegawaian", "Staf Subbagian Umum")',
      },
    },
  },
  check(ctx) {
    for (const actor of ctx.sop.actors) {
      // ['pelaksana', i, 'nama'] lands on the name of an {id, nama} entry and falls back to a plain string.
      if (isGenericActor(actor.name)) ctx.report({ messageId: 'generic', path: [...actor.path, 'nama'], data: { actor: actor.name } });
    }
  },
});
