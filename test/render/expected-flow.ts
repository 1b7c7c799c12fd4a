/**
 * The flow an SOP declares, read straight from its YAML by the rules of docs/format.md — not from
 * the model or the layout data the renderer builds — so that the browser tests compare what is
 * drawn against the input.
 */
import { parse } from 'yaml';

export type Symbol = 'mulai' | 'proses' | 'keputusan' | 'selesai';
export interface ExpectedFlow {
  actors: string[];
  steps: Array<{ number: number; column: number; symbol: Symbol }>;
  /** Arrows between steps. */
  edges: Array<{ from: number; to: number; label: string | null }>;
  /** Branches that end the procedure (`tidak: selesai`). */
  ends: Array<{ from: number; label: string | null }>;
}

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function expectedFlow(yamlText: string): ExpectedFlow {
  const doc = parse(yamlText) as {
    pelaksana: Array<string | { id: string; nama: string }>;
    kegiatan: Array<Record<string, unknown>>;
  };
  const actors = doc.pelaksana.map((a) => (typeof a === 'string' ? { id: norm(a), name: norm(a) } : { id: norm(a.id), name: norm(a.nama) }));
  const raw = doc.kegiatan;
  const count = raw.length;
  const symbolOf = (k: Record<string, unknown>, i: number): Symbol =>
    (k.simbol as Symbol | undefined) ?? (k.tidak !== undefined ? 'keputusan' : i === 0 ? 'mulai' : i === count - 1 ? 'selesai' : 'proses');
  const steps = raw.map((k, i) => {
    const who = norm(String(k.pelaksana));
    const column = actors.findIndex((a) => a.id === who || a.name === who);
    return { number: i + 1, column: Math.max(0, column), symbol: symbolOf(k, i) };
  });
  const isEnd = (ref: unknown) => typeof ref === 'string' && ref.trim().toLowerCase() === 'selesai' && !raw.some((k) => k.id === ref);
  const resolve = (ref: unknown): number => {
    const byId = raw.findIndex((k) => k.id === ref);
    if (byId >= 0) return byId + 1;
    return Number(ref);
  };
  const edges: ExpectedFlow['edges'] = [];
  const ends: ExpectedFlow['ends'] = [];
  const add = (from: number, ref: unknown, label: string | null) => {
    if (ref === undefined) {
      if (from < count) edges.push({ from, to: from + 1, label });
      return;
    }
    if (isEnd(ref)) ends.push({ from, label });
    else edges.push({ from, to: resolve(ref), label });
  };
  raw.forEach((k, i) => {
    const n = i + 1;
    const symbol = steps[i]!.symbol;
    if (symbol === 'selesai') return;
    if (symbol === 'keputusan') {
      add(n, k.ya, (k.label_ya as string | undefined) ?? 'Ya');
      if (k.tidak !== undefined) add(n, k.tidak, (k.label_tidak as string | undefined) ?? 'Tidak');
      return;
    }
    add(n, k.lanjut, null);
  });
  return { actors: actors.map((a) => a.id), steps, edges, ends };
}
