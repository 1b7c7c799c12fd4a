/**
 * The regulation status register (data/regulasi.yaml plus the project's own entries). Every status
 * other than berlaku is traced to the text that revokes or amends it; that text is an entry too, so
 * a chain of revocations ends at a regulation in force.
 */
export type RegulationStatus = 'berlaku' | 'diubah' | 'dicabut' | 'diganti' | 'perlu-diperiksa';

/** A regulation named by jenis (canonical, with region), number and year. */
export interface RegulationRef {
  jenis: string;
  nomor: string;
  tahun: number;
}

export interface RegisterEntry extends RegulationRef {
  judul: string;
  bidang: string | null;
  status: RegulationStatus;
  /** The revoking or amending regulations (for perlu-diperiksa: the successor, if named). */
  oleh: RegulationRef[];
  /** The article of the revoking or amending text ("Pasal 409"). */
  pasal: string | null;
  /** When the revoking or amending text took effect, YYYY-MM-DD. */
  berlakuSejak: string | null;
  /** The official record of the revoking text (for berlaku: of the regulation itself). */
  sumber: string | null;
  /** Why a perlu-diperiksa status needs a check. */
  catatan: string | null;
  /** When the entry was last checked, YYYY-MM-DD. */
  diperiksa: string | null;
}

export interface Register {
  entries: readonly RegisterEntry[];
  find(jenis: string, nomor: string, tahun: number): RegisterEntry | null;
  /**
   * Where a revoked regulation's chain ends: the regulations in force reached by following `oleh`
   * (a revoking text that was itself revoked passes on to its own successor). An entry in force,
   * or a chain that breaks off (an `oleh` not in the register, a loop), ends where it stands.
   */
  inForceEnds(entry: RegisterEntry): RegisterEntry[];
}

export const refKeyOf = (ref: RegulationRef) => `${ref.jenis.toLowerCase()}|${ref.nomor.toLowerCase()}|${ref.tahun}`;

/** Statuses that mean the regulation no longer stands. */
export const isRevoked = (status: RegulationStatus) => status === 'dicabut' || status === 'diganti';

export function createRegister(entries: readonly RegisterEntry[]): Register {
  const map = new Map<string, RegisterEntry>();
  for (const entry of entries) map.set(refKeyOf(entry), entry);
  const find = (jenis: string, nomor: string, tahun: number) => map.get(refKeyOf({ jenis, nomor, tahun })) ?? null;
  const inForceEnds = (start: RegisterEntry): RegisterEntry[] => {
    const ends: RegisterEntry[] = [];
    const seen = new Set<RegisterEntry>();
    const walk = (entry: RegisterEntry) => {
      if (seen.has(entry)) return;
      seen.add(entry);
      // A revoked text passes on to what revoked it; one to be checked, to its named successor.
      const passes = isRevoked(entry.status) || (entry.status === 'perlu-diperiksa' && entry !== start);
      const next = passes ? entry.oleh.map((r) => map.get(refKeyOf(r))).filter((e): e is RegisterEntry => !!e) : [];
      if (!next.length) {
        if (!isRevoked(entry.status) && !ends.includes(entry)) ends.push(entry);
        return;
      }
      next.forEach(walk);
    };
    walk(start);
    return ends;
  };
  return { entries: [...map.values()], find, inForceEnds };
}
