import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSop } from '../../src/model/load.js';
import { defaultConfig } from '../../src/config/config.js';
import type { Sop } from '../../src/model/types.js';
import type { RenderHtmlOptions } from '../../src/render/index.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function sopFromText(text: string, file = 'sops/generated.sop.yaml'): Sop {
  const { sop, problems } = loadSop({ path: file, absPath: path.join(REPO, file), text }, defaultConfig(REPO));
  if (!sop) throw new Error(`${file}: ${JSON.stringify(problems)}`);
  return sop;
}

export function sampleSops(): Array<{ slug: string; sop: Sop }> {
  return fs
    .readdirSync(path.join(REPO, 'sops'))
    .filter((f) => f.endsWith('.sop.yaml'))
    .sort()
    .map((f) => ({ slug: f.replace(/\.sop\.yaml$/, ''), sop: sopFromText(fs.readFileSync(path.join(REPO, 'sops', f), 'utf8'), `sops/${f}`) }));
}

export function renderOptions(overrides: Partial<RenderHtmlOptions> = {}): RenderHtmlOptions {
  return { paper: 'a4', templateDir: null, columnNumbers: true, approvalAtEnd: false, projectRoot: REPO, lang: 'id', ...overrides };
}
