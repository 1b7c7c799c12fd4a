import { Chalk } from 'chalk';
import type { Reporter } from './types.js';
import { countBySeverity } from './types.js';

const labels = {
  id: { error: 'error', warn: 'peringatan', info: 'info' },
  en: { error: 'error', warn: 'warning', info: 'info' },
};

/** Grouped by file: `line:col  severity  message  rule-id`, then a summary line. */
export const stylish: Reporter = (files, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const paint = { error: chalk.red, warn: chalk.yellow, info: chalk.blue };
  const out: string[] = [];
  for (const file of files) {
    if (!file.diagnostics.length) continue;
    out.push(chalk.underline(file.file));
    const rows = file.diagnostics.map((d) => [`${d.line}:${d.column}`, labels[context.lang][d.severity], d.message, d.ruleId, d.severity] as const);
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
    out.push(
      context.lang === 'en'
        ? chalk.green(`✔ ${checked} file${checked === 1 ? '' : 's'} checked, no problems`)
        : chalk.green(`✔ ${checked} berkas diperiksa, tidak ada masalah`),
    );
  } else {
    const summary = context.lang === 'en'
      ? `✖ ${total} problem${total === 1 ? '' : 's'} (${c.error} error${c.error === 1 ? '' : 's'}, ${c.warn} warning${c.warn === 1 ? '' : 's'}, ${c.info} info) in ${checked} file${checked === 1 ? '' : 's'}`
      : `✖ ${total} masalah (${c.error} error, ${c.warn} peringatan, ${c.info} info) dalam ${checked} berkas`;
    out.push((c.error ? chalk.red.bold : chalk.yellow.bold)(summary));
    if (c.fixable) {
      out.push(
        chalk.dim(context.lang === 'en'
          ? `  ${c.fixable} can be fixed with --fix`
          : `  ${c.fixable} dapat diperbaiki otomatis dengan --fix`),
      );
    }
  }
  return out.join('\n') + '\n';
};
