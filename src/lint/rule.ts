import type { NodePath, Severity, TextEdit } from '../util/diagnostic.js';
import type { Sop } from '../model/types.js';
import type { Message, MessageData } from '../i18n/messages.js';
import type { Register } from './regulations/register.js';
import type { FileView } from '../model/logo.js';

export type { FileStat, FileView } from '../model/logo.js';

export interface Report {
  messageId: string;
  path: NodePath;
  data?: MessageData;
  /** Point at the key of the path rather than its value. */
  atKey?: boolean;
  /** Overrides the configured severity downwards only (e.g. an unverified register status). */
  severity?: Severity;
  fix?: TextEdit[];
}

export interface RuleContext {
  sop: Sop;
  options: Record<string, unknown>;
  register: Register;
  /** Today's date, YYYY-MM-DD (injected: rules never read the clock). */
  today: string;
  /**
   * The files the SOP names (its logo), as the edge sees them (injected: rules never touch the
   * file system); null when the caller gave none, and then rules about files check nothing.
   */
  files: FileView | null;
  report(report: Report): void;
  /** The source offsets of the node at a path (for fixes). */
  rangeOf(path: NodePath): [number, number] | null;
  /** Whether a comment (or a sop-disable directive) stands among the lines of the node at `path`. */
  hasComment(path: NodePath): boolean;
  /** A text edit that replaces the scalar at `path` with `value`, quoting it when needed. */
  replaceScalar(path: NodePath, value: string): TextEdit[] | undefined;
}

export interface ProjectReport extends Report {
  /** The SOP the finding belongs to. */
  sop: Sop;
}

export interface ProjectContext {
  sops: readonly Sop[];
  options: (sop: Sop) => Record<string, unknown> | null;
  report(report: ProjectReport): void;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  fixable: boolean;
  /** One line: what the rule catches. */
  description: Message;
  messages: Record<string, Message>;
  /** Default option values (documented in the rule's page). */
  defaultOptions?: Record<string, unknown>;
}

export interface Rule {
  meta: RuleMeta;
  /** Checks one SOP. */
  check?(context: RuleContext): void;
  /** Checks the whole linted set (cross-file rules). */
  checkProject?(context: ProjectContext): void;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
