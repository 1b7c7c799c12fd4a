import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCitation, type CitationKind, type Region } from '../../src/lint/regulations/citation.js';
import { citationKey, refKey } from '../../src/lint/regulations/citation-format.js';

/**
 * Real-world spellings of dasar hukum citations, each with its reading written by hand from the
 * text (test/fixtures/citations/spellings.yaml describes the fields).
 */

interface SpellingCase {
  text: string;
  kind: CitationKind;
  jenis: string | null;
  region: Region | null;
  nomor: string | null;
  tahun: number | null;
  key: string | null;
  canonical?: string | null;
  amends?: string | null;
  amendedBy?: string[];
  problems: string[];
}

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'citations', 'spellings.yaml');
const cases = parse(fs.readFileSync(FIXTURE, 'utf8')) as SpellingCase[];

describe('the spellings fixture', () => {
  it('has at least 90 distinct cases with every required field', () => {
    expect(cases.length).toBeGreaterThanOrEqual(90);
    expect(new Set(cases.map((c) => c.text)).size).toBe(cases.length);
    for (const c of cases) {
      for (const field of ['text', 'kind', 'jenis', 'region', 'nomor', 'tahun', 'key', 'problems'] as const) expect(c, `${c.text}: ${field}`).toHaveProperty(field);
      // YAML reads an unquoted 23 as a number; a nomor is text.
      if (c.nomor !== null) expect(typeof c.nomor, c.text).toBe('string');
    }
  });
});

describe('parseCitation reads real-world spellings', () => {
  it.each(cases.map((c) => [c.text, c] as const))('%s', (text, expected) => {
    const c = parseCitation(text);
    expect({
      kind: c.kind,
      jenis: c.jenis,
      region: c.region,
      nomor: c.nomor,
      tahun: c.tahun,
      key: citationKey(c),
      problems: c.problems.map((p) => p.code),
    }).toEqual({
      kind: expected.kind,
      jenis: expected.jenis,
      region: expected.region,
      nomor: expected.nomor,
      tahun: expected.tahun,
      key: expected.key,
      problems: expected.problems,
    });
    if ('canonical' in expected) expect(c.canonical).toBe(expected.canonical);
    if ('amends' in expected) expect(c.amends && refKey(c.amends)).toBe(expected.amends);
    if ('amendedBy' in expected) expect(c.amendedBy.map(refKey)).toEqual(expected.amendedBy);
  });
});
