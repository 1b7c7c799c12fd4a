import fs from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { UsageError } from '../util/errors.js';
import { displayPath, SOP_GLOB } from '../util/paths.js';
import { loadSop, type LoadedSop } from './load.js';
import type { ProjectConfig } from '../config/types.js';
import type { RawProblem } from '../util/diagnostic.js';
import { phrase } from '../util/message.js';

/**
 * Resolves the files to work on: paths, directories (every *.sop.yaml below) or globs;
 * none means the config's `sumber`, else sops/**\/*.sop.yaml. Returns absolute paths, sorted.
 */
export function resolveFiles(args: readonly string[], cwd: string, config: ProjectConfig): string[] {
  const found = new Set<string>();
  if (args.length === 0) {
    for (const file of globSync(config.sources, { cwd: config.dir, absolute: true, ignore: ['**/node_modules/**'] })) found.add(path.resolve(file));
    if (found.size === 0) throw new UsageError('noFilesMatched', { patterns: config.sources.join(', ') });
    return [...found].sort();
  }
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    if (isDynamicPattern(arg)) {
      const matches = globSync([arg], { cwd, absolute: true, ignore: ['**/node_modules/**'] });
      if (matches.length === 0) throw new UsageError('noFilesMatched', { patterns: arg });
      for (const m of matches) found.add(path.resolve(m));
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new UsageError('fileNotFound', { file: arg });
    }
    if (stat.isDirectory()) {
      const matches = globSync([SOP_GLOB], { cwd: abs, absolute: true, ignore: ['**/node_modules/**'] });
      if (matches.length === 0) throw new UsageError('noFilesMatched', { patterns: `${arg}/${SOP_GLOB}` });
      for (const m of matches) found.add(path.resolve(m));
    } else {
      found.add(abs);
    }
  }
  return [...found].sort();
}

/**
 * Reads and loads one SOP file; an unreadable file becomes a problem, not a crash. The file is read
 * as bytes: bytes that are not UTF-8 (Latin-1 or Windows-1252, as Word saves "plain text") become a
 * `yaml` problem at the first of them, and the file is not linted further (its text would hold
 * U+FFFD in their place). When the file holds no UTF-8 multibyte sequence at all, it certainly is
 * not UTF-8: its text as Windows-1252 comes along (`asWindows1252`), for `sop lint --fix`.
 */
export function loadSopFile(abs: string, cwd: string, config: ProjectConfig): LoadedSop {
  const display = displayPath(abs, cwd);
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(abs);
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    const loaded = loadSop({ path: display, absPath: abs, text: '' }, config);
    return { ...loaded, sop: null, problems: [{ ruleId: 'yaml', messageId: 'readError', data: { detail }, range: [0, 0] }] };
  }
  const decoded = decodeUtf8(bytes);
  const loaded = loadSop({ path: display, absPath: abs, text: decoded.text }, config);
  if (!decoded.invalid) return loaded;
  const { offset, byte } = decoded.invalid;
  // Offsets refer to the text without its BOM (see parseSource).
  const at = decoded.text.charCodeAt(0) === 0xfeff ? offset - 1 : offset;
  const char = windows1252Char(byte);
  const problem: RawProblem = {
    ruleId: 'yaml',
    messageId: 'encodingNotUtf8',
    data: {
      byte: byte.toString(16).toUpperCase().padStart(2, '0'),
      guess: char ? phrase('encodingGuess', { char }) : '',
      fixHint: decoded.windows1252 !== null ? phrase('encodingFixHint') : '',
    },
    range: [at, at + 1],
  };
  return {
    ...loaded,
    sop: null,
    problems: [problem, ...loaded.problems],
    ...(decoded.windows1252 !== null ? { asWindows1252: decoded.windows1252 } : {}),
  };
}

export interface DecodedText {
  /** The text, an invalid sequence as U+FFFD; a BOM is kept (parseSource removes it). */
  text: string;
  /** The first invalid sequence: its offset in `text` (where its U+FFFD stands) and its first byte. */
  invalid: { offset: number; byte: number } | null;
  /**
   * The bytes read as Windows-1252, when they are not UTF-8, hold no valid UTF-8 multibyte
   * sequence at all and no byte Windows-1252 leaves undefined; else null.
   */
  windows1252: string | null;
}

/** Decodes bytes as UTF-8 and tells where they are not UTF-8 (see DecodedText). */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const scan = scanUtf8(bytes);
  if (scan.firstInvalid < 0) return { text, invalid: null, windows1252: null };
  const offset = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, scan.firstInvalid)).length;
  const invalid = { offset, byte: bytes[scan.firstInvalid]! };
  return { text, invalid, windows1252: scan.multibyte ? null : decodeWindows1252(bytes) };
}

/** The index of the first byte of the first ill-formed UTF-8 sequence (-1: none), and whether a well-formed multibyte one occurs. */
function scanUtf8(bytes: Uint8Array): { firstInvalid: number; multibyte: boolean } {
  let firstInvalid = -1;
  let multibyte = false;
  let i = 0;
  const cont = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let length = 0;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      length = cont(i + 1, low, high) && cont(i + 2) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [low, high] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      length = cont(i + 1, low, high) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    if (length === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      i++;
      continue;
    }
    if (length > 1) multibyte = true;
    i += length;
  }
  return { firstInvalid, multibyte };
}

/** Windows-1252 at 0x80–0x9F (the rest of 0x80–0xFF is Latin-1); 0 where it defines no character. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function windows1252Char(byte: number): string | null {
  if (byte < 0x80) return String.fromCharCode(byte);
  if (byte >= 0xa0) return String.fromCharCode(byte);
  const code = WINDOWS_1252_HIGH[byte - 0x80]!;
  return code ? String.fromCharCode(code) : null;
}

/** The bytes as Windows-1252 text, or null when one of them is undefined there (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
function decodeWindows1252(bytes: Uint8Array): string | null {
  let out = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chars: string[] = [];
    for (const byte of bytes.subarray(start, start + 8192)) {
      const char = windows1252Char(byte);
      if (char === null) return null;
      chars.push(char);
    }
    out += chars.join('');
  }
  return out;
}
