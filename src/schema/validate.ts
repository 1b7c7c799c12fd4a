import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { NodePath, RawProblem } from '../util/diagnostic.js';
import { describePath, describeValue } from '../util/describe.js';
import { phrase, type MessageData, type MessageValue } from '../util/message.js';
import { closest } from '../util/strings.js';

const require = createRequire(import.meta.url);

/** The schemas of the gate: a SOP, sop.config.yaml, and a regulation register file. */
export type SchemaKind = 'sop' | 'config' | 'regulasi';

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
  const registerSchema = require('../../schemas/regulasi.schema.json') as Record<string, unknown>;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false, allowUnionTypes: true });
  ajv.addSchema(sopSchema);
  ajv.addSchema(configSchema);
  ajv.addSchema(registerSchema);
  return {
    sop: ajv.getSchema(sopSchema.$id as string)!,
    config: ajv.getSchema(configSchema.$id as string)!,
    regulasi: ajv.getSchema(registerSchema.$id as string)!,
  };
}

/** The schema gate: no problems, or one problem (message id and data, by path) per real mistake. */
export function validateData(kind: SchemaKind, data: unknown): RawProblem[] {
  const validate = getValidators()[kind];
  if (validate(data)) return [];
  return mapSchemaErrors(validate.errors ?? []);
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const typeMessages: Record<string, string> = {
  string: 'typeString', integer: 'typeInteger', number: 'typeNumber', boolean: 'typeBoolean', array: 'typeArray', object: 'typeObject', null: 'typeNull',
};

function expectedTypes(types: string | string[]): MessageValue {
  const list = [...new Set((Array.isArray(types) ? types : [types]).filter((t) => t !== 'null').map((t) => typeMessages[t] ?? t))];
  const out: MessageValue[] = [];
  list.forEach((t, i) => {
    if (i > 0) out.push(phrase('listOr'));
    out.push(typeMessages[t] === undefined && !t.startsWith('type') ? t : phrase(t));
  });
  return out;
}

/**
 * A schema may name the message of its own errors: `"x-pesan": { "<keyword>": "<message id>" }`
 * on the schema the keyword sits in (the object for required and additionalProperties), and
 * `"x-harapan": "<message id>"` for what a value should be. The data every message may use:
 * where, key, n (the 1-based position of the nearest list item), found, list, suggestion,
 * expected, limit, hint.
 */
function ownMessage(error: ErrorObject, fallback: string): string {
  const own = (error.parentSchema as { 'x-pesan'?: Record<string, string> } | undefined)?.['x-pesan']?.[error.keyword];
  return own ?? fallback;
}

function expectedOf(error: ErrorObject, otherwise: () => MessageValue): MessageValue {
  const own = (error.parentSchema as { 'x-harapan'?: string } | undefined)?.['x-harapan'];
  return own ? phrase(own) : otherwise();
}

function placeData(path: NodePath): { where: MessageValue; key: string; n: number | undefined } {
  const lastKey = [...path].reverse().find((seg) => typeof seg === 'string');
  const lastIndex = [...path].reverse().find((seg) => typeof seg === 'number');
  return { where: describePath(path), key: typeof lastKey === 'string' ? lastKey : '', n: typeof lastIndex === 'number' ? lastIndex + 1 : undefined };
}

function problem(path: NodePath, messageId: string, data: MessageData, atKey = false): RawProblem {
  return atKey ? { ruleId: 'skema', path, atKey, messageId, data } : { ruleId: 'skema', path, messageId, data };
}

/**
 * Turns ajv errors into one problem per real mistake: branches of anyOf that cannot
 * apply (wrong type) are dropped, and each message names the path, the value found and,
 * for a misspelt key or value, the closest allowed one.
 */
export function mapSchemaErrors(errors: ErrorObject[]): RawProblem[] {
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
        extra.push(mapOne(specific)!);
      } else {
        const types = typeErrors.flatMap((e) => (Array.isArray(e.params.type) ? e.params.type : [e.params.type as string]));
        extra.push(typeProblem(group, pointerToPath(group.instancePath), types, group.data));
      }
    } else {
      for (const [, errs] of branches) if (!applicable.includes(errs)) for (const e of errs) suppressed.add(e);
    }
  }
  const problems: RawProblem[] = [...extra];
  const seen = new Set<string>();
  for (const error of errors) {
    if (suppressed.has(error)) continue;
    const problem = mapOne(error);
    if (!problem) continue;
    const key = `${JSON.stringify(problem.path)}|${problem.messageId}|${JSON.stringify(problem.data)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function typeProblem(error: ErrorObject, path: NodePath, types: string[], data: unknown): RawProblem {
  const wantsString = types.includes('string');
  const hint = wantsString && (typeof data === 'number' || typeof data === 'boolean') ? phrase('quoteHint', { value: String(data) }) : '';
  return problem(path, ownMessage(error, 'wrongType'), {
    ...placeData(path),
    expected: expectedOf(error, () => expectedTypes(types)),
    found: describeValue(data),
    hint,
  });
}

function mapOne(error: ErrorObject): RawProblem | null {
  const path = pointerToPath(error.instancePath);
  const place = placeData(path);
  const found = describeValue(error.data);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = error.params.additionalProperty as string;
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      const guess = closest(key, allowed);
      const suggestion = guess
        ? phrase('didYouMean', { value: guess })
        : allowed.length && allowed.length <= 12
          ? phrase('allowedKeys', { list: allowed.join(', ') })
          : '';
      return problem([...path, key], ownMessage(error, 'unknownKey'), { ...place, key, suggestion }, true);
    }
    case 'required': {
      const key = error.params.missingProperty as string;
      const where = path.length ? phrase('missingKeyWhere', { where: place.where }) : '';
      return problem(path, ownMessage(error, 'missingKey'), { ...place, key, where }, true);
    }
    case 'type':
      return typeProblem(error, path, Array.isArray(error.params.type) ? error.params.type : [error.params.type as string], error.data);
    case 'enum': {
      const allowed = (error.params.allowedValues as unknown[]).map(String);
      const guess = typeof error.data === 'string' ? closest(error.data, allowed) : null;
      return problem(path, ownMessage(error, 'wrongEnum'), {
        ...place,
        list: allowed.join(', '),
        found,
        suggestion: guess ? phrase('didYouMean', { value: guess }) : '',
      });
    }
    case 'pattern': {
      const pattern = error.params.pattern as string;
      const expected = expectedOf(error, () =>
        pattern.includes('[0-9]{4}-') ? phrase('dateFormat')
        : pattern.includes('[0-9 ]') ? phrase('nipFormat')
        : pattern.includes('A-Za-z0-9_-') ? phrase('idFormat')
        : pattern);
      return problem(path, ownMessage(error, 'wrongPattern'), { ...place, expected, found });
    }
    case 'minItems':
      return problem(path, ownMessage(error, 'tooFew'), { ...place, limit: error.params.limit as number });
    case 'minLength':
      return problem(path, ownMessage(error, 'emptyString'), place);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum': {
      const fallback = error.keyword === 'minimum' ? 'atLeast' : error.keyword === 'maximum' ? 'atMost' : 'tooSmall';
      return problem(path, ownMessage(error, fallback), {
        ...place,
        limit: error.params.limit as number,
        found: ownMessage(error, fallback) === fallback ? String(error.data) : found,
        expected: expectedOf(error, () => ''),
      });
    }
    case 'anyOf':
    case 'oneOf':
    case 'if':
      return null;
    default:
      return problem(path, ownMessage(error, 'schemaOther'), { ...place, detail: error.message ?? error.keyword });
  }
}
