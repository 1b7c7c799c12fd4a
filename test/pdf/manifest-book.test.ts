import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { hashInputs, isUpToDate, manifestOf, mergeManifests, parseManifest, serializeManifest, emptyManifest, shardManifestFile, shardOfManifestFile, type RenderInputs } from '../../src/render/manifest.js';
import { addOutline, bookStartPages, coverHtml, readOutline, tocHtml } from '../../src/pdf/book.js';
import { portraitPageSize } from '../../src/render/index.js';

const inputs: RenderInputs = {
  source: 'nomor: 1\n',
  config: '',
  templates: [],
  logo: null,
  toolVersion: '0.1.0',
  format: 'pdf',
  paper: 'a4',
  lang: 'id',
  extra: '',
};

describe('manifest', () => {
  it('hashes every input: a change in any one gives another hash', () => {
    const base = hashInputs(inputs);
    expect(hashInputs({ ...inputs })).toBe(base);
    const variants: Partial<RenderInputs>[] = [
      { source: 'nomor: 2\n' },
      { config: 'kertas: f4\n' },
      { templates: [{ name: 'page.hbs', content: 'x' }] },
      { logo: new Uint8Array([1]) },
      { logo: new Uint8Array([]) },
      { toolVersion: '0.1.1' },
      { format: 'html' },
      { paper: 'f4' },
      { lang: 'en' },
      { extra: 'SOURCE_DATE_EPOCH=1' },
    ];
    const hashes = variants.map((v) => hashInputs({ ...inputs, ...v }));
    expect(new Set([base, ...hashes]).size).toBe(variants.length + 1);
  });

  it('does not confuse fields by concatenation, and ignores the order of template files', () => {
    expect(hashInputs({ ...inputs, source: 'ab', config: 'c' })).not.toBe(hashInputs({ ...inputs, source: 'a', config: 'bc' }));
    const a = [{ name: 'a.css', content: '1' }, { name: 'b.hbs', content: '2' }];
    expect(hashInputs({ ...inputs, templates: a })).toBe(hashInputs({ ...inputs, templates: [...a].reverse() }));
  });

  it('round-trips, sorted; unreadable or foreign manifests count as empty', () => {
    const m = { version: 1, outputs: { 'b.pdf': 'h2', 'a.html': 'h1' } };
    const text = serializeManifest(m);
    expect(text).toBe('{\n  "version": 1,\n  "outputs": {\n    "a.html": "h1",\n    "b.pdf": "h2"\n  }\n}\n');
    expect(parseManifest(text)).toEqual(m);
    expect(parseManifest('{oops')).toEqual(emptyManifest());
    expect(parseManifest('{"version": 99, "outputs": {}}')).toEqual(emptyManifest());
    expect(parseManifest(null)).toEqual(emptyManifest());
  });

  it('an output is up to date only with the same hash and the file present', () => {
    const m = { version: 1, outputs: { 'a.pdf': 'h' } };
    expect(isUpToDate(m, 'a.pdf', 'h', true)).toBe(true);
    expect(isUpToDate(m, 'a.pdf', 'h', false)).toBe(false);
    expect(isUpToDate(m, 'a.pdf', 'other', true)).toBe(false);
    expect(isUpToDate(m, 'b.pdf', 'h', true)).toBe(false);
  });
});

describe('shard manifests', () => {
  const m = (outputs: Record<string, string>) => ({ version: 1, outputs });

  it('are named after their shard, and only such names are read as theirs', () => {
    expect(shardManifestFile(2, 4)).toBe('.sop-manifest.2-of-4.json');
    expect(shardOfManifestFile('.sop-manifest.2-of-4.json')).toEqual({ index: 2, count: 4 });
    for (const name of ['.sop-manifest.json', '.sop-manifest.2-of-4.json.tmp', 'sop-manifest.2-of-4.json', '.sop-manifest.x-of-4.json']) expect(shardOfManifestFile(name)).toBeNull();
  });

  it('merge over the main manifest; two shards that disagree about an output leave it out', () => {
    const main = m({ 'a.pdf': 'old', 'b.pdf': 'b', 'c.pdf': 'c' });
    expect(mergeManifests(main, [m({ 'a.pdf': 'new' }), m({ 'd.pdf': 'd' })])).toEqual(m({ 'a.pdf': 'new', 'b.pdf': 'b', 'c.pdf': 'c', 'd.pdf': 'd' }));
    expect(mergeManifests(main, [m({ 'c.pdf': 'x' }), m({ 'c.pdf': 'y' })])).toEqual(m({ 'a.pdf': 'old', 'b.pdf': 'b' }));
    expect(mergeManifests(main, [m({ 'c.pdf': 'x' }), m({ 'c.pdf': 'x' })])).toEqual(m({ 'a.pdf': 'old', 'b.pdf': 'b', 'c.pdf': 'x' }));
    expect(mergeManifests(main, [])).toEqual(main);
    expect(manifestOf(main, new Set(['b.pdf', 'z.pdf']))).toEqual(m({ 'b.pdf': 'b' }));
  });
});

describe('book pieces', () => {
  it('places each SOP after the cover and the Daftar Isi', () => {
    expect(bookStartPages(1, [3, 2, 5])).toEqual([3, 6, 8]);
    expect(bookStartPages(2, [4])).toEqual([4]);
  });

  it('escapes user text in the cover and the Daftar Isi', () => {
    const cover = coverHtml({ title: 'Buku <SOP>', government: 'Pemerintah "A" & B', agency: null, unit: null, logo: null, year: '2024' }, portraitPageSize('f4'));
    expect(cover).toContain('Buku &lt;SOP&gt;');
    expect(cover).toContain('Pemerintah &quot;A&quot; &amp; B');
    expect(cover).toContain('size: 215mm 330mm');
    expect(cover).toContain('data-layout="done"');
    const toc = tocHtml([{ number: '01/<x>', title: 'A & B', page: 3 }], portraitPageSize('a4'), 'id');
    expect(toc).toContain('<td class="number">01/&lt;x&gt;</td><td class="title">A &amp; B</td><td class="page">3</td>');
    expect(toc).toContain('<h1>Daftar Isi</h1>');
  });

  it('builds a flat outline that readers walk in order, each entry on its page', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 5; i++) doc.addPage([200, 200]);
    addOutline(doc, [
      { title: '01/SOP — Pelayanan Surat', pageIndex: 1 },
      { title: '02/SOP — Pengaduan “Masyarakat”', pageIndex: 3 },
    ]);
    const bytes = await doc.save();
    expect(await readOutline(bytes)).toEqual([
      { title: '01/SOP — Pelayanan Surat', pageIndex: 1 },
      { title: '02/SOP — Pengaduan “Masyarakat”', pageIndex: 3 },
    ]);
  });
});
