/**
 * Golden HTML of the samples in sops/. Regenerate with: UPDATE_GOLDEN=1 npx vitest run test/render/golden.test.ts
 * The bundled font's base64 is replaced by a placeholder (it is the npm package's file, not ours), and so
 * is the inlined layout script: it is code, tested by the layout unit tests and the browser tests, and
 * its text differs between the compiled lib/ and the sources the tests run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/index.js';
import { REPO, renderOptions, sampleSops } from './helpers.js';

const GOLDEN = path.join(REPO, 'test/golden');
const update = process.env.UPDATE_GOLDEN === '1';

export function normaliseGolden(html: string): string {
  return html
    .replace(/data:font\/woff2;base64,[A-Za-z0-9+/=]+/g, 'data:font/woff2;base64,FONT')
    .replace(/<script>[\s\S]*?<\/script>/g, '<script>/* layout script */</script>')
    // The CSP names the layout script by its hash, which changes with the script (checked in test/hardening/csp.test.ts).
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, "'sha256-LAYOUT'");
}

describe('golden HTML', () => {
  for (const { slug, sop } of sampleSops()) {
    it(`renders ${slug} as the golden file`, async () => {
      const html = normaliseGolden(await renderHtml(sop, renderOptions({ approvalAtEnd: true })));
      // Deterministic and portable: no absolute paths, no clock.
      expect(html).not.toContain(REPO);
      expect(html).not.toMatch(/20\d\d-\d\d-\d\dT\d\d:/);
      expect(normaliseGolden(await renderHtml(sop, renderOptions({ approvalAtEnd: true })))).toBe(html);
      const file = path.join(GOLDEN, `${slug}.html`);
      if (update || !fs.existsSync(file)) {
        if (!update) throw new Error(`missing golden ${file}: run with UPDATE_GOLDEN=1`);
        fs.mkdirSync(GOLDEN, { recursive: true });
        fs.writeFileSync(file, html);
      }
      expect(html).toBe(fs.readFileSync(file, 'utf8'));
    });
  }
});
