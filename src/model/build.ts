import path from 'node:path';
import type { ProjectConfig, RawAgency, RawApprover } from '../config/types.js';
import type { Actor, Agency, Duration, Edge, NodePath, Signature, Sop, Step, SymbolKind, TextItem } from './types.js';
import { parseDuration, usesDays } from './duration.js';
import { slugify } from '../util/strings.js';

/** The SOP as the schema guarantees it (see schemas/sop.schema.json). */
export interface RawSop {
  nomor: string;
  nama: string;
  instansi?: RawAgency;
  tanggal: { pembuatan: string | number; revisi?: string | number | null; efektif?: string | number | null };
  disahkan_oleh?: RawApprover;
  tanda_tangan?: RawSignature[];
  dasar_hukum: string[];
  kualifikasi_pelaksana?: string | string[];
  keterkaitan?: string | string[];
  peralatan_perlengkapan?: string | string[];
  peringatan?: string | string[];
  pencatatan_pendataan?: string | string[];
  pelaksana: (string | { id: string; nama: string })[];
  kegiatan: RawStep[];
  waktu_total?: string;
}

export interface RawSignature {
  peran: string;
  jabatan: string;
  nama: string;
  nip?: string;
  pangkat?: string;
}

export interface RawStep {
  id?: string;
  uraian: string;
  pelaksana: string;
  simbol?: SymbolKind;
  ya?: string | number;
  tidak?: string | number;
  lanjut?: string | number;
  label_ya?: string;
  label_tidak?: string;
  kelengkapan?: string | string[];
  waktu?: string;
  output?: string | string[];
  keterangan?: string | { teks: string; sampai: string | number };
}

function textItems(value: string | string[] | undefined, key: string): TextItem[] {
  if (value === undefined) return [];
  if (typeof value === 'string') return [{ text: value.trim(), path: [key] }];
  return value.map((text, i) => ({ text: text.trim(), path: [key, i] }));
}

/** An optional date as written; null when absent, empty or "-" (the blank form's way of saying none). */
function optionalDate(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' || /^-+$/.test(text) ? null : text;
}

function texts(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : value).map((s) => s.trim());
}

const normalise = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Actor lookup by id, printed name or slug of the name. */
export function resolveActor(actors: readonly Actor[], ref: string): Actor | null {
  const wanted = normalise(ref);
  return (
    actors.find((a) => a.id === ref.trim()) ??
    actors.find((a) => normalise(a.name) === wanted) ??
    actors.find((a) => a.id === slugify(ref)) ??
    null
  );
}

/** The reference that ends the procedure (`tidak: selesai`), unless a step has that id. */
export const END_REF = 'selesai';

/** True when `ref` names the procedure's end rather than a step: "selesai" (any case) and no step with that id. */
export function isEndRef(steps: readonly { id: string | null }[], ref: string | number | undefined): boolean {
  if (typeof ref !== 'string' || ref.trim().toLowerCase() !== END_REF) return false;
  return !steps.some((s) => s.id === ref.trim());
}

/** Step lookup by id or 1-based number (also a number written as text). */
export function resolveStepRef(steps: readonly { id: string | null; number: number }[], ref: string | number): number | null {
  if (typeof ref === 'number') return ref >= 1 && ref <= steps.length ? ref : null;
  const byId = steps.find((s) => s.id === ref.trim());
  if (byId) return byId.number;
  if (/^\d+$/.test(ref.trim())) return resolveStepRef(steps, Number(ref.trim()));
  return null;
}

function buildAgency(config: ProjectConfig, raw: RawAgency | undefined, sopDir: string): Agency {
  const base = config.agency ?? {};
  const merged: RawAgency = { ...base, ...(raw ?? {}) };
  const logoFromSop = raw?.logo !== undefined;
  const str = (v: string | number | undefined) => (v === undefined ? null : String(v));
  return {
    government: str(merged.pemerintah),
    name: str(merged.nama),
    unit: str(merged.unit),
    address: str(merged.alamat),
    postalCode: str(merged.kode_pos),
    phone: str(merged.telepon),
    email: str(merged.email),
    website: str(merged.laman),
    logo: str(merged.logo),
    logoBase: merged.logo === undefined ? null : logoFromSop ? sopDir : config.dir,
  };
}

