// Renders the HTML (no browser) of generated SOPs and reports SOPs per second.
// Run after `npm run build`: node bench/render-html.js [count]
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateSop } from './generate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = (p) => import(pathToFileURL(path.join(root, 'lib', p)).href);

export async function benchRenderHtml(count = 1000) {
  const { loadSop } = await lib('model/load.js');
  const { defaultConfig } = await lib('config/config.js');
  const { renderHtml } = await lib('render/index.js');
  const config = defaultConfig(root);
  const sops = [];
  for (let i = 0; i < count; i++) {
    const file = `sops/bench-${i}.sop.yaml`;
    const { sop, problems } = loadSop({ path: file, absPath: path.join(root, file), text: generateSop(i) }, config, 'id');
    if (!sop) throw new Error(`${file}: ${JSON.stringify(problems)}`);
    sops.push(sop);
  }
  const options = { paper: 'a4', templateDir: null, columnNumbers: true, approvalAtEnd: false, projectRoot: root, lang: 'id' };
  await renderHtml(sops[0], options); // warm-up: compile templates, read the font
  const start = performance.now();
  let bytes = 0;
  for (const sop of sops) bytes += (await renderHtml(sop, options)).length;
  const seconds = (performance.now() - start) / 1000;
  return { perSecond: count / seconds, seconds, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 1000);
  const r = await benchRenderHtml(count);
  console.log(`render html: ${count} SOPs in ${r.seconds.toFixed(2)} s — ${r.perSecond.toFixed(0)} SOPs/s (${(r.bytes / count / 1024).toFixed(0)} KiB each)`);
}
