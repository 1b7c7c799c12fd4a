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
  labelAt: { x: number; y: number; anchor: 'start' | 'end' } | null;
  /** False when no free corridor was found and the path had to share one (should not happen). */
  clean: boolean;
}

export interface RouteResult {
  symbols: PlacedSymbol[];
  connectors: PlacedConnector[];
  paths: RoutedPath[];
}

/**
 * Routes the edges of one page. Ports: an arrow to the next row leaves the source's bottom and enters
 * the target's top; every other arrow (loop-backs, long jumps, connector links) runs in a lane beside
 * the symbols (the gaps left and right of the symbol inside an actor column) and enters or leaves a
 * symbol by its side, at distinct heights, so no two arrows share a segment and none crosses a symbol.
 */
export function routeEdges(grid: RouteGrid, edges: readonly RouteEdge[]): RouteResult {
  const LANE_START = 6; // first lane, px from the symbol's side
  const LANE_STEP = 4; // between lanes
  const RULE_MARGIN = 4; // minimum distance from a column rule
  const LANE_GAP = 5; // vertical clearance between two arrows in one lane
  const SIDE_OFFSETS = [0, -7, 7, -10, 10];

  type Side = 'left' | 'right';
  interface Node {
    box: Box;
    cx: number;
    cy: number;
    column: number;
    kind: string;
    rowIndex: number; // -1 for connectors
    top: boolean;
    bottom: boolean;
    left: number[];
    right: number[];
  }

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
    nodes.push({ box, cx, cy, column: row.column, kind: row.symbol, rowIndex: i, top: false, bottom: false, left: [], right: [] });
  }

  // Connectors: grouped by band and column, side by side around the column's centre.
  const connectors: PlacedConnector[] = [];
  const connectorNodes = new Map<string, Node>();
  const groups = new Map<string, Array<{ letter: string; direction: 'out' | 'in' }>>();
  for (const e of edges) {
    for (const [end, direction] of [[e.source, 'in'], [e.target, 'out']] as const) {
      if (end.kind !== 'connector') continue;
      const key = end.band + ':' + end.column;
      const list = groups.get(key) ?? [];
      list.push({ letter: end.letter, direction });
      groups.set(key, list);
    }
  }
  for (const [key, list] of groups) {
    const [band, columnText] = key.split(':') as ['top' | 'bottom', string];
    const column = Number(columnText);
    const col = grid.columns[column]!;
    const strip = band === 'top' ? grid.topBand : grid.bottomBand;
    const cw = grid.connector.width;
    const ch = grid.connector.height;
    const cy = strip ? (strip.top + strip.bottom) / 2 : band === 'top' ? -ch : 0;
    list.forEach((c, k) => {
      const cx = (col.left + col.right) / 2 + (k - (list.length - 1) / 2) * (cw + 8);
      const box = { x: cx - cw / 2, y: cy - ch / 2, width: cw, height: ch };
      connectors.push({ letter: c.letter, direction: c.direction, band, column, box });
      connectorNodes.set(c.letter + ':' + c.direction, {
        box, cx, cy, column, kind: 'connector', rowIndex: -1, top: false, bottom: false, left: [], right: [],
      });
    });
  }

  const nodeOf = (end: Endpoint, direction: 'out' | 'in'): Node =>
    end.kind === 'connector' ? connectorNodes.get(end.letter + ':' + direction)! : nodes[end.row]!;

  // Where a horizontal line at height y meets the node's side.
  function sideX(node: Node, side: Side, dy: number): number {
    const half = node.box.width / 2;
    let inset = 0;
    if (node.kind === 'keputusan') inset = half * (Math.abs(dy) / (node.box.height / 2));
    else if (node.kind === 'mulai' || node.kind === 'selesai') {
      const r = node.box.height / 2;
      inset = r - Math.sqrt(Math.max(0, r * r - dy * dy));
    }
    return side === 'left' ? node.cx - half + inset : node.cx + half - inset;
  }

  function takeSide(node: Node, side: Side): number {
    const used = node[side];
    if (node.kind === 'connector') {
      // A connector's side port sits in the middle of its rectangular part.
      const mid = node.box.y + node.box.height * 0.3 - node.cy;
      used.push(mid);
      return mid;
    }
    const limit = node.box.height / 2 - 3;
    for (const off of SIDE_OFFSETS) {
      if (Math.abs(off) <= limit && !used.includes(off)) {
        used.push(off);
        return off;
      }
    }
    const off = (used.length % 2 ? -1 : 1) * Math.min(limit, used.length);
    used.push(off);
    return off;
  }

  function topPoint(node: Node): [number, number] {
    return [node.cx, node.box.y];
  }
  function bottomPoint(node: Node): [number, number] {
    return [node.cx, node.box.y + node.box.height];
  }

  // Lanes: x positions in the gaps beside the symbols, per column and side.
  const laneBusy = new Map<number, Array<[number, number]>>();
  function lanesOf(column: number, side: Side): number[] {
    const col = grid.columns[column]!;
    const cx = (col.left + col.right) / 2;
    const xs: number[] = [];
    if (side === 'right') {
      for (let x = cx + grid.symbol.width / 2 + LANE_START; x <= col.right - RULE_MARGIN; x += LANE_STEP) xs.push(x);
    } else {
      for (let x = cx - grid.symbol.width / 2 - LANE_START; x >= col.left + RULE_MARGIN; x -= LANE_STEP) xs.push(x);
    }
    return xs;
  }
  function laneFree(x: number, y1: number, y2: number): boolean {
    const lo = Math.min(y1, y2);
    const hi = Math.max(y1, y2);
    for (const [a, b] of laneBusy.get(x) ?? []) if (lo <= b + LANE_GAP && hi >= a - LANE_GAP) return false;
    return true;
  }
  function occupy(x: number, y1: number, y2: number): void {
    const list = laneBusy.get(x) ?? [];
    list.push([Math.min(y1, y2), Math.max(y1, y2)]);
    laneBusy.set(x, list);
  }
  function candidateLanes(preferred: Array<[number, Side]>): number[] {
    const out: number[] = [];
    const seen = new Set<string>();
    const push = (c: number, s: Side) => {
      const key = c + s;
      if (c < 0 || c >= grid.columns.length || seen.has(key)) return;
      seen.add(key);
      out.push(...lanesOf(c, s));
    };
    for (const [c, s] of preferred) push(c, s);
    // Then the nearest other columns.
    const base = preferred[0]![0];
    for (let d = 0; d < grid.columns.length; d++) {
      for (const c of [base - d, base + d]) {
        push(c, 'left');
        push(c, 'right');
      }
    }
    return out;
  }

  const paths: RoutedPath[] = [];

  function labelFor(points: Array<[number, number]>, label: string | null, exit: 'bottom' | Side | 'top'): RoutedPath['labelAt'] {
    if (!label) return null;
    const [x, y] = points[0]!;
    if (exit === 'bottom') {
      // Beside the vertical stub, on the side away from the horizontal that follows it.
      const next = points[2];
      const right = !next || next[0] <= x;
      return right ? { x: x + 3, y: y + 8, anchor: 'start' } : { x: x - 3, y: y + 8, anchor: 'end' };
    }
    if (exit === 'top') return { x: x + 3, y: y - 3, anchor: 'start' };
    if (exit === 'right') return { x: x + 3, y: y - 3, anchor: 'start' };
    return { x: x - 3, y: y - 3, anchor: 'end' };
  }

  function push(e: RouteEdge, points: Array<[number, number]>, exit: 'bottom' | Side | 'top', clean = true): void {
    paths.push({ from: e.from, to: e.to, label: e.label, opc: e.opc, points, labelAt: labelFor(points, e.label, exit), clean });
  }

  // 0. Branches that end the procedure: a horizontal arrow from the source's side, at its own height,
  // to an end capsule in the neighbouring actor column of the same row (a row holds one symbol, so
  // that cell is free); with a single column, in the gap beside the source, whose lanes it then takes.
  const endSides = new Map<number, Side[]>();
  for (const e of edges) {
    if (e.target.kind !== 'end' || e.source.kind !== 'step') continue;
    const a = nodes[e.source.row]!;
    const used = endSides.get(e.source.row) ?? [];
    const order: Side[] = a.column + 1 < grid.columns.length || a.column === 0 ? ['right', 'left'] : ['left', 'right'];
    const side = order.find((sd) => !used.includes(sd)) ?? order[0]!;
    used.push(side);
    endSides.set(e.source.row, used);
    const neighbour = side === 'right' ? a.column + 1 : a.column - 1;
    const off = takeSide(a, side);
    const y = a.cy + off;
    const h = grid.symbol.height;
    let box: Box;
    let column: number;
    if (neighbour >= 0 && neighbour < grid.columns.length) {
      const col = grid.columns[neighbour]!;
      const cx = (col.left + col.right) / 2;
      box = { x: cx - grid.symbol.width / 2, y: y - h / 2, width: grid.symbol.width, height: h };
      column = neighbour;
    } else {
      const col = grid.columns[a.column]!;
      const edgeX = side === 'right' ? a.box.x + a.box.width : a.box.x;
      const gap = side === 'right' ? col.right - RULE_MARGIN - edgeX : edgeX - col.left - RULE_MARGIN;
      const w = Math.max(h, Math.min(grid.symbol.width, gap - 2 * LANE_START));
      const x = side === 'right' ? edgeX + (gap - w) / 2 : edgeX - (gap + w) / 2;
      box = { x, y: y - h / 2, width: w, height: h };
      column = a.column;
      for (const lx of lanesOf(a.column, side)) if (lx >= box.x - LANE_GAP && lx <= box.x + box.width + LANE_GAP) occupy(lx, box.y, box.y + box.height);
    }
    symbols.push({ row: e.source.row, step: e.from, kind: 'selesai', box, column, branchEnd: true });
    const start: [number, number] = [sideX(a, side, off), y];
    const end: [number, number] = [side === 'right' ? box.x : box.x + box.width, y];
    push(e, [start, end], side);
  }

  const lastRow = grid.rows.length - 1;
  const corridor: RouteEdge[] = [];

  // 1. Straight arrows: to the next row (bottom → top), and to/from a connector straight above or below.
  for (const e of edges) {
    const s = e.source;
    const t = e.target;
    if (t.kind === 'end') continue;
    if (s.kind === 'step' && t.kind === 'step') {
      const a = nodes[s.row]!;
      const b = nodes[t.row]!;
      if (t.row === s.row + 1 && !a.bottom && !b.top) {
        a.bottom = true;
        b.top = true;
        const start = bottomPoint(a);
        const end = topPoint(b);
        if (a.column === b.column) push(e, [start, end], 'bottom');
        else {
          const rowBottom = grid.rows[s.row]!.bottom;
          const y = start[1] + Math.min(8, (rowBottom - start[1]) / 2);
          push(e, [start, [start[0], y], [end[0], y], end], 'bottom');
        }
        continue;
      }
    }
    corridor.push(e);
  }
  const rest: RouteEdge[] = [];
  for (const e of corridor) {
    const s = e.source;
    const t = e.target;
    if (s.kind === 'step' && t.kind === 'connector') {
      const a = nodes[s.row]!;
      const c = nodeOf(t, 'out');
      const alone = (groups.get(t.band + ':' + t.column) ?? []).length === 1;
      if (alone && t.column === a.column) {
        if (t.band === 'bottom' && s.row === lastRow && !a.bottom) {
          a.bottom = true;
          c.top = true;
          push(e, [bottomPoint(a), topPoint(c)], 'bottom');
          continue;
        }
        if (t.band === 'top' && s.row === 0 && !a.top) {
          a.top = true;
          c.bottom = true;
          push(e, [topPoint(a), bottomPoint(c)], 'top');
          continue;
        }
      }
    }
    if (s.kind === 'connector' && t.kind === 'step') {
      const c = nodeOf(s, 'in');
      const b = nodes[t.row]!;
      const alone = (groups.get(s.band + ':' + s.column) ?? []).length === 1;
      if (alone && s.column === b.column) {
        if (s.band === 'top' && t.row === 0 && !b.top) {
          b.top = true;
          c.bottom = true;
          push(e, [bottomPoint(c), topPoint(b)], 'bottom');
          continue;
        }
        if (s.band === 'bottom' && t.row === lastRow && !b.bottom) {
          b.bottom = true;
          c.top = true;
          push(e, [topPoint(c), bottomPoint(b)], 'top');
          continue;
        }
      }
    }
    rest.push(e);
  }

  // 2. Corridor arrows, shortest first so that they take the lanes nearest the symbols.
  const span = (e: RouteEdge) => Math.abs(nodeOf(e.source, 'in').cy - nodeOf(e.target, 'out').cy);
  rest.sort((p, q) => span(p) - span(q) || p.from - q.from || p.to - q.to);
  for (const e of rest) {
    const a = nodeOf(e.source, 'in');
    const b = nodeOf(e.target, 'out');
    const downward = b.cy > a.cy;
    let preferred: Array<[number, Side]>;
    if (b.column < a.column) preferred = [[b.column, 'right'], [a.column, 'left']];
    else if (b.column > a.column) preferred = [[b.column, 'left'], [a.column, 'right']];
    else preferred = [[b.column, 'right'], [b.column, 'left']];
    // A connector is reached from the side of its column it sits on, so that the arrow passes no
    // other connector of the same column.
    const sideOf = (n: Node): Side => {
      const col = grid.columns[n.column]!;
      return n.cx < (col.left + col.right) / 2 - 0.5 ? 'left' : 'right';
    };
    const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');
    if (a.kind === 'connector') preferred = [[a.column, sideOf(a)], [a.column, other(sideOf(a))]];
    if (b.kind === 'connector') preferred = [[b.column, sideOf(b)], [b.column, other(sideOf(b))]];
    const lanes = candidateLanes(preferred);
    const useBottom = downward && !a.bottom && a.kind !== 'connector';
    let chosen: number | null = null;
    for (const x of lanes) {
      const exitSide: Side = x < a.cx ? 'left' : 'right';
      const entrySide: Side = x < b.cx ? 'left' : 'right';
      const y1 = useBottom
        ? a.box.y + a.box.height + Math.min(8, (a.rowIndex >= 0 ? grid.rows[a.rowIndex]!.bottom - a.box.y - a.box.height : 16) / 2)
        : a.cy + peekSide(a, exitSide);
      const y2 = b.cy + peekSide(b, entrySide);
      if (laneFree(x, y1, y2)) {
        chosen = x;
        break;
      }
    }
    const clean = chosen !== null;
    // No lane anywhere (very narrow columns): the middle of the gap beside the source symbol,
    // marked crowded — never a missing coordinate.
    const x = chosen ?? lanes[0] ?? (a.cx + grid.symbol.width / 2 + grid.columns[a.column]!.right) / 2;
    const points: Array<[number, number]> = [];
    let exit: 'bottom' | Side;
    let y1: number;
    if (useBottom) {
      a.bottom = true;
      exit = 'bottom';
      const start = bottomPoint(a);
      const rowBottom = a.rowIndex >= 0 ? grid.rows[a.rowIndex]!.bottom : start[1] + 16;
      y1 = start[1] + Math.min(8, (rowBottom - start[1]) / 2);
      points.push(start, [start[0], y1]);
    } else {
      exit = x < a.cx ? 'left' : 'right';
      const off = takeSide(a, exit);
      y1 = a.cy + off;
      points.push([sideX(a, exit, off), y1]);
    }
    const entrySide: Side = x < b.cx ? 'left' : 'right';
    const off2 = takeSide(b, entrySide);
    const y2 = b.cy + off2;
    points.push([x, y1], [x, y2], [sideX(b, entrySide, off2), y2]);
    occupy(x, y1, y2);
    push(e, points, exit, clean);
  }

  function peekSide(node: Node, side: Side): number {
    if (node.kind === 'connector') return node.box.y + node.box.height * 0.3 - node.cy;
    const limit = node.box.height / 2 - 3;
    for (const off of SIDE_OFFSETS) if (Math.abs(off) <= limit && !node[side].includes(off)) return off;
    return 0;
  }

  // A label under a decision goes on the side free of the other branch and of the turn that follows.
  for (const p of paths) {
    if (!p.labelAt || p.points.length < 2) continue;
    const [x, y] = p.points[0]!;
    if (p.points[1]![0] !== x || p.points[1]![1] <= y) continue; // not a downward exit
    const sibling = paths.find((q) => q !== p && q.from === p.from && q.points[0]![1] < y - 0.5);
    const siblingSide = sibling ? (sibling.points[0]![0] < x ? 'left' : 'right') : null;
    const next = p.points[2];
    const turnSide = next ? (next[0] < x ? 'left' : next[0] > x ? 'right' : null) : null;
    const right = siblingSide === 'right' ? turnSide === 'right' : turnSide !== 'right';
    p.labelAt = right ? { x: x + 3, y: y + 8, anchor: 'start' } : { x: x - 3, y: y + 8, anchor: 'end' };
  }
  paths.sort((p, q) => p.from - q.from || p.to - q.to);
  return { symbols, connectors, paths };
}