/** The flow keys a step's symbol does not read: they would silently do nothing. */
function ignoredFlowKeys(raw: RawStep, symbol: SymbolKind): string[] {
  const readBy: Record<SymbolKind, string[]> = {
    mulai: ['lanjut'],
    proses: ['lanjut'],
    keputusan: ['ya', 'tidak', 'label_ya', 'label_tidak'],
    selesai: [],
  };
  return (['ya', 'tidak', 'lanjut', 'label_ya', 'label_tidak'] as const).filter((key) => raw[key] !== undefined && !readBy[symbol].includes(key));
}

export function deriveSymbol(raw: RawStep, index: number, count: number): SymbolKind {
  if (raw.simbol) return raw.simbol;
  if (raw.tidak !== undefined) return 'keputusan';
  if (index === 0) return 'mulai';
  if (index === count - 1) return 'selesai';
  return 'proses';
}

/**
 * Builds the typed model from schema-valid data, merging the project configuration.
 * Unresolvable references are kept as null so the rules can report them.
 */
export function buildModel(raw: RawSop, file: string, absPath: string, config: ProjectConfig): Sop {
  const work = config.workTime;
  const actors: Actor[] = raw.pelaksana.map((item, index) =>
    typeof item === 'string'
      ? { id: slugify(item), name: item.trim(), index, path: ['pelaksana', index] }
      : { id: item.id, name: item.nama.trim(), index, path: ['pelaksana', index] },
  );
  const count = raw.kegiatan.length;
  const steps: Step[] = raw.kegiatan.map((s, index) => {
    const actor = resolveActor(actors, s.pelaksana);
    return {
      number: index + 1,
      id: s.id ?? null,
      description: s.uraian.trim(),
      actorRef: s.pelaksana,
      actorId: actor?.id ?? null,
      symbol: deriveSymbol(s, index, count),
      symbolExplicit: s.simbol !== undefined,
      requirements: texts(s.kelengkapan),
      durationText: s.waktu?.trim() ?? null,
      duration: s.waktu === undefined ? null : parseDuration(s.waktu, work),
      output: texts(s.output),
      remarks: (typeof s.keterangan === 'object' ? s.keterangan.teks : s.keterangan)?.trim() ?? null,
      remarksSpan: null,
      ignoredKeys: ignoredFlowKeys(s, deriveSymbol(s, index, count)),
      labelYes: s.label_ya ?? 'Ya',
      labelNo: s.label_tidak ?? 'Tidak',
      path: ['kegiatan', index],
    };
  });
  raw.kegiatan.forEach((s, i) => {
    if (typeof s.keterangan === 'object') steps[i]!.remarksSpan = { ref: s.keterangan.sampai, until: resolveStepRef(steps, s.keterangan.sampai) };
  });
  const edges = buildEdges(raw.kegiatan, steps);
  const declared = raw.waktu_total === undefined ? null : { text: raw.waktu_total, duration: parseDuration(raw.waktu_total, work) };
  const approverRaw = raw.disahkan_oleh ?? config.approver ?? null;
  return {
    file,
    totalInDays: steps.some((s) => usesDays(s.durationText)) || usesDays(declared?.text ?? null),
    number: raw.nomor.trim(),
    title: raw.nama.trim(),
    agency: buildAgency(config, raw.instansi, path.dirname(absPath)),
    dates: {
      // As written ("2023-07-01", "April 2015", 2015); identitas/tanggal reads them.
      created: String(raw.tanggal.pembuatan).trim(),
      revised: optionalDate(raw.tanggal.revisi),
      effective: optionalDate(raw.tanggal.efektif),
    },
    approver: approverRaw
      ? { position: approverRaw.jabatan, name: approverRaw.nama, nip: approverRaw.nip ?? null, rank: approverRaw.pangkat ?? null }
      : null,
    signatures: (raw.tanda_tangan ?? []).map(
      (t, i): Signature => ({ role: t.peran.trim(), position: t.jabatan.trim(), name: t.nama.trim(), nip: t.nip ?? null, rank: t.pangkat?.trim() ?? null, path: ['tanda_tangan', i] }),
    ),
    legalBasis: textItems(raw.dasar_hukum, 'dasar_hukum'),
    qualifications: textItems(raw.kualifikasi_pelaksana, 'kualifikasi_pelaksana'),
    related: textItems(raw.keterkaitan, 'keterkaitan'),
    equipment: textItems(raw.peralatan_perlengkapan, 'peralatan_perlengkapan'),
    warnings: textItems(raw.peringatan, 'peringatan'),
    records: textItems(raw.pencatatan_pendataan, 'pencatatan_pendataan'),
    actors,
    steps,
    edges,
    totalDuration: mainPathDuration(steps, edges),
    declaredTotal: declared,
    workTime: work,
  };
}

