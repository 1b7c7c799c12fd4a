import type { Sop, SymbolKind } from '../model/types.js';
import type { Lang } from '../util/lang.js';
import type { Paper } from '../config/types.js';
import { formatDuration } from '../model/duration.js';
import { remarksSpans } from '../model/build.js';
import { formatDateId } from '../util/dates.js';

/**
 * The view model: everything the templates print, fully populated (optional values are null, never
 * undefined) so that templates compiled with `strict: true` fail loudly on a typo. Pure.
 */

export interface PaperSize {
  name: Paper;
  /** Portrait width and height in mm. */
  widthMm: number;
  heightMm: number;
  /** CSS page size of the identity and flowchart pages: both landscape, as on the official form. */
  identity: { widthMm: number; heightMm: number; size: string };
  flow: { widthMm: number; heightMm: number; size: string };
}

export const PAPER_SIZES: Record<Paper, { widthMm: number; heightMm: number; css: string }> = {
  a4: { widthMm: 210, heightMm: 297, css: 'A4' },
  f4: { widthMm: 215, heightMm: 330, css: '215mm 330mm' },
  letter: { widthMm: 215.9, heightMm: 279.4, css: 'letter' },
  legal: { widthMm: 215.9, heightMm: 355.6, css: 'legal' },
};

/** The CSS page size of a paper, portrait (the book's cover and Daftar Isi). */
export function portraitPageSize(name: Paper): string {
  return PAPER_SIZES[name].css;
}

export function paperSize(name: Paper): PaperSize {
  const p = PAPER_SIZES[name];
  const landscape = {
    widthMm: p.heightMm,
    heightMm: p.widthMm,
    size: p.css.includes('mm') ? `${p.heightMm}mm ${p.widthMm}mm` : `${p.css} landscape`,
  };
  return { name, widthMm: p.widthMm, heightMm: p.heightMm, identity: { ...landscape }, flow: { ...landscape } };
}

export interface ListView {
  items: string[];
  /** More than one item: printed as a numbered list. */
  numbered: boolean;
  empty: boolean;
}

export interface ActorView {
  id: string;
  name: string;
  index: number;
}

export interface StepCellView {
  actorId: string;
  /** This step's actor column (holds the symbol). */
  own: boolean;
}

export interface StepView {
  number: number;
  description: string;
  actorId: string | null;
  actorIndex: number;
  symbol: SymbolKind;
  cells: StepCellView[];
  requirements: string;
  requirementsList: string[];
  duration: string;
  output: string;
  outputList: string[];
  remarks: string;
  /** Rows the Keterangan cell spans (1 for a row's own note); 0 when an earlier row's cell covers this one. */
  remarksRowspan: number;
}

export interface ApproverView {
  position: string;
  name: string;
  nip: string | null;
  rank: string | null;
}

export interface LayoutData {
  steps: Array<{ number: number; column: number; symbol: SymbolKind }>;
  edges: Array<{ from: number; to: number; label: string | null }>;
  /** Branches that end the procedure (`tidak: selesai`), each drawn to an end capsule of its own. */
  ends: Array<{ from: number; label: string | null }>;
  actorCount: number;
}

export interface ViewModel {
  lang: Lang;
  number: string;
  title: string;
  footer: string;
  paper: PaperSize;
  agency: {
    government: string | null;
    name: string | null;
    unit: string | null;
    address: string | null;
    contact: string | null;
    logo: string | null;
  };
  dates: { created: string; revised: string; effective: string };
  approver: ApproverView | null;
  /** Extra signature boxes printed under the identity grid, left to right. */
  signatures: Array<ApproverView & { role: string }>;
  hasSignatures: boolean;
  legalBasis: ListView;
  qualifications: ListView;
  related: ListView;
  equipment: ListView;
  warnings: ListView;
  records: ListView;
  actors: ActorView[];
  /** 9 or more actor columns: the header uses a smaller font. */
  manyActors: boolean;
  /** 13 or more actors: the narrowest text columns and 6pt actor names. */
  crowdedActors: boolean;
  steps: StepView[];
  total: string;
  columnNumbers: number[] | null;
  /** Total number of table columns: No, Kegiatan, actors, Kelengkapan, Waktu, Output, Keterangan. */
  columnCount: number;
  approvalAtEnd: boolean;
  /** Column widths in percent of the table, as CSS values. */
  widths: { no: string; activity: string; actor: string; requirements: string; duration: string; output: string; remarks: string };
  layout: LayoutData;
}

export { formatDateId };

export interface ViewModelOptions {
  paper: Paper;
  columnNumbers: boolean;
  approvalAtEnd: boolean;
  lang: Lang;
  /** The logo as a data: URI, already resolved and checked by the caller; null for none. */
  logo: string | null;
}

/** An 18-digit NIP grouped as printed: "19660313 198903 1 011"; other values as written. */
export function formatNip(nip: string | null | undefined): string | null {
  if (nip === null || nip === undefined) return null;
  const trimmed = String(nip).trim();
  if (!trimmed || trimmed === '-') return null;
  const digits = trimmed.replace(/\s+/g, '');
  if (/^\d{18}$/.test(digits)) return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
  return trimmed;
}

function listView(items: ReadonlyArray<{ text: string }>): ListView {
  const texts = items.map((i) => i.text).filter((t) => t.length > 0);
  return { items: texts, numbered: texts.length > 1, empty: texts.length === 0 };
}

function orNull(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  const t = String(s).trim();
  return t ? t : null;
}

