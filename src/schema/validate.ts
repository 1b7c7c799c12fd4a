import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Lang, NodePath } from '../model/types.js';
import type { RawProblem } from '../model/parse.js';
import { coreMessage } from '../i18n/messages.js';
import { describeValue } from '../model/parse.js';
import { closest } from '../util/strings.js';

const require = createRequire(import.meta.url);

export type SchemaKind = 'sop' | 'config';

let validators: Record<SchemaKind, ValidateFunction> | null = null;

/**
 * The validators: precompiled at build time (lib/schema/validators.cjs, see scripts/build-schema.js)
 * so start-up pays no schema compilation; compiled here once when running from source.
 */
function getValidators(): Record<SchemaKind, ValidateFunction> {
  if (!validators) {
    try {
      validators = require('./validators.cjs') as Record<SchemaKind, ValidateFunction>;
    } catch {
      validators = compileValidators();
    }
  }
  return validators;
}

function compileValidators(): Record<SchemaKind, ValidateFunction> {
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  // The schema files are read only here: the precompiled validators embed them.
  const sopSchema = require('../../schemas/sop.schema.json') as Record<string, unknown>;
  const configSchema = require('../../schemas/sop.config.schema.json') as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, allowUnionTypes: true });
  ajv.addSchema(sopSchema);
  ajv.addSchema(configSchema);
  return {
    sop: ajv.getSchema(sopSchema.$id as string)!,
    config: ajv.getSchema(configSchema.$id as string)!,
  };
}

export function validateData(kind: SchemaKind, data: unknown, lang: Lang): RawProblem[] {
  const validate = getValidators()[kind];
  if (validate(data)) return [];
  return mapSchemaErrors(validate.errors ?? [], lang);
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** How a path reads in a message: `kegiatan[3].waktu` (1-based list positions for people). */
export function describePath(path: NodePath, lang: Lang): string {
  if (path.length === 0) return lang === 'en' ? 'the document' : 'dokumen';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg + 1}]`;
    else out += (out ? '.' : '') + seg;
  }
  return `"${out}"`;
}

const typeNames: Record<Lang, Record<string, string>> = {
  id: { string: 'teks', integer: 'bilangan bulat', number: 'angka', boolean: 'true/false', array: 'daftar', object: 'pemetaan (kunci: nilai)', null: 'kosong' },
  en: { string: 'text', integer: 'an integer', number: 'a number', boolean: 'true/false', array: 'a list', object: 'a mapping (key: value)', null: 'empty' },
};

function expectedTypes(types: string | string[], lang: Lang): string {
  const list = (Array.isArray(types) ? types : [types]).filter((t) => t !== 'null');
  const names = [...new Set(list.map((t) => typeNames[lang][t] ?? t))];
  return names.join(lang === 'en' ? ' or ' : ' atau ');
}

/**
 * Turns ajv errors into one problem per real mistake: branches of anyOf that cannot
 * apply (wrong type) are dropped, and each message names the path, the value found and,
 * for a misspelt key or value, the closest allowed one.
 */
export function mapSchemaErrors(errors: ErrorObject[], lang: Lang): RawProblem[] {
  const anyOfs = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const suppressed = new Set<ErrorObject>();
  const extra: RawProblem[] = [];
  for (const group of anyOfs) {
    const inside = errors.filter((e) => e !== group && e.schemaPath.startsWith(group.schemaPath + '/'));
    const branches = new Map<string, ErrorObject[]>();
    for (const e of inside) {
      const branch = e.schemaPath.slice(group.schemaPath.length + 1).split('/')[0]!;
      branches.set(branch, [...(branches.get(branch) ?? []), e]);
    }
    // A branch that failed only on its type at the same place does not apply.
    const applicable = [...branches.values()].filter(
      (errs) => !errs.every((e) => e.instancePath === group.instancePath && (e.keyword === 'type' || e.keyword === 'enum' || e.keyword === 'const')),
    );
    suppressed.add(group);
    if (applicable.length === 0) {
      for (const e of inside) suppressed.add(e);
      const typeErrors = inside.filter((e) => e.keyword === 'type' || e.keyword === 'pattern');
      const specific = inside.find((e) => e.keyword === 'pattern') ?? inside.find((e) => e.keyword === 'enum');
      if (specific) {
        extra.push(mapOne(specific, lang)!);
      } else {
        const types = typeErrors.flatMap((e) => (Array.isArray(e.params.type) ? e.params.type : [e.params.type as string]));
        extra.push(typeProblem(pointerToPath(group.instancePath), types, group.data, lang));
      }
    } else {
      for (const [, errs] of branches) if (!applicable.includes(errs)) for (const e of errs) suppressed.add(e);
    }
  }
  const problems: RawProblem[] = [...extra];
  const seen = new Set<string>();
  for (const error of errors) {
    if (suppressed.has(error)) continue;
    const problem = mapOne(error, lang);
    if (!problem) continue;
    const key = `${JSON.stringify(problem.path)}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function typeProblem(path: NodePath, types: string[], data: unknown, lang: Lang): RawProblem {
  const wantsString = types.includes('string');
  const hint = wantsString && (typeof data === 'number' || typeof data === 'boolean')
    ? coreMessage('quoteHint', lang, { value: String(data) })
    : '';
  return {
    ruleId: 'skema',
    path,
    message: coreMessage('wrongType', lang, {
      where: describePath(path, lang),
      expected: expectedTypes(types, lang),
      found: describeValue(data, lang),
      hint,
    }),
  };
}

