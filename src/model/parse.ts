import { LineCounter, parseDocument, isMap, isScalar, type Document, type Node } from 'yaml';
import type { NodePath, RawProblem } from '../util/diagnostic.js';
import { describeValue } from '../util/describe.js';
import { phrase } from '../util/message.js';

export type { RawProblem };

export interface SourceFile {
  /** Display path (relative to cwd where possible). */
  path: string;
  /** Absolute path, for resolving relative references (logo, config). */
  absPath: string;
  text: string;
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

export function parseSource(source: SourceFile): ParsedSource {
  const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
    strict: true,
    // Not process warnings on stderr (e.g. "Keys with collection values will be stringified"):
    // such a key is reported by the schema gate, as a key no SOP has.
    logLevel: 'error',
  });
  const problems: RawProblem[] = [];
  for (const error of doc.errors) {
    problems.push({ ruleId: 'yaml', ...describeYamlError(error.code, error.message, text, error.pos), range: error.pos });
  }
  if (/^---\s*$/m.test(text) && doc.errors.length === 0) {
    // parseDocument ignores further documents silently in some cases; catch it explicitly.
    const second = findSecondDocument(text);
    if (second !== null) problems.push({ ruleId: 'yaml', messageId: 'yamlMultipleDocs', range: [second, second + 3] });
  }
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // e.g. an alias bomb: "Excessive alias count indicates a resource exhaustion attack".
      const detail = error instanceof Error ? error.message : String(error);
      problems.push({ ruleId: 'yaml', messageId: 'yamlSyntax', data: { detail }, range: [0, 0] });
      return { source, text, doc, lineCounter, data: undefined, problems };
    }
    if (!isMap(doc.contents)) {
      const found = doc.contents === null ? phrase('valueEmptyDocument') : describeValue(data);
      problems.push({ ruleId: 'skema', messageId: 'yamlNotMapping', data: { found }, range: [0, 0] });
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

function describeYamlError(code: string, message: string, text: string, pos: [number, number]): Pick<RawProblem, 'messageId' | 'data'> {
  if (code === 'DUPLICATE_KEY') {
    const line = text.slice(pos[0]).split(/\r?\n/)[0] ?? '';
    const key = line.split(/:(\s|$)/)[0]?.trim().replace(/^["']|["']$/g, '') || '?';
    return { messageId: 'yamlDuplicateKey', data: { key } };
  }
  if (code === 'MULTIPLE_DOCS') return { messageId: 'yamlMultipleDocs' };
  // yaml's own messages are English and precise; keep the first line.
  const detail = message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
  return { messageId: 'yamlSyntax', data: { detail } };
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