/** Column widths (percent): the actor columns share what the fixed columns leave. */
export function columnWidths(actorCount: number): ViewModel['widths'] {
  const n = Math.max(1, actorCount);
  // Narrower text columns when there are many actors.
  // From 9 actors the text columns give way further, so that a column still holds a symbol of at
  // least 26px with a lane on each side and a 7pt "Tidak" beside a branch (16 actors on A4: 41px).
  const fixed = n >= 13
    ? { no: 2.2, activity: 10.5, requirements: 7, duration: 4.3, output: 7, remarks: 5.5 }
    : n >= 9
      ? { no: 2.5, activity: 13, requirements: 8.5, duration: 5, output: 8.5, remarks: 6.5 }
      : n >= 7
    ? { no: 3, activity: 16, requirements: 10, duration: 6, output: 10, remarks: 8 }
    : n >= 5
      ? { no: 3, activity: 18, requirements: 11, duration: 6.5, output: 11, remarks: 9 }
      : { no: 3.5, activity: 21, requirements: 12, duration: 7, output: 12, remarks: 10 };
  const used = fixed.no + fixed.activity + fixed.requirements + fixed.duration + fixed.output + fixed.remarks;
  const actor = (100 - used) / n;
  const pct = (v: number) => `${Math.round(v * 1000) / 1000}%`;
  return {
    no: pct(fixed.no),
    activity: pct(fixed.activity),
    actor: pct(actor),
    requirements: pct(fixed.requirements),
    duration: pct(fixed.duration),
    output: pct(fixed.output),
    remarks: pct(fixed.remarks),
  };
}

export function buildViewModel(sop: Sop, options: ViewModelOptions): ViewModel {
  const actors: ActorView[] = sop.actors.map((a) => ({ id: a.id, name: a.name, index: a.index }));
  const actorIndex = new Map(actors.map((a) => [a.id, a.index]));
  const spanOf = new Map<number, number>();
  const covered = new Set<number>();
  for (const span of remarksSpans(sop.steps)) {
    spanOf.set(span.from, span.to - span.from + 1);
    for (let n = span.from + 1; n <= span.to; n++) covered.add(n);
  }
  const steps: StepView[] = sop.steps.map((s) => {
    const index = s.actorId !== null ? (actorIndex.get(s.actorId) ?? -1) : -1;
    return {
      number: s.number,
      description: s.description,
      actorId: s.actorId,
      actorIndex: index,
      symbol: s.symbol,
      cells: actors.map((a) => ({ actorId: a.id, own: a.index === index })),
      requirements: s.requirements.join(', '),
      requirementsList: [...s.requirements],
      duration: s.durationText?.trim() || '',
      output: s.output.join(', '),
      outputList: [...s.output],
      remarks: s.remarks?.trim() || '',
      remarksRowspan: covered.has(s.number) ? 0 : (spanOf.get(s.number) ?? 1),
    };
  });
  const total = sop.totalDuration ? formatDuration(sop.totalDuration, sop.workTime, 'id', sop.totalInDays) : '-';
  const a = sop.agency;
  const address = orNull([orNull(a.address), orNull(a.postalCode)].filter(Boolean).join(' '));
  const contact = orNull(
    [a.phone ? `Telp. ${a.phone}` : null, orNull(a.email), orNull(a.website)].filter((x): x is string => !!x).join(' · '),
  );
  const approver: ApproverView | null = sop.approver
    ? {
        position: sop.approver.position.trim(),
        name: sop.approver.name.trim(),
        nip: formatNip(sop.approver.nip),
        rank: orNull(sop.approver.rank),
      }
    : null;
  const columnCount = actors.length + 6;
  const edges = sop.edges
    .filter((e): e is typeof e & { to: number } => e.to !== null)
    .map((e) => {
      const from = sop.steps[e.from - 1];
      const label = e.kind === 'lanjut' ? null : (e.label ?? (e.kind === 'ya' ? from?.labelYes ?? 'Ya' : from?.labelNo ?? 'Tidak'));
      return { from: e.from, to: e.to, label };
    });
  const ends = sop.edges
    .filter((e) => e.end)
    .map((e) => {
      const from = sop.steps[e.from - 1];
      return { from: e.from, label: e.kind === 'lanjut' ? null : (e.label ?? (e.kind === 'ya' ? from?.labelYes ?? 'Ya' : from?.labelNo ?? 'Tidak')) };
    });
  return {
    lang: options.lang,
    number: sop.number,
    title: sop.title,
    footer: `${sop.number} — ${sop.title}`,
    paper: paperSize(options.paper),
    agency: {
      government: orNull(a.government),
      name: orNull(a.name),
      unit: orNull(a.unit),
      address,
      contact,
      logo: options.logo,
    },
    dates: {
      created: formatDateId(sop.dates.created),
      revised: formatDateId(sop.dates.revised),
      effective: formatDateId(sop.dates.effective),
    },
    approver,
    signatures: sop.signatures.map((g) => ({ role: g.role, position: g.position, name: g.name, nip: formatNip(g.nip), rank: orNull(g.rank) })),
    hasSignatures: sop.signatures.length > 0,
    legalBasis: listView(sop.legalBasis),
    qualifications: listView(sop.qualifications),
    related: listView(sop.related),
    equipment: listView(sop.equipment),
    warnings: listView(sop.warnings),
    records: listView(sop.records),
    actors,
    manyActors: actors.length >= 9,
    crowdedActors: actors.length >= 13,
    steps,
    total,
    columnNumbers: options.columnNumbers ? Array.from({ length: columnCount }, (_, i) => i + 1) : null,
    columnCount,
    approvalAtEnd: options.approvalAtEnd,
    widths: columnWidths(actors.length),
    layout: {
      steps: steps.map((s) => ({ number: s.number, column: Math.max(0, s.actorIndex), symbol: s.symbol })),
      edges,
      ends,
      actorCount: actors.length,
    },
  };
}
