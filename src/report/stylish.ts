import { Chalk } from 'chalk';
import type { Reporter } from './types.js';
import { countBySeverity } from './types.js';
import { say } from '../i18n/messages.js';

const labels = { error: 'severityError', warn: 'severityWarn', info: 'severityInfo' } as const;

/** Grouped by file: `line:col  severity  message  rule-id`, then a summary line. */
export const stylish: Reporter = (files, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const paint = { error: chalk.red, warn: chalk.yellow, info: chalk.blue };
  const out: string[] = [];
  for (const file of files) {
    if (!file.diagnostics.length) continue;
    out.push(chalk.underline(file.file));
    const rows = file.diagnostics.map((d) => [`${d.line}:${d.column}`, say(context.lang, labels[d.severity]), d.message, d.ruleId, d.severity] as const);
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    for (const [pos, sev, message, rule, severity] of rows) {
      out.push(`  ${chalk.dim(pos.padEnd(w0))}  ${paint[severity](sev.padEnd(w1))}  ${message}  ${chalk.dim(rule)}`);
    }
    out.push('');
  }
  const c = countBySeverity(files);
  const total = c.error + c.warn + c.info;
  const checked = files.length;
  if (total === 0) {
    out.push(chalk.green(say(context.lang, 'reportClean', { checked })));
  } else {
    out.push((c.error ? chalk.red.bold : chalk.yellow.bold)(say(context.lang, 'reportSummary', { total, error: c.error, warn: c.warn, info: c.info, checked })));
    if (c.fixable) out.push(chalk.dim(say(context.lang, 'reportFixable', { fixable: c.fixable })));
  }
  return out.join('\n') + '\n';
};
