import { structuredPatch } from 'diff';

/** A unified diff of a file before and after --fix, for --fix-dry-run (the `diff` package's hunks). */
export function unifiedDiff(file: string, before: string, after: string, context = 2): string {
  const patch = structuredPatch(file, `${file} (fixed)`, before, after, undefined, undefined, { context });
  const out = [`--- ${file}`, `+++ ${file} (fixed)`];
  for (const hunk of patch.hunks) {
    out.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    // "\ No newline at end of file" markers say nothing a reviewer of a fix needs.
    for (const line of hunk.lines) if (!line.startsWith('\\')) out.push(line);
  }
  return out.join('\n') + '\n';
}
