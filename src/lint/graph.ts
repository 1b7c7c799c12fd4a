import type { Edge, Sop } from '../model/types.js';

/** The flow as a graph over step numbers (1-based), built from the model's edges. Pure. */
export interface FlowGraph {
  /** Step numbers 1..n. */
  nodes: number[];
  /** Resolved successors of each step, in edge order, without duplicates. */
  next: Map<number, number[]>;
  /** Resolved predecessors of each step. */
  prev: Map<number, number[]>;
}

export function buildFlowGraph(sop: Pick<Sop, 'steps' | 'edges'>): FlowGraph {
  const nodes = sop.steps.map((s) => s.number);
  const next = new Map<number, number[]>(nodes.map((n) => [n, []]));
  const prev = new Map<number, number[]>(nodes.map((n) => [n, []]));
  for (const edge of sop.edges) {
    if (edge.to === null || !next.has(edge.from) || !next.has(edge.to)) continue;
    const out = next.get(edge.from)!;
    if (!out.includes(edge.to)) out.push(edge.to);
    const into = prev.get(edge.to)!;
    if (!into.includes(edge.from)) into.push(edge.from);
  }
  return { nodes, next, prev };
}

/** Every node reachable from the starts by following `adjacency` (the starts included). */
export function reachable(starts: Iterable<number>, adjacency: Map<number, number[]>): Set<number> {
  const seen = new Set<number>();
  const stack = [...starts].filter((n) => adjacency.has(n));
  while (stack.length) {
    const n = stack.pop()!;
    if (seen.has(n)) continue;
    seen.add(n);
    for (const m of adjacency.get(n) ?? []) if (!seen.has(m)) stack.push(m);
  }
  return seen;
}

/** Steps reachable from step 1 (empty for an SOP without steps). */
export function reachableFromStart(graph: FlowGraph): Set<number> {
  return graph.nodes.length ? reachable([graph.nodes[0]!], graph.next) : new Set();
}

/** Steps from which one of `targets` can be reached (the targets included). */
export function reachingAny(graph: FlowGraph, targets: Iterable<number>): Set<number> {
  return reachable(targets, graph.prev);
}

/**
 * Strongly connected components of the subgraph induced by `subset` (Tarjan), each sorted
 * ascending, the list ordered by its smallest member.
 */
export function components(graph: FlowGraph, subset: Set<number>): number[][] {
  let counter = 0;
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const result: number[][] = [];
  const visit = (v: number) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.next.get(v) ?? []) {
      if (!subset.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: number[] = [];
      let w: number;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      result.push(component.sort((a, b) => a - b));
    }
  };
  for (const n of [...subset].sort((a, b) => a - b)) if (!index.has(n)) visit(n);
  return result.sort((a, b) => a[0]! - b[0]!);
}

/**
 * The sink components of `subset`: groups of steps with no edge leaving the group (inside or
 * outside the subset). A sink of one step without a self-loop is a dead end; any other is a loop.
 */
export function sinkComponents(graph: FlowGraph, subset: Set<number>): number[][] {
  return components(graph, subset).filter((group) => {
    const members = new Set(group);
    return group.every((n) => (graph.next.get(n) ?? []).every((m) => members.has(m)));
  });
}

/** True when the edge names a target (`ya`, `tidak`, `lanjut` written out) that does not resolve. */
export function isUnresolved(edge: Edge): boolean {
  return edge.to === null && edge.ref !== null && !edge.end;
}
