import type { Reporter } from './types.js';

/** One object per file: `{ file, diagnostics: [{ line, column, endLine, endColumn, severity, ruleId, message, fixable }] }`. */
export const json: Reporter = (files) =>
  JSON.stringify(
    files.map((f) => ({
      file: f.file,
      diagnostics: f.diagnostics.map((d) => ({
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        severity: d.severity,
        ruleId: d.ruleId,
        message: d.message,
        fixable: Boolean(d.fix),
      })),
    })),
    null,
    2,
  ) + '\n';
