import type { Reporter } from './types.js';
import type { WordedDiagnostic } from '../util/diagnostic.js';
import { say } from '../i18n/messages.js';

const levels = { error: 'error', warn: 'warning', info: 'note' } as const;

/** The findings of the core, with the message that describes each. */
const coreRules: Record<string, string> = { yaml: 'ruleYaml', skema: 'ruleSkema', 'komentar-sop': 'ruleKomentarSop' };

/** SARIF 2.1.0, as GitHub code scanning reads it: rule metadata with help links, relative URIs. */
export const sarif: Reporter = (files, context) => {
  const used = new Set<string>();
  for (const f of files) for (const d of f.diagnostics) used.add(d.ruleId);
  const ids = [...new Set([...Object.keys(coreRules), ...context.rules.keys(), ...used])].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const meta = context.rules.get(id);
    const text = meta ? meta.description[context.lang] : coreRules[id] ? say(context.lang, coreRules[id]) : id;
    return {
      id,
      name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : '')),
      shortDescription: { text },
      fullDescription: { text },
      helpUri: `${context.docsBaseUrl}${id}.md`,
      help: { text: `${text}. ${context.docsBaseUrl}${id}.md` },
      defaultConfiguration: { level: levels[meta?.severity ?? 'error'] },
      properties: { tags: ['sop-ap'], fixable: meta?.fixable ?? false },
    };
  });
  const result = (d: WordedDiagnostic) => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId)!,
    level: levels[d.severity],
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.line === d.endLine ? d.column : 1) },
        },
      },
    ],
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sop',
            semanticVersion: context.toolVersion,
            version: context.toolVersion,
            informationUri: context.docsBaseUrl.replace(/docs\/rules\/$/, ''),
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToUri(context.cwd) } },
        artifacts: files.map((f) => ({ location: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' } })),
        results: files.flatMap((f) => f.diagnostics.map(result)),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function pathToUri(dir: string): string {
  const withSlash = dir.split('\\').join('/').replace(/\/?$/, '/');
  return 'file://' + (withSlash.startsWith('/') ? '' : '/') + encodeURI(withSlash);
}
