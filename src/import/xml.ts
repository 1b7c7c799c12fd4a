import { XMLParser } from 'fast-xml-parser';

/** An XML element in document order: tag with its prefix ("w:p"), attributes, children. */
export interface XNode {
  tag: string;
  attrs: Record<string, string>;
  kids: XNode[];
  /** Set on text nodes (tag "#text"). */
  text?: string;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // Numeric character references (&#10; for a line break in a cell) are text like any other.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
});

export class XmlError extends Error {}

/**
 * Parses one part of an Office package. A DOCTYPE is refused: OOXML never has one, and entity
 * declarations are how an XML file turns small into huge (the "billion laughs").
 */
export function parseXml(text: string, part: string): XNode {
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)) || /<!ENTITY/i.test(text)) throw new XmlError(`${part}: DOCTYPE`);
  let raw: unknown;
  try {
    raw = parser.parse(text);
  } catch (error) {
    throw new XmlError(`${part}: ${(error as Error).message}`);
  }
  return { tag: '#document', attrs: {}, kids: convert(raw as RawNode[]) };
}

type RawNode = Record<string, unknown>;

function convert(list: RawNode[]): XNode[] {
  const out: XNode[] = [];
  for (const item of list) {
    let attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(item)) {
      if (key === ':@') {
        attrs = value as Record<string, string>;
        continue;
      }
      if (key === '#text') out.push({ tag: '#text', attrs: {}, kids: [], text: String(value) });
      else out.push({ tag: key, attrs: {}, kids: convert((value as RawNode[]) ?? []) });
    }
    if (out.length && item[':@']) out[out.length - 1]!.attrs = attrs;
  }
  return out;
}

/** The tag without its namespace prefix. */
export function local(tag: string): string {
  const i = tag.indexOf(':');
  return i < 0 ? tag : tag.slice(i + 1);
}

export function child(node: XNode | undefined, tag: string): XNode | undefined {
  return node?.kids.find((k) => k.tag === tag);
}

export function children(node: XNode | undefined, tag: string): XNode[] {
  return node ? node.kids.filter((k) => k.tag === tag) : [];
}

/** The first descendant (depth first, document order) with this tag. */
export function find(node: XNode | undefined, tag: string): XNode | undefined {
  if (!node) return undefined;
  for (const k of node.kids) {
    if (k.tag === tag) return k;
    const deep = find(k, tag);
    if (deep) return deep;
  }
  return undefined;
}

/** Every descendant with this tag, not looking inside a match. */
export function findAll(node: XNode | undefined, tag: string, out: XNode[] = []): XNode[] {
  if (!node) return out;
  for (const k of node.kids) {
    if (k.tag === tag) out.push(k);
    else findAll(k, tag, out);
  }
  return out;
}

/** All text below a node, concatenated. */
export function textOf(node: XNode | undefined): string {
  if (!node) return '';
  if (node.text !== undefined) return node.text;
  return node.kids.map(textOf).join('');
}

/** An attribute looked up with or without its prefix ("w:val" or "val"). */
export function attr(node: XNode | undefined, name: string): string | undefined {
  if (!node) return undefined;
  if (name in node.attrs) return node.attrs[name];
  const bare = local(name);
  for (const [key, value] of Object.entries(node.attrs)) if (local(key) === bare) return value;
  return undefined;
}
