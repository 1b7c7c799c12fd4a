// Writes docs/rules/README.md from the rule registry (run after `npm run build`);
// test/lint/meta.test.ts checks that the page lists every rule.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../lib/lint/registry.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const core = [
  ['yaml', 'error', false, 'YAML syntax errors, duplicate keys, unreadable files'],
  ['skema', 'error', false, 'the file does not match the SOP schema (unknown keys with did-you-mean, types, required keys, dates)'],
  ['komentar-sop', 'warn', false, 'a sop-disable comment that suppresses nothing or names an unknown rule'],
];
const rows = [
  ...core.map(([id, sev, fix, what]) => `| [\`${id}\`](${id}.md) | ${sev} | ${fix ? 'yes' : ''} | ${what} |`),
  ...rules.map((r) => `| [\`${r.meta.id}\`](${r.meta.id}.md) | ${r.meta.severity} | ${r.meta.fixable ? 'yes' : ''} | ${r.meta.description.en} |`),
];
const text = `# Lint rules

Every rule of \`sop lint\`, with its default severity. Set severities and options per project in
\`sop.config.yaml\` (\`lint.aturan\`, per glob in \`lint.khusus\`), or per line with
\`# sop-disable-next-line <rule> -- alasan\`. Rules marked *fixable* are repaired by \`sop lint --fix\`.

| rule | default | fixable | what it catches |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
fs.writeFileSync(path.join(root, 'docs', 'rules', 'README.md'), text);
