import type { Lang } from '../model/types.js';

/** A message in both languages; `{name}` placeholders are filled from data. */
export interface Message {
  id: string;
  en: string;
}

export type MessageData = Record<string, string | number | null | undefined>;

export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    return value === undefined || value === null ? whole : String(value);
  });
}

export function translate(message: Message, lang: Lang, data?: MessageData): string {
  return formatMessage(message[lang], data);
}

/** Messages of the core (YAML, schema, CLI). Rules carry their own. */
export const coreMessages = {
  yamlSyntax: { id: 'Kesalahan sintaks YAML: {detail}', en: 'YAML syntax error: {detail}' },
  yamlDuplicateKey: {
    id: 'Kunci "{key}" ditulis dua kali; hapus salah satunya',
    en: 'Key "{key}" appears twice; remove one of them',
  },
  yamlMultipleDocs: {
    id: 'Satu berkas hanya boleh berisi satu SOP (ditemukan pemisah dokumen "---" kedua)',
    en: 'A file holds one SOP only (found a second "---" document)',
  },
  yamlNotMapping: {
    id: 'Isi berkas harus berupa pemetaan kunci: nilai (mis. "nomor: ..."), ditemukan {found}',
    en: 'The file must be a mapping of key: value pairs (e.g. "nomor: ..."), found {found}',
  },
  unknownKey: { id: 'Kunci "{key}" tidak dikenal{suggestion}', en: 'Unknown key "{key}"{suggestion}' },
  didYouMean: { id: '; maksud Anda "{value}"?', en: '; did you mean "{value}"?' },
  allowedKeys: { id: '; kunci yang boleh: {list}', en: '; allowed keys: {list}' },
  missingKey: { id: 'Kunci wajib "{key}" tidak ada{where}', en: 'Required key "{key}" is missing{where}' },
  missingKeyWhere: { id: ' di {where}', en: ' in {where}' },
  wrongType: {
    id: '{where} harus berupa {expected}, ditemukan {found}{hint}',
    en: '{where} must be {expected}, found {found}{hint}',
  },
  quoteHint: {
    id: ' (tulis di antara tanda kutip, mis. "{value}")',
    en: ' (write it in quotes, e.g. "{value}")',
  },
  wrongEnum: {
    id: '{where} harus salah satu dari {list}, ditemukan {found}{suggestion}',
    en: '{where} must be one of {list}, found {found}{suggestion}',
  },
  wrongPattern: { id: '{where}: {expected}, ditemukan {found}', en: '{where}: {expected}, found {found}' },
  tooFew: {
    id: '{where} harus berisi paling sedikit {limit} butir',
    en: '{where} must have at least {limit} item(s)',
  },
  emptyString: { id: '{where} tidak boleh kosong', en: '{where} must not be empty' },
  tooSmall: { id: '{where} harus lebih dari {limit}, ditemukan {found}', en: '{where} must be more than {limit}, found {found}' },
  atLeast: { id: '{where} paling sedikit {limit}, ditemukan {found}', en: '{where} must be at least {limit}, found {found}' },
  atMost: { id: '{where} paling banyak {limit}, ditemukan {found}', en: '{where} must be at most {limit}, found {found}' },
  schemaOther: { id: '{where}: {detail}', en: '{where}: {detail}' },
  dateFormat: {
    id: 'tanggal ditulis YYYY-MM-DD, mis. 2023-07-01',
    en: 'a date is written YYYY-MM-DD, e.g. 2023-07-01',
  },
  nipFormat: {
    id: 'NIP ditulis 18 angka, boleh dengan spasi: "19660313 198903 1 011"',
    en: 'a NIP is 18 digits, spaces allowed: "19660313 198903 1 011"',
  },
  idFormat: {
    id: 'id ditulis dengan huruf, angka, "-" atau "_" dan tidak boleh hanya angka',
    en: 'an id uses letters, digits, "-" or "_" and must not be only digits',
  },
  requiredAfterMerge: {
    id: 'Kunci "{key}" wajib diisi di berkas SOP atau di sop.config.yaml',
    en: 'Key "{key}" is required in the SOP file or in sop.config.yaml',
  },
  unknownRule: { id: 'Aturan "{rule}" tidak dikenal{suggestion}', en: 'Unknown rule "{rule}"{suggestion}' },
  readError: { id: 'Tidak dapat membaca berkas: {detail}', en: 'Cannot read the file: {detail}' },
  fileNotFound: { id: 'Berkas tidak ditemukan: {file}', en: 'File not found: {file}' },
  noFilesMatched: {
    id: 'Tidak ada berkas *.sop.yaml yang cocok dengan: {patterns}',
    en: 'No *.sop.yaml file matches: {patterns}',
  },
  configNotFound: { id: 'Berkas konfigurasi tidak ditemukan: {file}', en: 'Configuration file not found: {file}' },
  internalError: {
    id: 'Kesalahan internal (bug pada sop): {detail}. Jalankan ulang dengan --verbose dan laporkan.',
    en: 'Internal error (a bug in sop): {detail}. Run again with --verbose and report it.',
  },
} satisfies Record<string, Message>;

export type CoreMessageId = keyof typeof coreMessages;

export function coreMessage(key: CoreMessageId, lang: Lang, data?: MessageData): string {
  return translate(coreMessages[key], lang, data);
}
