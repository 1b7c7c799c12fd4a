import { stringify } from 'yaml';

/** A string as a YAML scalar on one line: plain when safe, quoted otherwise. */
export function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/** Pads `line` to `column` and appends a `# comment`, for aligned hints. */
export function withComment(line: string, comment: string, column = 40): string {
  return `${line.padEnd(Math.max(column, line.length + 1))}# ${comment}`;
}

/** The editor's schema modeline, first line of every SOP file `sop` writes. */
export function modeline(ref: string): string {
  return `# yaml-language-server: $schema=${ref}`;
}
