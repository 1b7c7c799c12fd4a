/**
 * Orthogonal routing of the flowchart arrows on one page, and the split of the flow graph into pages
 * with lettered off-page connectors. Pure geometry over a grid of measured columns and rows (CSS px,
 * y growing downwards). Like paginate.ts, each exported function is serialised into the HTML's layout
 * script with Function#toString: helpers live inside the function bodies, and nothing outside them
 * (no imports, no module constants) may be referenced.
 */

export type SymbolShape = 'mulai' | 'proses' | 'keputusan' | 'selesai';

export interface GridColumn {
  left: number;
  right: number;
}

export interface GridRow {
  top: number;
  bottom: number;
  /** Actor column index (into RouteGrid.columns). */
  column: number;
  symbol: SymbolShape;
  step: number;
}

export interface Band {
  top: number;
  bottom: number;
}

export interface RouteGrid {
  columns: GridColumn[];
  rows: GridRow[];
  /** Strip under the header for incoming (downward) and outgoing (upward) connectors. */
  topBand: Band | null;
  /** Strip under the table for outgoing (downward) and incoming (upward) connectors. */
  bottomBand: Band | null;
  symbol: { width: number; height: number; diamondHeight: number };
  connector: { width: number; height: number };
  /**
   * The printed size (px) of each branch label, as measured by the browser: one or more layouts in
   * order of preference (one line; wrapped at a space). A label not listed is estimated.
   */
  labels?: Record<string, LabelLayout[]>;
}

export interface LabelLayout {
  lines: string[];
  width: number;
  height: number;
}

export type Endpoint =
  | { kind: 'step'; row: number }
  /** The procedure's end, reached by a branch (`tidak: selesai`): an end capsule beside the source in its row. */
  | { kind: 'end'; row: number }
  | { kind: 'connector'; column: number; band: 'top' | 'bottom'; letter: string };

