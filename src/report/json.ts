import type { Reporter } from './types.js';

/** One object per file: `{ file, diagnostics: [{ line, column, endLine, endColumn, severity, ruleId, message, fixable }] }`. */
export const json: Reporter = (files) =>
  JSON.stringify(
    files.map((f) => ({
      file: f.file,
      diagnostics: f.diagnostics.map(({ fix, ...d }) => ({ ...d, fixable: Boolean(fix) })),
    })),
    null,
    2,
  ) + '\n';
