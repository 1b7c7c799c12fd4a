import type { Lang } from '../util/lang.js';
import { compareDiagnostics, type Diagnostic, type WordedDiagnostic } from '../util/diagnostic.js';
import { isPhrase, type MessageData, type MessageValue, type Phrase } from '../util/message.js';
import { id, type MessageId } from './id/index.js';
import { en } from './en/index.js';

export type { MessageId };
export type { MessageData, Phrase };

/**
 * A message in both languages, as a lint rule carries its own messages beside its check
 * (`meta.messages`); `{name}` placeholders are filled from data.
 */
export interface Message {
  id: string;
  en: string;
}

/** Where the messages of a rule are found (the lint registry), by rule id. */
export type RuleMessages = (ruleId: string) => Readonly<Record<string, Message>> | undefined;

const catalogs: Record<Lang, Readonly<Record<string, string>>> = { id, en };

/** Finds the template of a message id in the language at hand (a rule's own messages first). */
type Lookup = (messageId: string) => string | undefined;

const coreLookup = (lang: Lang): Lookup => (messageId) => catalogs[lang][messageId];

/**
 * Fills `{name}` placeholders, and `{name|one|other}` by whether the value is 1 (English plurals);
 * a value may be a phrase or a list of values, put into words too (a nested phrase is looked up
 * like its message: a rule's own messages, then the core catalog).
 */
export function formatMessage(template: string, data: MessageData = {}, lang: Lang = 'id', lookup: Lookup = coreLookup(lang)): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, key: string, one?: string, other?: string) => {
    const value = data[key];
    if (one !== undefined) return value === 1 ? one : (other ?? '');
    return value === undefined || value === null ? whole : wordValue(value, lang, lookup);
  });
}

function wordValue(value: MessageValue, lang: Lang, lookup: Lookup): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map((v) => wordValue(v, lang, lookup)).join('');
  if (isPhrase(value)) {
    const template = lookup(value.messageId);
    if (template === undefined) throw new Error(`no message "${value.messageId}" in the ${lang} catalog`);
    return formatMessage(template, value.data, lang, lookup);
  }
  return String(value);
}

/** The words of a core message (the catalog of `lang`). An unknown id is a bug: it says so. */
export function say(lang: Lang, messageId: string, data?: MessageData): string {
  return wordValue({ messageId, data }, lang, coreLookup(lang));
}

/** The words of any value of message data: a phrase, a list of them, a plain string. */
export function sayValue(lang: Lang, value: MessageValue): string {
  return wordValue(value, lang, coreLookup(lang));
}

/** A rule's own message (`meta.messages`) in words. */
export function translate(message: Message, lang: Lang, data?: MessageData, own?: Readonly<Record<string, Message>>): string {
  return formatMessage(message[lang], data, lang, ruleLookup(lang, own));
}

function ruleLookup(lang: Lang, own: Readonly<Record<string, Message>> | undefined): Lookup {
  const core = coreLookup(lang);
  return own ? (messageId) => own[messageId]?.[lang] ?? core(messageId) : core;
}

/**
 * Puts a diagnostic into words: a rule's finding with the rule's own messages, the core's
 * (yaml, skema, regulasi, komentar-sop) with the catalog. The one place findings get words.
 */
export function wordDiagnostic<D extends Diagnostic>(diagnostic: D, lang: Lang, rules?: RuleMessages): D & WordedDiagnostic {
  const messages = rules?.(diagnostic.ruleId);
  const message = wordValue({ messageId: diagnostic.messageId, data: diagnostic.data }, lang, ruleLookup(lang, messages));
  return { ...diagnostic, message };
}

/** Every diagnostic of a set of files in words, sorted (file, line, column, rule, message). */
export function wordFiles<F extends { file: string; diagnostics: readonly Diagnostic[] }>(
  files: readonly F[],
  lang: Lang,
  rules?: RuleMessages,
): (Omit<F, 'diagnostics'> & { diagnostics: WordedDiagnostic[] })[] {
  return files.map((f) => ({ ...f, diagnostics: f.diagnostics.map((d) => wordDiagnostic(d, lang, rules)).sort(compareDiagnostics) }));
}
