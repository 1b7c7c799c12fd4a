// Renders the HTML (no browser) of generated SOPs and reports SOPs per second.
// Run after `npm run build`: node bench/render-html.js [count]
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = (p) => import(pathToFileURL(path.join(root, 'lib', p)).href);

/** A deterministic SOP of `steps` steps over `actors` actors, with decisions and loop-backs. */
export function generateSopYaml(seed, steps = 20, actors = 6) {
  const names = Array.from({ length: actors }, (_, i) => `Pejabat ${i + 1}`);
  const lines = [
    `nomor: ${seed}/SOP/BENCH/2024`,
    `nama: SOP Bench ${seed}`,
    'instansi: { pemerintah: Pemerintah Kabupaten Contoh, nama: Dinas Contoh }',
    'tanggal: { pembuatan: 2024-01-02 }',
    'disahkan_oleh: { jabatan: Kepala Dinas, nama: Nama Pejabat, nip: "197001011990031001" }',
    'dasar_hukum: [Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan]',
    'pelaksana:',
    ...names.map((n) => `  - ${n}`),
    'kegiatan:',
  ];
  for (let n = 1; n <= steps; n++) {
    lines.push(`  - id: s${n}`, `    uraian: Memeriksa berkas nomor ${n} milik pemohon ${seed}`, `    pelaksana: ${names[(n * 7 + seed) % actors]}`);
    if (n > 2 && n < steps - 1 && n % 4 === 0) lines.push(`    tidak: s${n - 2}`);
    lines.push('    kelengkapan: Berkas', `    waktu: ${(n % 5) + 1}0 menit`, '    output: Berkas diperiksa');
  }
  return lines.join('\n') + '\n';
}

export async function benchRenderHtml(count = 1000) {
  const { loadSop } = await lib('model/load.js');
  const { defaultConfig } = await lib('config/config.js');
  const { renderHtml } = await lib('render/index.js');
  const config = defaultConfig(root);
  const sops = [];
  for (let i = 0; i < count; i++) {
    const file = `sops/bench-${i}.sop.yaml`;
    const { sop, problems } = loadSop({ path: file, absPath: path.join(root, file), text: generateSopYaml(i) }, config, 'id');
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
