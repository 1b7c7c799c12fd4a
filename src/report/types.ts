import type { Diagnostic, Lang } from '../model/types.js';
import type { RuleMeta } from '../lint/rule.js';

export interface ReportFile {
  file: string;
  diagnostics: Diagnostic[];
}

export interface ReportContext {
  lang: Lang;
  color: boolean;
  /** Rule metadata by id, for SARIF and help links. */
  rules: ReadonlyMap<string, RuleMeta>;
  toolVersion: string;
  /** Base URL of the rule docs, e.g. https://…/docs/rules/ */
  docsBaseUrl: string;
  /** Directory file paths are relative to (SARIF's %SRCROOT%). */
  cwd: string;
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

/** Deterministic order: file, line, column, rule, message. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

