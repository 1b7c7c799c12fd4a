import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Lang } from '../util/lang.js';
import { UsageError } from '../util/errors.js';
import type { Paper, ProjectConfig } from '../config/types.js';
import type { Sop } from '../model/types.js';
import type { RenderHtmlOptions } from '../render/index.js';
import type { PdfMetadata } from '../pdf/finalize.js';
import { version } from '../util/version.js';

export type Format = 'html' | 'pdf';

/** What a render run is asked for (the options of `sop render`, paths as given). */
export interface RenderRequest {
  format: string;
  out?: string;
  paper?: Paper;
  template?: string;
  chrome?: string;
  concurrency?: number;
  timeout?: number;
  book?: string;
  force?: boolean;
}

/** Everything a batch needs that does not change between watch rounds. */
export interface Plan {
  config: ProjectConfig;
  lang: Lang;
  verbose: boolean;
  formats: Set<Format>;
  outDir: string;
  paper: Paper;
  templateDir: string | null;
  concurrency: number;
  timeoutMs: number;
  bookFile: string | null;
  force: boolean;
  chrome: string | undefined;
}

/** Settles formats, folders and limits; a bad option is a UsageError. */
export function makePlan(request: RenderRequest, settings: { config: ProjectConfig; lang: Lang; verbose: boolean; cwd: string }): Plan {
  const { config, cwd } = settings;
  const formats = parseFormats(request.format);
  const outDir = request.out ? path.resolve(cwd, request.out) : path.resolve(config.dir, config.outDir);
  const templateDir = request.template ? path.resolve(cwd, request.template) : config.render.template ? path.resolve(config.dir, config.render.template) : null;
  if (templateDir && !isDirectory(templateDir)) throw new UsageError('renderTemplateNotFolder', { dir: templateDir });
  if (request.timeout !== undefined && request.timeout < 1) throw new UsageError('renderTimeoutMin');
  if (request.concurrency !== undefined && request.concurrency < 1) throw new UsageError('renderConcurrencyMin');
  return {
    config,
    lang: settings.lang,
    verbose: settings.verbose,
    formats,
    outDir,
    paper: request.paper ?? config.paper,
    templateDir,
    concurrency: request.concurrency ?? os.availableParallelism(),
    timeoutMs: (request.timeout ?? 60) * 1000,
    bookFile: request.book ? path.resolve(cwd, request.book) : null,
    force: Boolean(request.force),
    chrome: request.chrome,
  };
}

export function parseFormats(value: string): Set<Format> {
  const formats = new Set<Format>();
  for (const part of value.split(',').map((s) => s.trim().toLowerCase())) {
    if (part === 'html' || part === 'pdf') formats.add(part);
    else throw new UsageError('renderBadFormat', { value });
  }
  return formats;
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The folder a SOP's files (the logo) must stay inside: the config's folder; without a config,
 * the git work tree the SOP is in, else the current folder (so `../assets/logo.png` from
 * sops/ works in a project that has no sop.config.yaml yet).
 */
export function projectRootOf(config: ProjectConfig, sop: Sop): string {
  if (config.file) return config.dir;
  for (let dir = path.dirname(path.resolve(config.dir, sop.file)); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return config.dir;
  }
}

/** The options renderHtml takes for a SOP under a plan. */
export function htmlOptionsFor(plan: Pick<Plan, 'paper' | 'templateDir' | 'config' | 'lang'>, sop: Sop): RenderHtmlOptions {
  return {
    paper: plan.paper,
    templateDir: plan.templateDir,
    columnNumbers: plan.config.render.columnNumbers,
    approvalAtEnd: plan.config.render.approvalAtEnd,
    projectRoot: projectRootOf(plan.config, sop),
    lang: plan.lang,
  };
}

/** The absolute path of a SOP's logo, or null. */
export function logoPath(sop: Sop): string | null {
  const { logo, logoBase } = sop.agency;
  return logo && logoBase ? path.resolve(logoBase, logo) : null;
}

export function readOrNull(file: string | null): Buffer | null {
  if (!file) return null;
  try {
    return fs.readFileSync(file);
  } catch {
    return null;
  }
}

/** Every file below the template folder, with its path relative to it (for the manifest hash). */
export function readTemplateFiles(dir: string | null): { name: string; content: Uint8Array }[] {
  if (!dir) return [];
  const out: { name: string; content: Uint8Array }[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const abs = path.join(entry.parentPath, entry.name);
    out.push({ name: path.relative(dir, abs).split(path.sep).join('/'), content: fs.readFileSync(abs) });
  }
  return out;
}

/** The PDF metadata of a SOP. */
export function sopMetadata(sop: Sop, sourceDateEpoch: string | undefined, documentDate: (d: Sop['dates'], e: string | undefined) => Date, producer: string): PdfMetadata {
  const author = sop.agency.name ?? sop.agency.government ?? '';
  const keywords = ['SOP', 'SOP AP', sop.number, sop.agency.government, sop.agency.name, sop.agency.unit].filter((k): k is string => Boolean(k));
  return {
    title: sop.title,
    subject: sop.number,
    author,
    keywords,
    creator: `sop ${version}`,
    producer,
    language: 'id',
    date: documentDate(sop.dates, sourceDateEpoch),
  };
}
