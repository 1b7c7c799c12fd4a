import { defineRule } from '../../rule.js';

export default defineRule({
  meta: {
    id: 'alur/keputusan',
    severity: 'error',
    fixable: false,
    description: {
      id: 'Sebuah keputusan memiliki dua cabang, ya dan tidak, menuju kegiatan yang berbeda',
      en: 'A decision has two branches, yes and no, leading to different steps',
    },
    messages: {
      noYes: {
        id: 'Keputusan pada kegiatan {number} tidak memiliki cabang "{label}": kegiatan ini yang terakhir — tambahkan `ya: <id atau nomor>`',
        en: 'The decision in step {number} has no "{label}" branch: it is the last step — add `ya: <id or number>`',
      },
      noNo: {
        id: 'Keputusan pada kegiatan {number} tidak memiliki cabang "{label}"; tambahkan `tidak: <id atau nomor>` atau ubah simbolnya menjadi proses',
        en: 'The decision in step {number} has no "{label}" branch; add `tidak: <id or number>` or make it a process',
      },
      sameTarget: {
        id: 'Kedua cabang keputusan pada kegiatan {number} menuju kegiatan {target}; keputusan tanpa pilihan bukan keputusan',
        en: 'Both branches of the decision in step {number} lead to step {target}; a decision without a choice is no decision',
      },
      bothEnd: {
        id: 'Kedua cabang keputusan pada kegiatan {number} mengakhiri prosedur (`selesai`); keputusan tanpa pilihan bukan keputusan',
        en: 'Both branches of the decision in step {number} end the procedure (`selesai`); a decision without a choice is no decision',
      },
    },
  },
  check(ctx) {
    const { steps, edges } = ctx.sop;
    for (const step of steps) {
      if (step.symbol !== 'keputusan') continue;
      const yes = edges.find((e) => e.from === step.number && e.kind === 'ya');
      const no = edges.find((e) => e.from === step.number && e.kind === 'tidak');
      if (!yes) ctx.report({ messageId: 'noYes', path: step.path, data: { number: step.number, label: step.labelYes } });
      if (!no) ctx.report({ messageId: 'noNo', path: step.symbolExplicit ? [...step.path, 'simbol'] : step.path, data: { number: step.number, label: step.labelNo } });
      if (yes && no && yes.to !== null && yes.to === no.to) {
        ctx.report({ messageId: 'sameTarget', path: no.path, data: { number: step.number, target: no.to } });
      }
      if (yes && no && yes.end && no.end) ctx.report({ messageId: 'bothEnd', path: no.path, data: { number: step.number } });
    }
  },
});
