import path from 'node:path';
import { watch as watchFiles, type FSWatcher } from 'chokidar';
import type { Lang } from '../util/lang.js';
import { displayPath, slugOf } from '../util/paths.js';
import { version as toolVersion } from '../util/version.js';
import type { ProjectConfig } from '../config/types.js';
import type { ParsedSource } from '../model/parse.js';
import type { LoadedSop } from '../model/load.js';
import { loadSopFile, resolveFiles } from '../model/files.js';
import { loadProjectConfig } from '../model/config.js';
import { nodeFileView } from '../model/project.js';
import { formatDuration } from '../model/duration.js';
import { lintLoaded, wordResults } from '../lint/run.js';
import { rules } from '../lint/registry.js';
import { loadRegister } from '../lint/regulations/load.js';
import { hashInputs } from '../render/manifest.js';
import { sayValue } from '../i18n/messages.js';
import { htmlOptionsFor, logoPath, readOrNull, readTemplateFiles } from '../build/plan.js';
import { describeFailure, printSopPdf } from '../build/run.js';
import type { PdfPrinter } from '../pdf/printer.js';
import type { PreviewSite } from './server.js';
import { editorLink, indexPage, sopPage, type IndexEntry, type PageState } from './pages.js';

/** The project as the preview sees it at one moment; `reload()` reads it again from disk. */
export interface PreviewProject {
  config: ProjectConfig;
  configParsed: ParsedSource | null;
  lang: Lang;
}

/** The project read from disk again at each call: sop.config.yaml found from `cwd` (or the one named), in `lang`. */
export function projectReloader(cwd: string, configFile: string | undefined, lang: Lang): () => PreviewProject {
  return () => {
    const loaded = loadProjectConfig(cwd, configFile);
    return { config: loaded.config, configParsed: loaded.parsed, lang };
  };
}

export interface PreviewSiteOptions {
  /** Files, folders or globs as given on the command line (none: the config's `sumber`). */
  args: readonly string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** The project now (config changes apply at once). */
  reload(): PreviewProject;
  /** --template, resolved; else the config's. */
  templateDir?: string | null;
  /** Finds the browser for /pdf/ (only when a PDF is asked for). */
  browser(): Promise<string>;
  /** Today's date, YYYY-MM-DD (the lint rules' clock). */
  today(): string;
  /** Debounce of file events, ms. */
  debounceMs?: number;
}

interface Entry {
  slug: string;
  abs: string;
  loaded: LoadedSop;
  /** A hash of every input of the form: it changes whenever the form can. */
  version: string;
}

interface Snapshot {
  project: PreviewProject;
  templateDir: string | null;
  entries: Map<string, Entry>;
  state: Map<string, PageState>;
  forms: Map<string, Promise<string | null>>;
}

