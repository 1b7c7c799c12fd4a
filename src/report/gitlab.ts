import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Reporter } from './types.js';
import type { WordedDiagnostic } from '../util/diagnostic.js';

/**
 * A GitLab Code Quality report (`artifacts: reports: codequality:`): a JSON array of issues in the
 * subset of the Code Climate spec GitLab reads (docs/cli.md, "--format gitlab"):
 *
 * - `check_name`: the rule id; `description`: the message on one line; `type: "issue"`,
 *   `engine_name: "sop"`, `categories` (Code Climate's names, below).
 * - `severity`: an error that stops a file from being read at all (`yaml`, `skema`) is
 *   `critical`, any other error `major`, a warning `minor`, an info `info`.
 * - `location.path`: relative to the repository root (GitLab links it to the blob): CI_PROJECT_DIR
 *   when GitLab CI sets it, else the current folder; forward slashes. `lines.begin`: the line.
 * - `fingerprint`: see `fingerprintOf`. GitLab keys findings by it (one of two equal fingerprints
 *   is dropped) and matches them between the target branch and the merge request by it.
 */

type CodeClimateCategory = 'Bug Risk' | 'Clarity' | 'Duplication' | 'Style';

interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  categories: CodeClimateCategory[];
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
  engine_name: 'sop';
}

/** Findings that mean the file could not be read as an SOP at all: nothing else was checked in it. */
const UNREADABLE = new Set(['yaml', 'skema']);
/** Rules about the same thing written twice. */
const DUPLICATION = new Set(['dasar-hukum/duplikat', 'pelaksana/duplikat', 'identitas/nomor-unik']);

export function severityOf(d: Pick<WordedDiagnostic, 'severity' | 'ruleId'>): CodeQualityIssue['severity'] {
  if (d.severity === 'error') return UNREADABLE.has(d.ruleId) ? 'critical' : 'major';
  return d.severity === 'warn' ? 'minor' : 'info';
}

/** What --fix can change is a matter of writing (Style); doubles are Duplication; other errors Bug Risk, the rest Clarity. */
function categoryOf(d: WordedDiagnostic): CodeClimateCategory {
  if (DUPLICATION.has(d.ruleId)) return 'Duplication';
  if (d.fix) return 'Style';
  return d.severity === 'error' ? 'Bug Risk' : 'Clarity';
}

/** JSON with sorted keys: the same data gives the same text whatever order its keys were set in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * A finding's fingerprint: SHA-256 (the first 32 hex digits) of its rule id, its file's path, its
 * identity and its occurrence. The identity is what the finding says (its message id) and what it
 * points at: the text of its span in the file, whitespace collapsed — the citation, the actor, the
 * date — not its line or column, and not its words (so --lang does not change it) nor the rest of
 * its data (which may name today's date or the register's). A line added above a finding, or its
 * citation moved down the list, keeps the fingerprint, so GitLab does not show it as fixed and new
 * again; editing the flagged text gives a new finding. The occurrence is the how-manyth finding
 * with that rule and identity in that file, from the top: two identical findings in one file (the
 * same generic actor twice) differ by it, so every fingerprint in a report is unique. Without the
 * file's text (a report of the config's own problems) the identity falls back to the message data.
 */
export function fingerprintOf(ruleId: string, file: string, identity: string, occurrence: number): string {
  return createHash('sha256').update(canonical([ruleId, file, identity, occurrence])).digest('hex').slice(0, 32);
}

/** The text a finding points at (from line:column to endLine:endColumn, UTF-16 columns as located), whitespace collapsed. */
export function spanText(lines: readonly string[], d: Pick<WordedDiagnostic, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  const parts: string[] = [];
  for (let line = d.line; line <= Math.max(d.line, d.endLine); line++) {
    const text = lines[line - 1] ?? '';
    const from = line === d.line ? d.column - 1 : 0;
    const to = line === d.endLine ? d.endColumn - 1 : text.length;
    parts.push(text.slice(from, Math.max(from, to)));
  }
  return parts.join('\n').replace(/\s+/g, ' ').trim();
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The path as GitLab wants it: relative to the repository root, forward slashes. */
function reportPath(file: string, context: { cwd: string; projectDir?: string }): string {
  const abs = path.resolve(context.cwd, file);
  const rel = path.relative(context.projectDir ?? context.cwd, abs);
  return (rel && !path.isAbsolute(rel) ? rel : abs).split(path.sep).join('/');
}

export const gitlab: Reporter = (files, context) => {
  const issues: CodeQualityIssue[] = [];
  for (const file of files) {
    const where = reportPath(file.file, context);
    const text = context.sources?.get(file.file);
    const lines = text === undefined ? null : text.split('\n').map((l) => l.replace(/\r$/, ''));
    const identityOf = (d: WordedDiagnostic) => canonical([d.messageId, lines ? spanText(lines, d) : (d.data ?? null)]);
    const seen = new Map<string, number>();
    // Occurrences are counted top to bottom (ties by data, not by words), whatever order the caller gave.
    const ordered = [...file.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column || compareText(canonical(a.data ?? null), canonical(b.data ?? null)));
    const fingerprints = new Map<WordedDiagnostic, string>();
    for (const d of ordered) {
      const identity = identityOf(d);
      const key = `${d.ruleId}\n${identity}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      fingerprints.set(d, fingerprintOf(d.ruleId, where, identity, occurrence));
    }
    for (const d of file.diagnostics) {
      issues.push({
        type: 'issue',
        check_name: d.ruleId,
        description: d.message.replace(/\s*[\r\n]+\s*/g, ' ').trim(),
        categories: [categoryOf(d)],
        severity: severityOf(d),
        fingerprint: fingerprints.get(d)!,
        location: { path: where, lines: { begin: d.line, end: Math.max(d.line, d.endLine) } },
        engine_name: 'sop',
      });
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
};
