import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findConfigFile } from '../../src/config/discover.js';
import { loadProjectConfig as loadRaw } from '../../src/model/config.js';
import type { Lang } from '../../src/util/lang.js';
import { inWords, throwingWords } from '../helpers/words.js';

/** Loads the config with its problems in words in `lang` (a usage error too). */
const loadProjectConfig = (cwd: string, explicit: string | undefined, lang: Lang) => {
  const loaded = throwingWords(() => loadRaw(cwd, explicit), lang);
  return { ...loaded, problems: inWords(loaded.problems, lang) };
};
import { resolveSettings } from '../../src/lint/run.js';
import { defineRule } from '../../src/lint/rule.js';
import { locatePath } from '../../src/model/locate.js';
import { tempProject } from '../helpers/cli.js';

const CONFIG = `# yaml-language-server: $schema=./schemas/sop.config.schema.json
instansi:
  pemerintah: Pemerintah Kabupaten Balangan
  nama: Dinas Perpustakaan dan Kearsipan
sumber: dokumen/**/*.sop.yaml
kertas: f4
bahasa: en
waktu:
  jam_per_hari: 8
lint:
  aturan:
    contoh/a: warn
    contoh/b: [info, { maks: 6 }]
  khusus:
    - berkas: dokumen/teknis/**
      aturan:
        contoh/a: "off"
`;

describe('config discovery and merge', () => {
  it('finds sop.config.yaml in the current directory or the nearest parent', () => {
    const dir = tempProject({ 'sop.config.yaml': CONFIG, 'dokumen/teknis/.keep': '' });
    expect(findConfigFile(path.join(dir, 'dokumen', 'teknis'))).toBe(path.join(dir, 'sop.config.yaml'));
    expect(findConfigFile(dir)).toBe(path.join(dir, 'sop.config.yaml'));
  });

  it('parses every setting, with defaults for the rest', () => {
    const dir = tempProject({ 'sop.config.yaml': CONFIG });
    const { config, problems } = loadProjectConfig(dir, undefined, 'id');
    expect(problems).toEqual([]);
    expect(config.dir).toBe(dir);
    expect(config.sources).toEqual(['dokumen/**/*.sop.yaml']);
    expect(config.paper).toBe('f4');
    expect(config.lang).toBe('en');
    expect(config.workTime).toEqual({ hoursPerDay: 8, daysPerWeek: 5, daysPerMonth: 22 });
    expect(config.outDir).toBe('dist');
    expect(config.render).toEqual({ template: null, columnNumbers: true, approvalAtEnd: false });
  });

  it('applies per-rule severities, options and per-glob overrides', () => {
    const dir = tempProject({ 'sop.config.yaml': CONFIG });
    const { config } = loadProjectConfig(dir, undefined, 'id');
    const rule = (id: string) =>
      defineRule({ meta: { id, severity: 'error', fixable: false, description: { id, en: id }, messages: {}, defaultOptions: { maks: 8, lain: 1 } } });
    const rules = [rule('contoh/a'), rule('contoh/b'), rule('contoh/c')];
    const general = resolveSettings(rules, config, path.join(dir, 'dokumen', 'umum.sop.yaml'));
    expect(Object.fromEntries(general)).toEqual({
      'contoh/a': { severity: 'warn', options: { maks: 8, lain: 1 } },
      'contoh/b': { severity: 'info', options: { maks: 6, lain: 1 } },
      'contoh/c': { severity: 'error', options: { maks: 8, lain: 1 } },
    });
    const technical = resolveSettings(rules, config, path.join(dir, 'dokumen', 'teknis', 'x.sop.yaml'));
    expect(technical.get('contoh/a')!.severity).toBe('off');
  });

  it('reports config errors with positions, like SOP errors', () => {
    const dir = tempProject({ 'sop.config.yaml': 'kertas: a5\nlint:\n  atruan: {}\n' });
    const loaded = loadProjectConfig(dir, undefined, 'id');
    const where = loaded.problems.map((p) => {
      const span = locatePath(loaded.parsed!, p.path!, { atKey: p.atKey });
      return `${span.start.line}:${span.start.column} ${p.message}`;
    });
    expect(where).toEqual([
      '1:9 "kertas" harus salah satu dari a4, f4, letter, legal, ditemukan "a5"; maksud Anda "a4"?',
      '3:3 Kunci "atruan" tidak dikenal; maksud Anda "aturan"?',
    ]);
  });

  it('takes an explicit --config file and says when it is missing', () => {
    const dir = tempProject({ 'lain/konfig.yaml': 'kertas: legal\n' });
    expect(loadProjectConfig(dir, 'lain/konfig.yaml', 'id').config.paper).toBe('legal');
    expect(loadProjectConfig(dir, 'lain/konfig.yaml', 'id').config.dir).toBe(path.join(dir, 'lain'));
    expect(() => loadProjectConfig(dir, 'tidak-ada.yaml', 'id')).toThrow('Berkas konfigurasi tidak ditemukan: tidak-ada.yaml');
    expect(fs.existsSync(dir)).toBe(true);
  });
});
