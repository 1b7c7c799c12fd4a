import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadSop } from '../../src/model/load.js';
import { defaultConfig } from '../../src/config/config.js';
import type { Sop } from '../../src/model/types.js';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const SAMPLES_DIR = path.join(ROOT, 'sops');
export const CHROMIUM = '/usr/bin/chromium';

export function sampleFiles(): string[] {
  return fs.readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.sop.yaml')).sort();
}

export function loadSample(file: string): Sop {
  const abs = path.join(SAMPLES_DIR, file);
  const loaded = loadSop({ path: `sops/${file}`, absPath: abs, text: fs.readFileSync(abs, 'utf8') }, defaultConfig(ROOT));
  if (!loaded.sop) throw new Error(`sample ${file} does not load: ${JSON.stringify(loaded.problems)}`);
  return loaded.sop;
}

/** The PDF's text, one string per page (pdftotext, reading order), whitespace collapsed. */
export function pdfPages(file: string, layout = false): string[] {
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages.map(normalize);
}

export function normalize(text: string): string {
  return text.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
}

export interface PdfInfo {
  fields: Record<string, string>;
  pages: number;
  sizes: { width: number; height: number }[];
}

/** pdfinfo's fields and every page's size in points. */
export function pdfInfo(file: string): PdfInfo {
  const out = execFileSync('pdfinfo', ['-isodates', '-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  const fields: Record<string, string> = {};
  const sizes: { width: number; height: number }[] = [];
  for (const line of out.split('\n')) {
    const size = /^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/.exec(line);
    if (size) {
      sizes.push({ width: Number(size[1]), height: Number(size[2]) });
      continue;
    }
    const m = /^([A-Za-z ]+):\s*(.*)$/.exec(line);
    if (m) fields[m[1]!.trim()] = m[2]!.trim();
  }
  return { fields, pages: Number(fields.Pages), sizes };
}

/** mm → PostScript points. */
export const mm = (value: number) => (value * 72) / 25.4;

/**
 * Whether the phrase's words occur in order in the text, close together. pdftotext reads narrow
 * table cells side by side (the actor header wraps "Kepala Seksi / Pelayanan" next to its
 * neighbours), so a phrase may come interleaved with the words of the cells beside it.
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const norm = (s: string) => normalize(s).toLowerCase();
  if (norm(text).includes(norm(phrase))) return true;
  const words = norm(text).split(' ');
  const wanted = norm(phrase).split(' ');
  const window = wanted.length * 4 + 6;
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== wanted[0]) continue;
    let k = 1;
    for (let i = start + 1; i < words.length && i - start < window && k < wanted.length; i++) if (words[i] === wanted[k]) k++;
    if (k === wanted.length) return true;
  }
  return false;
}
