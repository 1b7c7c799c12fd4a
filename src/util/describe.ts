import type { NodePath } from './diagnostic.js';
import { phrase, type MessageValue } from './message.js';

/** A short description of a value for messages: `"teks"`, `123`, or the phrase for a list, a mapping, empty. */
export function describeValue(value: unknown): MessageValue {
  if (value === null || value === undefined) return phrase('valueNull');
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? value.slice(0, 57) + '...' : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return phrase('valueList');
  return phrase('valueMapping');
}

/** How a path reads in a message: `"kegiatan[3].waktu"` (1-based list positions for people), or the document. */
export function describePath(path: NodePath): MessageValue {
  if (path.length === 0) return phrase('pathDocument');
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg + 1}]`;
    else out += (out ? '.' : '') + seg;
  }
  return `"${out}"`;
}
