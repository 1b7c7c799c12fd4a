import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHtml, RenderError, buildViewModel, formatDateId, formatNip, paperSize } from '../../src/render/index.js';
import { sniffImage } from '../../src/render/assets.js';
import { buildLayoutScript, scriptJson } from '../../src/render/html.js';
import { REPO, RENDER_SOP as VALID, renderOptions, sopFromText } from './helpers.js';


const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-render-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('view model', () => {
  it('formats Indonesian dates, a missing one as "-"', () => {
    expect(formatDateId('2023-07-01')).toBe('1 Juli 2023');
    expect(formatDateId('2024-12-31')).toBe('31 Desember 2024');
    expect(formatDateId(null)).toBe('-');
    expect(formatDateId('September 2023')).toBe('September 2023');
  });
  it('groups an 18-digit NIP and leaves others as written', () => {
    expect(formatNip('196603131989031011')).toBe('19660313 198903 1 011');
    expect(formatNip('19660313 198903 1 011')).toBe('19660313 198903 1 011');
    expect(formatNip('196603131 198903 1 011')).toBe('196603131 198903 1 011');
    expect(formatNip('-')).toBeNull();
  });
  it('knows the paper sizes, landscape for both page kinds', () => {
    expect(paperSize('f4').flow).toEqual({ widthMm: 330, heightMm: 215, size: '330mm 215mm' });
    expect(paperSize('a4').identity.size).toBe('A4 landscape');
    expect(paperSize('legal').flow.widthMm).toBe(355.6);
  });
  it('is fully populated: nulls for missing values, lists, steps, total', () => {
    const vm = buildViewModel(sopFromText(VALID), { paper: 'a4', columnNumbers: true, approvalAtEnd: false, lang: 'id', logo: null });
    expect(vm.dates).toEqual({ created: '1 Juli 2023', revised: '-', effective: '31 Desember 2024' });
    expect(vm.approver).toEqual({ position: 'Kepala Dinas', name: 'Nama Kepala', nip: '19660313 198903 1 011', rank: null });
    expect(vm.agency).toEqual({ government: 'Pemerintah Kabupaten Uji', name: 'Dinas Uji', unit: null, address: null, contact: null, logo: null });
    expect(vm.qualifications).toEqual({ items: ['Memahami tugas'], numbered: false, empty: false });
    expect(vm.related).toEqual({ items: [], numbered: false, empty: true });
    expect(vm.actors.map((a) => a.id)).toEqual(['staf', 'kepala-seksi']);
    expect(vm.steps[0]!.requirements).toBe('Formulir, Komputer');
    expect(vm.steps[1]!.symbol).toBe('keputusan');
    expect(vm.steps[1]!.cells.map((c) => c.own)).toEqual([false, true]);
    expect(vm.steps[1]!.remarks).toBe('');
    expect(vm.total).toBe('1 jam 45 menit');
    expect(vm.columnNumbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(vm.footer).toBe('01/SOP/X/2024 — Uji Render');
    expect(vm.layout.edges).toEqual([
      { from: 1, to: 2, label: null },
      { from: 2, to: 3, label: 'Ya' },
      { from: 2, to: 1, label: 'Kurang' },
    ]);
    expect(JSON.stringify(vm)).not.toContain('undefined');
  });
  it('prints "-" as the total when a step on the main path has no waktu', () => {
    const sop = sopFromText(VALID.replace('    waktu: 30 menit\n', ''));
    expect(buildViewModel(sop, { paper: 'a4', columnNumbers: false, approvalAtEnd: false, lang: 'id', logo: null }).total).toBe('-');
  });
});

describe('renderHtml', () => {
  it('escapes user text and keeps the document self-contained', async () => {
    const html = await renderHtml(sopFromText(VALID), renderOptions());
    expect(html).toContain('Menerima &lt;script&gt;alert(1)&lt;/script&gt; berkas &amp; &quot;data&quot;');
    expect(html).not.toContain('<script>alert(1)');
    // Scripts only by the hash of the layout script (test/hardening/csp.test.ts loads it in Chromium).
    expect(html).toMatch(/content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+\/]{43}='; font-src data:"/);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain('@page alur { size: A4 landscape; margin: 0; }');
    expect(html).toContain('data:font/woff2;base64,');
    // Data inlined in a script element cannot close it.
    expect(scriptJson({ label: '</script><b>' })).toBe('{"label":"\\u003c/script>\\u003cb>"}');
    expect(buildLayoutScript()).not.toMatch(/<\/script/i);
  });

  it('prints the extra signature boxes under the identity grid, left to right, escaped', async () => {
    const text = VALID.replace('dasar_hukum:', [
      'tanda_tangan:',
      '  - { peran: Dibuat oleh, jabatan: Kepala Seksi <Umum>, nama: "Siti & Rekan", nip: "197904122005011006", pangkat: Penata (III/c) }',
      '  - { peran: Mengetahui, jabatan: Sekretaris Daerah, nama: Budi }',
      'dasar_hukum:',
    ].join('\n'));
    const html = await renderHtml(sopFromText(text), renderOptions());
    const table = html.slice(html.indexOf('<div class="signatures"'), html.indexOf('<footer', html.indexOf('<div class="signatures"')));
    expect(table).toContain('data-signatures="2"');
    const boxes = table.split('<div class="signature">').slice(1).map((b) => b.replace(/<[^>]+>/g, '|').split('|').map((t) => t.trim()).filter(Boolean));
    expect(boxes).toEqual([
      ['Dibuat oleh', 'Kepala Seksi &lt;Umum&gt;', 'Siti &amp; Rekan', 'Penata (III/c)', 'NIP. 19790412 200501 1 006'],
      ['Mengetahui', 'Sekretaris Daerah', 'Budi'],
    ]);
    // None without the key.
    expect(await renderHtml(sopFromText(VALID), renderOptions())).not.toContain('class="signatures"');
  });

  it('uses an override template folder by file name and names the file and line of an error', async () => {
    const dir = path.join(tmp, 'tpl');
    fs.mkdirSync(path.join(dir, 'partials'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'partials', 'footer.hbs'), '<footer class="page-footer">Kustom {{number}}<span class="page-no"></span></footer>');
    fs.writeFileSync(path.join(dir, 'sop.css'), 'body { color: rebeccapurple; }');
    const html = await renderHtml(sopFromText(VALID), renderOptions({ templateDir: dir }));
    expect(html).toContain('Kustom 01/SOP/X/2024');
    expect(html).toContain('rebeccapurple');
    expect(html).not.toContain('--rule: #000');

    fs.writeFileSync(path.join(dir, 'partials', 'footer.hbs'), '<footer>\n\n  {{nomr}}</footer>');
    const err = await renderHtml(sopFromText(VALID), renderOptions({ templateDir: dir })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect((err as Error).message).toBe(`template error at ${path.join(dir, 'partials', 'footer.hbs')}:3:5: "nomr" not defined in [object Object]`);

    fs.writeFileSync(path.join(dir, 'partials', 'footer.hbs'), '<footer>\n{{#if number}}\nx</footer>');
    const parse = await renderHtml(sopFromText(VALID), renderOptions({ templateDir: dir })).catch((e: unknown) => e);
    expect(parse).toBeInstanceOf(RenderError);
    expect((parse as Error).message).toMatch(new RegExp(`^template error at ${path.join(dir, 'partials', 'footer.hbs').replace(/[.\\/]/g, '\\$&')}:3: Parse error on line 3:`));
  });

  it('inlines a logo inside the project and rejects one outside it or not an image', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b40000000049454e44ae426082', 'hex');
    const root = path.join(tmp, 'proj');
    fs.mkdirSync(path.join(root, 'sops'), { recursive: true });
    fs.writeFileSync(path.join(root, 'logo.png'), png);
    fs.writeFileSync(path.join(root, 'logo.txt'), 'just text');
    fs.writeFileSync(path.join(tmp, 'outside.png'), png);
    fs.symlinkSync(path.join(tmp, 'outside.png'), path.join(root, 'sneaky.png'));
    const withLogo = (logo: string) => {
      const sop = sopFromText(VALID);
      return { ...sop, agency: { ...sop.agency, logo, logoBase: path.join(root, 'sops') } };
    };
    const html = await renderHtml(withLogo('../logo.png'), renderOptions({ projectRoot: root }));
    expect(html).toContain(`src="data:image/png;base64,${png.toString('base64')}"`);
    await expect(renderHtml(withLogo('../../outside.png'), renderOptions({ projectRoot: root }))).rejects.toThrow(/logo "..\/..\/outside.png" berada di luar folder proyek/);
    await expect(renderHtml(withLogo('../sneaky.png'), renderOptions({ projectRoot: root }))).rejects.toThrow(RenderError);
    await expect(renderHtml(withLogo('../logo.txt'), renderOptions({ projectRoot: root, lang: 'en' }))).rejects.toThrow('logo "../logo.txt" is not a PNG, JPEG, GIF, WebP or SVG image.');
    await expect(renderHtml(withLogo('../nothing.png'), renderOptions({ projectRoot: root }))).rejects.toThrow(/tidak ditemukan/);
  });

  it('recognises images by their bytes', () => {
    expect(sniffImage(Buffer.from('ffd8ffe000104a464946', 'hex'))).toBe('image/jpeg');
    expect(sniffImage(Buffer.from('GIF89a'))).toBe('image/gif');
    expect(sniffImage(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('image/webp');
    expect(sniffImage(Buffer.from('<?xml version="1.0"?>\n<!-- x -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('image/svg+xml');
    expect(sniffImage(Buffer.from('<html><svg></svg></html>'))).toBeNull();
  });

  it('does not leak the repository path', async () => {
    const html = await renderHtml(sopFromText(VALID), renderOptions());
    expect(html).not.toContain(REPO);
  });
});
