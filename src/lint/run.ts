import picomatch from 'picomatch';
import path from 'node:path';
import type { ProjectConfig, RuleSetting } from '../config/types.js';
import { compareDiagnostics, type Diagnostic, type NodePath, type Severity, type TextEdit, type WordedFile } from '../util/diagnostic.js';
import type { Lang } from '../util/lang.js';
import type { Sop } from '../model/types.js';
import type { LoadedSop } from '../model/load.js';
import type { ParsedSource } from '../model/parse.js';
import { locatePath, locateProblems } from '../model/locate.js';
import { nodeAtPath } from '../model/parse.js';
import { wordFiles, type RuleMessages } from '../i18n/messages.js';
import type { Register } from './regulations/register.js';
import type { FileView, Report, Rule, RuleContext } from './rule.js';
import { parseDirectives, type Directive } from './directives.js';
import { scalarEdit } from './fix.js';

export interface LintOptions {
  config: ProjectConfig;
  rules: readonly Rule[];
  register: Register;
  /** YYYY-MM-DD */
  today: string;
  /**
   * The parsed sop.config.yaml: a finding about a value the SOP takes from the config (its
   * disahkan_oleh, its instansi) is reported there, once, instead of at 1:1 of every SOP.
   */
  configParsed?: ParsedSource | null;
  /** The view of the files the SOPs name (`nodeFileView` at the edge, a fake in tests); none: not checked. */
  files?: FileView | null;
  /**
   * The files to check and report (one `--shard`); the others of the set are loaded but only
   * inform the cross-file rules (duplicate numbers, related SOPs). Default: every file.
   */
  only?: ReadonlySet<LoadedSop> | null;
}

export interface FileResult {
  file: string;
  loaded: LoadedSop;
  diagnostics: Diagnostic[];
}

