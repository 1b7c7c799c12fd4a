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
import { displayPath, slugOf } from '../util/paths.js';
import type { Shard } from '../util/shard.js';
import { phrase, type MessageValue } from '../util/message.js';
import type { Diagnostic } from '../util/diagnostic.js';
import { loadSopFile } from '../model/files.js';
import { projectRootOf } from '../model/project.js';
import { locateProblems } from '../model/locate.js';
import { hashInputs, isUpToDate, type Manifest } from '../render/manifest.js';

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
  /** `--shard k/n`: only the files of this shard. */
  shard?: Shard;
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
  /** --timeout was given: a hard limit for every document; else the base of one that grows with the document. */
  fixedTimeout: boolean;
  bookFile: string | null;
  force: boolean;
  chrome: string | undefined;
  /** Only the files of this shard are rendered (their keys: shardKey from the config's folder). */
  shard: Shard | null;
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
  // A shard has a part of the SOPs; the book wants all of them: `sop book` makes it from the shards' PDFs.
  if (request.shard && request.book) throw new UsageError('renderShardBook', { shard: `${request.shard.index}/${request.shard.count}` });
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
    fixedTimeout: request.timeout !== undefined,
    bookFile: request.book ? path.resolve(cwd, request.book) : null,
    force: Boolean(request.force),
    chrome: request.chrome,
    shard: request.shard ?? null,
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

/** A file that was not rendered, and why (a phrase the caller words). */
export interface Failure {
  file: string;
  message: MessageValue;
}

/** One SOP to render now. */
export interface Job {
  /** The SOP's text: the model is rebuilt from it when the job runs, so a batch of thousands keeps
   * only texts and hashes in memory, not every parsed document. */
  text: string;
  absPath: string;
  number: string;
  title: string;
  agency: Sop['agency'];
  file: string;
  slug: string;
  /** Formats to produce now, with the hash of their inputs. */
  todo: Map<Format, string>;
  /** The PDF is needed for the book even when it is up to date on disk. */
  needPdfBytes: boolean;
}

export interface JobsInput {
  cwd: string;
  /** The output folder's manifest: an output whose inputs hash as recorded (and that exists) is skipped. */
  manifest: Manifest;
  sourceDateEpoch: string | undefined;
  /** sop.config.yaml's text ('' when there is none): part of every output's inputs. */
  configText: string;
  /** Broken files and slug clashes are added here. */
  failures: Failure[];
  /** The logos the SOPs name are added here (for --watch). */
  watched: Set<string>;
  /**
   * Every file of the project when `absFiles` is one shard of it (sorted as resolveFiles sorts):
   * a file of another shard earlier in the order keeps its output name, as it would in a run of all.
   */
  project?: readonly string[];
}

/**
 * Decides what to do per SOP from the files and the manifest: broken files (YAML or schema
 * problems) are reported like lint and skipped; of two files with one output name the first wins.
 */
export function planJobs(absFiles: readonly string[], plan: Plan, input: JobsInput): { jobs: Job[]; skipped: number; broken: { file: string; diagnostics: Diagnostic[] }[] } {
  const { manifest, sourceDateEpoch, failures, watched } = input;
  const templates = readTemplateFiles(plan.templateDir);
  const jobs: Job[] = [];
  const broken: { file: string; diagnostics: Diagnostic[] }[] = [];
  const slugs = new Map<string, string>();
  // The first file of another shard with each output name, by its place in the whole order.
  const mine = new Set(absFiles);
  const foreign = new Map<string, { at: number; file: string }>();
  const order = new Map<string, number>();
  (input.project ?? []).forEach((abs, at) => {
    order.set(abs, at);
    const slug = slugOf(abs);
    if (!mine.has(abs) && !foreign.has(slug)) foreign.set(slug, { at, file: displayPath(abs, input.cwd) });
  });
  let skipped = 0;
  for (const abs of absFiles) {
    // One file at a time, as lint loads them; only what the job needs is kept.
    const l = loadSopFile(abs, input.cwd, plan.config);
    if (!l.sop) {
      broken.push({ file: l.parsed.source.path, diagnostics: locateProblems(l.parsed, l.problems) });
      failures.push({ file: l.parsed.source.path, message: phrase('renderNotRendered') });
      continue;
    }
    const sop = l.sop;
    const file = l.parsed.source.path;
    const slug = slugOf(l.parsed.source.absPath);
    const before = foreign.get(slug);
    const clash = slugs.get(slug) ?? (before && before.at < (order.get(abs) ?? Infinity) ? before.file : undefined);
    if (clash) {
      failures.push({ file, message: phrase('renderSameSlug', { other: clash, slug }) });
      continue;
    }
    slugs.set(slug, file);
    const logo = logoPath(sop);
    if (logo) watched.add(logo);
    const base = {
      source: l.parsed.source.text,
      config: input.configText,
      templates,
      logo: readOrNull(logo),
      toolVersion: version,
      paper: plan.paper,
      lang: plan.lang,
      extra: `SOURCE_DATE_EPOCH=${sourceDateEpoch ?? ''}`,
    };
    const todo = new Map<Format, string>();
    for (const format of plan.formats) {
      const hash = hashInputs({ ...base, format });
      const output = `${slug}.${format}`;
      if (plan.force || !isUpToDate(manifest, output, hash, fs.existsSync(path.join(plan.outDir, output)))) todo.set(format, hash);
    }
    const bookNeedsPrint = Boolean(plan.bookFile) && !plan.formats.has('pdf');
    if (todo.size === 0 && !plan.bookFile) {
      skipped++;
      continue;
    }
    if (todo.size === 0) skipped++;
    jobs.push({
      text: l.parsed.source.text,
      absPath: abs,
      number: sop.number,
      title: sop.title,
      agency: sop.agency,
      file,
      slug,
      todo,
      needPdfBytes: Boolean(plan.bookFile) && (bookNeedsPrint || !todo.has('pdf')),
    });
  }
  return { jobs, skipped, broken };
}
