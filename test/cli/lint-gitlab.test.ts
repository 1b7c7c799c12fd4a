import fs from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runCli, tempProject } from '../helpers/cli.js';
import { COMPLETE_SOP } from '../helpers/lint.js';
import { shardOf } from '../../src/util/shard.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SEEDS = path.join(ROOT, 'test', 'fixtures', 'seeds');
const SCHEMAS = path.join(ROOT, 'test', 'fixtures', 'schemas');
const seedFiles = () =>
  Object.fromEntries(fs.readdirSync(SEEDS).filter((f) => f.endsWith('.sop.yaml')).map((f) => [`sops/${f}`, fs.readFileSync(path.join(SEEDS, f), 'utf8')]));

interface Issue {
  type: string;
  check_name: string;
  description: string;
  categories: string[];
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
  engine_name: string;
}

/** One SOP with a citation written badly twice (two identical findings, and a duplicate), a step that starts with a noun. */
const FIXTURE_A = COMPLETE_SOP.replace(
  '  - Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah\n',
  '  - Peraturan Pemerintah Nomor 12 Tahun 2019 Tentang Pengelolaan Keuangan Daerah;\n  - Peraturan Pemerintah Nomor 12 Tahun 2019 Tentang Pengelolaan Keuangan Daerah;\n',
).replace('uraian: Mengarsipkan dokumen', 'uraian: Pengarsipan dokumen');
/** One that does not pass the schema. */
const FIXTURE_B = COMPLETE_SOP.replace('nomor: 01/SOP', 'nomor: 02/SOP').replace('dasar_hukum:', 'dasar_hukm:');

const FORMAT_MESSAGE =
  'Penulisan dasar hukum belum baku ("Tentang" → "tentang", ";" di akhir); tulis: "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah"';

function compile(file: string) {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), 'utf8')));
}

/** What neither schema can say: unique fingerprints, ordered lines, no BOM. */
function expectSoundReport(text: string): Issue[] {
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  const issues = JSON.parse(text) as Issue[];
  const strict = compile('code-quality-report.schema.json');
  expect(strict(issues), JSON.stringify(strict.errors?.slice(0, 3))).toBe(true);
  // GitLab validates each issue on its own, and stops at the first one that fails.
  const gitlabOwn = compile('gitlab-codeclimate.json');
  for (const issue of issues) expect(gitlabOwn(issue), JSON.stringify(gitlabOwn.errors)).toBe(true);
  expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  for (const issue of issues) expect(issue.location.lines.end).toBeGreaterThanOrEqual(issue.location.lines.begin);
  return issues;
}

describe('the Code Quality schemas (test/fixtures/schemas)', () => {
  // GitLab's example of the format, verbatim from its documentation.
  const example = {
    description: "'unused' is assigned a value but never used.",
    check_name: 'no-unused-vars',
    fingerprint: '7815696ecbf1c96e6894b779456d330e',
    severity: 'minor',
    location: { path: 'lib/index.js', lines: { begin: 42 } },
  };

  it("accept GitLab's documented example, and positions instead of lines", () => {
    const strict = compile('code-quality-report.schema.json');
    expect(strict([example])).toBe(true);
    expect(strict([{ ...example, location: { path: 'lib/index.js', positions: { begin: { line: 3, column: 10 }, end: { line: 4, column: 12 } } } }])).toBe(true);
    expect(compile('gitlab-codeclimate.json')(example)).toBe(true);
  });

  it.each([
    ['not an array', example],
    ['no check_name', [{ ...example, check_name: undefined }]],
    ['a severity GitLab does not know', [{ ...example, severity: 'error' }]],
    ['an absolute path', [{ ...example, location: { path: '/builds/x/lib/index.js', lines: { begin: 42 } } }]],
    ['a Windows path', [{ ...example, location: { path: 'lib\\index.js', lines: { begin: 42 } } }]],
    ['line 0', [{ ...example, location: { path: 'lib/index.js', lines: { begin: 0 } } }]],
    ['no line at all', [{ ...example, location: { path: 'lib/index.js' } }]],
    ['a description on two lines', [{ ...example, description: 'a\nb' }]],
    ['an unknown category', [{ ...example, categories: ['Spelling'] }]],
    ['another type', [{ ...example, type: 'measurement' }]],
  ])('refuse a report with %s', (_what, report) => {
    expect(compile('code-quality-report.schema.json')(JSON.parse(JSON.stringify(report)))).toBe(false);
  });
});

