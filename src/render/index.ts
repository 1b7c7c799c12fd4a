import type { Sop } from '../model/types.js';
import type { Lang } from '../util/lang.js';
import type { Paper } from '../config/types.js';
import { buildViewModel } from './view-model.js';
import { loadFontCss, loadLogo } from './assets.js';
import { renderTemplates } from './html.js';

export { RenderError } from '../util/errors.js';
export { buildViewModel, formatDateId, formatNip, paperSize, portraitPageSize } from './view-model.js';
export type { ViewModel } from './view-model.js';

export interface RenderHtmlOptions {
  paper: Paper;
  /** Folder whose files override the built-in templates, partials and stylesheets by name. */
  templateDir: string | null;
  /** Print the row of column numbers under the header. */
  columnNumbers: boolean;
  /** Print the approval block again under the last flowchart page. */
  approvalAtEnd: boolean;
  /** The project root: files named in a SOP (the logo) must stay inside it. */
  projectRoot: string;
  lang: Lang;
}

/**
 * Renders one SOP to a self-contained HTML document (CSS, font, logo and the layout script inlined).
 * The document lays itself out when opened: it measures the rows, paginates them into page boxes,
 * draws symbols and arrows, then sets data-layout="done" on <html> (see docs/templates.md).
 */
export async function renderHtml(sop: Sop, options: RenderHtmlOptions): Promise<string> {
  const logo = loadLogo(sop.agency, options.projectRoot, options.lang);
  const vm = buildViewModel(sop, {
    paper: options.paper,
    columnNumbers: options.columnNumbers,
    approvalAtEnd: options.approvalAtEnd,
    lang: options.lang,
    logo,
  });
  return renderTemplates(vm, options.templateDir, { fontCss: loadFontCss() });
}
