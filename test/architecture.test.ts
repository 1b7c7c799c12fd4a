import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The rule of direction (docs/architecture.md): every import points down this list, and the parts
 * of one tier do not import each other. A part is a folder directly under src/.
 */
const TIERS: readonly (readonly string[])[] = [
  ['cli'],
  ['preview'],
  ['build'],
  ['scaffold', 'import', 'lint', 'render', 'pdf', 'report'],
  ['model'],
  ['schema', 'config'],
  ['i18n'],
  ['util'],
];

const SRC = path.resolve(import.meta.dirname, '..', 'src');

function tierOf(part: string): number {
  const tier = TIERS.findIndex((parts) => parts.includes(part));
  if (tier < 0) throw new Error(`src/${part}/ is in no tier of the rule of direction: add it to TIERS and docs/architecture.md`);
  return tier;
}

/** The part a file of src/ belongs to: its first folder. */
const partOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;

/** Why an import from one file of src/ to another breaks the rule, or null when it keeps it. */
export function violation(from: string, to: string): string | null {
  const a = partOf(from);
  const b = partOf(to);
  if (a === b) return null;
  const ta = tierOf(a);
  const tb = tierOf(b);
  if (ta < tb) return null;
  return ta === tb ? `${a} and ${b} are parts of one tier` : `${a} is below ${b}`;
}

/** Every module a file imports: static imports, re-exports, and import() of a literal. */
export function importsOf(text: string): string[] {
  const specs: string[] = [];
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  for (const m of code.matchAll(/(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Every import between files of src/ that breaks the rule, as `from -> to: why`. */
function violations(): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(SRC)) {
    for (const spec of importsOf(fs.readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts');
      if (!target.startsWith(SRC + path.sep)) continue;
      const why = violation(file, target);
      if (why) out.push(`${path.relative(SRC, file)} -> ${path.relative(SRC, target)}: ${why}`);
    }
  }
  return out;
}

describe('the rule of direction', () => {
  it('holds for every import in src/', () => {
    expect(violations()).toEqual([]);
  });

  it('knows every part of src/', () => {
    const parts = fs.readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    for (const part of parts) expect(() => tierOf(part)).not.toThrow();
    expect(parts.length).toBeGreaterThanOrEqual(10);
  });

  it.each([
    ['config/discover.ts', '../cli/errors.js', 'config is below cli'],
    ['lint/run.ts', '../report/types.js', 'lint and report are parts of one tier'],
    ['lint/register-load.ts', '../report/types.js', 'lint and report are parts of one tier'],
    ['schema/validate.ts', '../model/parse.js', 'schema is below model'],
    ['i18n/messages.ts', '../model/types.js', 'i18n is below model'],
    ['config/config.ts', '../model/parse.js', 'config is below model'],
    ['schema/validate.ts', '../config/types.js', 'schema and config are parts of one tier'],
    ['render/html.ts', '../pdf/printer.js', 'render and pdf are parts of one tier'],
    ['util/paths.ts', '../i18n/messages.js', 'util is below i18n'],
  ])('would fail on %s importing %s', (from, spec, why) => {
    const file = path.join(SRC, from);
    expect(violation(file, path.resolve(path.dirname(file), spec))).toBe(why);
  });

  it.each([
    ['cli/main.ts', '../lint/run.js'],
    ['lint/run.ts', '../model/locate.js'],
    ['model/load.ts', '../schema/validate.js'],
    ['model/config.ts', '../config/config.js'],
    ['i18n/messages.ts', '../util/lang.js'],
    ['lint/rules/alur/buntu.ts', '../../graph.js'],
  ])('allows %s importing %s', (from, spec) => {
    const file = path.join(SRC, from);
    expect(violation(file, path.resolve(path.dirname(file), spec))).toBeNull();
  });

  it('reads imports of every form', () => {
    const text = [
      "import fs from 'node:fs';",
      "import type { A } from '../a.js';",
      "import {\n  b,\n  c,\n} from './b.js';",
      "export { d } from '../d.js';",
      "export * from './e.js';",
      "const f = await import('../f.js');",
      "// import { g } from '../g.js';",
      "import './side-effect.js';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['node:fs', '../a.js', './b.js', '../d.js', './e.js', './side-effect.js', '../f.js']);
  });
});
