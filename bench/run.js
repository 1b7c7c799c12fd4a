// `npm run bench`: every benchmark, each reported as a ratio against a baseline run in the same
// script (never as a timed test). `--memory` adds the PDF peak-memory run (100 vs 1,000 files).
import { benchLint, benchColdStart } from './lint.js';
import { benchRenderHtml } from './render-html.js';
import { benchPdf, benchPdfMemory } from './pdf.js';
import { benchPreview } from './preview.js';
import { benchImport } from './import.js';
import { benchRoute } from './route.js';

console.log('# lint');
const lint = await benchLint();
console.log(`  ${lint.count} SOPs (20 steps, 6 actors, 8 legal bases): sop lint ${lint.lintMs.toFixed(0)} ms; read + YAML parse baseline ${lint.baselineMs.toFixed(0)} ms → ${lint.ratio.toFixed(2)}× (target ≤ 3×)`);
const cold = benchColdStart();
console.log(`  cold \`sop lint <one file>\` ${cold.sopMs.toFixed(0)} ms; bare \`node -e 0\` ${cold.nodeMs.toFixed(0)} ms → ${cold.ratio.toFixed(2)}× (target < 5×)`);

console.log('# render html (no browser)');
const html = await benchRenderHtml(1000);
console.log(`  1000 SOPs in ${html.seconds.toFixed(2)} s → ${html.perSecond.toFixed(0)} SOPs/s`);

console.log('# flowchart routing (no browser)');
const route = benchRoute();
console.log(`  60 steps, 16 actors on A4, ${route.pages} pages: routeEdges ${route.bigMs.toFixed(1)} ms (target < 20 ms); the same flow over 3 actors ${route.smallMs.toFixed(1)} ms → ${route.ratio.toFixed(2)}×; crowded arrows ${route.crowded}`);

console.log('# import');
const imported = await benchImport();
console.log(`  ${imported.count} documents (.docx and .xlsx, LibreOffice-written): ${imported.fullMs.toFixed(0)} ms → ${imported.perSecond.toFixed(0)} documents/s (target ≥ 20/s); unzip + XML parse baseline ${imported.baseMs.toFixed(0)} ms → ${imported.ratio.toFixed(2)}×`);

console.log('# preview');
const preview = await benchPreview(10);
console.log(`  save → updated page (30-step SOP) ${preview.saveMs.toFixed(0)} ms, median of ${preview.rounds}; opening the same form afresh ${preview.reloadMs.toFixed(0)} ms → ${preview.ratio.toFixed(2)}× (target < 300 ms)`);

console.log('# render pdf');
await benchPdf({ count: 100 });
if (process.argv.includes('--memory')) {
  console.log('  peak memory of the sop process:');
  await benchPdfMemory();
}
