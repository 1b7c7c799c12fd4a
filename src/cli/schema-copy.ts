import fs from 'node:fs';
import path from 'node:path';
import { makeFolder, writeFileAtomic } from '../util/io.js';
import { PACKAGE_SCHEMA_DIR, SCHEMA_NAMES, type SchemaHome } from '../scaffold/schema-ref.js';

/** What happened to one file of the project's schema copy. */
export interface CopyOutcome {
  file: string;
  /** created; updated (rewritten to this version); same (already this version's); stale (another version's, left as it is). */
  status: 'created' | 'updated' | 'same' | 'stale';
}

/**
 * The project's copy of the schemas (<project>/.sop/schemas) when the files point at it:
 * `missing` writes the files that are not there and leaves the others as they are; `refresh`
 * rewrites every file that differs from this version's schema. Nothing happens for another home
 * (a local install, the package itself).
 */
export function syncSchemaCopy(home: SchemaHome, mode: 'missing' | 'refresh', packageSchemaDir: string = PACKAGE_SCHEMA_DIR): CopyOutcome[] {
  if (home.kind !== 'copy') return [];
  const outcomes: CopyOutcome[] = [];
  for (const name of SCHEMA_NAMES) {
    const file = path.join(home.dir, name);
    const wanted = fs.readFileSync(path.join(packageSchemaDir, name));
    const current = fs.existsSync(file) ? fs.readFileSync(file) : null;
    if (current && current.equals(wanted)) {
      outcomes.push({ file, status: 'same' });
    } else if (current && mode === 'missing') {
      outcomes.push({ file, status: 'stale' });
    } else {
      makeFolder(home.dir);
      writeFileAtomic(file, wanted);
      outcomes.push({ file, status: current ? 'updated' : 'created' });
    }
  }
  return outcomes;
}
