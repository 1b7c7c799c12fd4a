import type { Lang } from '../util/lang.js';
import type { Severity } from '../util/diagnostic.js';

export interface WorkTime {
  hoursPerDay: number;
  daysPerWeek: number;
  daysPerMonth: number;
}

export type Paper = 'a4' | 'f4' | 'letter' | 'legal';

/** A rule's configured level and options, as written: "warn" or ["warn", { maks: 6 }]. */
export type RuleSetting = Severity | 'off' | [Severity | 'off'] | [Severity | 'off', Record<string, unknown>];

export interface RawAgency {
  pemerintah?: string;
  nama?: string;
  unit?: string;
  alamat?: string;
  kode_pos?: string | number;
  telepon?: string | number;
  email?: string;
  laman?: string;
  logo?: string;
}

export interface RawApprover {
  jabatan: string;
  nama: string;
  nip?: string;
  pangkat?: string;
}

export interface ProjectConfig {
  /** Absolute path of sop.config.yaml, or null when there is none. */
  file: string | null;
  /** Directory paths in the config are relative to (the config's folder, else cwd). */
  dir: string;
  agency: RawAgency | null;
  approver: RawApprover | null;
  sources: string[];
  outDir: string;
  paper: Paper;
  lang: Lang | null;
  numberPattern: string | null;
  workTime: WorkTime;
  lint: {
    rules: Record<string, RuleSetting>;
    overrides: { files: string[]; rules: Record<string, RuleSetting> }[];
    register: string | null;
  };
  render: { template: string | null; columnNumbers: boolean; approvalAtEnd: boolean };
}
