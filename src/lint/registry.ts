import type { Rule } from './rule.js';

/** Every rule, in documentation order. Each lives in rules/<group>/<name>.ts with docs/rules/<group>/<name>.md. */
export const rules: readonly Rule[] = [];
