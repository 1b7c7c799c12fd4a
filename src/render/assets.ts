import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Agency } from '../model/types.js';
import type { Lang } from '../util/lang.js';
import { RenderError } from '../util/errors.js';
import type { MessageData } from '../util/message.js';
import { say } from '../i18n/messages.js';

/** Image kinds accepted for the logo, recognised by their first bytes (never by the file name). */
export function sniffImage(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp';
  // SVG: text whose first element is <svg (after an optional BOM, XML declaration, comments, doctype).
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').replace(/^\uFEFF/, '');
  const rest = head.replace(/^(\s*(<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>))*\s*/i, '');
  if (/^<svg[\s>]/i.test(rest)) return 'image/svg+xml';
  return null;
}

/** A render error: the CLI words its id; its `message` (for developers and tests) is in the document's language. */
function renderError(lang: Lang, messageId: string, data: MessageData): RenderError {
  return new RenderError(messageId, data, say(lang, messageId, data));
}

/**
 * Reads the logo named by the SOP (relative to agency.logoBase) as a data: URI. It must stay inside
 * the project root once symlinks are resolved and be a PNG, JPEG, GIF, WebP or SVG by its bytes.
 */
export function loadLogo(agency: Agency, projectRoot: string, lang: Lang, sopFile: string): string | null {
  if (!agency.logo) return null;
  const base = agency.logoBase ?? projectRoot;
  const wanted = path.resolve(base, agency.logo);
  let real: string;
  try {
    real = fs.realpathSync(wanted);
  } catch {
    throw renderError(lang, 'renderLogoNotFound', { file: sopFile, logo: agency.logo, wanted });
  }
  let root: string;
  try {
    root = fs.realpathSync(projectRoot);
  } catch {
    root = path.resolve(projectRoot);
  }
  const rel = path.relative(root, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) throw renderError(lang, 'renderLogoOutside', { file: sopFile, logo: agency.logo, real });
  const stat = fs.statSync(real);
  if (!stat.isFile()) throw renderError(lang, 'renderLogoNotFile', { file: sopFile, logo: agency.logo });
  const bytes = fs.readFileSync(real);
  const mime = sniffImage(bytes);
  if (!mime) throw renderError(lang, 'renderLogoNotImage', { file: sopFile, logo: agency.logo });
  return `data:${mime};base64,${bytes.toString('base64')}`;
}

let fontCss: string | null = null;

/** @font-face rules for the bundled Arimo (metric-compatible with Arial / Liberation Sans). */
export function loadFontCss(): string {
  if (fontCss !== null) return fontCss;
  const require = createRequire(import.meta.url);
  const face = (weight: number) => {
    const file = require.resolve(`@fontsource/arimo/files/arimo-latin-${weight}-normal.woff2`);
    const data = fs.readFileSync(file).toString('base64');
    return `@font-face{font-family:"Arimo";font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");}`;
  };
  fontCss = `${face(400)}\n${face(700)}\n`;
  return fontCss;
}
