import { describe, expect, it } from 'vitest';
import { buildFlowGraph, components, isUnresolved, reachableFromStart, reachingAny, sinkComponents } from '../../src/lint/graph.js';
import type { Edge, Step } from '../../src/model/types.js';

const steps = (n: number) => Array.from({ length: n }, (_, i) => ({ number: i + 1 }) as Step);
const edge = (from: number, to: number | null, kind: Edge['kind'] = 'lanjut', ref: string | number | null = null): Edge => ({ from, to, kind, end: false, label: null, ref, path: [] });

describe('flow graph', () => {
  // 1 → 2 → 3 ⇄ 4, 2 → 5 (end), 6 isolated, 4 → 4
  const sop = { steps: steps(6), edges: [edge(1, 2), edge(2, 3, 'ya'), edge(2, 5, 'tidak', 5), edge(3, 4), edge(4, 3, 'lanjut', 3), edge(4, 4, 'ya', 4), edge(4, 4, 'tidak', 'x'), edge(5, null, 'lanjut', 'nowhere')] };
  const graph = buildFlowGraph(sop);

  it('keeps resolved successors once, in edge order', () => {
    expect([...graph.next.entries()]).toEqual([[1, [2]], [2, [3, 5]], [3, [4]], [4, [3, 4]], [5, []], [6, []]]);
    expect(graph.prev.get(3)).toEqual([2, 4]);
  });

  it('finds what the start reaches', () => {
    expect([...reachableFromStart(graph)].sort()).toEqual([1, 2, 3, 4, 5]);
    expect(reachableFromStart(buildFlowGraph({ steps: [], edges: [] })).size).toBe(0);
  });

  it('finds what can reach a target', () => {
    expect([...reachingAny(graph, [5])].sort()).toEqual([1, 2, 5]);
  });

  it('splits a subset into strongly connected components and finds the sinks', () => {
    expect(components(graph, new Set([1, 2, 3, 4, 5, 6]))).toEqual([[1], [2], [3, 4], [5], [6]]);
    expect(sinkComponents(graph, new Set([3, 4, 6]))).toEqual([[3, 4], [6]]);
    // 2 leaves the subset {2, 3, 4} towards 5, so it is not a sink.
    expect(sinkComponents(graph, new Set([2, 3, 4]))).toEqual([[3, 4]]);
  });

  it('tells unresolved references from implicit ends', () => {
    expect(isUnresolved(edge(5, null, 'lanjut', 'nowhere'))).toBe(true);
    expect(isUnresolved(edge(5, null))).toBe(false);
    expect(isUnresolved(edge(1, 2, 'lanjut', 2))).toBe(false);
  });
});
