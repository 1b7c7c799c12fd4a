/** Inline comments that switch rules off: `# sop-disable-next-line <rule>[, <rule>] -- alasan` and `# sop-disable <rule>`. */
export interface Directive {
  kind: 'next-line' | 'file';
  /** Rule ids; empty means every rule. */
  rules: string[];
  reason: string | null;
  /** Where the comment stands (1-based). */
  line: number;
  column: number;
  /** For next-line: the line it applies to. */
  targetLine: number;
  text: string;
}

const DIRECTIVE = /#\s*(sop-disable-next-line|sop-disable)\b([^\n]*)$/;

export function parseDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, index) => {
    const match = DIRECTIVE.exec(line);
    if (!match) return;
    // Only a real comment: the # must not be inside a quoted scalar on that line.
    const before = line.slice(0, match.index);
    if ((before.match(/"/g)?.length ?? 0) % 2 === 1 || (before.match(/'/g)?.length ?? 0) % 2 === 1) return;
    const [body = '', reason] = match[2]!.split(/\s--\s?/, 2);
    const rules = body.split(/[\s,]+/).filter(Boolean);
    let target = index + 2;
    if (match[1] === 'sop-disable-next-line') {
      // Skip blank and comment-only lines: the directive applies to the next line with content.
      while (target <= lines.length && /^\s*(#.*)?$/.test(lines[target - 1] ?? '')) target++;
    }
    directives.push({
      kind: match[1] === 'sop-disable' ? 'file' : 'next-line',
      rules,
      reason: reason?.trim() || null,
      line: index + 1,
      column: match.index + 1,
      targetLine: target,
      text: match[0].trim(),
    });
  });
  return directives;
}
