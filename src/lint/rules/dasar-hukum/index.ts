import type { Rule } from '../../rule.js';
import format from './format.js';
import jenis from './jenis.js';
import urutan from './urutan.js';
import duplikat from './duplikat.js';
import dicabut from './dicabut.js';
import tahun from './tahun.js';
import wilayah from './wilayah.js';

/** The dasar-hukum/* rules, in documentation order. */
export const rules: Rule[] = [format, jenis, urutan, duplikat, dicabut, tahun, wilayah];
