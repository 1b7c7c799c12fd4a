/** The regulation status register (data/regulasi.yaml plus the project's own entries). */
export type RegulationStatus = 'berlaku' | 'diubah' | 'dicabut' | 'diganti' | 'tidak-berlaku' | 'usang';

export interface RegisterEntry {
  /** Canonical jenis, e.g. "Peraturan Pemerintah". */
  jenis: string;
  nomor: string;
  tahun: number;
  judul: string;
  status: RegulationStatus;
  /** False when the status still needs a check against the official text. */
  terverifikasi: boolean;
  /** Canonical citation of the replacement, if any. */
  diganti_oleh: string | null;
  sumber: string | null;
  /** Date the entry was last checked, YYYY-MM-DD. */
  diperiksa: string | null;
}

export interface Register {
  entries: readonly RegisterEntry[];
  find(jenis: string, nomor: string, tahun: number): RegisterEntry | null;
}

export function createRegister(entries: readonly RegisterEntry[]): Register {
  const key = (jenis: string, nomor: string, tahun: number) => `${jenis.toLowerCase()}|${nomor.toLowerCase()}|${tahun}`;
  const map = new Map<string, RegisterEntry>();
  for (const entry of entries) map.set(key(entry.jenis, entry.nomor, entry.tahun), entry);
  return {
    entries: [...map.values()],
    find: (jenis, nomor, tahun) => map.get(key(jenis, nomor, tahun)) ?? null,
  };
}