/** The preview's pages from the build layer: load, lint and render on demand, cached per change. */
export function createPreviewSite(options: PreviewSiteOptions): PreviewSite & { ready: Promise<void>; close(): Promise<void> } {
  let snapshot: Snapshot | null = null;
  const listeners = new Set<(slugs: readonly string[]) => void>();
  let printer: Promise<PdfPrinter> | null = null;

  const take = (): Snapshot => (snapshot ??= build());

  function build(): Snapshot {
    const project = options.reload();
    const { config, lang } = project;
    const templateDir = options.templateDir !== undefined ? options.templateDir : config.render.template ? path.resolve(config.dir, config.render.template) : null;
    let files: string[];
    try {
      files = resolveFiles(options.args, options.cwd, config);
    } catch {
      files = [];
    }
    const configText = config.file ? (readOrNull(config.file)?.toString('utf8') ?? '') : '';
    const templates = readTemplateFiles(templateDir);
    const entries = new Map<string, Entry>();
    const loadedAll: LoadedSop[] = [];
    for (const abs of files) {
      const slug = slugOf(abs).toLowerCase();
      if (entries.has(slug) || !/^[a-z0-9][a-z0-9._-]*$/.test(slug)) continue;
      const loaded = loadSopFile(abs, options.cwd, config);
      loadedAll.push(loaded);
      const logo = loaded.sop ? readOrNull(logoPath(loaded.sop)) : null;
      const version = hashInputs({ source: loaded.parsed.source.text, config: configText, templates, logo, toolVersion, format: 'html', paper: config.paper, lang, extra: '' }).slice(0, 16);
      entries.set(slug, { slug, abs, loaded, version });
    }
    const { register } = loadRegister(config, options.cwd);
    const results = lintLoaded(loadedAll, { config, rules, register, today: options.today(), configParsed: project.configParsed, files: nodeFileView(config) });
    const worded = new Map(wordResults(results, rules, lang).map((f) => [f.file, f.diagnostics]));
    const state = new Map<string, PageState>();
    for (const entry of entries.values()) {
      const diagnostics = worded.get(entry.loaded.parsed.source.path) ?? [];
      const counts = { error: 0, warn: 0, info: 0 };
      for (const d of diagnostics) counts[d.severity]++;
      state.set(entry.slug, {
        slug: entry.slug,
        file: entry.loaded.parsed.source.path,
        absPath: entry.abs,
        rendered: entry.loaded.sop !== null,
        version: entry.version,
        diagnostics: diagnostics.map(({ line, column, severity, ruleId, message }) => ({ line, column, severity, ruleId, message, href: editorLink(entry.abs, line, column) })),
        counts,
      });
    }
    return { project, templateDir, entries, state, forms: new Map() };
  }

  async function renderForm(snap: Snapshot, entry: Entry): Promise<string | null> {
    const sop = entry.loaded.sop;
    if (!sop) return null;
    const { renderHtml } = await import('../render/index.js');
    const { config, lang } = snap.project;
    try {
      return await renderHtml(sop, htmlOptionsFor({ paper: config.paper, templateDir: snap.templateDir, config, lang }, sop));
    } catch (error) {
      // A bad logo or template: the page says why, in place of the form.
      const { escapeHtml } = await import('./pages.js');
      return `<!doctype html><meta charset="utf-8"><p data-render-error>${escapeHtml(sayValue(lang, describeFailure(error)))}</p>`;
    }
  }

  const form = (snap: Snapshot, slug: string): Promise<string | null> => {
    const entry = snap.entries.get(slug);
    if (!entry) return Promise.resolve(null);
    let cached = snap.forms.get(slug);
    if (!cached) snap.forms.set(slug, (cached = renderForm(snap, entry)));
    return cached;
  };

  // Watch the project: any change makes a new snapshot; the slugs whose version moved are told.
  const root = take().project.config.dir;
  let timer: NodeJS.Timeout | undefined;
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const before = snapshot;
      snapshot = null;
      const after = take();
      const changed = new Set<string>();
      for (const [slug, st] of after.state) if (before?.state.get(slug)?.version !== st.version || before?.state.get(slug)?.rendered !== st.rendered || JSON.stringify(before?.state.get(slug)?.diagnostics) !== JSON.stringify(st.diagnostics)) changed.add(slug);
      for (const slug of before?.state.keys() ?? []) if (!after.state.has(slug)) changed.add(slug);
      if (changed.size) for (const listener of listeners) listener([...changed].sort());
    }, options.debounceMs ?? 40);
  };
  const outDir = (p: string) => {
    const config = snapshot?.project.config ?? take().project.config;
    const out = path.resolve(config.dir, config.outDir);
    return p === out || p.startsWith(out + path.sep);
  };
  const watcher: FSWatcher = watchFiles(root, {
    ignoreInitial: true,
    ignored: (p: string) => /[\\/](node_modules|\.git)([\\/]|$)/.test(p) || p.endsWith('.tmp') || outDir(path.resolve(p)),
    depth: 6,
  });
  watcher.on('all', onChange);
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    ready,
    async index(nonce) {
      const snap = take();
      const entries: IndexEntry[] = [...snap.entries.values()].map((e) => {
        const st = snap.state.get(e.slug)!;
        const sop = e.loaded.sop;
        return {
          slug: e.slug,
          file: st.file,
          number: sop?.number ?? null,
          title: sop?.title ?? null,
          unit: sop?.agency.unit ?? sop?.agency.name ?? null,
          errors: st.counts.error,
          warnings: st.counts.warn,
          total: sop?.totalDuration ? formatDuration(sop.totalDuration, sop.workTime, snap.project.lang, sop.totalInDays) : null,
        };
      });
      return indexPage(entries, snap.project.lang, nonce);
    },
    async page(slug, nonce) {
      const snap = take();
      const st = snap.state.get(slug);
      const entry = snap.entries.get(slug);
      if (!st || !entry) return null;
      const title = entry.loaded.sop ? `${entry.loaded.sop.number} — ${entry.loaded.sop.title}` : displayPath(entry.abs, options.cwd);
      return sopPage(st, title, snap.project.lang, nonce);
    },
    async form(slug) {
      return form(take(), slug);
    },
    async state(slug) {
      return take().state.get(slug) ?? null;
    },
    async pdf(slug) {
      const snap = take();
      const entry = snap.entries.get(slug);
      if (!entry?.loaded.sop) return null;
      const html = await form(snap, slug);
      if (html === null) return null;
      printer ??= (async () => {
        const { PdfPrinter } = await import('../pdf/printer.js');
        return PdfPrinter.open({ executablePath: await options.browser(), timeoutMs: 60_000 });
      })();
      const pdf = await printSopPdf(await printer, entry.loaded.sop, html, { baseTimeoutMs: 60_000, fixedTimeout: false, sourceDateEpoch: options.env.SOURCE_DATE_EPOCH });
      return pdf.bytes;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      clearTimeout(timer);
      await watcher.close();
      if (printer) await (await printer.catch(() => null))?.close();
    },
  };
}
