/**
 * The flow graph over the pages: arrows within a page, lettered off-page connector pairs between
 * pages. Pure, and serialised into the HTML's layout script with Function#toString (see html.ts):
 * it may use only itself and the other serialised layout functions (connectorLetter among them).
 */
import type { Endpoint, RouteEdge, SymbolShape } from './route.js';

export interface FlowStep {
  number: number;
  /** Actor column index; steps without a resolved actor are placed in column 0. */
  column: number;
  symbol: SymbolShape;
}

export interface FlowEdge {
  from: number;
  to: number;
  label: string | null;
}

/** A branch that ends the procedure (`tidak: selesai`): drawn to an end capsule beside its source. */
export interface FlowEnd {
  from: number;
  label: string | null;
}

export interface PagePlan {
  /** Step numbers on this page, in order. */
  steps: number[];
  edges: RouteEdge[];
  needsTopBand: boolean;
  needsBottomBand: boolean;
}

/** A, B, …, Z, AA, AB, … */
export function connectorLetter(index: number): string {
  let n = index;
  let s = '';
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return s;
}

/**
 * Splits the flow graph over the pages: an edge with both ends on one page stays an arrow; an edge
 * whose ends fall on different pages becomes a lettered pair of off-page connectors — downward: out
 * at the bottom of the source page, in at the top of the target page; upward: out at the top of the
 * source page, in at the bottom of the target page. Arrows cut on their way to the same step share
 * one letter (one out-connector per source page, one in-connector): they merge, as arrows into one
 * step do on a page. Letters follow the order of the source steps.
 */
export function planPages(pages: readonly (readonly number[])[], steps: readonly FlowStep[], edges: readonly FlowEdge[], ends: readonly FlowEnd[] = []): PagePlan[] {
  const pageOf = new Map<number, number>();
  const rowOf = new Map<number, number>();
  pages.forEach((list, p) => list.forEach((n, r) => {
    pageOf.set(n, p);
    rowOf.set(n, r);
  }));
  const stepBy = new Map(steps.map((s) => [s.number, s]));
  const plans: PagePlan[] = pages.map((list) => ({ steps: [...list], edges: [], needsTopBand: false, needsBottomBand: false }));
  const sorted = [...edges].filter((e) => pageOf.has(e.from) && pageOf.has(e.to));
  sorted.sort((a, b) => a.from - b.from || a.to - b.to);
  // One letter per target and direction: every arrow cut on its way to one step, from any page,
  // joins one out-connector of that letter on its own page and arrives through one in-connector.
  let letters = 0;
  const letterOf = new Map<string, string>();
  const outColumn = new Map<string, number>();
  for (const e of sorted) {
    const ps = pageOf.get(e.from)!;
    const pt = pageOf.get(e.to)!;
    const source: Endpoint = { kind: 'step', row: rowOf.get(e.from)! };
    const target: Endpoint = { kind: 'step', row: rowOf.get(e.to)! };
    if (ps === pt) {
      plans[ps]!.edges.push({ from: e.from, to: e.to, source, target, label: e.label, opc: null });
      continue;
    }
    const down = pt > ps;
    const key = e.to + (down ? 'v' : '^');
    let letter = letterOf.get(key);
    const tc = stepBy.get(e.to)!.column;
    const outBand = down ? 'bottom' : 'top';
    const inBand = down ? 'top' : 'bottom';
    if (letter === undefined) {
      letter = connectorLetter(letters++);
      letterOf.set(key, letter);
      plans[pt]!.edges.push({ from: e.from, to: e.to, source: { kind: 'connector', column: tc, band: inBand, letter }, target, label: null, opc: letter });
    }
    // The out-connector sits in the column of the first arrow into it on this page.
    const outKey = ps + ':' + letter;
    if (!outColumn.has(outKey)) outColumn.set(outKey, stepBy.get(e.from)!.column);
    const sc = outColumn.get(outKey)!;
    plans[ps]!.edges.push({ from: e.from, to: e.to, source, target: { kind: 'connector', column: sc, band: outBand, letter }, label: e.label, opc: letter });
    for (const [p, band] of [[ps, outBand], [pt, inBand]] as const) {
      if (band === 'top') plans[p]!.needsTopBand = true;
      else plans[p]!.needsBottomBand = true;
    }
  }
  // A branch to the end stays on its source's page: the capsule sits beside the source.
  for (const e of ends) {
    const p = pageOf.get(e.from);
    if (p === undefined) continue;
    const row = rowOf.get(e.from)!;
    plans[p]!.edges.push({ from: e.from, to: 0, source: { kind: 'step', row }, target: { kind: 'end', row }, label: e.label, opc: null });
  }
  return plans;
}
