import type { Reporter } from './types.js';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const commands = { error: 'error', warn: 'warning', info: 'notice' } as const;

/** GitHub Actions workflow commands: one `::error file=…,line=…::message` annotation per finding. */
export const github: Reporter = (files) => {
  const lines: string[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) {
      const props = [
        `file=${escapeProperty(file.file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      lines.push(`::${commands[d.severity]} ${props}::${escapeData(`${d.message} (${d.ruleId})`)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
