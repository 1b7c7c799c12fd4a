import type { Rule } from '../../rule.js';
import tanggal from './tanggal.js';
import nip from './nip.js';
import nomorUnik from './nomor-unik.js';

/** The identitas/* rules, in documentation order. */
export const rules: Rule[] = [tanggal, nip, nomorUnik];
