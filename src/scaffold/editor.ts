/**
 * The VS Code files `sop init` writes or merges into: .vscode/settings.json maps the schemas onto
 * the project's YAML files (`yaml.schemas` of the YAML extension), .vscode/extensions.json
 * recommends that extension. Pure: existing text in, new text out; the command reads and writes.
 */

export const VSCODE_SETTINGS_FILE = '.vscode/settings.json';
export const VSCODE_EXTENSIONS_FILE = '.vscode/extensions.json';
/** The YAML language server for VS Code (Red Hat), which reads `yaml.schemas` and the modelines. */
export const YAML_EXTENSION = 'redhat.vscode-yaml';
/** The files each schema is for, as `yaml.schemas` globs. */
export const SOP_FILES_GLOB = '**/*.sop.yaml';
export const CONFIG_FILES_GLOB = 'sop.config.yaml';

export interface EditorSchemaRefs {
  /** The SOP schema, relative to the project folder ("./node_modules/sop-ap/schemas/sop.schema.json"). */
  sop: string;
  /** The config schema, likewise. */
  config: string;
}

/**
 * The outcome of a merge: a new file, changed keys, nothing to do, or a file that is not plain
 * JSON (JSON with comments or trailing commas, which VS Code accepts): left alone, to edit by hand.
 */
export type JsonMerge =
  | { kind: 'created'; text: string }
  | { kind: 'updated'; text: string; keys: string[] }
  | { kind: 'unchanged' }
  | { kind: 'unreadable' };

type JsonObject = Record<string, unknown>;

/**
 * .vscode/settings.json with `yaml.schemas` mapping the SOP schema onto every *.sop.yaml and the
 * config schema onto sop.config.yaml. Every other setting and every other schema mapping is kept.
 * A mapping of another path to one of our schema files (an older install, a moved copy) is left as
 * it is, unless `force`: then it is replaced by ours.
 */
export function mergeVscodeSettings(existing: string | null, refs: EditorSchemaRefs, force = false): JsonMerge {
  const wanted: [string, string, string][] = [
    [refs.sop, SOP_FILES_GLOB, '/sop.schema.json'],
    [refs.config, CONFIG_FILES_GLOB, '/sop.config.schema.json'],
  ];
  if (existing === null) {
    const schemas = Object.fromEntries(wanted.map(([ref, glob]) => [ref, glob]));
    return { kind: 'created', text: formatJson({ 'yaml.schemas': schemas }, '  ') };
  }
  const settings = parseObject(existing);
  if (!settings) return { kind: 'unreadable' };
  const current = settings['yaml.schemas'];
  if (current !== undefined && !isObject(current)) return { kind: 'unreadable' };
  const schemas: JsonObject = { ...(current ?? {}) };
  let changed = false;
  for (const [ref, glob, fileName] of wanted) {
    if (schemas[ref] !== undefined && !force) continue;
    const others = Object.keys(schemas).filter((key) => key !== ref && normalise(key).endsWith(fileName));
    if (others.length && !force) continue;
    for (const key of others) delete schemas[key];
    if (JSON.stringify(schemas[ref]) === JSON.stringify(glob) && !others.length) continue;
    schemas[ref] = glob;
    changed = true;
  }
  if (!changed) return { kind: 'unchanged' };
  return { kind: 'updated', text: formatJson({ ...settings, 'yaml.schemas': schemas }, indentOf(existing), eolOf(existing)), keys: ['yaml.schemas'] };
}

/** .vscode/extensions.json recommending the YAML extension; other recommendations are kept. */
export function mergeVscodeExtensions(existing: string | null): JsonMerge {
  if (existing === null) return { kind: 'created', text: formatJson({ recommendations: [YAML_EXTENSION] }, '  ') };
  const data = parseObject(existing);
  if (!data) return { kind: 'unreadable' };
  const current = data.recommendations;
  if (current !== undefined && !Array.isArray(current)) return { kind: 'unreadable' };
  const list = current ?? [];
  if (list.some((id) => typeof id === 'string' && id.toLowerCase() === YAML_EXTENSION)) return { kind: 'unchanged' };
  return { kind: 'updated', text: formatJson({ ...data, recommendations: [...list, YAML_EXTENSION] }, indentOf(existing), eolOf(existing)), keys: ['recommendations'] };
}

/** The object a file holds, or null when it is not plain JSON or not an object. */
function parseObject(text: string): JsonObject | null {
  try {
    const data: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return isObject(data) ? data : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const normalise = (ref: string) => ref.replace(/\\/g, '/');

/** The indentation an existing file uses (its first indented line), so a merge keeps its style. */
function indentOf(text: string): string {
  const match = /\n([ \t]+)\S/.exec(text);
  return match ? match[1]! : '  ';
}

/** The line end an existing file uses. */
function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function formatJson(data: unknown, indent: string, eol = '\n'): string {
  return `${JSON.stringify(data, null, indent).replace(/\n/g, eol)}${eol}`;
}
