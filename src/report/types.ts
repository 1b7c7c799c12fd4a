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
