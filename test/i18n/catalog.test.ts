import { describe, expect, it } from 'vitest';
import { id } from '../../src/i18n/id/index.js';
import { en } from '../../src/i18n/en/index.js';
import { formatMessage, say, translate, wordDiagnostic } from '../../src/i18n/messages.js';
import { phrase } from '../../src/util/message.js';
import { describeValue } from '../../src/util/describe.js';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)(?:\|[^}]*)?\}/g)].map((m) => m[1]).sort();

describe('the catalogs', () => {
  it('hold the same ids in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it.each(Object.keys(id))('%s has the same placeholders in both languages', (key) => {
    const idText = (id as Record<string, string>)[key]!;
    const enText = (en as Record<string, string>)[key]!;
    expect(enText.length).toBeGreaterThan(0);
    expect([...new Set(placeholders(enText))]).toEqual([...new Set(placeholders(idText))]);
  });
});

describe('putting messages into words', () => {
  it('fills placeholders, nested phrases and lists', () => {
    expect(say('id', 'yamlNotMapping', { found: describeValue([1]) })).toBe('Isi berkas harus berupa pemetaan kunci: nilai (mis. "nomor: ..."), ditemukan daftar');
    expect(say('en', 'yamlNotMapping', { found: describeValue(null) })).toBe('The file must be a mapping of key: value pairs (e.g. "nomor: ..."), found empty (null)');
    expect(say('en', 'unknownKey', { key: 'nam', suggestion: phrase('didYouMean', { value: 'nama' }) })).toBe('Unknown key "nam"; did you mean "nama"?');
    expect(formatMessage('{a} dan {b}', { a: ['x ', phrase('valueList')], b: 3 })).toBe('x daftar dan 3');
  });

  it('picks the English plural by the count, and keeps an unfilled placeholder', () => {
    expect(say('en', 'reportClean', { checked: 1 })).toBe('✔ 1 file checked, no problems');
    expect(say('en', 'reportClean', { checked: 2 })).toBe('✔ 2 files checked, no problems');
    expect(say('id', 'reportClean', { checked: 2 })).toBe('✔ 2 berkas diperiksa, tidak ada masalah');
    expect(formatMessage('{a} {b}', { a: 'x' })).toBe('x {b}');
  });

  it('says which id is missing (a bug, not a user error)', () => {
    expect(() => say('id', 'tidakAda')).toThrow('no message "tidakAda" in the id catalog');
  });

  it("looks a rule's nested phrase up in the rule's own messages first", () => {
    const messages = { found: { id: 'Ditemukan {what}', en: 'Found {what}' }, thing: { id: 'sesuatu', en: 'a thing' } };
    const diagnostic = { file: 'a', line: 1, column: 1, endLine: 1, endColumn: 1, severity: 'warn' as const, ruleId: 'x/y', messageId: 'found', data: { what: phrase('thing') } };
    expect(wordDiagnostic(diagnostic, 'en', () => messages).message).toBe('Found a thing');
    expect(wordDiagnostic(diagnostic, 'id', () => messages).message).toBe('Ditemukan sesuatu');
    expect(translate(messages.found, 'en', { what: phrase('valueList') }, messages)).toBe('Found a list');
  });
});
