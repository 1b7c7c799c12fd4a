import type { MessageData } from './message.js';

/** A path into the YAML document: keys and list indexes, as rules report them. */
export type NodePath = ReadonlyArray<string | number>;

export type Severity = 'error' | 'warn' | 'info';

/** 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export interface Span {
  start: Position;
  end: Position;
}

/** A text edit on the source, by character offsets (used by --fix). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The ids of findings that come from the core, not from a lint rule. */
export type CoreRuleId = 'yaml' | 'skema' | 'regulasi' | 'komentar-sop';

/**
 * A finding at a place in a file. It carries a message id and its data, not words: the message is
 * looked up in the rule's messages (or the core catalog, for the core ids) at the edge.
 */
export interface Diagnostic {
  /** Display path of the file, as given on the command line (relative to cwd). */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  ruleId: string;
  messageId: string;
  data?: MessageData;
  /** A safe fix, when the rule offers one. */
  fix?: TextEdit[];
}

/** A diagnostic put into words, as reporters print it. */
export interface WordedDiagnostic extends Diagnostic {
  message: string;
}

/** The worded findings of one file, as reporters take them. */
export interface WordedFile {
  file: string;
  diagnostics: WordedDiagnostic[];
}

/** A problem found by the parser or a schema gate, by offset or path (located later). */
export interface RawProblem {
  ruleId: CoreRuleId;
  messageId: string;
  data?: MessageData;
  /** Either an offset range or a path into the document. */
  range?: [number, number];
  path?: NodePath;
  /** Point at the key rather than the value. */
  atKey?: boolean;
}

/** Deterministic order: file, line, column, rule, message. */
export function compareDiagnostics<T extends Diagnostic & { message?: string }>(a: T, b: T): number {
  const am = a.message ?? a.messageId;
  const bm = b.message ?? b.messageId;
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (am < bm ? -1 : am > bm ? 1 : 0)
  );
}
