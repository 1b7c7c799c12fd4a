import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageName } from '../util/version.js';

export const SCHEMA_NAMES = ['sop.schema.json', 'sop.config.schema.json'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** This package's own schemas folder (src/scaffold and lib/scaffold are both two levels down). */
export const PACKAGE_SCHEMA_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'schemas');

/** The project's own copy of the schemas (relative to the project folder), kept by `sop init`. */
export const SCHEMA_COPY_DIR = '.sop/schemas';

/**
 * Where the files of a project find the schemas, as an absolute folder (every reference written
 * from it is relative):
 * - `installed`: node_modules/<package>/schemas of a local install, in the project folder or a
 *   parent up to the repository root (a workspace);
 * - `package`: this package's own schemas folder, which lies inside the project (working on sop);
 * - `copy`: the project's copy, <project>/.sop/schemas, which the caller must make exist.
 */
export type SchemaHome = { kind: 'installed' | 'package' | 'copy'; dir: string };

export interface SchemaHomeOptions {
  /** This package's schemas folder (default: the running package's). */
  packageSchemaDir?: string;
  /** The package name a local install goes by (default: this package's). */
  packageName?: string;
}

/**
 * Which schemas the project's files should point at. A local install is looked for from the
 * project folder upwards, as Node resolves packages, but not above the repository root (the
 * nearest folder holding `.git`): a node_modules outside the repository is not the team's.
 * `exists` is injected so this stays free of file-system access.
 */
export function schemaHome(projectDir: string, exists: (file: string) => boolean, options: SchemaHomeOptions = {}): SchemaHome {
  const name = options.packageName ?? packageName;
  const own = path.resolve(options.packageSchemaDir ?? PACKAGE_SCHEMA_DIR);
  const project = path.resolve(projectDir);
  for (let dir = project; ; dir = path.dirname(dir)) {
    const installed = path.join(dir, 'node_modules', name, 'schemas');
    if (exists(path.join(installed, SCHEMA_NAMES[0]))) return { kind: 'installed', dir: installed };
    if (exists(path.join(dir, '.git')) || path.dirname(dir) === dir) break;
  }
  if (isInside(project, own)) return { kind: 'package', dir: own };
  return { kind: 'copy', dir: path.join(project, ...SCHEMA_COPY_DIR.split('/')) };
}

/**
 * What a `# yaml-language-server: $schema=` modeline in `fileDir` should say: the schema in
 * `home`, relative to the file, with forward slashes ("../node_modules/sop-ap/schemas/sop.schema.json",
 * "../.sop/schemas/sop.schema.json"). Never absolute: the line is committed and read on every
 * machine that clones the project.
 */
export function schemaRef(name: SchemaName, fileDir: string, home: SchemaHome): string {
  return relativeRef(fileDir, path.join(home.dir, name));
}

/** The same reference from the project folder, for .vscode/settings.json (VS Code resolves it from the workspace folder). */
export function workspaceSchemaRef(name: SchemaName, projectDir: string, home: SchemaHome): string {
  return relativeRef(projectDir, path.join(home.dir, name));
}

function relativeRef(fromDir: string, target: string): string {
  const rel = path.relative(path.resolve(fromDir), target).split(path.sep).join('/');
  return rel.startsWith('../') ? rel : `./${rel}`;
}

function isInside(dir: string, target: string): boolean {
  const rel = path.relative(dir, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export { modeline } from '../util/yaml-text.js';
