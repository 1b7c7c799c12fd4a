import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Agency } from '../model/types.js';
import type { Lang } from '../util/lang.js';
import { RenderError } from '../util/errors.js';
import type { MessageData } from '../util/message.js';
import { say } from '../i18n/messages.js';
import { sniffImage } from '../util/image.js';
import { isInside, logoTarget } from '../model/logo.js';

export { sniffImage } from '../util/image.js';

/** A render error: the CLI words its id; its `message` (for developers and tests) is in the document's language. */
function renderError(lang: Lang, messageId: string, data: MessageData): RenderError {
  return new RenderError(messageId, data, say(lang, messageId, data));
}

/**
 * Reads the logo named by the SOP (relative to agency.logoBase) as a data: URI. It must stay inside
 * the project root once symlinks are resolved and be a PNG, JPEG, GIF, WebP or SVG by its bytes.
 * `sop lint` checks the same (identitas/logo) and its size; this is the check of last resort. The
 * messages name the logo, not the SOP: whoever prints a render failure puts the file before it.
 */
export function loadLogo(agency: Agency, projectRoot: string, lang: Lang): string | null {
  const wanted = logoTarget(agency, projectRoot);
  if (!wanted || !agency.logo) return null;
  const logo = agency.logo;
  let real: string;
  try {
    real = fs.realpathSync(wanted);
  } catch {
    throw renderError(lang, 'renderLogoNotFound', { logo, wanted });
  }
  let root: string;
  try {
    root = fs.realpathSync(projectRoot);
  } catch {
    root = path.resolve(projectRoot);
  }
  if (!isInside(root, real)) throw renderError(lang, 'renderLogoOutside', { logo, real });
  const stat = fs.statSync(real);
  if (!stat.isFile()) throw renderError(lang, 'renderLogoNotFile', { logo });
  const bytes = fs.readFileSync(real);
  const mime = sniffImage(bytes);
  if (!mime) throw renderError(lang, 'renderLogoNotImage', { logo });
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
