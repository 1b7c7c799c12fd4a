import type { Sop, Lang } from '../model/types.js';
import type { Paper } from '../config/types.js';

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

/** Error in a SOP's render inputs (logo outside the project, not an image) or a template. */
export class RenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderError';
  }
}

/**
 * Renders one SOP to a self-contained HTML document (CSS, font, logo and the layout script inlined).
 * PLACEHOLDER: the render issue replaces this body.
 */
export async function renderHtml(sop: Sop, _options: RenderHtmlOptions): Promise<string> {
  return `<!doctype html><html lang="id" data-layout="done"><head><meta charset="utf-8"><title>${sop.title}</title></head><body></body></html>`;
}
