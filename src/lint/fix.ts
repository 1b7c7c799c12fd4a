import { isScalar, type Node } from 'yaml';
import type { ParsedSource } from '../model/parse.js';
import type { LoadedSop } from '../model/load.js';
import type { TextEdit } from '../util/diagnostic.js';

/** Characters that force a plain YAML scalar to be quoted. */
const NEEDS_QUOTES = /^[\s\-?:,[\]{}#&*!|>'"%@`]|: |\s#|\s$|^(true|false|null|yes|no|on|off|~)$|^[\d.+-]/i;
/** Inside a [flow, list] the flow indicators end a plain scalar anywhere. */
const FLOW_INDICATORS = /[,[\]{}]/;

export function yamlScalar(value: string, inFlow = false): string {
  return NEEDS_QUOTES.test(value) || value.includes('\n') || (inFlow && FLOW_INDICATORS.test(value)) ? JSON.stringify(value) : value;
}

/** An edit that replaces a scalar node's source text, keeping its quoting style where it can. */
export function scalarEdit(parsed: ParsedSource, node: Node, value: string, inFlow = false): TextEdit | null {
  if (!isScalar(node) || !node.range) return null;
  const [start, end] = node.range;
  let text: string;
  if (node.type === 'QUOTE_DOUBLE') text = JSON.stringify(value);
  else if (node.type === 'QUOTE_SINGLE') text = `'${value.replace(/'/g, "''")}'`;
  else if (node.type === 'PLAIN') text = yamlScalar(value, inFlow);
  else return null; // block scalars are left to the author
  return { start, end, text };
}

/** Applies non-overlapping edits (later ones first); overlapping edits are skipped. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let applied = 0;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) continue;
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
    applied++;
  }
  return { text: out, applied };
}

/**
 * Chooses whole fixes (each a group of edits) that do not overlap an already chosen one, in order:
 * a fix is applied completely or not at all, so a multi-edit fix (reordering a list) never mixes
 * with another fix of the same text. The rest is left for the next pass.
 */
export function selectFixes(fixes: readonly (readonly TextEdit[])[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const overlaps = (a: TextEdit, b: TextEdit) => a.start < b.end && b.start < a.end || (a.start === b.start && a.end === b.end);
  for (const group of fixes) {
    if (group.some((edit) => chosen.some((c) => overlaps(edit, c)))) continue;
    chosen.push(...group);
  }
  return chosen;
}

/**
 * The fix of a file that is certainly not UTF-8 (no UTF-8 multibyte sequence at all, see
 * loadSopFile): its whole text, read as Windows-1252, which --fix then writes in UTF-8.
 */
export function encodingFix(loaded: LoadedSop): TextEdit[] | undefined {
  if (loaded.asWindows1252 === undefined) return undefined;
  return [{ start: 0, end: loaded.parsed.text.length, text: loaded.asWindows1252 }];
}
