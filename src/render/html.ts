import fs from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ViewModel } from './view-model.js';
import { RenderError } from '../util/errors.js';
import { paginate } from './layout/paginate.js';
import { routeEdges } from './layout/route.js';
import { connectorLetter, planPages } from './layout/pages.js';
import { runLayout } from './runtime.js';

/** The built-in templates folder (templates/ at the package root, next to src/ and lib/). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export const MAIN_TEMPLATE = 'sop.hbs';
export const STYLESHEET = 'sop.css';

type HandlebarsModule = typeof import('handlebars');
type Render = (context: unknown) => string;

interface TemplateSet {
  render: Render;
  css: string;
}

interface SourceTemplate {
  /** Name shown in errors: the file path relative to its templates folder, or the override path. */
  display: string;
  text: string;
}

const builtinCache = new Map<string, TemplateSet>();

function readDir(dir: string, sub: string): string[] {
  try {
    return fs.readdirSync(path.join(dir, sub)).filter((f) => f.endsWith('.hbs')).sort();
  } catch {
    return [];
  }
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** Collects the main template, partials and stylesheet: the override folder's files win by name. */
function collectSources(overrideDir: string | null): { main: SourceTemplate; partials: Map<string, SourceTemplate>; css: string } {
  const pick = (rel: string): SourceTemplate | null => {
    if (overrideDir) {
      const candidates = rel.startsWith('partials/') ? [rel, path.basename(rel)] : [rel];
      for (const c of candidates) {
        const text = readText(path.join(overrideDir, c));
        if (text !== null) return { display: path.join(overrideDir, c), text };
      }
    }
    const text = readText(path.join(BUILTIN_TEMPLATES, rel));
    return text === null ? null : { display: `templates/${rel}`, text };
  };
  const main = pick(MAIN_TEMPLATE);
  if (!main) throw new RenderError('renderTemplateMissing', { template: MAIN_TEMPLATE, dir: overrideDir ?? BUILTIN_TEMPLATES }, `template ${MAIN_TEMPLATE} not found in ${overrideDir ?? BUILTIN_TEMPLATES}`);
  const names = new Set(readDir(BUILTIN_TEMPLATES, 'partials'));
  if (overrideDir) for (const n of readDir(overrideDir, 'partials')) names.add(n);
  const partials = new Map<string, SourceTemplate>();
  for (const file of [...names].sort()) {
    const src = pick(`partials/${file}`);
    if (src) partials.set(file.replace(/\.hbs$/, ''), src);
  }
  const css = pick(STYLESHEET);
  return { main, partials, css: css?.text ?? '' };
}

interface HbError extends Error {
  lineNumber?: number;
  column?: number;
  sopTemplate?: string;
}

function describe(err: unknown, file: string): RenderError {
  if (err instanceof RenderError) return err;
  const e = err as HbError;
  const message = String(e?.message ?? err);
  let line = e?.lineNumber;
  let column = e?.column;
  const parse = /Parse error on line (\d+)/.exec(message);
  if (parse) line = Number(parse[1]);
  const pos = / - (\d+):(\d+)$/.exec(message);
  if (!line && pos) {
    line = Number(pos[1]);
    column = Number(pos[2]);
  }
  const where = line ? `${file}:${line}${column !== undefined ? `:${column + 1}` : ''}` : file;
  const firstLine = message.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  const detail = parse ? message.split('\n').slice(1).join('\n') : '';
  const text = `${firstLine}${detail ? `\n${detail}` : ''}`;
  return new RenderError('renderTemplateError', { where, detail: text }, `template error at ${where}: ${text}`);
}

/** Compiles a template set with an isolated, strict Handlebars; errors name the file and line. */
function compileSet(hbs: HandlebarsModule, overrideDir: string | null): TemplateSet {
  const { main, partials, css } = collectSources(overrideDir);
  const hb = hbs.create();
  const compileOne = (src: SourceTemplate): Render => {
    try {
      hb.parse(src.text);
    } catch (err) {
      throw describe(err, src.display);
    }
    const fn = hb.compile(src.text, { strict: true, noEscape: false });
    return (context: unknown, options?: unknown) => {
      try {
        return (fn as (c: unknown, o?: unknown) => string)(context, options);
      } catch (err) {
        const e = err as HbError;
        // The innermost template that failed names the file.
        if (e && typeof e === 'object' && !(err instanceof RenderError) && !e.sopTemplate) e.sopTemplate = src.display;
        throw err;
      }
    };
  };
  for (const [name, src] of partials) hb.registerPartial(name, compileOne(src) as never);
  const render = compileOne(main);
  return {
    css,
    render: (context) => {
      try {
        return render(context);
      } catch (err) {
        throw describe(err, (err as HbError)?.sopTemplate ?? main.display);
      }
    },
  };
}

async function templateSet(overrideDir: string | null): Promise<TemplateSet> {
  const key = overrideDir ?? '';
  if (!overrideDir && builtinCache.has(key)) return builtinCache.get(key)!;
  const hbs = (await import('handlebars')).default as unknown as HandlebarsModule;
  const set = compileSet(hbs, overrideDir);
  if (!overrideDir) builtinCache.set(key, set);
  return set;
}

let layoutScript: string | null = null;

/** The layout script: the pure layout functions and the browser runtime, serialised. */
export function buildLayoutScript(): string {
  if (layoutScript !== null) return layoutScript;
  const body = [
    paginate.toString(),
    routeEdges.toString(),
    connectorLetter.toString(),
    planPages.toString(),
    runLayout.toString(),
    'function start() { runLayout({ paginate: paginate, routeEdges: routeEdges, planPages: planPages }, document); }',
    'var fonts = document.fonts;',
    "if (fonts && fonts.load) { Promise.all([fonts.load('400 10px Arimo'), fonts.load('700 10px Arimo')]).then(function () { return fonts.ready; }).then(start, start); } else { start(); }",
  ].join('\n');
  // No "</script" inside, and LF line ends (an HTML parser turns CR LF into LF before the CSP hashes it).
  layoutScript = `(function () {\n"use strict";\n${body}\n})();`.replace(/<\/(script)/gi, '<\\/$1').replace(/\r\n?/g, '\n');
  return layoutScript;
}

/**
 * The text of the layout <script> element exactly as the built-in template inlines it (a line
 * break on either side, as `<script>\n{{{assets.script}}}\n</script>` writes it): the CSP hash is
 * over these characters, so the element must hold nothing else.
 */
function layoutScriptText(): string {
  return `\n${buildLayoutScript()}\n`;
}

/** The layout <script> element, ready to inline: `{{{assets.scriptElement}}}`. */
export function layoutScriptElement(): string {
  return `<script>${layoutScriptText()}</script>`;
}

let layoutHash: string | null = null;

/**
 * The CSP source that lets the layout script run and no other inline script: `'sha256-…'` of the
 * UTF-8 bytes of its text. The text is fixed per build, so is the hash.
 */
export function layoutScriptHash(): string {
  layoutHash ??= `'sha256-${createHash('sha256').update(layoutScriptText(), 'utf8').digest('base64')}'`;
  return layoutHash;
}

/**
 * The Content-Security-Policy of the rendered document (its <meta>; a server that serves the
 * document sends it too, plus what only a header can say, e.g. frame-ancestors): nothing from the
 * network, images and fonts only as data: URIs, inline styles, and of the scripts only the layout
 * script (by its hash). The JSON block is type="application/json", data the script reads, not run.
 */
export function documentCsp(): string {
  return `default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src ${layoutScriptHash()}; font-src data:`;
}

/** JSON for a <script type="application/json"> block: no "<" so that "</script>" cannot occur. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface RenderAssets {
  fontCss: string;
}

export async function renderTemplates(vm: ViewModel, overrideDir: string | null, assets: RenderAssets): Promise<string> {
  const set = await templateSet(overrideDir);
  const context = {
    ...vm,
    assets: {
      css: `${assets.fontCss}${set.css}`,
      /** The script alone (a custom template writes `<script>\n{{{assets.script}}}\n</script>`, as the element below). */
      script: buildLayoutScript(),
      scriptElement: layoutScriptElement(),
      csp: documentCsp(),
      layoutJson: scriptJson({ ...vm.layout, symbolText: { mulai: 'Mulai', selesai: 'Selesai' } }),
    },
  };
  return set.render(context);
}
