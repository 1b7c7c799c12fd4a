import type { Rule } from './rule.js';
import { rules as identitas } from './rules/identitas/index.js';
import { rules as dasarHukum } from './rules/dasar-hukum/index.js';
import { rules as part2 } from './rules/part2.js';

/**
 * Every rule, in documentation order. Each lives in rules/<group>/<name>.ts with its page in
 * docs/rules/<group>/<name>.md and its tests in test/lint/rules/<group>/<name>.test.ts.
 */
export const rules: readonly Rule[] = [...identitas, ...dasarHukum, ...part2];

/** Ids the engine reports itself (not in the registry). */
export const CORE_RULE_IDS = ['yaml', 'skema', 'komentar-sop'] as const;
