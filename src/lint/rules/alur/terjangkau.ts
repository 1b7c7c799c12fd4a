import { defineRule } from '../../rule.js';
import { buildFlowGraph, reachableFromStart } from '../../graph.js';

export default defineRule({
  meta: {
    id: 'alur/terjangkau',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Setiap kegiatan dapat dicapai dari kegiatan pertama',
      en: 'Every step can be reached from the first step',
    },
    messages: {
      unreachable: {
        id: 'Kegiatan {number} tidak dapat dicapai dari kegiatan pertama; tidak ada panah yang menuju ke sini — periksa `ya`, `tidak` dan `lanjut` sebelumnya',
        en: 'Step {number} cannot be reached from the first step; no arrow leads here — check the `ya`, `tidak` and `lanjut` before it',
      },
    },
  },
  check(ctx) {
    const graph = buildFlowGraph(ctx.sop);
    const reached = reachableFromStart(graph);
    for (const step of ctx.sop.steps) {
      if (!reached.has(step.number)) ctx.report({ messageId: 'unreachable', path: step.path, data: { number: step.number } });
    }
  },
});
