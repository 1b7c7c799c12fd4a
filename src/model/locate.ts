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
  const [from, to] = [clampOffset(parsed.text, range[0]), clampOffset(parsed.text, range[1])];
  const start = offsetToPosition(parsed, from);
  let endOffset = Math.max(from, to);
  // A block node's range runs to the next line; end it on its last character instead.
  while (endOffset > from && /\s/.test(parsed.text[endOffset - 1] ?? '')) endOffset--;
  const end = offsetToPosition(parsed, endOffset);
  // The end never before the start (a range given backwards, or both clamped to the same place).
  if (end.line < start.line || (end.line === start.line && end.column < start.column)) return { start, end: { ...start } };
  return { start, end };
}

/**
 * The position of an offset, always inside the file: the line in 1..(number of lines), the column
 * in 1..(that line's length + 1), the line's end not counting its "\r\n" or "\n". The lines are
 * counted here, from the text, not taken from the parser's LineCounter: after some syntax errors
 * (a stray "}" at the start of a line) the parser skips newlines, and its count drifts to lines and
 * columns past the end of the file.
 */
export function offsetToPosition(parsed: ParsedSource, offset: number): { line: number; column: number } {
  const text = parsed.text;
  const starts = lineStarts(text);
  const clamped = clampOffset(text, offset);
  // The last line that starts at or before the offset.
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= clamped) low = mid;
    else high = mid - 1;
  }
  const lineStart = starts[low]!;
  let lineEnd = low + 1 < starts.length ? starts[low + 1]! - 1 : text.length;
  if (lineEnd > lineStart && text[lineEnd - 1] === '\r' && lineEnd < text.length) lineEnd--;
  return { line: low + 1, column: Math.min(clamped, lineEnd) - lineStart + 1 };
}

function clampOffset(text: string, offset: number): number {
  return Number.isFinite(offset) ? Math.max(0, Math.min(Math.trunc(offset), text.length)) : 0;
}

/** The offsets at which the lines of a text start (one more line than it has "\n"s); the last text's kept. */
let lastLines: { text: string; starts: number[] } | null = null;
function lineStarts(text: string): number[] {
  if (lastLines?.text === text) return lastLines.starts;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  lastLines = { text, starts };
  return starts;
}

/** The parser's own problems, which cascade after a syntax error; cut by `cutYamlCascade`. */
const PARSER_MESSAGES: ReadonlySet<string> = new Set(['yamlSyntax', 'yamlDuplicateKey', 'yamlMultipleDocs']);

/** At most this many YAML errors are shown, one per line; a summary stands for the rest. */
export const YAML_ERRORS_SHOWN = 10;

/**
 * Parse and schema problems as diagnostics (always errors), located by range or path. A YAML
 * error cascade (one broken line can make the parser report hundreds) is cut to its first error
 * per line, the first YAML_ERRORS_SHOWN of them, and one summary `yamlMoreErrors` at the first
 * line not shown: "N more YAML errors after line L".
 */
export function locateProblems(parsed: ParsedSource, problems: readonly RawProblem[]): Diagnostic[] {
  const located = problems.map((p) => {
    const span = p.range ? locateRange(parsed, p.range) : locatePath(parsed, p.path ?? [], { atKey: p.atKey });
    const diagnostic: Diagnostic = {
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
    return diagnostic;
  });
  return cutYamlCascade(located);
}

function cutYamlCascade(diagnostics: Diagnostic[]): Diagnostic[] {
  const isParser = (d: Diagnostic) => d.ruleId === 'yaml' && PARSER_MESSAGES.has(d.messageId);
  const parser = diagnostics.filter(isParser);
  if (parser.length <= 1) return diagnostics;
  // The first error of each line, in the order of the text (the parser's list is not always).
  const byPlace = [...parser].sort((a, b) => a.line - b.line || a.column - b.column);
  const firstPerLine = byPlace.filter((d, i) => i === 0 || d.line !== byPlace[i - 1]!.line);
  const shown = firstPerLine.slice(0, YAML_ERRORS_SHOWN);
  const rest = firstPerLine.slice(YAML_ERRORS_SHOWN);
  const out = [...diagnostics.filter((d) => !isParser(d)), ...shown];
  const next = rest[0];
  if (next) {
    const last = shown[shown.length - 1]!;
    out.push({
      ...next,
      endLine: next.line,
      endColumn: next.column,
      messageId: 'yamlMoreErrors',
      data: { count: rest.length, line: last.line },
    });
  }
  return out;
}
