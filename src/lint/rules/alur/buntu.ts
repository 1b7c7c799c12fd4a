import { defineRule } from '../../rule.js';
import { buildFlowGraph, isUnresolved, reachableFromStart, reachingAny, sinkComponents } from '../../graph.js';

export default defineRule({
  meta: {
    id: 'alur/buntu',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Dari setiap kegiatan, alur dapat mencapai sebuah kegiatan selesai',
      en: 'From every step the flow can reach an end step',
    },
    messages: {
      deadEnd: {
        id: 'Alur berhenti di kegiatan {number}, yang bukan kegiatan selesai; tambahkan `lanjut: <id atau nomor>` atau `simbol: selesai`',
        en: 'The flow stops at step {number}, which is not an end step; add `lanjut: <id or number>` or `simbol: selesai`',
      },
      loop: {
        id: 'Kegiatan {steps} berputar tanpa jalan keluar menuju kegiatan selesai',
        en: 'Steps {steps} loop with no way out to an end step',
      },
    },
  },
  check(ctx) {
    const { steps, edges } = ctx.sop;
    const graph = buildFlowGraph(ctx.sop);
    // Steps whose way on is broken for another reason (an unknown target, a step pointing at
    // itself, a decision missing a branch) count as exits: alur/tujuan and alur/keputusan report
    // them, and counting them as dead would only repeat that finding along every step before them.
    const exits = steps
      .filter((s) => {
        if (s.symbol === 'selesai') return true;
        if (edges.some((e) => e.from === s.number && e.end)) return true;
        const out = edges.filter((e) => e.from === s.number);
        if (out.some((e) => isUnresolved(e) || e.to === e.from)) return true;
        return s.symbol === 'keputusan' && !(out.some((e) => e.kind === 'ya') && out.some((e) => e.kind === 'tidak'));
      })
      .map((s) => s.number);
    const canFinish = reachingAny(graph, exits);
    // Unreachable steps are alur/terjangkau's.
    const stuck = new Set([...reachableFromStart(graph)].filter((n) => !canFinish.has(n)));
    for (const group of sinkComponents(graph, stuck)) {
      const first = steps[group[0]! - 1]!;
      const isLoop = group.length > 1 || (graph.next.get(group[0]!) ?? []).includes(group[0]!);
      if (isLoop) ctx.report({ messageId: 'loop', path: first.path, data: { steps: group.join(', ') } });
      else ctx.report({ messageId: 'deadEnd', path: first.path, data: { number: first.number } });
    }
  },
});
