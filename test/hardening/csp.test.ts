/**
 * The rendered HTML's Content-Security-Policy in a real Chromium: the layout script runs by its
 * hash, and no other script does — one slipped into a SOP field (escaped anyway) or added to the
 * HTML afterwards, as an element or as an event handler.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchBrowser } from '../../src/pdf/browser.js';
import { renderHtml } from '../../src/render/index.js';
import { buildLayoutScript, documentCsp, layoutScriptHash } from '../../src/render/html.js';
import { RENDER_SOP, renderOptions, sampleSops, sopFromText } from '../render/helpers.js';

const PWN = `<script>document.documentElement.dataset.pwned='1'</script>`;
const PWN_HANDLER = `<img src="data:," onerror="document.documentElement.dataset.pwned='2'">`;

/** The render tests' SOP with a script in its title and in a step. */
const SOP_WITH_SCRIPT = RENDER_SOP.replace('nama: Uji Render', `nama: "Uji ${PWN}"`).replace(/uraian: Menerima .*/, `uraian: "Menerima berkas ${PWN}"`);

let browser: Browser;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sop-csp-'));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Loaded {
  layout: string | null;
  pwned: string | null;
  refused: string[];
}

/** Loads HTML (as the printer does, or from a file), waits for the layout, reads the flags. */
async function load(html: string, how: 'setContent' | 'file' = 'setContent'): Promise<Loaded> {
  const page = await browser.newPage();
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  try {
    if (how === 'file') {
      const file = path.join(tmp, `${crypto.randomUUID()}.html`);
      fs.writeFileSync(file, html);
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    } else {
      await page.setContent(html, { waitUntil: 'load' });
    }
    await page.waitForSelector('html[data-layout="done"], html[data-layout="error"]', { timeout: 20_000 });
    // A handler or a late script would have run by now; give the event loop one more turn.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const flags = await page.evaluate(() => ({ layout: document.documentElement.dataset.layout ?? null, pwned: document.documentElement.dataset.pwned ?? null }));
    return { ...flags, refused };
  } finally {
    await page.close();
  }
}

/** Every executable <script> element's text (not the JSON block). */
const inlineScripts = (html: string) => [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
const sha256 = (text: string) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the rendered HTML\'s CSP', () => {
  const sample = sampleSops()[0]!;

  it('allows scripts by the hash of the one inlined layout script, not any inline script', async () => {
    const html = await renderHtml(sample.sop, renderOptions());
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(meta).toBe(documentCsp());
    const scriptSrc = /script-src ([^;]+)/.exec(meta!)![1]!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    // The hash is of exactly the text the document holds.
    const scripts = inlineScripts(html);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toBe(`\n${buildLayoutScript()}\n`);
    expect(sha256(scripts[0]!)).toBe(scriptSrc);
    expect(layoutScriptHash()).toBe(scriptSrc);
    // The data block needs no permission: it is not a script.
    expect(html).toMatch(/<script type="application\/json" id="sop-layout-data">/);
  });

  it('still lays the document out, loaded as the printer loads it and from a file', async () => {
    const html = await renderHtml(sample.sop, renderOptions());
    for (const how of ['setContent', 'file'] as const) {
      const loaded = await load(html, how);
      expect(loaded, how).toEqual({ layout: 'done', pwned: null, refused: [] });
    }
  });

  it('blocks an inline script or event handler added to the HTML', async () => {
    const html = await renderHtml(sample.sop, renderOptions());
    const tampered = html
      .replace('</head>', `${PWN}\n</head>`)
      .replace('<body>', `<body>\n${PWN}`)
      .replace('</body>', `${PWN}\n${PWN_HANDLER}\n</body>`);
    expect(inlineScripts(tampered)).toHaveLength(4);
    for (const how of ['setContent', 'file'] as const) {
      const loaded = await load(tampered, how);
      expect(loaded.layout, how).toBe('done');
      expect(loaded.pwned, how).toBeNull();
      // Chromium says why: the policy refused them.
      expect(loaded.refused.length, how).toBeGreaterThan(0);
    }
  });

  it('escapes a script in a SOP field, and would block it even unescaped', async () => {
    const html = await renderHtml(sopFromText(SOP_WITH_SCRIPT), renderOptions());
    expect(inlineScripts(html)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;');
    expect(await load(html)).toMatchObject({ layout: 'done', pwned: null });
    // As if a custom template printed the field with {{{ }}}.
    const unescaped = html.replaceAll(`&lt;script&gt;document.documentElement.dataset.pwned&#x3D;&#x27;1&#x27;&lt;/script&gt;`, PWN);
    expect(inlineScripts(unescaped).length).toBeGreaterThan(1);
    expect(await load(unescaped)).toMatchObject({ layout: 'done', pwned: null });
  });
});
