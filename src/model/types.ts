import type { NodePath } from '../util/diagnostic.js';

import type { WorkTime } from '../config/types.js';

export type { WorkTime };
export type { NodePath, Severity, Position, Span, TextEdit, Diagnostic } from '../util/diagnostic.js';

export type SymbolKind = 'mulai' | 'proses' | 'keputusan' | 'selesai';

export interface Agency {
  government: string | null;
  name: string | null;
  unit: string | null;
  address: string | null;
  postalCode: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  /** Logo path as written (relative to `logoBase`). */
  logo: string | null;
  /** Directory the logo path is relative to (the file that named it). */
  logoBase: string | null;
}

export interface Approver {
  position: string;
  name: string;
  nip: string | null;
  rank: string | null;
}

/** An extra signature box of the identity page ("Dibuat oleh", "Diperiksa oleh", "Mengetahui"). */
export interface Signature {
  /** The caption printed above the box, as written. */
  role: string;
  position: string;
  name: string;
  nip: string | null;
  rank: string | null;
  path: NodePath;
}

export interface TextItem {
  text: string;
  path: NodePath;
}

export interface Actor {
  id: string;
  name: string;
  /** 0-based column index. */
  index: number;
  path: NodePath;
}

/** A working-time interval in minutes: lower and upper bound (equal unless a range). */
export interface Duration {
  min: number;
  max: number;
}

export interface Step {
  /** 1-based number as printed. */
  number: number;
  id: string | null;
  description: string;
  /** The actor reference as written. */
  actorRef: string;
  /** Resolved actor id, or null when the reference names no declared actor. */
  actorId: string | null;
  symbol: SymbolKind;
  /** True when `simbol` was written explicitly. */
  symbolExplicit: boolean;
  requirements: string[];
  durationText: string | null;
  /** Parsed duration, null when absent or unparseable. */
  duration: Duration | null;
  output: string[];
  remarks: string | null;
  /**
   * A Keterangan cell spanning several rows (`keterangan: { teks, sampai }`): the reference as written
   * and the last step it covers, null when it does not resolve. Null for a one-row note.
   */
  remarksSpan: { ref: string | number; until: number | null } | null;
  labelYes: string;
  labelNo: string;
  /** Flow keys written on the step that its symbol ignores (e.g. `ya` on a process). */
  ignoredKeys: string[];
  path: NodePath;
}

export type EdgeKind = 'lanjut' | 'ya' | 'tidak';

export interface Edge {
  /** Step number of the source. */
  from: number;
  /** Step number of the target; null when the reference does not resolve or the edge ends the procedure. */
  to: number | null;
  /**
   * True when the target is the procedure's end (`tidak: selesai`): the branch is drawn to an end
   * capsule of its own. `to` is then null.
   */
  end: boolean;
  kind: EdgeKind;
  /** Branch label printed next to the arrow (decisions only). */
  label: string | null;
  /** The reference as written (null for an implicit "next step"). */
  ref: string | number | null;
  /** Path of the key that defined the edge (or of the step, for an implicit edge). */
  path: NodePath;
}


export interface Sop {
  /** Display path of the source file. */
  file: string;
  number: string;
  title: string;
  agency: Agency;
  dates: { created: string; revised: string | null; effective: string | null };
  approver: Approver | null;
  /** Extra signature boxes, left to right (`tanda_tangan`); empty when none. */
  signatures: Signature[];
  legalBasis: TextItem[];
  qualifications: TextItem[];
  related: TextItem[];
  equipment: TextItem[];
  warnings: TextItem[];
  records: TextItem[];
  actors: Actor[];
  steps: Step[];
  edges: Edge[];
  /** Sum along the main path (see docs/format.md), null when a step on it has no parseable waktu. */
  totalDuration: Duration | null;
  declaredTotal: { text: string; duration: Duration | null } | null;
  /** Whether the SOP counts in days (a step's waktu or waktu_total): totals are then printed with days. */
  totalInDays: boolean;
  workTime: WorkTime;
}
