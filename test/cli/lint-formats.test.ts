import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { runCli, tempProject } from '../helpers/cli.js';
import { COMPLETE_SOP } from '../helpers/lint.js';
import { rules } from '../../src/lint/registry.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');
const seedFiles = () =>
  Object.fromEntries(fs.readdirSync(SEEDS).filter((f) => f.endsWith('.sop.yaml')).map((f) => [`sops/${f}`, fs.readFileSync(path.join(SEEDS, f), 'utf8')]));

describe('sop lint reporters', () => {
  it('writes SARIF 2.1.0 that validates against the OASIS schema, with rule metadata and help links', async () => {
    const dir = tempProject(seedFiles());
    const run = await runCli(['lint', '--format', 'sarif', '--output-file', 'out/sop.sarif'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const log = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'sop.sarif'), 'utf8'));
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
    const Ajv4 = createRequire(import.meta.url)('ajv-draft-04') as typeof import('ajv-draft-04').default;
    const ajv = new Ajv4({ allErrors: true, strict: false, validateFormats: false });
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run0 = log.runs[0];
    const ruleIds = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    for (const rule of rules) expect(ruleIds).toContain(rule.meta.id);
    const revoked = run0.results.find((r: { ruleId: string; level: string }) => r.ruleId === 'dasar-hukum/dicabut' && r.level === 'error');
    expect(revoked.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^sops\/.+\.sop\.yaml$/);
    expect(run0.tool.driver.rules[revoked.ruleIndex].id).toBe('dasar-hukum/dicabut');
    expect(run0.tool.driver.rules[revoked.ruleIndex].helpUri).toMatch(/docs\/rules\/dasar-hukum\/dicabut\.md$/);
  });

  it('prints GitHub workflow annotations', async () => {
    const dir = tempProject({ 'sops/a.sop.yaml': COMPLETE_SOP.replace('dasar_hukum:', 'dasar_hukm:') });
    const run = await runCli(['lint', '--format', 'github'], dir);
    expect(run.stdout).toBe(
      '::error file=sops/a.sop.yaml,line=1,col=1,endLine=1,endColumn=33,title=skema::Kunci wajib "dasar_hukum" tidak ada (skema)\n' +
        '::error file=sops/a.sop.yaml,line=13,col=1,endLine=13,endColumn=11,title=skema::Kunci "dasar_hukm" tidak dikenal; maksud Anda "dasar_hukum"? (skema)\n',
    );
  });

  it('honours --quiet and --max-warnings', async () => {
    const warnOnly = COMPLETE_SOP.replace(
      '  - Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah',
      '  - Peraturan Pemerintah Nomor 12 Tahun 2019 Tentang Pengelolaan Keuangan Daerah;',
    );
    const dir = tempProject({ 'sops/a.sop.yaml': warnOnly });
    const plain = await runCli(['lint', '--format', 'json'], dir);
    const found = JSON.parse(plain.stdout)[0].diagnostics;
    expect(found.map((d: { ruleId: string; severity: string; line: number; column: number }) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual([
      '15:5 warn dasar-hukum/format',
    ]);
    expect(plain.code).toBe(0);
    expect((await runCli(['lint', '--max-warnings', '0'], dir)).code).toBe(1);
    expect((await runCli(['lint', '--max-warnings', '1'], dir)).code).toBe(0);
    expect(JSON.parse((await runCli(['lint', '--format', 'json', '--quiet'], dir)).stdout)[0].diagnostics).toEqual([]);
    const bad = await runCli(['lint', '--max-warnings', 'banyak'], dir);
    expect(bad.code).toBe(2);
  });

  it('honours inline disable comments and reports unused or unknown ones', async () => {
    const text = COMPLETE_SOP.replace(
      'dasar_hukum:\n',
      'dasar_hukum:\n  # sop-disable-next-line dasar-hukum/format -- ditulis seperti di naskah asli\n',
    ).replace('Tahun 2014 tentang', 'tahun 2014 tentang') + '# sop-disable alur/buntu\n# sop-disable-next-line dasar-hukum/formatt\nwaktu_total: 3 jam 15 menit\n';
    const dir = tempProject({ 'sops/a.sop.yaml': text });
    const run = await runCli(['lint', '--format', 'json'], dir);
    const diags = JSON.parse(run.stdout)[0].diagnostics.map((d: { line: number; column: number; severity: string; ruleId: string; message: string }) => `${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}`);
    expect(diags).toEqual([
      '44:1 warn komentar-sop Komentar "# sop-disable alur/buntu" tidak menonaktifkan temuan apa pun; hapus komentar ini',
      '45:1 error komentar-sop Komentar "# sop-disable-next-line dasar-hukum/formatt" menyebut aturan yang tidak dikenal: dasar-hukum/formatt',
    ]);
  });
});

describe('sop lint --fix', () => {
  it('fixes the seed fixtures until no fixable finding is left, keeping comments, idempotently', async () => {
    const files = seedFiles();
    const dir = tempProject(files);
    const before = JSON.parse((await runCli(['lint', '--format', 'json'], dir)).stdout);
    const fixableBefore = before.flatMap((f: { diagnostics: { fixable: boolean }[] }) => f.diagnostics.filter((d) => d.fixable)).length;
    expect(fixableBefore).toBeGreaterThan(10);

    const dry = await runCli(['lint', '--fix-dry-run'], dir);
    expect(dry.stdout).toContain('--- sops/skp-asn-kebumen.sop.yaml');
    expect(dry.stdout).toContain('+  - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah');
    for (const [name, text] of Object.entries(files)) expect(fs.readFileSync(path.join(dir, name), 'utf8')).toBe(text);

    await runCli(['lint', '--fix'], dir);
    const after = JSON.parse((await runCli(['lint', '--format', 'json'], dir)).stdout);
    expect(after.flatMap((f: { diagnostics: { fixable: boolean; ruleId: string }[] }) => f.diagnostics.filter((d) => d.fixable))).toEqual([]);
    for (const [name, text] of Object.entries(files)) {
      const fixed = fs.readFileSync(path.join(dir, name), 'utf8');
      const comments = (s: string) => s.split('\n').filter((l) => /^\s*#/.test(l));
      expect(comments(fixed)).toEqual(comments(text));
    }
    const kebumen = fs.readFileSync(path.join(dir, 'sops/skp-asn-kebumen.sop.yaml'), 'utf8');
    expect(kebumen).toContain('  - Peraturan Menteri Dalam Negeri Nomor 73 Tahun 2009 tentang tata cara pelaksanaan evaluasi kinerja penyelenggaraan pemerintahan daerah\n');
    // The revoked ones are reported, not silently changed.
    expect(kebumen).toContain('Peraturan Pemerintah Nomor 46 Tahun 2011 tentang Penilaian Prestasi Kerja Pegawai Negeri Sipil');

    const snapshot = Object.keys(files).map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
    await runCli(['lint', '--fix'], dir);
    expect(Object.keys(files).map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))).toEqual(snapshot);
  });
});
