import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, CORE_RULE_IDS } from '../../src/lint/registry.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function walk(dir: string, ext: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full, ext) : e.name.endsWith(ext) ? [full] : [];
  });
}

const rel = (base: string, file: string, ext: string) => path.relative(base, file).split(path.sep).join('/').slice(0, -ext.length);

describe('rules, docs and tests stay in step', () => {
  const ids = rules.map((r) => r.meta.id);

  it('has unique ids named after their files', () => {
    expect(new Set(ids).size).toBe(ids.length);
    const ruleFiles = walk(path.join(ROOT, 'src', 'lint', 'rules'), '.ts')
      .map((f) => rel(path.join(ROOT, 'src', 'lint', 'rules'), f, '.ts'))
      .filter((f) => f.includes('/') && !f.endsWith('/index'));
    expect([...ruleFiles].sort()).toEqual([...ids].sort());
  });

  it.each(rules.map((r) => [r.meta.id, r] as const))('%s has a doc page, a test file and messages in both languages', (id, rule) => {
    const doc = path.join(ROOT, 'docs', 'rules', `${id}.md`);
    expect(fs.existsSync(doc), `docs/rules/${id}.md`).toBe(true);
    const text = fs.readFileSync(doc, 'utf8');
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    const severityWord = { error: 'error', warn: 'warn', info: 'info' }[rule.meta.severity];
    expect(text.toLowerCase()).toContain(severityWord);
    expect(text).toMatch(/```ya?ml/);
    // Its table tests: a test file under test/lint/rules/<group>/ that imports the rule's module.
    const group = id.split('/')[0]!;
    const tests = walk(path.join(ROOT, 'test', 'lint', 'rules', group), '.test.ts').map((f) => fs.readFileSync(f, 'utf8'));
    expect(tests.some((t) => t.includes(`src/lint/rules/${id}.js'`)), `a test in test/lint/rules/${group}/ importing src/lint/rules/${id}.js`).toBe(true);
    expect(rule.meta.description.id && rule.meta.description.en).toBeTruthy();
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(rule.meta.messages)) {
      expect(message.id.length).toBeGreaterThan(0);
      expect(message.en.length).toBeGreaterThan(0);
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(placeholders(message.en)).toEqual(placeholders(message.id));
    }
  });

  it('has no doc page or test without a rule', () => {
    const known = new Set<string>([...ids, ...CORE_RULE_IDS]);
    const docs = walk(path.join(ROOT, 'docs', 'rules'), '.md').map((f) => rel(path.join(ROOT, 'docs', 'rules'), f, '.md')).filter((d) => d !== 'README');
    expect(docs.filter((d) => !known.has(d))).toEqual([]);
    for (const core of CORE_RULE_IDS) expect(docs).toContain(core);
    const groups = new Set(ids.map((id) => id.split('/')[0]));
    const testDirs = fs.readdirSync(path.join(ROOT, 'test', 'lint', 'rules'));
    expect(testDirs.filter((d) => !groups.has(d))).toEqual([]);
  });

  it('lists every rule in docs/rules/README.md', () => {
    const index = fs.readFileSync(path.join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');
    for (const id of [...CORE_RULE_IDS, ...ids]) expect(index).toContain(`[\`${id}\`](${id}.md)`);
  });
});
