import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml';
import type { Lang, NodePath } from './types.js';
import { coreMessage } from '../i18n/messages.js';

export interface SourceFile {
  /** Display path (relative to cwd where possible). */
  path: string;
  /** Absolute path, for resolving relative references (logo, config). */
  absPath: string;
  text: string;
}

/** A problem found by the parser or the schema gate, by offset (located later). */
export interface RawProblem {
  ruleId: 'yaml' | 'skema';
  message: string;
  /** Either an offset range or a path into the document. */
  range?: [number, number];
  path?: NodePath;
  /** Point at the key rather than the value. */
  atKey?: boolean;
}

export interface ParsedSource {
  source: SourceFile;
  /** Text with a leading BOM removed; offsets refer to this text. */
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain JS data, or undefined when the syntax is broken. */
  data: unknown;
  problems: RawProblem[];
}

export function parseSource(source: SourceFile, lang: Lang): ParsedSource {
  const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
    strict: true,
  });
  const problems: RawProblem[] = [];
  for (const error of doc.errors) {
    problems.push({ ruleId: 'yaml', message: describeYamlError(error.code, error.message, text, error.pos, lang), range: error.pos });
  }
  if (/^---\s*$/m.test(text) && doc.errors.length === 0) {
    // parseDocument ignores further documents silently in some cases; catch it explicitly.
    const second = findSecondDocument(text);
    if (second !== null) problems.push({ ruleId: 'yaml', message: coreMessage('yamlMultipleDocs', lang), range: [second, second + 3] });
  }
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // e.g. an alias bomb: "Excessive alias count indicates a resource exhaustion attack".
      const detail = error instanceof Error ? error.message : String(error);
      problems.push({ ruleId: 'yaml', message: coreMessage('yamlSyntax', lang, { detail }), range: [0, 0] });
      return { source, text, doc, lineCounter, data: undefined, problems };
    }
    if (!isMap(doc.contents)) {
      const found = doc.contents === null ? 'dokumen kosong' : describeValue(data, lang);
      problems.push({ ruleId: 'skema', message: coreMessage('yamlNotMapping', lang, { found: lang === 'en' && doc.contents === null ? 'an empty document' : found }), range: [0, 0] });
      data = undefined;
    }
  }
  return { source, text, doc, lineCounter, data, problems };
}

function findSecondDocument(text: string): number | null {
  const re = /^---[ \t]*$/gm;
  let seenContent = false;
  let match: RegExpExecArray | null;
  let last = 0;
  while ((match = re.exec(text))) {
    const before = text.slice(last, match.index);
    if (/^[^#\s]/m.test(before)) seenContent = true;
    if (seenContent) return match.index;
    last = match.index + 3;
  }
  return null;
}

function describeYamlError(code: string, message: string, text: string, pos: [number, number], lang: Lang): string {
  if (code === 'DUPLICATE_KEY') {
    const line = text.slice(pos[0]).split(/\r?\n/)[0] ?? '';
    const key = line.split(/:(\s|$)/)[0]?.trim().replace(/^["']|["']$/g, '') || '?';
    return coreMessage('yamlDuplicateKey', lang, { key });
  }
  if (code === 'MULTIPLE_DOCS') return coreMessage('yamlMultipleDocs', lang);
  // yaml's own messages are English and precise; keep the first line.
  const detail = message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  return coreMessage('yamlSyntax', lang, { detail });
}

/** A short description of a value for messages: `"teks"`, `123`, `daftar`, `pemetaan`. */
export function describeValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return lang === 'en' ? 'empty (null)' : 'kosong (null)';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return lang === 'en' ? 'a list' : 'daftar';
  return lang === 'en' ? 'a mapping' : 'pemetaan (kunci: nilai)';
}

/** The node at a path, and whether the path was found completely. */
export function nodeAtPath(doc: Document.Parsed, path: NodePath): { node: Node | null; keyNode: Node | null; depth: number } {
  let node: unknown = doc.contents;
  let keyNode: Node | null = null;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items) && typeof segment === 'number') {
      const items = (node as { items: unknown[] }).items;
      if (segment >= items.length) break;
      keyNode = null;
      node = items[segment];
    } else {
      break;
    }
    depth++;
    if (node === null || node === undefined) {
      // `key:` with no value: the key is the best place to point at.
      return { node: keyNode, keyNode, depth };
    }
  }
  return { node: (node as Node) ?? null, keyNode, depth };
}