export interface RouteEdge {
  from: number;
  /** Step number of the target; 0 for a branch to the procedure's end (target kind 'end'). */
  to: number;
  source: Endpoint;
  target: Endpoint;
  label: string | null;
  /** Connector letter when the edge is cut by a page break. */
  opc: string | null;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedSymbol {
  row: number;
  step: number;
  kind: SymbolShape;
  box: Box;
  /** Actor column index the symbol is drawn in. */
  column: number;
  /** An end capsule drawn for a branch that ends the procedure; `step` is then the decision's. */
  branchEnd: boolean;
}

export interface PlacedConnector {
  letter: string;
  direction: 'out' | 'in';
  band: 'top' | 'bottom';
  column: number;
  box: Box;
}

export interface RoutedPath {
  from: number;
  to: number;
  label: string | null;
  opc: string | null;
  points: Array<[number, number]>;
  /** The label's box beside the first segment (free of every line, symbol and table rule), and its lines. */
  labelBox: Box | null;
  labelLines: string[];
  /** False when the label found no free place and was put where it overlaps least. */
  labelClean: boolean;
  /**
   * Where this path hops over another one: on the segment ending at points[segment], from a to b
   * (a gap bridged by a half circle), so that a crossing never reads as a junction.
   */
  hops: Array<{ segment: number; a: [number, number]; b: [number, number] }>;
  /** Arrows into the same port of the same symbol share a key: they join into one trunk and one arrowhead. */
  merge: string;
  /** The one path of its merge group that draws the arrowhead. */
  head: boolean;
  /** False when no free corridor was found and the path had to share one (should not happen). */
  clean: boolean;
}

export interface RouteResult {
  symbols: PlacedSymbol[];
  connectors: PlacedConnector[];
  paths: RoutedPath[];
}

/**
 * Routes the edges of one page as orthogonal paths.
 *
 * Ports: every side (vertex) of a symbol is an entry or an exit, never both. Flow from above enters
 * at the top; a loop-back (or flow from below) enters at a side that no branch leaves from; each
 * branch of a decision leaves from its own vertex. Arrows into the same port join into one trunk
 * with one arrowhead (`merge`, `head`).
 *
 * Each edge, shortest first, takes the cheapest of its candidate routes — exit port × entry port ×
 * the x of its vertical run (the lanes beside the symbols and the middle of each column) — that
 * crosses no symbol, keeps 3px off the table rules and the symbols it passes, runs no closer than
 * 4px beside an arrow it does not merge with, and touches one only by crossing it. The cost counts
 * crossings first, then the room for the edge's label, then length and bends. Crossings left get a
 * hop. Labels go beside the first segment of their branch, clear of every line, symbol, table rule
 * and other label; later routes keep out of them.
 */
export function routeEdges(grid: RouteGrid, edges: readonly RouteEdge[]): RouteResult {
  const CLEAR = 3; // from a table rule, and from a symbol a line passes
  const SPACING = 4; // between parallel lines that do not merge
  const HOP = 3; // radius of a hop
  const LABEL_GAP = 2; // between a label and its own line
  const STUB = 8; // the vertical stub below a bottom exit before it turns

  type Pt = [number, number];
  type Port = 'top' | 'bottom' | 'left' | 'right';
  interface Node {
    id: string;
    box: Box;
    cx: number;
    cy: number;
    column: number;
    kind: string;
    rowIndex: number; // -1 for connectors
    band: Band | null; // the strip a connector sits in
    role: Record<Port, 'in' | 'out' | null>;
    /** Height at which arrivals from the left / right join the trunk into the top port. */
    mergeAt: { left?: number; right?: number };
  }
  interface Seg {
    a: Pt;
    b: Pt;
    x1: number;
    x2: number;
    y1: number;
    y2: number;
    vertical: boolean;
    group: string;
  }

  const newNode = (id: string, box: Box, column: number, kind: string, rowIndex: number, band: Band | null): Node => ({
    id, box, cx: box.x + box.width / 2, cy: box.y + box.height / 2, column, kind, rowIndex, band,
    role: { top: null, bottom: null, left: null, right: null }, mergeAt: {},
  });

  const symbols: PlacedSymbol[] = [];
  const nodes: Node[] = [];
  for (let i = 0; i < grid.rows.length; i++) {
    const row = grid.rows[i]!;
    const col = grid.columns[row.column]!;
    const w = grid.symbol.width;
    const h = row.symbol === 'keputusan' ? grid.symbol.diamondHeight : grid.symbol.height;
    const cx = (col.left + col.right) / 2;
    const cy = (row.top + row.bottom) / 2;
    const box = { x: cx - w / 2, y: cy - h / 2, width: w, height: h };
    symbols.push({ row: i, step: row.step, kind: row.symbol, box, column: row.column, branchEnd: false });
    nodes.push(newNode('s' + i, box, row.column, row.symbol, i, null));
  }
  const obstacles: Node[] = [...nodes];

  // Off-page connectors are placed while routing: each sits in its band at the x of the vertical run
  // that reaches it straight (its tip or its flat side toward the table), in its step's column when
  // there is room there, else in the nearest one. Arrows into one out-connector merge into it.
  const connectors: PlacedConnector[] = [];
  const connectorNodes = new Map<string, Node>();
  interface ConnectorSpec { key: string; letter: string; direction: 'out' | 'in'; band: 'top' | 'bottom'; column: number }
  const specOf = (end: Endpoint & { kind: 'connector' }, direction: 'out' | 'in'): ConnectorSpec => ({
    key: end.letter + ':' + direction, letter: end.letter, direction, band: end.band, column: end.column,
  });
  const stripOf = (band: 'top' | 'bottom'): Band => {
    const strip = band === 'top' ? grid.topBand : grid.bottomBand;
    if (strip) return strip;
    const ch = grid.connector.height;
    return band === 'top' ? { top: -2 * ch, bottom: 0 } : { top: 0, bottom: 2 * ch };
  };
  const nodeOf = (end: Endpoint, direction: 'out' | 'in'): Node | null =>
    end.kind === 'connector' ? connectorNodes.get(end.letter + ':' + direction) ?? null : nodes[end.row]!;
  const heightOf = (end: Endpoint): number => {
    if (end.kind !== 'connector') return nodes[end.row]!.cy;
    const strip = stripOf(end.band);
    return (strip.top + strip.bottom) / 2;
  };

  function portPoint(n: Node, port: Port): Pt {
    if (port === 'top') return [n.cx, n.box.y];
    if (port === 'bottom') return [n.cx, n.box.y + n.box.height];
    // A connector's side port sits in the middle of its rectangular part.
    const y = n.kind === 'connector' ? n.box.y + n.box.height * 0.3 : n.cy;
    return [port === 'left' ? n.box.x : n.box.x + n.box.width, y];
  }
  const cellOf = (n: Node): Band => (n.rowIndex >= 0 ? grid.rows[n.rowIndex]! : n.band!);
  /** Where a bottom exit turns: below the symbol, halfway to the row rule, at most STUB px down. */
  function turnY(n: Node): number {
    const bottom = n.box.y + n.box.height;
    return bottom + Math.min(STUB, (cellOf(n).bottom - bottom) / 2);
  }
  /** Where arrivals from one side join the trunk into the top port (a second side joins lower). */
  function mergeY(n: Node, from: 'left' | 'right'): number {
    const known = n.mergeAt[from];
    if (known !== undefined) return known;
    const gap = n.box.y - cellOf(n).top;
    const base = n.box.y - Math.max(Math.min(9, gap - CLEAR - 2), gap / 2);
    const other = n.mergeAt[from === 'left' ? 'right' : 'left'];
    if (other === undefined) return base;
    if (other + SPACING <= n.box.y - 4) return other + SPACING;
    return other - SPACING >= cellOf(n).top + CLEAR ? other - SPACING : base;
  }

  // The table's rules: the actor columns' sides and the rows' (and bands') tops and bottoms.
  const ruleXs: number[] = [];
  for (const c of grid.columns) ruleXs.push(c.left, c.right);
  const ruleYs: number[] = [];
  for (const r of grid.rows) ruleYs.push(r.top, r.bottom);
  if (grid.topBand) ruleYs.push(grid.topBand.top, grid.topBand.bottom);
  if (grid.bottomBand) ruleYs.push(grid.bottomBand.top, grid.bottomBand.bottom);
  const tableTop = Math.min(...ruleYs, Infinity);
  const tableBottom = Math.max(...ruleYs, -Infinity);
  const tableLeft = grid.columns.length ? grid.columns[0]!.left : 0;
  const tableRight = grid.columns.length ? grid.columns[grid.columns.length - 1]!.right : 0;

  // The x of vertical runs: the middle of each column, lanes 4px apart just beside its symbol, and a
  // comb of positions 8px apart across it (a column without a symbol in the rows passed is free all
  // across).
  const verticals: number[] = [];
  const addVertical = (x: number) => {
    if (!verticals.some((v) => Math.abs(v - x) < 0.5)) verticals.push(x);
  };
  for (const col of grid.columns) {
    const cx = (col.left + col.right) / 2;
    addVertical(cx);
    for (const dir of [1, -1]) {
      const edgeX = cx + dir * grid.symbol.width / 2;
      for (let d = CLEAR + 1; ; d += SPACING) {
        const x = edgeX + dir * d;
        if (dir > 0 ? x > col.right - CLEAR - 0.5 : x < col.left + CLEAR + 0.5) break;
        addVertical(x);
      }
      for (let d = 2 * SPACING; ; d += 2 * SPACING) {
        const x = cx + dir * d;
        if (dir > 0 ? x > col.right - CLEAR - 0.5 : x < col.left + CLEAR + 0.5) break;
        addVertical(x);
      }
    }
  }
  verticals.sort((p, q) => p - q);

  /** The node of the connector of `spec` centred at x in its band (in `column`). */
  function connectorNode(spec: ConnectorSpec, x: number, column: number): Node {
    const cw = grid.connector.width;
    const ch = grid.connector.height;
    const strip = stripOf(spec.band);
    const box = { x: x - cw / 2, y: (strip.top + strip.bottom) / 2 - ch / 2, width: cw, height: ch };
    return newNode('c' + spec.letter + spec.direction, box, column, 'connector', -1, strip);
  }
  /** The connector of `spec` centred at x, if it fits there: inside a column, clear of the others and of every line. */
  function connectorAt(spec: ConnectorSpec, x: number): { node: Node; cost: number } | null {
    const column = grid.columns.findIndex((c) => x >= c.left && x <= c.right);
    // In its step's column, or (that band taken) at most two columns away.
    if (column < 0 || (!relaxed && Math.abs(column - spec.column) > 2)) return null;
    const col = grid.columns[column]!;
    const node = connectorNode(spec, x, column);
    const box = node.box;
    if (box.x < col.left + CLEAR || box.x + box.width > col.right - CLEAR) return null;
    for (const n of connectorNodes.values()) if (boxesMeet(box, n.box, SPACING)) return null;
    for (const sg of segs) if (hitsBox(sg.a, sg.b, box, CLEAR)) return null;
    for (const l of labelBoxes) if (boxesMeet(box, l, 1)) return null;
    return { node, cost: 40 * Math.abs(column - spec.column) };
  }

  const segs: Seg[] = [];
  const labelBoxes: Box[] = [];
  /** Exits still to be taken per step symbol (filled before the routing phase). */
  const exitsLeft = new Map<Node, number>();
  const paths: RoutedPath[] = [];
  const groupCount = new Map<string, number>();

  const isV = (a: Pt, b: Pt) => Math.abs(a[0] - b[0]) < 0.01;
  const lo = (a: number, b: number) => Math.min(a, b);
  const hi = (a: number, b: number) => Math.max(a, b);

  /** True when the segment enters the box's interior (grown by `grow`). */
  function hitsBox(a: Pt, b: Pt, box: Box, grow: number): boolean {
    const l = box.x - grow + 0.01, r = box.x + box.width + grow - 0.01;
    const t = box.y - grow + 0.01, bt = box.y + box.height + grow - 0.01;
    return hi(a[0], b[0]) > l && lo(a[0], b[0]) < r && hi(a[1], b[1]) > t && lo(a[1], b[1]) < bt;
  }
  function boxesMeet(p: Box, q: Box, grow = 0): boolean {
    return p.x < q.x + q.width + grow && q.x < p.x + p.width + grow && p.y < q.y + q.height + grow && q.y < p.y + p.height + grow;
  }

  /**
   * Checks one candidate path against what is placed: null when it may not be drawn, else the
   * number of crossings (each to get a hop).
   */
  function check(points: Pt[], group: string, ends: Node[]): number | null {
    let crossings = 0;
    const last = points.length - 1;
    // Cheap rejections first: table rules, symbols, labels; then the other arrows.
    for (let i = 1; i <= last; i++) {
      const a = points[i - 1]!, b = points[i]!;
      if (isV(a, b)) {
        for (const x of ruleXs) if (Math.abs(a[0] - x) < CLEAR) return null;
      } else {
        for (const y of ruleYs) if (Math.abs(a[1] - y) < CLEAR) return null;
      }
      for (const n of obstacles) {
        const attached = (i === 1 && n === ends[0]) || (i === last && n === ends[1]);
        // Never through a symbol or a connector; 3px off those it passes; its own ones only by the
        // segment that touches the port, from outside.
        if (hitsBox(a, b, n.box, attached ? 0 : CLEAR)) return null;
      }
      if (!relaxed) for (const box of labelBoxes) if (hitsBox(a, b, box, 1)) return null;
    }
    for (let i = 1; i <= last; i++) {
      const a = points[i - 1]!, b = points[i]!;
      const vertical = isV(a, b);
      const x1 = lo(a[0], b[0]), x2 = hi(a[0], b[0]), y1 = lo(a[1], b[1]), y2 = hi(a[1], b[1]);
      for (const s of segs) {
        if (s.x2 < x1 - SPACING || s.x1 > x2 + SPACING || s.y2 < y1 - SPACING || s.y1 > y2 + SPACING) continue;
        const same = s.group === group;
        if (s.vertical === vertical) {
          const off = vertical ? Math.abs(a[0] - s.a[0]) : Math.abs(a[1] - s.a[1]);
          if (same && off < 0.01) continue; // one trunk
          const overlap = vertical ? lo(y2, s.y2) - hi(y1, s.y1) : lo(x2, s.x2) - hi(x1, s.x1);
          if (off < SPACING - 0.01 && overlap > -SPACING) {
            if (!relaxed) return null;
            crossings += 5;
          }
          continue;
        }
        // Perpendicular: where they meet, if they do.
        const x = vertical ? a[0] : s.a[0];
        const y = vertical ? s.a[1] : a[1];
        const [hx1, hx2] = vertical ? [s.x1, s.x2] : [x1, x2];
        const [vy1, vy2] = vertical ? [y1, y2] : [s.y1, s.y2];
        if (x < hx1 - 0.01 || x > hx2 + 0.01 || y < vy1 - 0.01 || y > vy2 + 0.01) continue;
        const inH = Math.min(x - hx1, hx2 - x);
        const inV = Math.min(y - vy1, vy2 - y);
        if (same && (inH < 0.01 || inV < 0.01)) continue; // joining the trunk
        // A crossing needs room for a hop on one of the two lines and must be clear of the other's ends.
        if ((inH >= HOP + 1 && inV >= 1.5) || (inV >= HOP + 1 && inH >= 1.5)) crossings++;
        else if (relaxed) crossings += 5;
        else return null;
      }
    }
    return crossings;
  }

  // Labels.
  const layoutsOf = (label: string): LabelLayout[] => {
    const known = grid.labels?.[label];
    if (known && known.length) return known;
    return [{ lines: [label], width: label.length * 4.6 + 1, height: 11 }];
  };
  /** Where a label box may not be: on a line, a symbol, a table rule, another label, outside the actor columns. */
  function labelFree(box: Box, extra: Pt[][], extraBoxes: Box[], owner: Node | null): boolean {
    if (box.x < tableLeft + 0.5 || box.x + box.width > tableRight - 0.5 || box.y < tableTop + 0.5 || box.y + box.height > tableBottom - 0.5) return false;
    for (const x of ruleXs) if (x > box.x - 0.5 && x < box.x + box.width + 0.5) return false;
    for (const y of ruleYs) if (y > box.y - 0.5 && y < box.y + box.height + 0.5) return false;
    for (const n of obstacles) if (boxesMeet(box, n.box, 0.5)) return false;
    // Nor above a symbol, where the arrows into its top join.
    for (const n of nodes) {
      const top = cellOf(n).top;
      if (boxesMeet(box, { x: n.box.x, y: top, width: n.box.width, height: n.box.y - top })) return false;
      // Nor below one whose bottom exit is still to be drawn (but beside its own stub).
      if (n !== owner && n.role.bottom === null && (exitsLeft.get(n) ?? 0) > 0) {
        const bottom = n.box.y + n.box.height;
        if (boxesMeet(box, { x: n.box.x, y: bottom, width: n.box.width, height: cellOf(n).bottom - bottom })) return false;
      }
    }
    for (const b of extraBoxes) if (boxesMeet(box, b, 0.5)) return false;
    for (const l of labelBoxes) if (boxesMeet(box, l, 1)) return false;
    for (const s of segs) if (hitsBox(s.a, s.b, box, 0.5)) return false;
    for (const pts of extra) for (let i = 1; i < pts.length; i++) if (hitsBox(pts[i - 1]!, pts[i]!, box, 0.5)) return false;
    return true;
  }
  /** Candidate boxes beside the branch's first segment (past a short stub, its second), nearest first. */
  function placeLabel(points: Pt[], label: string, extra: Pt[][], extraBoxes: Box[] = [], owner: Node | null = null): { box: Box; lines: string[] } | null {
    for (const layout of layoutsOf(label)) {
      const w = layout.width, h = layout.height;
      const tries: Box[] = [];
      const along = (p: Pt, q: Pt) => {
        if (isV(p, q)) {
          const dir = q[1] > p[1] ? 1 : -1;
          const len = Math.abs(q[1] - p[1]);
          for (let t = 1; t <= Math.min(48, Math.max(1, len - 2)); t += 1) {
            const y = dir > 0 ? p[1] + t : p[1] - t - h;
            tries.push({ x: p[0] + LABEL_GAP, y, width: w, height: h }, { x: p[0] - LABEL_GAP - w, y, width: w, height: h });
          }
        } else {
          const dir = q[0] > p[0] ? 1 : -1;
          const len = Math.abs(q[0] - p[0]);
          for (let t = 1; t <= Math.min(64, Math.max(1, len - 2)); t += 2) {
            const x = dir > 0 ? p[0] + t : p[0] - t - w;
            tries.push({ x, y: p[1] - LABEL_GAP - h, width: w, height: h }, { x, y: p[1] + LABEL_GAP, width: w, height: h });
          }
        }
      };
      along(points[0]!, points[1]!);
      if (points.length > 2 && Math.hypot(points[1]![0] - points[0]![0], points[1]![1] - points[0]![1]) <= STUB + 0.5) along(points[1]!, points[2]!);
      for (const box of tries) if (labelFree(box, extra, extraBoxes, owner)) return { box, lines: layout.lines };
    }
    return null;
  }
  function fallbackLabel(points: Pt[], label: string): { box: Box; lines: string[] } {
    const layout = layoutsOf(label)[0]!;
    const [p, q] = [points[0]!, points[1]!];
    if (isV(p, q)) return { box: { x: p[0] + LABEL_GAP, y: q[1] > p[1] ? p[1] + 1 : p[1] - 1 - layout.height, width: layout.width, height: layout.height }, lines: layout.lines };
    const x = q[0] > p[0] ? p[0] + 1 : p[0] - 1 - layout.width;
    return { box: { x, y: p[1] - LABEL_GAP - layout.height, width: layout.width, height: layout.height }, lines: layout.lines };
  }

  function commit(e: RouteEdge, points: Pt[], group: string, label: { box: Box; lines: string[] } | null, labelClean: boolean, clean: boolean): void {
    for (let i = 1; i < points.length; i++) {
      const a = points[i - 1]!, b = points[i]!;
      segs.push({ a, b, x1: lo(a[0], b[0]), x2: hi(a[0], b[0]), y1: lo(a[1], b[1]), y2: hi(a[1], b[1]), vertical: isV(a, b), group });
    }
    if (label) labelBoxes.push(label.box);
    const count = groupCount.get(group) ?? 0;
    groupCount.set(group, count + 1);
    paths.push({
      from: e.from, to: e.to, label: e.label, opc: e.opc, points,
      labelBox: label ? label.box : null, labelLines: label ? label.lines : [], labelClean,
      hops: [], merge: group, head: count === 0, clean,
    });
  }

  /** Drops repeated points and joins collinear runs. */
  function tidy(points: Pt[]): Pt[] {
    const out: Pt[] = [];
    for (const p of points) {
      const last = out[out.length - 1];
      if (last && Math.abs(last[0] - p[0]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01) continue;
      const prev = out[out.length - 2];
      if (prev && last && ((isV(prev, last) && isV(last, p)) || (Math.abs(prev[1] - last[1]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01))) out.pop();
      out.push(p);
    }
    return out;
  }

  // Exits still to be taken: every arrow that is not a branch to the end.
  for (const e of edges) {
    if (e.target.kind === 'end' || e.source.kind !== 'step') continue;
    const a = nodes[e.source.row]!;
    exitsLeft.set(a, (exitsLeft.get(a) ?? 0) + 1);
  }

  // 0. Branches that end the procedure: a horizontal arrow from a side vertex of the decision, at its
  // height, to an end capsule in the same row — in the neighbouring actor column, or the one beyond
  // when only there the label finds room (a row holds one symbol, so those cells are free); with a
  // single column, in the gap beside the decision, whose lanes it then takes.
  edges.forEach((e, index) => {
    if (e.target.kind !== 'end' || e.source.kind !== 'step') return;
    const a = nodes[e.source.row]!;
    const order: Array<'left' | 'right'> = a.column + 1 < grid.columns.length || a.column === 0 ? ['right', 'left'] : ['left', 'right'];
    const h = grid.symbol.height;
    // Options in order: the preferred side first; per side the next column (centred, then pushed to
    // the far side of its cell), then the one beyond; the first where the label finds room wins.
    const options: Array<{ side: 'left' | 'right'; box: Box; column: number }> = [];
    for (const side of order.filter((sd) => a.role[sd] === null)) {
      const y = portPoint(a, side)[1];
      const dir = side === 'right' ? 1 : -1;
      const before = options.length;
      for (let d = 1; d <= 2; d++) {
        const c = a.column + dir * d;
        if (c < 0 || c >= grid.columns.length) break;
        const col = grid.columns[c]!;
        const cx = (col.left + col.right) / 2;
        const w = grid.symbol.width;
        options.push({ side, box: { x: cx - w / 2, y: y - h / 2, width: w, height: h }, column: c });
        const far = dir > 0 ? col.right - CLEAR - 3 - w : col.left + CLEAR + 3;
        if (Math.abs(far - (cx - w / 2)) > 1) options.push({ side, box: { x: far, y: y - h / 2, width: w, height: h }, column: c });
      }
      if (options.length === before && grid.columns.length === 1) {
        // One actor: in the gap beside the decision.
        const col = grid.columns[a.column]!;
        const edgeX = portPoint(a, side)[0];
        const gap = side === 'right' ? col.right - CLEAR - edgeX : edgeX - col.left - CLEAR;
        const w = Math.max(h, Math.min(grid.symbol.width, gap - 2 * (CLEAR + 3)));
        const x = side === 'right' ? edgeX + (gap - w) / 2 : edgeX - (gap + w) / 2;
        options.push({ side, box: { x, y: y - h / 2, width: w, height: h }, column: a.column });
      }
    }
    if (!options.length) {
      const side = order[0]!;
      const y = portPoint(a, side)[1];
      const x = side === 'right' ? a.box.x + a.box.width + 4 : a.box.x - 4 - h;
      options.push({ side, box: { x, y: y - h / 2, width: h, height: h }, column: a.column });
    }
    let chosen = options[0]!;
    let label: { box: Box; lines: string[] } | null = null;
    for (const option of options) {
      const st = portPoint(a, option.side);
      const en: Pt = [option.side === 'right' ? option.box.x : option.box.x + option.box.width, st[1]];
      const found = e.label ? placeLabel([st, en], e.label, [[st, en]], [option.box], a) : null;
      if (!e.label || found) {
        chosen = option;
        label = found;
        break;
      }
    }
    const side = chosen.side;
    a.role[side] = 'out';
    const start = portPoint(a, side);
    const y = start[1];
    const end: Pt = [side === 'right' ? chosen.box.x : chosen.box.x + chosen.box.width, y];
    const labelClean = !e.label || label !== null;
    if (e.label && !label) label = fallbackLabel([start, end], e.label);
    symbols.push({ row: e.source.row, step: e.from, kind: 'selesai', box: chosen.box, column: chosen.column, branchEnd: true });
    const capsule = newNode('e' + index, chosen.box, chosen.column, 'selesai', -1, null);
    capsule.role[side === 'right' ? 'left' : 'right'] = 'in';
    obstacles.push(capsule);
    commit(e, [start, end], 'end:' + index, label, labelClean, true);
  });

  // Exits still to be taken per node, and whether a side can reach any vertical run at all (the
  // left side of a symbol in the first column may have no room before the table's edge).
  const sideUsable = (n: Node, port: 'left' | 'right') => {
    const x = portPoint(n, port)[0];
    if (!verticals.some((v) => (port === 'left' ? v <= x - CLEAR : v >= x + CLEAR))) return false;
    // A decision's branch carries a label: beside the table's edge it needs room for one.
    if (n.kind !== 'keputusan') return true;
    const beyond = port === 'left' ? n.column > 0 : n.column < grid.columns.length - 1;
    const col = grid.columns[n.column]!;
    const gap = port === 'left' ? x - col.left : col.right - x;
    return beyond || gap >= 32;
  };
  /** Whether taking `port` of `n` as an entry leaves too few ports for the exits it still needs. */
  function starves(n: Node, port: Port): boolean {
    const need = exitsLeft.get(n) ?? 0;
    if (!need) return false;
    let free = 0;
    for (const p of ['bottom', 'left', 'right'] as const) {
      if (p === port || n.role[p] !== null) continue;
      if (p !== 'bottom' && !sideUsable(n, p)) continue;
      free++;
    }
    return free < need;
  }

  // 1. Every other edge, shortest first, along its cheapest clean route.
  const span = (e: RouteEdge) => Math.abs(heightOf(e.source) - heightOf(e.target));
  const rest = edges.map((e, index) => ({ e, index })).filter(({ e }) => e.target.kind !== 'end');
  rest.sort((p, q) => span(p.e) - span(q.e) || p.e.from - q.e.from || p.e.to - q.e.to);

  /** Set when a route found no room for its label or no clean way. */
  let trouble = false;
  /** While searching a route for an edge that found no clean one. */
  let relaxed = false;
  /** Routes one edge along its cheapest clean route and commits it; returns that route's cost. */
  function routeOne(e: RouteEdge): number {
    const aSpec = e.source.kind === 'connector' ? specOf(e.source, 'in') : null;
    const bSpec = e.target.kind === 'connector' ? specOf(e.target, 'out') : null;
    const aFixed = nodeOf(e.source, 'in');
    const bFixed = nodeOf(e.target, 'out');
    const ay = heightOf(e.source);
    const by = heightOf(e.target);
    const fromAbove = ay < by - 0.5;
    const ax = aFixed ? aFixed.cx : (grid.columns[aSpec!.column]!.left + grid.columns[aSpec!.column]!.right) / 2;
    const bx = bFixed ? bFixed.cx : (grid.columns[bSpec!.column]!.left + grid.columns[bSpec!.column]!.right) / 2;

    // Exits: a step leaves by its bottom or a side no other arrow uses; a connector by the end
    // that faces the table, straight.
    const exitsOf = (a: Node): Port[] =>
      a.kind === 'connector' ? [a.box.y + a.box.height / 2 < by ? 'bottom' : 'top'] : (['bottom', 'left', 'right'] as Port[]).filter((p) => a.role[p] === null);
    // Entries, with what each costs: flow from above into the top; from below into the side that
    // such arrows already take (they merge), else a free side; the rest as the way out of a tight spot.
    const entriesOf = (b: Node): Array<[Port, number]> => {
      if (b.kind === 'connector') return [[b.box.y + b.box.height / 2 > ay ? 'top' : 'bottom', 0]];
      const entries: Array<[Port, number]> = [];
      const taken = (['left', 'right'] as const).filter((p) => b.role[p] === 'in');
      for (const p of ['left', 'right'] as const) {
        if (b.role[p] === 'out') continue;
        const merge = taken.includes(p);
        entries.push([p, (fromAbove ? (merge ? 40 : 60) : merge || !taken.length ? 0 : 30) + (!merge && starves(b, p) ? 500 : 0)]);
      }
      entries.push(['top', fromAbove ? 0 : 40]);
      return entries;
    };
    const fixedExits = aFixed ? exitsOf(aFixed) : null;
    const fixedEntries = bFixed ? entriesOf(bFixed) : null;

    interface Choice { points: Pt[]; cost: number; exit: Port; entry: Port; label: { box: Box; lines: string[] } | null; group: string; a: Node; b: Node }
    let best: Choice | null = null;
    let fallback: Omit<Choice, 'cost' | 'label'> | null = null;
    // Nearest runs first, so that the cheap routes are found early and the rest is cut by length.
    const xs = [...verticals].sort((p, q) => Math.abs(p - ax) + Math.abs(p - bx) - Math.abs(q - ax) - Math.abs(q - bx) || p - q);
    // A connector still to place goes where the run is (straight), or in the middle of its
    // step's column with a short stretch along the band to the run.
    const homeOf = (spec: ConnectorSpec | null) => {
      if (!spec) return [];
      const out: number[] = [];
      for (const d of [0, 1, -1, 2, -2]) {
        const col = grid.columns[spec.column + d];
        if (col) out.push((col.left + col.right) / 2);
      }
      return out;
    };
    const spots = (spec: ConnectorSpec | null, x: number): Array<number | null> => (spec ? [x, ...homeOf(spec).filter((h) => Math.abs(h - x) > 0.5)] : [null]);
    const search = () => {
    // No route through x is shorter than this (less the ports' offsets from the centres); the
    // runs are sorted by it, so the first run past the best cost ends the search.
    const half = grid.symbol.width / 2;
    const rise = Math.max(0, Math.abs(ay - by) - grid.symbol.diamondHeight);
    for (const x of xs) {
      if (best && Math.max(0, Math.abs(x - ax) - half) + Math.max(0, Math.abs(x - bx) - half) + rise >= best.cost) continue;
     for (const aAt of aFixed ? [null] : spots(aSpec, x)) {
      for (const bAt of bFixed ? [null] : spots(bSpec, x)) {
      let placeCost = 0;
      let a = aFixed;
      if (!a) {
        const placed = connectorAt(aSpec!, aAt!);
        if (!placed) continue;
        a = placed.node;
        placeCost += placed.cost + (aAt === x ? 0 : 8);
      }
      let b = bFixed;
      if (!b) {
        const placed = connectorAt(bSpec!, bAt!);
        if (!placed) continue;
        b = placed.node;
        placeCost += placed.cost + (bAt === x ? 0 : 8);
      }
      for (const exit of fixedExits ?? exitsOf(a)) {
        for (const [entry, entryCost] of fixedEntries ?? entriesOf(b)) {
          const group = b.id + ':' + entry;
          if (best) {
            // The route's length without building it: out of the port, along the run, into the port.
            const p0 = portPoint(a, exit);
            const q = portPoint(b, entry);
            const straightOut = exit === 'bottom' || exit === 'top' ? Math.abs(x - a.cx) < 0.01 : true;
            const y1 = exit === 'bottom' && !straightOut && a.kind !== 'connector' ? turnY(a) : p0[1];
            const intoTop = entry === 'top' || entry === 'bottom';
            const yE = intoTop && Math.abs(x - b.cx) > 0.01 && b.kind !== 'connector' ? mergeY(b, x < b.cx ? 'left' : 'right') : q[1];
            const length = Math.abs(p0[1] - y1) + Math.abs(x - p0[0]) + Math.abs(y1 - yE) + Math.abs(x - q[0]) + Math.abs(yE - q[1]);
            if (length + entryCost + placeCost >= best.cost) continue;
          }
          for (const outside of b.kind === 'connector' && bFixed ? [false, true] : [false]) {
          const points = build(a, exit, b, entry, x, outside);
          if (!points) continue;
          if (!fallback) fallback = { points, exit, entry, group, a, b };
          let length = 0;
          for (let i = 1; i < points.length; i++) length += Math.abs(points[i]![0] - points[i - 1]![0]) + Math.abs(points[i]![1] - points[i - 1]![1]);
          let cost = length + 6 * (points.length - 2) + entryCost + placeCost;
          if (exit !== 'bottom' && a.kind !== 'keputusan' && a.kind !== 'connector') cost += 25; // a process leaves by its bottom
          // Between equal routes: turn in the source's row and drop straight into the target, which
          // keeps the space above the target for arrows that join there.
          if (entry === 'top' && Math.abs(x - b.cx) > 0.01) cost += 1;
          if (best && cost >= best.cost) continue;
          const crossings = check(points, group, [a, b]);
          if (crossings === null) continue;
          cost += 80 * crossings;
          if (best && cost >= best.cost) continue;
          let label: { box: Box; lines: string[] } | null = null;
          if (e.label) {
            label = placeLabel(points, e.label, [points], a.kind === 'connector' && a !== aFixed ? [a.box] : b.kind === 'connector' && b !== bFixed ? [b.box] : [], a);
            if (!label) cost += 2000;
          }
          if (!best || cost < best.cost) best = { points, cost, exit, entry, label, group, a, b };
          }
        }
      }
      }
     }
    }
    };
    search();
    // None clean: again, with other arrows' spacing and labels as costs instead of walls (symbols
    // stay walls); the route is marked crowded.
    // (Read through a function: TypeScript does not see search() assign them.)
    const found = (): { best: Choice | null; fallback: Omit<Choice, 'cost' | 'label'> | null } => ({ best, fallback });
    let relaxedBest = false;
    if (!found().best) {
      relaxed = true;
      search();
      relaxed = false;
      relaxedBest = found().best !== null;
    }
    const chosen = found().best;
    if (aFixed) exitsLeft.set(aFixed, (exitsLeft.get(aFixed) ?? 1) - 1);
    const place = (n: Node, spec: ConnectorSpec | null, fixed: Node | null) => {
      if (fixed || !spec) return;
      connectorNodes.set(spec.key, n);
      obstacles.push(n);
      connectors.push({ letter: spec.letter, direction: spec.direction, band: spec.band, column: n.column, box: n.box });
    };
    if (chosen) {
      place(chosen.a, aSpec, aFixed);
      place(chosen.b, bSpec, bFixed);
      claim(chosen.a, chosen.exit, 'out', chosen.points);
      claim(chosen.b, chosen.entry, 'in', chosen.points);
      const labelClean = !e.label || chosen.label !== null;
      if (!labelClean) trouble = true;
      const label = e.label ? chosen.label ?? fallbackLabel(chosen.points, e.label) : null;
      if (relaxedBest) trouble = true;
      commit(e, chosen.points, chosen.group, label, labelClean, !relaxedBest);
      return relaxedBest ? 100_000 + chosen.cost : chosen.cost;
    }
    // No clean route (columns too narrow for a lane): the first geometric one, marked crowded —
    // never a missing coordinate.
    let f = found().fallback;
    if (!f) {
      const a = aFixed ?? connectorNode(aSpec!, ax, aSpec!.column);
      const b = bFixed ?? connectorNode(bSpec!, bx, bSpec!.column);
      f = { points: tidy([portPoint(a, 'bottom'), portPoint(b, 'top')]), exit: 'bottom', entry: 'top', group: b.id + ':top', a, b };
    }
    trouble = true;
    place(f.a, aSpec, aFixed);
    place(f.b, bSpec, bFixed);
    claim(f.a, f.exit, 'out', f.points);
    claim(f.b, f.entry, 'in', f.points);
    commit(e, f.points, f.group, e.label ? fallbackLabel(f.points, e.label) : null, !e.label, false);
    return 100_000;
  }

  // Everything routing changes, to try the two branches of a decision in both orders.
  function snapshot(): () => void {
    const allNodes = [...nodes, ...connectorNodes.values()];
    const placedKeys = [...connectorNodes.keys()];
    const counts = [segs.length, labelBoxes.length, paths.length, obstacles.length, connectors.length];
    const groupsCopy = new Map(groupCount);
    const left = new Map(exitsLeft);
    const roles = allNodes.map((n) => ({ ...n.role }));
    const merges = allNodes.map((n) => ({ ...n.mergeAt }));
    return () => {
      segs.length = counts[0]!;
      labelBoxes.length = counts[1]!;
      paths.length = counts[2]!;
      obstacles.length = counts[3]!;
      connectors.length = counts[4]!;
      for (const key of [...connectorNodes.keys()]) if (!placedKeys.includes(key)) connectorNodes.delete(key);
      groupCount.clear();
      for (const [k, v] of groupsCopy) groupCount.set(k, v);
      exitsLeft.clear();
      for (const [k, v] of left) exitsLeft.set(k, v);
      allNodes.forEach((n, i) => {
        n.role = { ...roles[i]! };
        n.mergeAt = { ...merges[i]! };
      });
    };
  }
  const done = new Set<number>();
  for (const { e, index } of rest) {
    if (done.has(index)) continue;
    done.add(index);
    // A decision's other branch (still to route, from the same symbol): both orders, the cheaper kept —
    // the first routed would otherwise take the vertex the other one's label needs.
    const sibling = e.source.kind === 'step' ? rest.find((r) => !done.has(r.index) && r.e.source.kind === 'step' && r.e.source.row === (e.source as { row: number }).row) : undefined;
    if (!sibling) {
      routeOne(e);
      continue;
    }
    done.add(sibling.index);
    const restore = snapshot();
    trouble = false;
    const forward = routeOne(e) + routeOne(sibling.e);
    // Only when one of them found no room for its label (or no clean route) is the other order tried.
    if (!trouble) continue;
    restore();
    const backward = routeOne(sibling.e) + routeOne(e);
    if (forward <= backward) {
      restore();
      routeOne(e);
      routeOne(sibling.e);
    }
  }

  function claim(n: Node, port: Port, role: 'in' | 'out', points: Pt[]): void {
    n.role[port] = role;
    if (role === 'in' && port === 'top' && n.kind !== 'connector' && points.length >= 3) {
      const join = points[points.length - 2]!;
      const before = points[points.length - 3]!;
      const inRow = join[1] > cellOf(n).top + CLEAR - 0.01;
      if (inRow && Math.abs(join[0] - n.cx) < 0.01 && Math.abs(before[1] - join[1]) < 0.01 && Math.abs(before[0] - n.cx) > 0.01) {
        n.mergeAt[before[0] < n.cx ? 'left' : 'right'] = join[1];
      }
    }
  }

  /** The path from `a`'s exit to `b`'s entry with its vertical run at x, or null when that shape does not fit. */
  function build(a: Node, exit: Port, b: Node, entry: Port, x: number, outside = false): Pt[] | null {
    const p0 = portPoint(a, exit);
    const q = portPoint(b, entry);
    const pts: Pt[] = [p0];
    let y1: number;
    if (exit === 'bottom' || exit === 'top') {
      if (Math.abs(x - a.cx) < 0.01) y1 = p0[1];
      else if (a.kind === 'connector') {
        // Out of the connector, then along the band halfway between it and the band's rule.
        const band = a.band!;
        y1 = exit === 'bottom' ? (p0[1] + band.bottom) / 2 : (p0[1] + band.top) / 2;
        pts.push([a.cx, y1]);
      } else {
        if (exit === 'top') return null;
        y1 = turnY(a);
        pts.push([a.cx, y1]);
      }
    } else {
      if (exit === 'right' ? x < p0[0] + CLEAR : x > p0[0] - CLEAR) return null;
      y1 = p0[1];
    }
    pts.push([x, y1]);
    if (entry === 'top' || entry === 'bottom') {
      if (Math.abs(x - b.cx) < 0.01) {
        if (entry === 'top' ? y1 >= q[1] : y1 <= q[1]) return null;
        pts.push(q);
      } else if (b.kind === 'connector') {
        // Into an out-connector already placed (arrows merging there): along the band, halfway
        // between its rule and the connector, then straight in.
        // Or (outside) just outside the band, joining the trunk that runs down (up) into it.
        const band = b.band!;
        const yj = outside ? (entry === 'top' ? band.top - 5 : band.bottom + 5) : entry === 'top' ? (q[1] + band.top) / 2 : (q[1] + band.bottom) / 2;
        pts.push([x, yj], [b.cx, yj], q);
      } else {
        if (entry === 'bottom') return null;
        const yj = mergeY(b, x < b.cx ? 'left' : 'right');
        pts.push([x, yj], [b.cx, yj], q);
      }
    } else {
      if (entry === 'right' ? x < q[0] + CLEAR : x > q[0] - CLEAR) return null;
      pts.push([x, q[1]], q);
    }
    const out = tidy(pts);
    for (let i = 1; i < out.length; i++) {
      const u = out[i - 1]!, v = out[i]!;
      if (Math.abs(u[0] - v[0]) > 0.01 && Math.abs(u[1] - v[1]) > 0.01) return null;
    }
    // A path ending where it starts, or doubling back on itself, is no route.
    if (out.length < 2) return null;
    for (let i = 2; i < out.length; i++) {
      const u = out[i - 2]!, v = out[i - 1]!, w = out[i]!;
      const d1 = [Math.sign(v[0] - u[0]), Math.sign(v[1] - u[1])];
      const d2 = [Math.sign(w[0] - v[0]), Math.sign(w[1] - v[1])];
      if (d1[0] === -d2[0] && d1[1] === -d2[1]) return null;
    }
    return out;
  }

  // 2. Hops: where two lines cross, the horizontal one bridges the vertical (or, when the crossing
  // is too near the horizontal's ends, the other way round). Close crossings share one bridge.
  const pending = new Map<string, { path: number; segment: number; along: number[]; vertical: boolean; at: number }>();
  const segOwner: Array<{ path: number; segment: number; a: Pt; b: Pt; group: string }> = [];
  paths.forEach((p, k) => {
    for (let i = 1; i < p.points.length; i++) segOwner.push({ path: k, segment: i, a: p.points[i - 1]!, b: p.points[i]!, group: p.merge });
  });
  for (let i = 0; i < segOwner.length; i++) {
    for (let j = i + 1; j < segOwner.length; j++) {
      const s = segOwner[i]!, t = segOwner[j]!;
      if (s.path === t.path) continue;
      const sv = isV(s.a, s.b), tv = isV(t.a, t.b);
      if (sv === tv) continue;
      const h = sv ? t : s, v = sv ? s : t;
      const x = v.a[0], y = h.a[1];
      const inH = Math.min(x - lo(h.a[0], h.b[0]), hi(h.a[0], h.b[0]) - x);
      const inV = Math.min(y - lo(v.a[1], v.b[1]), hi(v.a[1], v.b[1]) - y);
      if (inH < 0.01 || inV < 0.01) continue; // not a crossing (a join of one trunk)
      const onH = inH >= HOP + 1;
      const carrier = onH ? h : v;
      const key = carrier.path + ':' + carrier.segment;
      const entry = pending.get(key) ?? { path: carrier.path, segment: carrier.segment, along: [], vertical: !onH, at: onH ? y : x };
      entry.along.push(onH ? x : y);
      pending.set(key, entry);
    }
  }
  for (const hop of pending.values()) {
    const p = paths[hop.path]!;
    const a = p.points[hop.segment - 1]!, b = p.points[hop.segment]!;
    const forward = hop.vertical ? b[1] > a[1] : b[0] > a[0];
    const sorted = [...hop.along].sort((u, v) => (forward ? u - v : v - u));
    const spans: Array<[number, number]> = [];
    for (const c of sorted) {
      const last = spans[spans.length - 1];
      const s1 = forward ? c - HOP : c + HOP;
      const s2 = forward ? c + HOP : c - HOP;
      if (last && (forward ? s1 <= last[1] + 1 : s1 >= last[1] - 1)) last[1] = s2;
      else spans.push([s1, s2]);
    }
    for (const [s1, s2] of spans) {
      p.hops.push(hop.vertical
        ? { segment: hop.segment, a: [hop.at, s1], b: [hop.at, s2] }
        : { segment: hop.segment, a: [s1, hop.at], b: [s2, hop.at] });
    }
  }
  for (const p of paths) p.hops.sort((u, v) => u.segment - v.segment);

  paths.sort((p, q) => p.from - q.from || p.to - q.to);
  return { symbols, connectors, paths };
}
