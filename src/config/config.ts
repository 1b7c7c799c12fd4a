import type { Lang } from '../util/lang.js';
import { SOP_GLOB } from '../util/paths.js';
import type { Paper, ProjectConfig, RawAgency, RawApprover, RuleSetting, WorkTime } from './types.js';

/** Working time when the config does not set it: 7.5 hours a day, 5 days a week, 22 a month. */
export const defaultWorkTime: WorkTime = { hoursPerDay: 7.5, daysPerWeek: 5, daysPerMonth: 22 };

export const CONFIG_FILE_NAME = 'sop.config.yaml';
export const DEFAULT_SOURCES = [`sops/${SOP_GLOB}`];

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

/** sop.config.yaml as written (after the schema gate). */
export interface RawConfig {
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

/** The project config from the data of a sop.config.yaml that passed the schema gate. */
export function configFromData(raw: RawConfig, dir: string, file: string | null): ProjectConfig {
  const config = defaultConfig(dir);
  config.file = file;
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
  return config;
}
