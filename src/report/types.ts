import type { Lang } from '../util/lang.js';
import type { WordedFile } from '../util/diagnostic.js';
import type { Message } from '../i18n/messages.js';

/** A file's findings in words (see i18n/messages.ts `wordFiles`). */
export type ReportFile = WordedFile;

/** What a reporter knows of a rule (SARIF's rule table, help links). */
export interface RuleInfo {
  id: string;
  severity: 'error' | 'warn' | 'info';
  fixable: boolean;
  description: Message;
}

export interface ReportContext {
  lang: Lang;
  color: boolean;
  /** Rule metadata by id, for SARIF and help links. */
  rules: ReadonlyMap<string, RuleInfo>;
  toolVersion: string;
  /** Base URL of the rule docs, e.g. https://…/docs/rules/ */
  docsBaseUrl: string;
  /** Directory file paths are relative to (SARIF's %SRCROOT%). */
  cwd: string;
  /**
   * The repository root, which a GitLab Code Quality report's paths are relative to (GitLab CI's
   * CI_PROJECT_DIR); default `cwd`.
   */
  projectDir?: string;
  /** The text of each reported file, by its path as reported (what a finding's fingerprint points at). */
  sources?: ReadonlyMap<string, string>;
}

export type Reporter = (files: readonly ReportFile[], context: ReportContext) => string;

export function countBySeverity(files: readonly ReportFile[]): { error: number; warn: number; info: number; fixable: number } {
  const counts = { error: 0, warn: 0, info: 0, fixable: 0 };
  for (const f of files) for (const d of f.diagnostics) {
    counts[d.severity]++;
    if (d.fix) counts.fixable++;
  }
  return counts;
}

/** Where the rule pages live (help links in SARIF and reports). */
export const DOCS_BASE_URL = 'https://github.com/sop-ap/sop/blob/main/docs/rules/';

export { compareDiagnostics } from '../util/diagnostic.js';
