import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type SchemaName = 'sop.schema.json' | 'sop.config.schema.json';

/** This package's own schemas folder (src/scaffold and lib/scaffold are both two levels down). */
export const PACKAGE_SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

/**
 * What a `# yaml-language-server: $schema=` modeline in `fileDir` should point at:
 * 1. the schema of a locally installed sop (node_modules/sop/schemas, in the project folder or
 *    one of its parents), as a path relative to the file, so the project can be moved and
 *    committed;
 * 2. else this package's own schema, relative when it lies inside the project folder (working
 *    on sop itself), otherwise absolute (a global install: the editor still finds it here).
 * `exists` is injected so this stays free of file-system access.
 */
export function schemaRef(
  name: SchemaName,
  fileDir: string,
  projectDir: string,
  exists: (file: string) => boolean,
  packageSchemaDir: string = PACKAGE_SCHEMA_DIR,
): string {
  for (let dir = path.resolve(projectDir); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'sop', 'schemas', name);
    if (exists(candidate)) return relativeRef(fileDir, candidate);
    if (path.dirname(dir) === dir) break;
  }
  const own = path.join(packageSchemaDir, name);
  const fromProject = path.relative(path.resolve(projectDir), own);
  if (!fromProject.startsWith('..') && !path.isAbsolute(fromProject)) return relativeRef(fileDir, own);
  return own.split(path.sep).join('/');
}

function relativeRef(fromDir: string, target: string): string {
  const rel = path.relative(fromDir, target).split(path.sep).join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export { modeline } from '../util/yaml-text.js';