interface ResolvedSetting {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

const severityRank: Record<Severity, number> = { error: 3, warn: 2, info: 1 };

function normaliseSetting(setting: RuleSetting): { severity: Severity | 'off'; options?: Record<string, unknown> } {
  if (Array.isArray(setting)) return { severity: setting[0], options: setting[1] };
  return { severity: setting };
}

/** The effective setting of every rule for one file: defaults, then lint.aturan, then matching lint.khusus. */
export function resolveSettings(rules: readonly Rule[], config: ProjectConfig, absFile: string): Map<string, ResolvedSetting> {
  const settings = new Map<string, ResolvedSetting>();
  for (const rule of rules) settings.set(rule.meta.id, { severity: rule.meta.severity, options: { ...(rule.meta.defaultOptions ?? {}) } });
  const apply = (entries: Record<string, RuleSetting>) => {
    for (const [id, value] of Object.entries(entries)) {
      const current = settings.get(id);
      if (!current) continue;
      const s = normaliseSetting(value);
      settings.set(id, { severity: s.severity, options: { ...current.options, ...(s.options ?? {}) } });
    }
  };
  apply(config.lint.rules);
  const rel = path.relative(config.dir, absFile).split(path.sep).join('/');
  for (const override of config.lint.overrides) {
    if (picomatch(override.files, { dot: true })(rel)) apply(override.rules);
  }
  return settings;
}

function lowerOf(configured: Severity, requested: Severity | undefined): Severity {
  if (!requested) return configured;
  return severityRank[requested] < severityRank[configured] ? requested : configured;
}

/**
 * Runs every rule over the loaded files; pure: no I/O, no clock. The diagnostics carry message ids
 * and data; the edge puts them into words (`wordResults`).
 */
export function lintLoaded(files: readonly LoadedSop[], options: LintOptions): FileResult[] {
  const { config, rules, register, today } = options;
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const results: FileResult[] = [];
  const settingsBySop = new Map<Sop, Map<string, ResolvedSetting>>();
  const resultBySop = new Map<Sop, { result: FileResult; loaded: LoadedSop }>();

  const configParsed = options.configParsed ?? null;
  const configResult: FileResult | null = configParsed
    ? { file: configParsed.source.path, loaded: { parsed: configParsed, sop: null, problems: [] }, diagnostics: [] }
    : null;
  const configSeen = new Set<string>();
  /** Where a report lands: the SOP, or the config when the path is the config's, not the SOP's. */
  const placeOf = (loaded: LoadedSop, path: NodePath): LoadedSop => {
    if (!configResult || path.length === 0) return loaded;
    if (nodeAtPath(loaded.parsed.doc, path).depth === path.length) return loaded;
    return nodeAtPath(configParsed!.doc, path).depth === path.length ? configResult.loaded : loaded;
  };
  const pushDiagnostic = (result: FileResult, loaded: LoadedSop, rule: Rule, setting: ResolvedSetting, report: Report) => {
    const place = placeOf(loaded, report.path);
    if (place === loaded) {
      result.diagnostics.push(toDiagnostic(loaded, rule, setting, report));
      return;
    }
    const { fix: _fix, ...unfixable } = report;
    const diagnostic = toDiagnostic(place, rule, setting, unfixable);
    const key = `${diagnostic.line}:${diagnostic.column}:${diagnostic.ruleId}:${diagnostic.messageId}:${JSON.stringify(diagnostic.data)}`;
    if (configSeen.has(key)) return;
    configSeen.add(key);
    configResult!.diagnostics.push(diagnostic);
  };

  const toDiagnostic = (loaded: LoadedSop, rule: Rule, setting: ResolvedSetting, report: Report): Diagnostic => {
    const span = locatePath(loaded.parsed, report.path, { atKey: report.atKey });
    if (!rule.meta.messages[report.messageId]) throw new Error(`rule ${rule.meta.id} has no message "${report.messageId}"`);
    const diagnostic: Diagnostic = {
      file: loaded.parsed.source.path,
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
      severity: lowerOf(setting.severity as Severity, report.severity),
      ruleId: rule.meta.id,
      messageId: report.messageId,
      ...(report.data ? { data: report.data } : {}),
    };
    if (report.fix && report.fix.length) diagnostic.fix = report.fix;
    return diagnostic;
  };

  const only = options.only ?? null;
  /** The SOPs of the whole set, for the cross-file rules: the reported ones and the others. */
  const sops: Sop[] = [];
  for (const loaded of files) {
    const mine = !only || only.has(loaded);
    const sop = loaded.sop;
    if (!mine) {
      if (sop) {
        sops.push(sop);
        settingsBySop.set(sop, resolveSettings(rules, config, loaded.parsed.source.absPath));
      }
      continue;
    }
    const result: FileResult = { file: loaded.parsed.source.path, loaded, diagnostics: locateProblems(loaded.parsed, loaded.problems) };
    results.push(result);
    if (!sop) continue;
    sops.push(sop);
    const settings = resolveSettings(rules, config, loaded.parsed.source.absPath);
    settingsBySop.set(sop, settings);
    resultBySop.set(sop, { result, loaded });
    for (const rule of rules) {
      const setting = settings.get(rule.meta.id)!;
      if (setting.severity === 'off' || !rule.check) continue;
      const context: RuleContext = {
        sop,
        options: setting.options,
        register,
        today,
        files: options.files ?? null,
        report: (report) => pushDiagnostic(result, loaded, rule, setting, report),
        rangeOf: (p: NodePath) => rangeOf(loaded, p),
        hasComment: (p: NodePath) => hasComment(loaded, p),
        replaceScalar: (p: NodePath, value: string) => {
          const node = nodeAtPath(loaded.parsed.doc, p);
          if (node.depth !== p.length || !node.node) return undefined;
          const parent = nodeAtPath(loaded.parsed.doc, p.slice(0, -1)).node as { flow?: boolean } | null;
          const edit = scalarEdit(loaded.parsed, node.node, value, Boolean(parent?.flow));
          return edit ? [edit] : undefined;
        },
      };
      rule.check(context);
    }
  }

  for (const rule of rules) {
    if (!rule.checkProject) continue;
    rule.checkProject({
      sops,
      options: (sop) => {
        const s = settingsBySop.get(sop)?.get(rule.meta.id);
        return s && s.severity !== 'off' ? s.options : null;
      },
      // A finding about a SOP outside `only` belongs to another shard's report.
      report: (report) => {
        const entry = resultBySop.get(report.sop);
        const setting = settingsBySop.get(report.sop)?.get(rule.meta.id);
        if (!entry || !setting || setting.severity === 'off') return;
        pushDiagnostic(entry.result, entry.loaded, rule, setting, report);
      },
    });
  }

  if (configResult?.diagnostics.length) results.push(configResult);
  for (const result of results) {
    const directives = parseDirectives(result.loaded.parsed.text);
    result.diagnostics = applyDirectives(result, directives, byId);
    result.diagnostics.sort(compareDiagnostics);
  }
  return results;
}

function rangeOf(loaded: LoadedSop, p: NodePath): [number, number] | null {
  const node = nodeAtPath(loaded.parsed.doc, p);
  if (node.depth !== p.length || !node.node?.range) return null;
  return [node.node.range[0], node.node.range[1]];
}

function hasComment(loaded: LoadedSop, p: NodePath): boolean {
  const range = rangeOf(loaded, p);
  if (!range) return false;
  const text = loaded.parsed.text;
  let start = text.lastIndexOf('\n', range[0] - 1) + 1;
  // Comment lines just above the node belong to it (a directive above the first item).
  while (start > 0) {
    const previous = text.lastIndexOf('\n', start - 2) + 1;
    if (!/^\s*(#.*)?\r?$/.test(text.slice(previous, start - 1))) break;
    start = previous;
  }
  const unquoted = text.slice(start, range[1]).replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'/g, '""');
  return /(^|\s)#/m.test(unquoted);
}

export const DIRECTIVE_RULE_ID = 'komentar-sop';

function applyDirectives(result: FileResult, directives: Directive[], rules: Map<string, Rule>): Diagnostic[] {
  if (!directives.length) return result.diagnostics;
  const used = new Set<Directive>();
  const kept = result.diagnostics.filter((d) => {
    if (d.ruleId === 'yaml' || d.ruleId === 'skema') return true;
    for (const directive of directives) {
      const matchesRule = directive.rules.length === 0 || directive.rules.includes(d.ruleId);
      const matchesLine = directive.kind === 'file' || directive.targetLine === d.line;
      if (matchesRule && matchesLine) {
        used.add(directive);
        return false;
      }
    }
    return true;
  });
  for (const directive of directives) {
    const base = { file: result.file, line: directive.line, column: directive.column, endLine: directive.line, endColumn: directive.column + directive.text.length, ruleId: DIRECTIVE_RULE_ID };
    const unknown = directive.rules.filter((r) => !rules.has(r));
    if (unknown.length) {
      kept.push({ ...base, severity: 'error', messageId: 'directiveUnknownRule', data: { directive: directive.text, rule: unknown.join(', ') } });
    } else if (!used.has(directive) && !directive.rules.every((r) => rules.get(r)?.checkProject)) {
      // Cross-file rules depend on which files are linted together: a comment for them is never "unused".
      kept.push({ ...base, severity: 'warn', messageId: 'directiveUnused', data: { directive: directive.text } });
    }
  }
  return kept;
}

export type { TextEdit };

/** The messages of the rules by rule id, for putting their findings into words. */
export function ruleMessages(rules: readonly Rule[]): RuleMessages {
  const byId = new Map(rules.map((r) => [r.meta.id, r.meta.messages]));
  return (ruleId) => byId.get(ruleId);
}

/** The results in words, sorted: what reporters print. */
export function wordResults(results: readonly FileResult[], rules: readonly Rule[], lang: Lang): WordedFile[] {
  return wordFiles(results.map((r) => ({ file: r.file, diagnostics: r.diagnostics })), lang, ruleMessages(rules));
}