describe('sop lint --format gitlab', () => {
  it('writes a Code Quality report that GitLab\'s own schema and the documented format accept', async () => {
    const dir = tempProject({ ...seedFiles(), 'sops/a.sop.yaml': FIXTURE_A, 'sops/b.sop.yaml': FIXTURE_B });
    const run = await runCli(['lint', '--format', 'gitlab', '--output-file', 'out/gl-code-quality-report.json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const issues = expectSoundReport(fs.readFileSync(path.join(dir, 'out', 'gl-code-quality-report.json'), 'utf8'));
    expect(issues.length).toBeGreaterThan(20);
    for (const issue of issues) expect(issue.location.path).toMatch(/^sops\/[a-z0-9-]+\.sop\.yaml$/);
    // Every severity of sop appears, mapped.
    const severities = new Set(issues.map((i) => `${i.check_name === 'skema' ? 'skema' : 'rule'}:${i.severity}`));
    expect(severities).toEqual(new Set(['skema:critical', 'rule:major', 'rule:minor', 'rule:info']));
    // The same findings as the JSON report, one issue each.
    const json = JSON.parse((await runCli(['lint', '--format', 'json'], dir)).stdout) as { file: string; diagnostics: { ruleId: string; line: number; message: string }[] }[];
    expect(issues.map((i) => `${i.location.path}:${i.location.lines.begin} ${i.check_name} ${i.description}`)).toEqual(
      json.flatMap((f) => f.diagnostics.map((d) => `${f.file}:${d.line} ${d.ruleId} ${d.message}`)),
    );
  });

  it('gives exactly this report for a fixture: severities, categories, paths, lines, fingerprints', async () => {
    const dir = tempProject({ 'sops/a.sop.yaml': FIXTURE_A, 'sops/b.sop.yaml': FIXTURE_B });
    const run = await runCli(['lint', '--format', 'gitlab'], dir);
    expect(run.code).toBe(1);
    const issue = (check_name: string, severity: string, category: string, file: string, line: number, description: string, fingerprint: string): Issue => ({
      type: 'issue',
      check_name,
      description,
      categories: [category],
      severity,
      fingerprint,
      location: { path: `sops/${file}`, lines: { begin: line, end: line } },
      engine_name: 'sop',
    });
    // Pinned: a fingerprint that changed between versions would show every finding as fixed and new again.
    expect(expectSoundReport(run.stdout)).toEqual([
      issue('dasar-hukum/format', 'minor', 'Style', 'a.sop.yaml', 15, FORMAT_MESSAGE, 'ad3db8e99aa30d4d9b63bf1bec5c579b'),
      issue('dasar-hukum/duplikat', 'major', 'Duplication', 'a.sop.yaml', 16, 'Peraturan Pemerintah Nomor 12 Tahun 2019 sudah disebut di butir 2; hapus salah satunya', '649b9568d08348e9a6a86d180b71b145'),
      // The same finding again, on the same text: another fingerprint (its second occurrence).
      issue('dasar-hukum/format', 'minor', 'Style', 'a.sop.yaml', 16, FORMAT_MESSAGE, '0301c31484df7e5b2d8660ef8b2694fa'),
      issue('kegiatan/kata-kerja', 'info', 'Clarity', 'a.sop.yaml', 34, 'Uraian diawali kata benda "Pengarsipan"; awali dengan kata kerja aktif, mis. "Mengarsipkan"', 'da3ca06495ba1f313a5c3603932989cb'),
      issue('skema', 'critical', 'Bug Risk', 'b.sop.yaml', 1, 'Kunci wajib "dasar_hukum" tidak ada', '8d4f74921850e81875a961f866721446'),
      issue('skema', 'critical', 'Bug Risk', 'b.sop.yaml', 13, 'Kunci "dasar_hukm" tidak dikenal; maksud Anda "dasar_hukum"?', '8be7481aa6870b55eb4f98fc737f1f1d'),
    ]);
  });

  it('keeps every fingerprint when lines shift above and between the findings, and in English', async () => {
    const before = JSON.parse((await runCli(['lint', '--format', 'gitlab'], tempProject({ 'sops/a.sop.yaml': FIXTURE_A }))).stdout) as Issue[];
    const shifted = '# Disusun oleh Subbagian Umum\n# Revisi pertama\n\n' + FIXTURE_A.replace('pelaksana:\n', '\npelaksana:\n').replace('    nama: Kasubbag', '    # penanggung jawab\n    nama: Kasubbag');
    const dir = tempProject({ 'sops/a.sop.yaml': shifted });
    const after = JSON.parse((await runCli(['--lang', 'en', 'lint', '--format', 'gitlab'], dir)).stdout) as Issue[];
    expect(after.map((i) => i.fingerprint)).toEqual(before.map((i) => i.fingerprint));
    expect(after.map((i) => i.location.lines.begin)).toEqual(before.map((i) => i.location.lines.begin + (i.location.lines.begin > 16 ? 5 : 3)));
    expect(after[0]!.description).toMatch(/^Legal basis/);
    // The two identical findings swap nothing: the first stays the first.
    expect(after.filter((i) => i.check_name === 'dasar-hukum/format').map((i) => i.fingerprint)).toEqual(['ad3db8e99aa30d4d9b63bf1bec5c579b', '0301c31484df7e5b2d8660ef8b2694fa']);
  });

  it('gives a finding a new fingerprint when the text it points at changes, and keeps the others', async () => {
    const before = JSON.parse((await runCli(['lint', '--format', 'gitlab'], tempProject({ 'sops/a.sop.yaml': FIXTURE_A }))).stdout) as Issue[];
    const edited = FIXTURE_A.replace('uraian: Pengarsipan dokumen', 'uraian: Pengarsipan berkas');
    const after = JSON.parse((await runCli(['lint', '--format', 'gitlab'], tempProject({ 'sops/a.sop.yaml': edited }))).stdout) as Issue[];
    const changed = after.filter((a) => !before.some((b) => b.fingerprint === a.fingerprint));
    expect(changed.map((i) => i.check_name)).toEqual(['kegiatan/kata-kerja']);
  });

  it('writes paths relative to CI_PROJECT_DIR (the repository root in GitLab CI), and [] when clean', async () => {
    const dir = tempProject({ 'sops/a.sop.yaml': FIXTURE_A });
    const run = await runCli(['lint', '--format', 'gitlab'], dir, { CI_PROJECT_DIR: path.dirname(dir) });
    const issues = expectSoundReport(run.stdout);
    expect(new Set(issues.map((i) => i.location.path))).toEqual(new Set([`${path.basename(dir)}/sops/a.sop.yaml`]));
    // The path is part of the fingerprint: the same file named from the repository root is another finding.
    const plain = JSON.parse((await runCli(['lint', '--format', 'gitlab'], dir)).stdout) as Issue[];
    expect(plain.map((i) => i.fingerprint)).not.toEqual(issues.map((i) => i.fingerprint));

    const clean = await runCli(['lint', '--format', 'gitlab'], tempProject({ 'sops/a.sop.yaml': COMPLETE_SOP }));
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('[]\n');
  });
});

/** Two file names that land in different shards of n. */
function apart(n: number, prefix: string): [string, string] {
  const names = Array.from({ length: 64 }, (_, i) => `sops/${prefix}-${i}.sop.yaml`);
  const first = names[0]!;
  const other = names.find((f) => shardOf(f, n) !== shardOf(first, n))!;
  return [first, other];
}

type JsonReport = { file: string; diagnostics: { ruleId: string; line: number; column: number; severity: string; message: string }[] }[];
const lines = (report: JsonReport) => report.flatMap((f) => f.diagnostics.map((d) => `${f.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`));

describe('sop lint --shard', () => {
  it('checks and reports only its files; the n reports together are the unsharded report', async () => {
    const dir = tempProject({ ...seedFiles(), 'sops/a.sop.yaml': FIXTURE_A, 'sops/b.sop.yaml': FIXTURE_B });
    const whole = JSON.parse((await runCli(['lint', '--format', 'json'], dir)).stdout) as JsonReport;
    for (const n of [1, 2, 3, 4]) {
      const parts: JsonReport[] = [];
      for (let k = 1; k <= n; k++) {
        const run = await runCli(['lint', '--format', 'json', '--shard', `${k}/${n}`], dir);
        const report = JSON.parse(run.stdout) as JsonReport;
        for (const f of report) expect(shardOf(f.file, n), `${f.file} in ${k}/${n}`).toBe(k);
        expect(run.code, `${k}/${n}`).toBe(report.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0);
        parts.push(report);
      }
      const files = parts.flat().map((f) => f.file).sort();
      expect(files, `n=${n}`).toEqual(whole.map((f) => f.file).sort());
      expect(parts.flatMap(lines).sort(), `n=${n}`).toEqual(lines(whole).sort());
    }
  });

  it('still finds a duplicate SOP number across two files in different shards (the project index is whole)', async () => {
    const [a, b] = apart(2, 'dup');
    const dir = tempProject({ [a]: COMPLETE_SOP, [b]: COMPLETE_SOP.replace('nama: Pelaksanaan Pengukuran Kinerja', 'nama: Pelaporan Kinerja') });
    const whole = lines(JSON.parse((await runCli(['lint', '--format', 'json'], dir)).stdout));
    expect(whole.filter((l) => l.includes('identitas/nomor-unik'))).toHaveLength(2);
    for (const [file, other] of [[a, b], [b, a]] as const) {
      const k = shardOf(file, 2);
      const run = await runCli(['lint', '--format', 'json', '--shard', `${k}/2`], dir);
      expect(run.code).toBe(1);
      expect(lines(JSON.parse(run.stdout))).toEqual([`${file}:1:8 identitas/nomor-unik Nomor SOP "01/SOP/DISPERSIP/VII/2023" juga dipakai oleh ${other}; setiap SOP perlu nomor sendiri`]);
    }
  });

  it('resolves keterkaitan against the whole project, not the shard', async () => {
    const [a, b] = apart(2, 'rel');
    const named = COMPLETE_SOP.replace('keterkaitan: Tidak ada', 'keterkaitan:\n  - SOP Pelaporan Kinerja\n  - SOP Penyusunan Anggaran');
    const other = COMPLETE_SOP.replace('nomor: 01/SOP', 'nomor: 02/SOP').replace('nama: Pelaksanaan Pengukuran Kinerja', 'nama: Pelaporan Kinerja');
    const dir = tempProject({ [a]: named, [b]: other });
    const run = await runCli(['lint', '--format', 'json', '--shard', `${shardOf(a, 2)}/2`], dir);
    const found = lines(JSON.parse(run.stdout)).filter((l) => l.includes('keterkaitan/'));
    // "SOP Pelaporan Kinerja" is in the other shard and found; the one that exists nowhere is reported.
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('"SOP Penyusunan Anggaran"');
  });

  it('fixes only the files of its shard', async () => {
    const [a, b] = apart(2, 'fix');
    const dir = tempProject({ [a]: FIXTURE_A, [b]: FIXTURE_A.replace('nomor: 01/SOP', 'nomor: 02/SOP') });
    await runCli(['lint', '--fix', '--shard', `${shardOf(a, 2)}/2`], dir);
    expect(fs.readFileSync(path.join(dir, a), 'utf8')).not.toContain('Tentang Pengelolaan');
    expect(fs.readFileSync(path.join(dir, b), 'utf8')).toBe(FIXTURE_A.replace('nomor: 01/SOP', 'nomor: 02/SOP'));
  });

  it('refuses a shard that is not k/n with 1 ≤ k ≤ n ≤ 256 (exit 2, one line)', async () => {
    const dir = tempProject({ 'sops/a.sop.yaml': COMPLETE_SOP });
    for (const value of ['0/2', '3/2', '2', 'a/b', '1/257']) {
      const run = await runCli(['lint', '--shard', value], dir);
      expect(run.code, value).toBe(2);
      expect(run.stderr).toBe(`sop: --shard ${value}: yang diharapkan k/n, bilangan bulat dengan 1 ≤ k ≤ n ≤ 256 (mis. 2/4 untuk bagian kedua dari empat)\n`);
    }
    const en = await runCli(['--lang', 'en', 'lint', '--shard', '5/4'], dir);
    expect(en.stderr).toBe('sop: --shard 5/4: expected k/n, whole numbers with 1 ≤ k ≤ n ≤ 256 (e.g. 2/4 for the second of four)\n');
    // An empty shard is no error: nothing to check.
    const files = Object.fromEntries(Array.from({ length: 2 }, (_, i) => [`sops/s${i}.sop.yaml`, COMPLETE_SOP.replace('nomor: 01', `nomor: 0${i + 1}`)]));
    const few = tempProject(files);
    const empty = Array.from({ length: 8 }, (_, i) => i + 1).find((k) => Object.keys(files).every((f) => shardOf(f, 8) !== k))!;
    const run = await runCli(['lint', '--format', 'json', '--shard', `${empty}/8`], few);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
  });
});

describe('--help', () => {
  it('lists --format gitlab, --shard on lint and render, and sop book', async () => {
    const dir = tempProject({});
    const lint = (await runCli(['lint', '--help'], dir)).stdout;
    expect(lint.replace(/\s+/g, " ")).toContain('pilihan: "stylish", "json", "sarif", "github", "gitlab"');
    expect(lint).toContain('--shard <k/n>');
    expect((await runCli(['render', '--help'], dir)).stdout).toContain('--shard <k/n>');
    expect((await runCli(['--help'], dir)).stdout).toMatch(/^\s+book \[opsi\] <folder>\s+menyusun PDF "Buku SOP"/m);
    const book = (await runCli(['book', '--help'], dir)).stdout;
    expect(book).toContain('Penggunaan: sop book [opsi] <folder>');
    expect(book).toContain('-o, --output <berkas>');
  });
});
