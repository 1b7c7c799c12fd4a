// Import benchmark: 100 documents (the LibreOffice-written .docx and .xlsx fixtures, 50 each)
// through `importDocument` + YAML writing, against a baseline that only unzips and XML-parses the
// same parts, in the same process. Reported as documents per second and as a ratio (medians).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importDocument, writeImported } from '../lib/import/index.js';
import { openZip } from '../lib/import/zip.js';
import { parseXml } from '../lib/import/xml.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LO = path.join(ROOT, 'test/fixtures/import/lo');

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function benchImport({ count = 100, runs = 5 } = {}) {
  const docs = [];
  for (let i = 0; i < count; i++) {
    const name = i % 2 ? 'surat-masuk.xlsx' : 'surat-masuk.docx';
    docs.push({ name, bytes: fs.readFileSync(path.join(LO, name)) });
  }
  const options = { schemaRef: '../schemas/sop.schema.json', source: 'x', today: '2026-12-03', configHas: { pemerintah: false, instansi: false, approver: false } };
  const full = [];
  const base = [];
  for (let r = 0; r < runs; r++) {
    let start = performance.now();
    for (const doc of docs) {
      const result = await importDocument(doc.bytes, doc.name);
      if (!result.ok) throw new Error(`${doc.name}: ${result.failure.kind}`);
      writeImported(result.sop, options);
    }
    full.push(performance.now() - start);
    start = performance.now();
    for (const doc of docs) {
      const zip = await openZip(doc.bytes);
      for (const name of zip.names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) parseXml((await zip.read(name)).toString('utf8'), name);
      zip.close();
    }
    base.push(performance.now() - start);
  }
  const fullMs = median(full);
  const baseMs = median(base);
  return { count, fullMs, baseMs, perSecond: (count / fullMs) * 1000, ratio: fullMs / baseMs };
}
