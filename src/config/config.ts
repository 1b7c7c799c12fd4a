import type { Lang } from '../model/types.js';
import type { ParsedSource, RawProblem } from '../model/parse.js';
import { parseSource, type SourceFile } from '../model/parse.js';
import { validateData } from '../schema/validate.js';
import { defaultWorkTime } from '../model/duration.js';
import type { Paper, ProjectConfig, RawAgency, RawApprover, RuleSetting } from './types.js';

export const CONFIG_FILE_NAME = 'sop.config.yaml';
export const DEFAULT_SOURCES = ['sops/**/*.sop.yaml'];

export function defaultConfig(dir: string): ProjectConfig {
  return {
    file: null,
    dir,
    agency: null,
    approver: null,
    sources: DEFAULT_SOURCES,
    outDir: 'dist',
    paper: 'a4',
    lang: null,
    numberPattern: null,
    workTime: { ...defaultWorkTime },
    lint: { rules: {}, overrides: [], register: null },
    render: { template: null, columnNumbers: true, approvalAtEnd: false },
  };
}

interface RawConfig {
  instansi?: RawAgency;
  disahkan_oleh?: RawApprover;
  sumber?: string | string[];
  keluaran?: string;
  kertas?: Paper;
  bahasa?: Lang;
  nomor_pola?: string;
  waktu?: { jam_per_hari?: number; hari_per_minggu?: number; hari_per_bulan?: number };
  lint?: {
    aturan?: Record<string, RuleSetting>;
    khusus?: { berkas: string | string[]; aturan: Record<string, RuleSetting> }[];
    regulasi?: string;
  };
  render?: { template?: string; nomor_kolom?: boolean; pengesahan_akhir?: boolean };
}

const asList = (v: string | string[] | undefined): string[] | undefined => (v === undefined ? undefined : Array.isArray(v) ? v : [v]);

export interface LoadedConfig {
  config: ProjectConfig;
  parsed: ParsedSource;
  problems: RawProblem[];
}

/** Parses and validates sop.config.yaml; on problems the defaults are returned with them. */
export function parseConfig(source: SourceFile, dir: string, lang: Lang): LoadedConfig {
  const parsed = parseSource(source, lang);
  const config = defaultConfig(dir);
  config.file = source.absPath;
  if (parsed.problems.length) return { config, parsed, problems: parsed.problems };
  const problems = validateData('config', parsed.data, lang);
  if (problems.length) return { config, parsed, problems };
  const raw = parsed.data as RawConfig;
  config.agency = raw.instansi ?? null;
  config.approver = raw.disahkan_oleh ?? null;
  config.sources = asList(raw.sumber) ?? config.sources;
  config.outDir = raw.keluaran ?? config.outDir;
  config.paper = raw.kertas ?? config.paper;
  config.lang = raw.bahasa ?? null;
  config.numberPattern = raw.nomor_pola ?? null;
  config.workTime = {
    hoursPerDay: raw.waktu?.jam_per_hari ?? defaultWorkTime.hoursPerDay,
    daysPerWeek: raw.waktu?.hari_per_minggu ?? defaultWorkTime.daysPerWeek,
    daysPerMonth: raw.waktu?.hari_per_bulan ?? defaultWorkTime.daysPerMonth,
  };
  config.lint = {
    rules: raw.lint?.aturan ?? {},
    overrides: (raw.lint?.khusus ?? []).map((o) => ({ files: asList(o.berkas)!, rules: o.aturan })),
    register: raw.lint?.regulasi ?? null,
  };
  config.render = {
    template: raw.render?.template ?? null,
    columnNumbers: raw.render?.nomor_kolom ?? true,
    approvalAtEnd: raw.render?.pengesahan_akhir ?? false,
  };
  return { config, parsed, problems: [] };
}