function mapOne(error: ErrorObject, lang: Lang): RawProblem | null {
  const path = pointerToPath(error.instancePath);
  const where = describePath(path, lang);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = error.params.additionalProperty as string;
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const guess = closest(key, allowed);
      const suggestion = guess
        ? coreMessage('didYouMean', lang, { value: guess })
        : allowed.length && allowed.length <= 12
          ? coreMessage('allowedKeys', lang, { list: allowed.join(', ') })
          : '';
      return { ruleId: 'skema', path: [...path, key], atKey: true, message: coreMessage('unknownKey', lang, { key, suggestion }) };
    }
    case 'required': {
      const key = error.params.missingProperty as string;
      const whereText = path.length ? coreMessage('missingKeyWhere', lang, { where }) : '';
      return { ruleId: 'skema', path, atKey: true, message: coreMessage('missingKey', lang, { key, where: whereText }) };
    }
    case 'type':
      return typeProblem(path, Array.isArray(error.params.type) ? error.params.type : [error.params.type as string], error.data, lang);
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const guess = typeof error.data === 'string' ? closest(error.data, allowed) : null;
      return {
        ruleId: 'skema',
        path,
        message: coreMessage('wrongEnum', lang, {
          where,
          list: allowed.join(', '),
          found: describeValue(error.data, lang),
          suggestion: guess ? coreMessage('didYouMean', lang, { value: guess }) : '',
        }),
      };
    }
    case 'pattern': {
      const pattern = error.params.pattern as string;
      const expected = pattern.includes('[0-9]{4}-') ? coreMessage('dateFormat', lang)
        : pattern.includes('[0-9 ]') ? coreMessage('nipFormat', lang)
        : pattern.includes('A-Za-z0-9_-') ? coreMessage('idFormat', lang)
        : pattern;
      return { ruleId: 'skema', path, message: coreMessage('wrongPattern', lang, { where, expected, found: describeValue(error.data, lang) }) };
    }
    case 'minItems':
      return { ruleId: 'skema', path, message: coreMessage('tooFew', lang, { where, limit: error.params.limit as number }) };
    case 'minLength':
      return { ruleId: 'skema', path, message: coreMessage('emptyString', lang, { where }) };
    case 'minimum':
      return { ruleId: 'skema', path, message: coreMessage('atLeast', lang, { where, limit: error.params.limit as number, found: String(error.data) }) };
    case 'maximum':
      return { ruleId: 'skema', path, message: coreMessage('atMost', lang, { where, limit: error.params.limit as number, found: String(error.data) }) };
    case 'exclusiveMinimum':
      return { ruleId: 'skema', path, message: coreMessage('tooSmall', lang, { where, limit: error.params.limit as number, found: String(error.data) }) };
    case 'anyOf':
    case 'oneOf':
    case 'if':
      return null;
    default:
      return { ruleId: 'skema', path, message: coreMessage('schemaOther', lang, { where, detail: error.message ?? error.keyword }) };
  }
}