function buildEdges(rawSteps: RawStep[], steps: Step[]): Edge[] {
  const edges: Edge[] = [];
  const refEdge = (from: Step, kind: Edge['kind'], ref: string | number | undefined, label: string | null): Edge => {
    const keyPath: NodePath = ref === undefined ? from.path : [...from.path, kind];
    if (isEndRef(steps, ref)) return { from: from.number, to: null, end: true, kind, label, ref: ref ?? null, path: keyPath };
    const to = ref === undefined ? (from.number < steps.length ? from.number + 1 : null) : resolveStepRef(steps, ref);
    return { from: from.number, to, end: false, kind, label, ref: ref ?? null, path: keyPath };
  };
  steps.forEach((step, i) => {
    const raw = rawSteps[i]!;
    if (step.symbol === 'selesai') return;
    if (step.symbol === 'keputusan') {
      const yes = refEdge(step, 'ya', raw.ya, step.labelYes);
      if (yes.to !== null || raw.ya !== undefined) edges.push(yes);
      if (raw.tidak !== undefined) edges.push(refEdge(step, 'tidak', raw.tidak, step.labelNo));
      return;
    }
    const next = refEdge(step, 'lanjut', raw.lanjut, null);
    if (next.to !== null || raw.lanjut !== undefined) edges.push(next);
  });
  return edges;
}

/**
 * The steps of the main path: from the first step, following `ya` at each decision,
 * each step once, until an end (or a step with nowhere to go).
 */
export function mainPath(steps: readonly Step[], edges: readonly Edge[]): number[] {
  const visited: number[] = [];
  const seen = new Set<number>();
  let current: number | null = steps.length ? 1 : null;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    visited.push(current);
    const out = edges.filter((e) => e.from === current);
    const next = out.find((e) => e.kind === 'ya') ?? out.find((e) => e.kind === 'lanjut') ?? null;
    current = next?.to ?? null;
  }
  return visited;
}

function mainPathDuration(steps: readonly Step[], edges: readonly Edge[]): Duration | null {
  let min = 0;
  let max = 0;
  for (const n of mainPath(steps, edges)) {
    const d = steps[n - 1]!.duration;
    if (!d) return null;
    min += d.min;
    max += d.max;
  }
  return { min, max };
}

/**
 * The Keterangan cells that span rows and can be drawn: from a step to a later one, over steps
 * without a note of their own and outside any other span. The others print in their own row only
 * (kegiatan/keterangan reports them).
 */
export function remarksSpans(steps: readonly Step[]): Array<{ from: number; to: number }> {
  const spans: Array<{ from: number; to: number }> = [];
  let coveredUntil = 0;
  for (const step of steps) {
    const until = step.remarksSpan?.until ?? null;
    if (until === null || until <= step.number || step.number <= coveredUntil) continue;
    const inside = steps.slice(step.number, until);
    if (inside.some((s) => s.remarks !== null)) continue;
    spans.push({ from: step.number, to: until });
    coveredUntil = until;
  }
  return spans;
}
