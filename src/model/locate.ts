import { isMap, isSeq } from 'yaml';
import type { ParsedSource } from './parse.js';
import type { Diagnostic, NodePath, RawProblem, Span } from '../util/diagnostic.js';
import { nodeAtPath } from './parse.js';

/**
 * The one place that turns document paths and offsets into line:column spans.
 * A path that does not exist falls back to the nearest existing parent.
 */
export function locatePath(parsed: ParsedSource, path: NodePath, options: { atKey?: boolean } = {}): Span {
  const { node, keyNode, depth } = nodeAtPath(parsed.doc, path);
  const complete = depth === path.length;
  const target = options.atKey && complete && keyNode ? keyNode : node;
  const range = target?.range;
  if (!range) return locateRange(parsed, [0, 0]);
  if (!complete && target && 'items' in target && keyNode) {
    // A missing child of a mapping: point at the parent's key (e.g. "tanggal:").
    return locateRange(parsed, [keyNode.range![0], keyNode.range![1]]);
  }
  if (target && (isMap(target) || isSeq(target))) {
    // A whole mapping or list: report its first line only, not the block it spans.
    const newline = parsed.text.indexOf('\n', range[0]);
    return locateRange(parsed, [range[0], newline < 0 ? range[1] : Math.min(range[1], newline)]);
  }
  return locateRange(parsed, [range[0], range[1]]);
}

export function locateRange(parsed: ParsedSource, range: [number, number]): Span {
  const start = offsetToPosition(parsed, range[0]);
  let endOffset = Math.max(range[0], range[1]);
  // A block node's range runs to the next line; end it on its last character instead.
  while (endOffset > range[0] && /\s/.test(parsed.text[endOffset - 1] ?? '')) endOffset--;
  const end = offsetToPosition(parsed, endOffset);
  return { start, end };
}

export function offsetToPosition(parsed: ParsedSource, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, parsed.text.length));
  const pos = parsed.lineCounter.linePos(clamped);
  return { line: pos.line, column: pos.col };
}

/** Parse and schema problems as diagnostics (always errors), located by range or path. */
export function locateProblems(parsed: ParsedSource, problems: readonly RawProblem[]): Diagnostic[] {
  return problems.map((p) => {
    const span = p.range ? locateRange(parsed, p.range) : locatePath(parsed, p.path ?? [], { atKey: p.atKey });
    return {
      file: parsed.source.path,
      line: span.start.line,
      column: span.start.column,
      endLine: span.end.line,
      endColumn: span.end.column,
      severity: 'error' as const,
      ruleId: p.ruleId,
      messageId: p.messageId,
      ...(p.data ? { data: p.data } : {}),
    };
  });
}
